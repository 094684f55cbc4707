from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Goal, Measure, Participant, Role, Session, SessionStatus
from ambitieweb.store import (
    CorruptDatabaseError,
    DatabaseError,
    DataFolderError,
    NewerDatabaseError,
    Repository,
    SessionNotFoundError,
    StaleSessionError,
    default_database_path,
    open_database,
    resolve_url,
    set_aside,
)
from ambitieweb.store.migrator import alembic_config as _alembic_config
from ambitieweb.store.migrator import head_revision
from ambitieweb.store.sqlite_file import backup_sqlite


def make_session(catalogue: Catalogue, title: str = "Schoonmaak 2027", **fields: object) -> Session:
    defaults: dict[str, object] = {
        "organisation": "Gemeente Zuiderhaven",
        "participants": [Participant(name="Fatma Yılmaz", role=Role.INKOPER, organisation="Inkoop")],
    }
    session = Session.new(catalogue.framework("mvi-nationaal-plan"), title, **(defaults | fields))
    klimaat = session.entry("klimaat")
    klimaat.ambition = Level.SIGNIFICANT
    klimaat.current = Level.BASIS
    klimaat.rationale = "Elektrisch vervoer <b>R&D</b> — €2,5 mln 🌍"
    klimaat.goals.append(Goal(indicator="CO2", baseline=120.5, target=60.0, unit="ton", year=2030))
    klimaat.measures.append(Measure(what="Laadpalen", owner="Facilitair", when="Q3 2027"))
    return session


def test_create_get_and_list(repository: Repository, catalogue: Catalogue) -> None:
    session = repository.create(make_session(catalogue))
    assert repository.get(session.id) == session
    [row] = repository.list_sessions()
    assert (row.id, row.title, row.status) == (session.id, "Schoonmaak 2027", SessionStatus.DRAFT)


def test_search_finds_the_starts_of_words_in_title_organisation_and_subject(
    repository: Repository, catalogue: Catalogue
) -> None:
    repository.create(make_session(catalogue, "Wegen 100% circulair 2027-2031", subject="asfalt"))
    repository.create(make_session(catalogue, "Catering", organisation="Provincie Westerland"))

    def found(search: str) -> list[str]:
        titles = [s.title for s in repository.list_sessions(search)]
        assert repository.count_sessions(search) == len(titles)
        return titles

    roads = ["Wegen 100% circulair 2027-2031"]
    assert found("CIRCULAIR") == found("circ") == found("asfalt") == found("weg circ") == roads
    assert found("westerland") == found("  Provincie   west ") == ["Catering"]
    assert found("100%") == found("100") == found("2031") == found("2027-2031") == roads
    assert found("ulair") == found("0%") == found("wegen catering") == []  # words start where typed
    assert found("%") == found("_") == found("-") == []  # no letters or digits: nothing
    assert len(found("")) == len(found("   ")) == 2


def test_search_folds_case_and_accents(repository: Repository, catalogue: Catalogue) -> None:
    repository.create(make_session(catalogue, "Reünie Café", organisation="Straße ÜBER Ærø"))
    for search in ("reunie", "REÜNIE", "ReÜ", "cafe", "CAFÉ", "strasse", "STRASSE", "über", "uber", "ærø"):
        assert [s.title for s in repository.list_sessions(search)] == ["Reünie Café"], search
    assert repository.list_sessions("aero") == []  # æ and ø are letters of their own, not accents


