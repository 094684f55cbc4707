"""How the store reads what it wrote, pinned where mutation testing found it loose: the order of agreed
versions and of votes, rows written by an older program (control characters, times without a zone),
and the messages naming the session (tests/mutation-survivors.md)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import update

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Participant, Session, SessionKind
from ambitieweb.store import Repository, SessionNotFoundError, open_database
from ambitieweb.store.errors import (
    DatabaseGoneError,
    DuplicateParticipantError,
    DuplicateSessionError,
    DuplicateSnapshotError,
)
from ambitieweb.store.tables import sessions, snapshots


def new_session(catalogue: Catalogue, title: str = "Schoonmaak") -> Session:
    return Session.new(catalogue.framework("mvi-nationaal-plan"), title)


def test_agreed_versions_come_in_number_order_whatever_order_they_were_stored_in(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = new_session(catalogue)
    first = session.agree(1)
    second = session.model_copy(deep=True).agree(2)
    third = session.model_copy(deep=True).agree(3)
    repository.create(session, [third, first, second])  # as a hand-made file may list them
    assert [s.number for s in repository.snapshots(session.id)] == [1, 2, 3]
    assert repository.snapshot(second.id) == second


def test_an_agreed_version_that_is_gone_is_named(repository: Repository) -> None:
    with pytest.raises(SessionNotFoundError) as raised:
        repository.snapshot("f" * 32)
    assert raised.value.session_id == "f" * 32


def test_a_session_that_is_gone_is_named(repository: Repository) -> None:
    with pytest.raises(SessionNotFoundError) as raised:
        repository.get("e" * 32)
    assert raised.value.session_id == "e" * 32


def test_votes_come_back_in_the_order_of_the_participants(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = new_session(catalogue)
    # ids whose own order (the votes table's key) is not the participants' order
    ann, bo, cas = (
        Participant(id=c * 32, name=name) for c, name in (("c", "Ann"), ("a", "Bo"), ("b", "Cas"))
    )
    session.participants = [ann, bo, cas]
    session.themes[0].votes = {cas.id: Level.BASIS, ann.id: Level.AMBITIOUS, bo.id: Level.SIGNIFICANT}
    repository.create(session)
    loaded = Repository(repository.engine).get(session.id)
    assert list(loaded.themes[0].votes) == [ann.id, bo.id, cas.id]
    assert loaded.themes[0].votes == session.themes[0].votes


def test_two_participants_with_one_id_name_the_session_and_the_person(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = new_session(catalogue, "Catering 2027")
    ann = Participant(name="Ann")
    session.participants = [ann, Participant(id=ann.id, name="Ann")]
    with pytest.raises(DuplicateParticipantError) as raised:
        repository.create(session)
    assert raised.value.nl == (
        "'Catering 2027' is niet opgeslagen: deelnemer 'Ann' staat er twee keer in met hetzelfde id."
    )
    assert repository.count_sessions() == 0


def test_control_characters_an_older_program_stored_are_shown_not_refused(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(new_session(catalogue))
    with repository.engine.begin() as conn:
        conn.execute(update(sessions).where(sessions.c.id == session.id).values(title="Schoon\x85maak\x7f"))
    assert Repository(repository.engine).get(session.id).title == "Schoon\ufffdmaak\ufffd"


def test_an_agreed_version_stored_by_an_older_program_reads_with_utc_times_and_shown_characters(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = new_session(catalogue)
    snapshot = session.agree(1)
    repository.create(session, [snapshot])
    payload = json.loads(snapshot.session.model_dump_json())
    payload["title"] = "O\x9bud"
    payload["created_at"] = "2025-03-01T09:30:00"  # no zone: older programs wrote UTC like this
    with repository.engine.begin() as conn:
        conn.execute(
            update(snapshots).where(snapshots.c.id == snapshot.id).values(payload=json.dumps(payload))
        )
    [loaded] = repository.snapshots(session.id)
    assert loaded.session.title == "O\ufffdud"
    assert loaded.session.created_at == dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)


def test_the_list_comes_in_pages_and_by_kind(repository: Repository, catalogue: Catalogue) -> None:
    framework = catalogue.framework("mvi-nationaal-plan")
    for title in ("A", "B", "C", "D"):
        repository.create(Session.new(framework, title))
    generic = repository.create(Session.new(framework, "Generiek", kind=SessionKind.ORGANISATION))
    everyone = repository.list_sessions()
    assert len(everyone) == 5
    first = repository.list_sessions(limit=2)
    assert first == everyone[:2]
    assert repository.list_sessions(limit=2, after=first[-1]) == everyone[2:4]
    assert repository.list_sessions(after=everyone[3]) == everyone[4:]
    assert [s.id for s in repository.list_sessions(kind=SessionKind.ORGANISATION)] == [generic.id]
    assert [s.id for s in repository.generic_webs()] == [generic.id]
    assert len(repository.list_sessions(kind=SessionKind.PROJECT)) == 4


def test_a_database_file_removed_while_open_is_named_and_nothing_is_written(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    path = tmp_path / "weg.sqlite"
    database = open_database(f"sqlite:///{path}")
    try:
        repository = Repository(database.engine)
        session = repository.create(new_session(catalogue))
        path.rename(tmp_path / "elders.sqlite")
        session.title = "Nieuw"
        with pytest.raises(DatabaseGoneError) as raised:
            repository.save(session)
        assert str(path) in raised.value.nl and str(path) in raised.value.en
    finally:
        database.close()


def test_a_session_already_stored_is_refused_by_title(repository: Repository, catalogue: Catalogue) -> None:
    session = repository.create(new_session(catalogue, "Catering"))
    repository.create(new_session(catalogue, "Schoonmaak"))  # another session is no duplicate
    again = session.model_copy(update={"title": "Catering (opnieuw)"})
    with pytest.raises(DuplicateSessionError) as raised:
        repository.create(again)
    assert raised.value.nl == "Sessie 'Catering (opnieuw)' staat al in de database."
    assert repository.get(session.id).title == "Catering"


def test_an_agreed_version_already_stored_with_another_session_is_refused(
    repository: Repository, catalogue: Catalogue
) -> None:
    first = new_session(catalogue, "Catering")
    agreed = first.agree(1)
    repository.create(first, [agreed])
    other = new_session(catalogue, "Kopie")
    taken = agreed.model_copy(update={"session_id": other.id, "number": 2})
    fresh = other.model_copy(deep=True).agree(1)
    with pytest.raises(DuplicateSnapshotError) as raised:
        repository.create(other, [fresh, taken])
    assert raised.value.nl.startswith("'Kopie' is niet opgeslagen: een vastgestelde versie")
    assert not repository.exists(other.id)
    assert repository.snapshots(other.id) == []
    repository.create(other, [fresh])  # one of its own is no duplicate
    assert [s.id for s in repository.snapshots(other.id)] == [fresh.id]
