"""The repository's edges, pinned where mutation testing found them loose (tests/mutation-survivors.md):
id prefixes, the list's order among sessions saved in one clock tick, the search's rare-word path
and its boundary, bulk inserts, agreeing, and which file a repository stands for."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, select, update

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Participant, Session, SessionKind, SessionStatus
from ambitieweb.model.summary import SessionSummary
from ambitieweb.store import (
    Repository,
    SessionNotFoundError,
    StaleSessionError,
    StoreWriteError,
    open_database,
    session_list,
)
from ambitieweb.store.tables import sessions

WHEN = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def titled(catalogue: Catalogue, title: str, session_id: str | None = None) -> Session:
    session = Session.new(catalogue.framework("mvi-nationaal-plan"), title)
    return session if session_id is None else session.model_copy(update={"id": session_id})


def test_ids_are_found_by_their_start_in_lower_case_hexadecimal_only(
    repository: Repository, catalogue: Catalogue
) -> None:
    ids = ["abc0" + "0" * 28, "abc1" + "0" * 28, "abd0" + "0" * 28]
    for n, session_id in enumerate(ids):
        repository.create(titled(catalogue, f"S{n}", session_id))
    assert sorted(repository.ids_starting_with("abc")) == ids[:2]
    assert repository.ids_starting_with("abd0") == [ids[2]]
    assert repository.ids_starting_with(ids[0]) == [ids[0]]
    assert len(repository.ids_starting_with("ab")) == 2  # enough to tell "more than one"
    assert sorted(repository.ids_starting_with("ab", limit=3)) == ids
    assert repository.ids_starting_with("f") == []
    # not an id's start: nothing, though SQL's LIKE would take these as a pattern or ignore case
    for prefix in ("", "ABC", "a_c", "a%", "ab c", "abc\n"):
        assert repository.ids_starting_with(prefix) == [], prefix


def at_one_time(repository: Repository, *ids: str) -> None:
    """As if the sessions were saved within one clock tick."""
    with repository.engine.begin() as conn:
        conn.execute(update(sessions).where(sessions.c.id.in_(ids)).values(updated_at=WHEN))


def test_sessions_saved_at_one_time_come_by_title_then_id_on_every_page(
    repository: Repository, catalogue: Catalogue
) -> None:
    newer = repository.create(titled(catalogue, "Nieuwer"))
    tied = [
        repository.create(titled(catalogue, title, c * 32))
        for title, c in (("B", "1"), ("A", "3"), ("A", "2"), ("C", "0"))
    ]
    older = repository.create(titled(catalogue, "Ouder"))
    at_one_time(repository, *(s.id for s in tied))
    with repository.engine.begin() as conn:
        conn.execute(
            update(sessions)
            .where(sessions.c.id == older.id)
            .values(updated_at=WHEN - dt.timedelta(seconds=1))
        )
    expected = [newer.id, "2" * 32, "3" * 32, "1" * 32, "0" * 32, older.id]
    everyone = repository.list_sessions()
    assert [s.id for s in everyone] == expected
    # a page at a time, each starting after the last row of the one before
    for size in (1, 2):
        paged, last = [], None
        while page := repository.list_sessions(limit=size, after=last):
            paged += page
            last = page[-1]
        assert paged == everyone, size
    for n, summary in enumerate(everyone):
        assert repository.list_sessions(after=summary) == everyone[n + 1 :]


def test_a_rare_word_finds_its_sessions_through_the_word_index_and_a_common_one_by_walking(
    repository: Repository, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    rare = repository.create(titled(catalogue, "Catering Zeeland"))
    common = [repository.create(titled(catalogue, f"Catering {n}")) for n in range(3)]
    catering = {s.id for s in [rare, *common]}
    for limit in (0, 1, 3, 4, 5, 1000):  # the word in 4 sessions: just over, at and under the limit
        monkeypatch.setattr(session_list, "RARE", limit)
        assert {s.id for s in repository.list_sessions("cater")} == catering, limit
        assert [s.id for s in repository.list_sessions("zee cater")] == [rare.id], limit
        assert [s.id for s in repository.list_sessions("cater zee")] == [rare.id], limit
        assert repository.count_sessions("catering zeeland") == 1, limit
        assert repository.count_sessions("catering") == 4, limit
        assert repository.list_sessions("zeeland noord") == [], limit  # one word found, one not
        assert repository.count_sessions("zeeland noord") == 0, limit
        assert repository.list_sessions("land") == [], limit  # inside a word is not its start
        assert repository.count_sessions("!!") == 0, limit  # nothing to look for
        assert repository.list_sessions("!!") == [], limit


def test_a_word_is_found_up_to_its_last_letter_and_no_further(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(titled(catalogue, "Zeeland"))
    repository.create(titled(catalogue, "Zeelander"))
    assert len(repository.list_sessions("zeeland")) == 2
    assert repository.list_sessions("zeelandr") == []
    assert repository.list_sessions("zeelanc") == []  # before the word in the index
    assert repository.list_sessions("zeelane") == []  # after it
    assert [s.id for s in repository.list_sessions("zeeland zeeland")] == [
        s.id for s in repository.list_sessions("zeeland")
    ]
    assert session.id in {s.id for s in repository.list_sessions("ZEELAND")}


def test_many_sessions_are_stored_at_once_whole(repository: Repository, catalogue: Catalogue) -> None:
    made = [titled(catalogue, f"Inkoop {n}") for n in range(3)]
    made[1].participants = []
    repository.create_many(made)
    assert sorted(s.title for s in repository.list_sessions()) == ["Inkoop 0", "Inkoop 1", "Inkoop 2"]
    for session in made:
        assert Repository(repository.engine).get(session.id) == session
    assert [s.id for s in repository.list_sessions("inkoop 2")] == [made[2].id]  # its words, too


def test_many_sessions_with_one_already_stored_store_none(
    repository: Repository, catalogue: Catalogue
) -> None:
    stored = repository.create(titled(catalogue, "Er al"))
    fresh = titled(catalogue, "Nieuw")
    with pytest.raises(StoreWriteError) as raised:
        repository.create_many([fresh, stored])
    assert raised.value.nl.startswith("Opslaan is mislukt: de database weigerde de gegevens (")
    assert not repository.exists(fresh.id)
    assert repository.count_sessions() == 1


def test_agreeing_numbers_after_the_highest_and_saves_the_session_with_it(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = titled(catalogue, "Catering")
    old = session.model_copy(deep=True).agree(4)  # an imported file's agreed version
    repository.create(session, [old])
    other = repository.create(titled(catalogue, "Ander"))
    repository.agree(other)  # another session's numbers do not count
    revision = session.revision
    session.updated_at = WHEN  # last saved long ago: agreeing moves its time on
    snapshot = repository.agree(session)
    assert snapshot.number == 5
    assert snapshot.session_id == session.id
    assert session.revision == revision + 1 == snapshot.session.revision
    assert snapshot.session.updated_at == session.updated_at > WHEN
    stored = Repository(repository.engine).get(session.id)
    assert stored.status == session.status == "agreed"
    assert stored.revision == session.revision
    assert [s.number for s in repository.snapshots(session.id)] == [4, 5]
    assert repository.snapshots(session.id)[1] == snapshot


def test_an_agreed_version_holds_only_the_votes_of_present_participants(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(titled(catalogue, "Catering"))
    gone = "9" * 32
    session.themes[0].votes = {gone: Level.BASIS}
    snapshot = repository.agree(session)
    assert snapshot.session.themes[0].votes == {}
    assert repository.snapshot(snapshot.id).session.themes[0].votes == {}


def test_a_refused_agreement_leaves_the_session_a_draft_and_nothing_stored(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(titled(catalogue, "Catering"))
    repository.delete(session.id)
    with pytest.raises(SessionNotFoundError):
        repository.agree(session)
    assert session.status == "draft" and session.revision == 0
    assert repository.snapshots(session.id) == []


def test_a_repository_stands_for_its_sqlite_file_only(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "eigen.sqlite"
    database = open_database(f"sqlite:///{path}")
    try:
        repository = Repository(database.engine)
        assert repository.path == path and not repository.remote
        session = repository.create(titled(catalogue, "Catering"))
        with closing(sqlite3.connect(path)) as reader:  # another program that has it open
            reader.execute("SELECT count(*) FROM sessions").fetchall()
            repository.close()
            assert (tmp_path / "eigen.sqlite-wal").stat().st_size == 0  # all in the one file
            alone = tmp_path / "alleen.sqlite"
            shutil.copyfile(path, alone)  # the file without its journal, as a copy would take it
            with closing(sqlite3.connect(alone)) as copy:
                assert copy.execute("SELECT title FROM sessions WHERE id = ?", (session.id,)).fetchall() == [
                    ("Catering",)
                ]
    finally:
        database.close()
    memory = open_database("sqlite://")
    try:
        assert Repository(memory.engine).path is None
    finally:
        memory.close()
    assert Repository(create_engine(f"sqlite:///{tmp_path / 'nog-niet.sqlite'}")).path is None


def test_a_database_server_is_no_file_even_one_named_like_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "teamdb").write_bytes(b"")  # a file in the working folder with the database's name
    repository = Repository(create_engine("postgresql+psycopg://inkoop@localhost/teamdb"))
    assert repository.path is None and repository.remote


def test_the_list_shows_each_session_as_stored(repository: Repository, catalogue: Catalogue) -> None:
    session = titled(catalogue, "Catering").model_copy(
        update={"organisation": "Gemeente Zuiderhaven", "session_date": dt.date(2026, 5, 4)}
    )
    repository.create(session)
    expected = SessionSummary(
        session.id,
        "Catering",
        "Gemeente Zuiderhaven",
        SessionKind.PROJECT,
        SessionStatus.DRAFT,
        dt.date(2026, 5, 4),
        session.updated_at,
        "mvi-nationaal-plan",
    )
    assert repository.list_sessions() == [expected]
    assert repository.list_sessions("zuiderhaven") == [expected]


def test_a_refused_save_names_the_session(repository: Repository, catalogue: Catalogue) -> None:
    session = repository.create(titled(catalogue, "Catering"))
    Repository(repository.engine).save(Repository(repository.engine).get(session.id))
    session.title = "Catering 2027"
    with pytest.raises(StaleSessionError) as stale:
        repository.save(session)
    assert stale.value.nl.startswith("'Catering 2027' is intussen elders gewijzigd.")
    repository.delete(session.id)
    with pytest.raises(SessionNotFoundError) as gone:
        repository.save(session)
    assert gone.value.session_id == session.id
    assert gone.value.nl == f"Sessie {session.id} bestaat niet (meer) in deze database."


@pytest.fixture
def writes(repository: Repository) -> Iterator[list[str]]:
    """The statements that change something, first two words (e.g. 'UPDATE theme_entries')."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        verb, *rest = statement.split()
        if verb in ("INSERT", "DELETE"):
            seen.append(f"{verb} {rest[1]}")
        elif verb == "UPDATE":
            seen.append(f"UPDATE {rest[0]}")

    event.listen(repository.engine, "before_cursor_execute", record)
    yield seen
    event.remove(repository.engine, "before_cursor_execute", record)