def test_save_writes_every_change_and_bumps_the_revision(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(make_session(catalogue))
    session.entry("circulair").ambition = Level.AMBITIOUS
    session.entry("klimaat").goals.clear()
    session.participants.append(Participant(name="Daan", role=Role.CONTRACTMANAGER))
    repository.save(session)
    assert session.revision == 1
    loaded = repository.get(session.id)
    assert loaded == session
    assert loaded.entry("klimaat").goals == []


def test_a_stale_save_is_refused_not_applied(repository: Repository, catalogue: Catalogue) -> None:
    session = repository.create(make_session(catalogue))
    mine, theirs = repository.get(session.id), repository.get(session.id)
    theirs.entry("milieu").ambition = Level.BASIS
    repository.save(theirs)
    mine.entry("milieu").ambition = Level.AMBITIOUS
    with pytest.raises(StaleSessionError) as caught:
        repository.save(mine)
    assert "elders gewijzigd" in caught.value.text("nl")
    assert repository.get(session.id).entry("milieu").ambition is Level.BASIS


def test_agree_freezes_a_snapshot_that_later_saves_do_not_touch(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(make_session(catalogue))
    first = repository.agree(session)
    assert session.status is SessionStatus.AGREED and first.number == 1
    session.entry("klimaat").ambition = Level.AMBITIOUS
    session.mark_edited()
    repository.save(session)
    second = repository.agree(session)
    snapshots = repository.snapshots(session.id)
    assert [s.number for s in snapshots] == [1, 2]
    assert snapshots[0].session.entry("klimaat").ambition is Level.SIGNIFICANT
    assert snapshots[1].session.entry("klimaat").ambition is Level.AMBITIOUS
    assert repository.snapshot(second.id) == second
    assert snapshots[0].participants[0].name == "Fatma Yılmaz"


def test_duplicate_and_delete(repository: Repository, catalogue: Catalogue) -> None:
    session = repository.create(make_session(catalogue))
    repository.agree(session)
    copy = repository.duplicate(session.id, "Schoonmaak 2031")
    assert copy.id != session.id and repository.get(copy.id).entry("klimaat").goals
    assert repository.snapshots(copy.id) == []
    repository.delete(session.id)
    assert [s.id for s in repository.list_sessions()] == [copy.id]
    with pytest.raises(SessionNotFoundError):
        repository.get(session.id)
    with pytest.raises(SessionNotFoundError):
        repository.delete(session.id)
    with repository.engine.connect() as conn:
        orphans = conn.execute(text("SELECT count(*) FROM goals WHERE session_id = :id"), {"id": session.id})
        assert orphans.scalar_one() == 0


@pytest.mark.sqlite_only
def test_sqlite_runs_with_wal_and_foreign_keys(repository: Repository) -> None:
    with repository.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL: a power cut loses nothing


def test_default_database_lives_in_the_user_data_folder(isolated_user_folders: Path) -> None:
    path = default_database_path()
    assert path.is_relative_to(isolated_user_folders) and path.name == "ambitieweb.sqlite"
    database = open_database()
    assert database.path == path and database.migration.created
    database.engine.dispose()


def test_environment_variable_chooses_the_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("AMBITIEWEB_DATABASE_URL", f"sqlite:///{tmp_path / 'team.sqlite'}")
    assert resolve_url().database == str(tmp_path / "team.sqlite")
    assert resolve_url(f"sqlite:///{tmp_path / 'other.sqlite'}").database == str(tmp_path / "other.sqlite")


def test_reopening_keeps_the_data_and_reports_no_new_database(
    database_url: str, catalogue: Catalogue
) -> None:
    first = open_database(database_url)
    session = Repository(first.engine).create(make_session(catalogue))
    first.engine.dispose()
    second = open_database(database_url)
    assert not second.migration.created and second.migration.backup is None
    assert Repository(second.engine).get(session.id) == session
    second.engine.dispose()


def test_a_database_made_at_the_first_revision_opens(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    engine.dispose()
    database = open_database(f"sqlite:///{path}")
    repository = Repository(database.engine)
    session = repository.create(make_session(catalogue))
    assert repository.get(session.id) == session
    database.engine.dispose()


def test_the_fast_path_knows_the_newest_migration() -> None:
    from ambitieweb.store.database import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_the_tables_match_the_migrations(repository: Repository) -> None:
    from alembic.runtime.migration import MigrationContext

    from tests.schema_diff import schema_differences

    with repository.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        assert schema_differences(conn, server_defaults=False) == []


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(f"sqlite:///{path}").engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as caught:
        open_database(f"sqlite:///{path}")
    assert "nieuwere versie" in caught.value.text("nl") and "f00dfeed" in caught.value.text("en")
    assert path.read_bytes() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "scrambled"])
def test_a_corrupt_database_is_reported_and_never_overwritten(
    tmp_path: Path, catalogue: Catalogue, damage: str
) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    database = open_database(f"sqlite:///{path}")
    repository = Repository(database.engine)
    for i in range(30):
        repository.create(make_session(catalogue, f"Sessie {i}"))
    database.engine.dispose()
    data = path.read_bytes()
    if damage == "garbage":
        data = b"this is not a database at all" * 100
    elif damage == "truncated":
        data = data[: len(data) // 3]
    else:
        data = data[:4096] + bytes(len(data) - 4096)
    path.write_bytes(data)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(f"sqlite:///{path}")
    assert "beschadigd" in caught.value.text("nl") and str(path) in caught.value.text("nl")
    assert path.read_bytes() == data
    kept = set_aside(path)
    assert kept.read_bytes() == data and not path.exists()
    fresh = open_database(f"sqlite:///{path}")
    assert fresh.migration.created
    fresh.engine.dispose()


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(f"sqlite:///{path}")


def test_an_unusable_data_folder_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataFolderError) as caught:
        open_database(f"sqlite:///{blocker / 'sub' / 'db.sqlite'}")
    assert "gegevensmap" in caught.value.text("nl")
    # a read-only folder (simulated: the tests may run as root, who may write anywhere)
    folder = tmp_path / "readonly"
    folder.mkdir()
    monkeypatch.setattr(os, "access", lambda *_args, **_kw: False)
    with pytest.raises(DataFolderError, match="not writable"):
        open_database(f"sqlite:///{folder / 'db.sqlite'}")
    assert list(folder.iterdir()) == []


def test_an_invalid_url_is_a_clear_error() -> None:
    with pytest.raises(DatabaseError, match="Invalid database URL"):
        open_database("not a url")


@pytest.mark.sqlite_only
def test_backup_is_a_complete_readable_copy(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    session = repository.create(make_session(catalogue))
    url = repository.engine.url.database
    assert url is not None
    backup = backup_sqlite(Path(url), "0001")
    assert backup.name.startswith("ambitieweb.backup-0001-")
    copy = open_database(f"sqlite:///{backup}")
    assert Repository(copy.engine).get(session.id) == session
    copy.engine.dispose()


def voting_session(catalogue: Catalogue) -> Session:
    """Three people voting on two themes, a hand count, an agenda and a focus limit."""
    ann, bob, cas = (
        Participant(name=n, role=r)
        for n, r in (("Ann", Role.INKOPER), ("Bob", Role.MARKT), ("Cas", Role.OVERIG))
    )
    session = make_session(catalogue, participants=[ann, bob, cas], max_focus=3)
    session.entry("klimaat").votes = {ann.id: Level.BASIS, bob.id: Level.AMBITIOUS, cas.id: Level.SIGNIFICANT}
    session.entry("circulair").votes = {cas.id: Level.AMBITIOUS, ann.id: Level.SIGNIFICANT}
    session.entry("circulair").tally = (0, 4, 1)
    for minutes, entry in zip((20, 15, 10, 10, 5, 0), session.themes, strict=False):
        entry.minutes = minutes
    return session


def vote_rows(repository: Repository, session_id: str) -> list[tuple[str, str, int]]:
    with repository.engine.connect() as conn:
        query = text("SELECT theme_id, participant_id, level FROM votes WHERE session_id = :id ORDER BY 1, 2")
        return [tuple(r) for r in conn.execute(query, {"id": session_id})]


def test_votes_tally_agenda_and_focus_limit_survive_save_and_load(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(voting_session(catalogue))
    loaded = repository.get(session.id)
    assert loaded == session
    ann, bob, cas = (p.id for p in session.participants)
    assert list(loaded.entry("circulair").votes) == [ann, cas]  # in the order of the participants
    assert loaded.entry("circulair").tally == (0, 4, 1) and loaded.max_focus == 3
    assert [e.minutes for e in loaded.themes][:3] == [20, 15, 10]
    loaded.entry("klimaat").votes[bob] = Level.BASIS
    loaded.entry("milieu").tally = (2, 0, 0)
    repository.save(loaded)
    assert repository.get(session.id) == loaded
    assert len(vote_rows(repository, session.id)) == 5


def test_removing_a_participant_removes_their_votes(repository: Repository, catalogue: Catalogue) -> None:
    session = repository.create(voting_session(catalogue))
    ann, bob, _cas = session.participants
    session.participants = [ann, bob]
    session.drop_orphan_votes()
    repository.save(session)
    assert repository.get(session.id) == session
    assert {pid for _, pid, _ in vote_rows(repository, session.id)} == {ann.id, bob.id}
    # a vote left behind by a caller that forgot drop_orphan_votes is not stored either
    session.participants = [ann]
    repository.save(session)
    assert {pid for _, pid, _ in vote_rows(repository, session.id)} == {ann.id}
    session.drop_orphan_votes()
    assert repository.get(session.id) == session


def test_votes_go_with_their_theme_entry_participant_and_session(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(voting_session(catalogue))
    ann = session.participants[0]
    with repository.engine.begin() as conn:
        conn.execute(text("DELETE FROM theme_entries WHERE theme_id = 'circulair'"))
    assert {t for t, _, _ in vote_rows(repository, session.id)} == {"klimaat"}
    with repository.engine.begin() as conn:
        conn.execute(text("DELETE FROM participants WHERE participant_id = :p"), {"p": ann.id})
    assert [pid for _, pid, _ in vote_rows(repository, session.id)] == sorted(
        p.id for p in session.participants[1:]
    )
    repository.delete(session.id)
    with repository.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM votes")).scalar_one() == 0


def test_the_database_refuses_votes_of_unknown_people(repository: Repository, catalogue: Catalogue) -> None:
    from sqlalchemy.exc import IntegrityError

    session = repository.create(voting_session(catalogue))
    with pytest.raises(IntegrityError), repository.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO votes VALUES (:s, 'klimaat', :p, 2)"), {"s": session.id, "p": "f" * 32}
        )


def test_two_participants_with_one_id_are_a_clear_error_and_nothing_changes(
    repository: Repository, catalogue: Catalogue
) -> None:
    from ambitieweb.store import DuplicateParticipantError

    session = repository.create(voting_session(catalogue))
    twin = session.participants[0].model_copy(update={"name": "Ann's twin"})
    session.participants.append(twin)
    with pytest.raises(DuplicateParticipantError) as caught:
        repository.save(session)
    assert "Ann's twin" in caught.value.text("nl") and "twee keer" in caught.value.text("nl")
    assert len(repository.get(session.id).participants) == 3


def test_a_session_with_criteria_can_be_duplicated(repository: Repository, catalogue: Catalogue) -> None:
    from ambitieweb.model.session import ChosenCriterion

    session = make_session(catalogue)
    session.criteria.append(
        ChosenCriterion(theme_id="klimaat", kind="requirement", title="Zero-emissie", text="Ten minste 80%.")
    )
    repository.create(session)
    copy = repository.duplicate(session.id, "Kopie")
    assert repository.get(copy.id).criteria == session.criteria
    assert repository.get(session.id).criteria == session.criteria


def test_an_agreed_version_keeps_no_votes_of_people_who_left(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(voting_session(catalogue))
    session.participants = session.participants[:1]  # without drop_orphan_votes
    snapshot = repository.agree(session)
    assert set(snapshot.session.entry("klimaat").votes) == {session.participants[0].id}
    assert repository.snapshot(snapshot.id) == snapshot


def test_the_full_check_runs_for_files_not_known_intact(
    tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ambitieweb.store import integrity

    checked: list[Path] = []
    full_check = integrity.quick_check

    def quick_check(path: Path) -> object:
        checked.append(path)
        return full_check(path)

    monkeypatch.setattr(integrity, "quick_check", quick_check)
    path = tmp_path / "ambitieweb.sqlite"
    database = open_database(f"sqlite:///{path}")  # a new file: nothing to check
    Repository(database.engine).create(make_session(catalogue))
    database.close()  # closed normally: known intact
    open_database(f"sqlite:///{path}").close()
    assert checked == []
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))  # changed elsewhere
    open_database(f"sqlite:///{path}").close()
    assert checked == [path]
    copy = tmp_path / "copy.sqlite"  # a copy from elsewhere: checked once, then known
    copy.write_bytes(path.read_bytes())
    open_database(f"sqlite:///{copy}").close()
    open_database(f"sqlite:///{copy}").close()
    assert checked == [path, copy]


def test_a_file_shorter_than_its_header_says_is_caught_without_the_full_check(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    database = open_database(f"sqlite:///{path}")
    for i in range(30):
        Repository(database.engine).create(make_session(catalogue, f"Sessie {i}"))
    database.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096])
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns))
    from ambitieweb.store import integrity

    with pytest.raises(integrity.DamagedFileError, match="truncated"):
        integrity.check_header(path)
    with pytest.raises(CorruptDatabaseError):
        open_database(f"sqlite:///{path}")
