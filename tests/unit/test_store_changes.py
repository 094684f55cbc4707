"""A save writes only the rows that changed, and the database ends up exactly as a full write would."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import Engine, event, select, text

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.diff import diff
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Goal, Participant, Session
from ambitieweb.model.tender import add_criterion, choose, move_criterion, remove_criterion
from ambitieweb.store import Repository, StaleSessionError, open_database
from ambitieweb.store.search import search_text, words
from ambitieweb.store.tables import session_words
from tests.unit.test_properties import sessions
from tests.unit.test_store import make_session


@pytest.fixture
def statements(repository: Repository) -> Iterator[list[str]]:
    """The SQL statements the repository runs, first word and table (e.g. 'UPDATE theme_entries')."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        verb, *rest = statement.split()
        if len(rest) < 2:  # BEGIN IMMEDIATE: how the store starts a write on SQLite
            seen.append(statement)
            return
        table = rest[rest.index("FROM") + 1] if verb in ("DELETE", "SELECT") and "FROM" in rest else rest[1]
        seen.append(f"{verb} {table}" if verb != "UPDATE" else f"UPDATE {rest[0]}")

    event.listen(repository.engine, "before_cursor_execute", record)
    yield seen
    event.remove(repository.engine, "before_cursor_execute", record)


def writes(statements: list[str]) -> list[str]:
    return [s for s in statements if not s.startswith(("SELECT", "PRAGMA", "BEGIN"))]


def test_a_level_change_updates_two_rows(
    repository: Repository, catalogue: Catalogue, statements: list[str]
) -> None:
    session = repository.create(make_session(catalogue))
    statements.clear()
    session.entry("circulair").ambition = Level.AMBITIOUS
    repository.save(session)
    assert writes(statements) == ["UPDATE sessions", "UPDATE theme_entries"]
    assert repository.get(session.id) == session


def test_each_kind_of_change_touches_its_own_rows(
    repository: Repository, catalogue: Catalogue, statements: list[str]
) -> None:
    session = repository.get(repository.create(make_session(catalogue)).id)
    person = Participant(name="Daan")
    session.participants = [*session.participants, person]
    statements.clear()
    repository.save(session)
    assert writes(statements) == ["UPDATE sessions", "INSERT participants"]

    session.entry("klimaat").votes = {person.id: Level.BASIS}
    statements.clear()
    repository.save(session)
    assert writes(statements) == ["UPDATE sessions", "INSERT votes"]

    session.participants = session.participants[:1]  # Daan leaves: his vote goes too
    session.drop_orphan_votes()
    statements.clear()
    repository.save(session)
    assert writes(statements) == ["UPDATE sessions", "DELETE votes", "DELETE participants"]

    session.entry("klimaat").goals = [*session.entry("klimaat").goals, Goal(indicator="Km")]
    statements.clear()
    repository.save(session)
    assert writes(statements) == ["UPDATE sessions", "INSERT goals"]

    session.title = "Schoonmaak 2028 Zuid"
    statements.clear()
    repository.save(session)
    assert writes(statements) == ["UPDATE sessions", "DELETE session_words", "INSERT session_words"]
    assert [s.title for s in repository.list_sessions("zuid")] == ["Schoonmaak 2028 Zuid"]
    assert repository.list_sessions("2027") == []
    assert repository.get(session.id) == session


def test_criteria_added_moved_and_removed(repository: Repository, catalogue: Catalogue) -> None:
    session = repository.create(make_session(catalogue))
    offered = [(s, c) for s in catalogue.criteria_sets for c in s.criteria if c.theme == "klimaat"]
    kind = next(c.kind for _s, c in offered if sum(o.kind is c.kind for _t, o in offered) >= 2)
    chosen = [o for o in offered if o[1].kind is kind][:2] + [o for o in offered if o[1].kind is not kind][:1]
    for criteria_set, criterion in chosen:
        assert add_criterion(session, choose(criterion, criteria_set))
        repository.save(session)
        assert repository.get(session.id) == session
    assert move_criterion(session, session.criteria[1].id, -1)
    repository.save(session)
    assert repository.get(session.id) == session
    remove_criterion(session, session.criteria[0].id)
    repository.save(session)
    assert repository.get(session.id) == session