def test_a_session_read_or_agreed_then_changed_writes_only_what_changed(
    repository: Repository, catalogue: Catalogue, writes: list[str]
) -> None:
    made = repository.create(titled(catalogue, "Catering"))
    reader = Repository(repository.engine)  # knows only what it read
    session = reader.get(made.id)
    writes.clear()
    session.themes[0].ambition = Level.AMBITIOUS
    reader.save(session)
    assert writes == ["UPDATE sessions", "UPDATE theme_entries"]
    reader.agree(session)
    writes.clear()
    session.themes[0].ambition = Level.BASIS
    reader.save(session)
    assert writes == ["UPDATE sessions", "UPDATE theme_entries"]


def test_an_agreed_version_is_a_copy_the_session_does_not_share(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(titled(catalogue, "Catering"))
    gone = "9" * 32
    session.themes[0].votes = {gone: Level.BASIS}
    snapshot = repository.agree(session)
    assert session.themes[0].votes == {gone: Level.BASIS}  # the session on screen keeps what it had
    session.themes[0].ambition = Level.AMBITIOUS
    session.participants.append(Participant(name="Later"))
    assert snapshot.session.themes[0].ambition is not Level.AMBITIOUS
    assert [p.name for p in snapshot.session.participants] == []
    assert repository.snapshot(snapshot.id) == snapshot


def index_word(repository: Repository, search: str) -> str | None:
    """The word `matching` looks up in the word index for `search`; "none" when it answers with no
    query; None when it walks the list."""
    base = select(sessions.c.id)
    with repository.engine.connect() as conn:
        query = session_list.matching(conn, base, search)
    if query is None:
        return "none"
    sql = str(query.compile(repository.engine, compile_kwargs={"literal_binds": True}))
    found = re.search(r"session_words\.word >= '([^']*)'", sql)
    return found.group(1) if found else None


def test_the_rarest_word_typed_is_looked_up_and_a_common_one_walked(
    repository: Repository, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    for title in ("Catering Zeeland", "Catering Noord", "Catering Zuid", "Catering West", "Zwolle"):
        repository.create(titled(catalogue, title))
    monkeypatch.setattr(session_list, "RARE", 4)  # "catering" in four sessions: rare, just
    assert index_word(repository, "catering") == "catering"
    assert index_word(repository, "cater zee") == "zee"  # one session against four
    assert index_word(repository, "zee cater") == "zee"
    monkeypatch.setattr(session_list, "RARE", 3)
    assert index_word(repository, "catering") is None  # common: walk the list
    assert index_word(repository, "cater zee") == "zee"
    monkeypatch.setattr(session_list, "RARE", 0)
    assert index_word(repository, "zee") is None
    # a word no session has: no query at all, whatever words sort before or after it
    for absent in ("zeelanc", "zeelane", "aaa", "zzz", "cateringen"):
        assert index_word(repository, absent) == "none", absent
        assert index_word(repository, f"catering {absent}") == "none", absent