def test_a_refused_save_leaves_what_is_remembered_as_it_was(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(make_session(catalogue))
    mine, theirs = repository.get(session.id), repository.get(session.id)
    theirs.entry("milieu").ambition = Level.BASIS
    repository.save(theirs)
    mine.entry("milieu").ambition = Level.AMBITIOUS
    with pytest.raises(StaleSessionError):
        repository.save(mine)
    again = repository.get(session.id)
    again.entry("klimaat").ambition = Level.BASIS
    repository.save(again)
    assert Repository(repository.engine).get(session.id) == again


def test_a_session_saved_by_another_repository_is_written_whole(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(make_session(catalogue))
    other = Repository(repository.engine)  # knows nothing of the rows: writes them all
    session.entry("klimaat").ambition = Level.BASIS
    other.save(session)
    session.entry("klimaat").goals = []
    repository.save(session)  # remembered revision 0, the session is at 1: writes them all too
    assert Repository(repository.engine).get(session.id) == session


def assert_stored(engine: Engine, session: Session) -> None:
    """The rows are the session's, exactly as a repository that remembers nothing reads them."""
    assert Repository(engine).get(session.id) == session
    with engine.connect() as conn:
        stored = conn.execute(select(session_words.c.word).where(session_words.c.session_id == session.id))
        text_now = search_text(session.title, session.organisation, session.subject)
        assert sorted(stored.scalars()) == sorted(words(text_now))
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions(), sessions())
def test_saving_one_session_over_another_gives_the_second(first: Session, second: Session) -> None:
    """Whatever changed (themes, people, votes, goals, criteria, title), the rows become the new
    session's, exactly as a repository that remembers nothing reads them."""
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'p.sqlite'}")
        repository = Repository(database.engine)
        repository.create(first)
        changed = second.model_copy(update={"id": first.id, "revision": first.revision})
        repository.save(changed)
        assert_stored(database.engine, changed)
        database.engine.dispose()


def test_the_edited_fields_say_which_rows_are_compared(
    repository: Repository, catalogue: Catalogue, statements: list[str]
) -> None:
    """Told that only the themes were edited, a save leaves the other rows alone: it trusts the
    caller (the undo step) rather than comparing 500 criteria on every key."""
    session = repository.get(repository.create(make_session(catalogue)).id)
    session.entry("klimaat").ambition = Level.AMBITIOUS
    session.title = "Niet gemeld"  # not among the edited fields: not written by this save
    statements.clear()
    repository.save(session, {"themes"})
    assert writes(statements) == ["UPDATE sessions", "UPDATE theme_entries"]
    statements.clear()
    repository.save(session, set())  # nothing edited: only the session's own row
    assert writes(statements) == ["UPDATE sessions"]
    repository.save(session)  # not told: every row compared
    assert [s.title for s in repository.list_sessions("gemeld")] == ["Niet gemeld"]


def test_edited_participants_take_their_votes_along(
    repository: Repository, catalogue: Catalogue, statements: list[str]
) -> None:
    session = repository.get(repository.create(make_session(catalogue)).id)
    person = Participant(name="Daan")
    session.participants = [*session.participants, person]
    session.entry("klimaat").votes = {person.id: Level.BASIS}
    repository.save(session, {"participants", "themes"})
    session.participants = session.participants[:1]  # the votes stay in the model; not in the rows
    statements.clear()
    repository.save(session, {"participants"})
    assert writes(statements) == ["UPDATE sessions", "DELETE votes", "DELETE participants"]
    session.drop_orphan_votes()
    assert Repository(repository.engine).get(session.id) == session


def test_edited_fields_without_remembered_rows_write_them_all(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(make_session(catalogue))
    session.title = "Schoonmaak Noord"
    Repository(repository.engine).save(session, {"themes"})  # remembers nothing: writes every row
    assert [s.title for s in repository.list_sessions("noord")] == ["Schoonmaak Noord"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions(), sessions())
def test_saving_with_the_edited_fields_gives_the_second(first: Session, second: Session) -> None:
    """Told exactly which fields differ (as the undo step's changes say), a save makes the rows the
    new session's: every field a child table is made from is known to the store."""
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'p.sqlite'}")
        repository = Repository(database.engine)
        repository.create(first)
        changed = second.model_copy(update={"id": first.id, "revision": first.revision})
        edited = {str(c.path[0]) for c in diff(first.model_dump(), changed.model_dump())}
        repository.save(changed, edited)
        assert_stored(database.engine, changed)
        database.engine.dispose()
