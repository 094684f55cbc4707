"""Nothing lost: refused files stay untouched, half upgrades are undone, a failed commit changes
nothing, the file a user copies is complete, a vanished file is noticed, many writers wait their turn."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session
from ambitieweb.store import (
    CorruptDatabaseError,
    DatabaseGoneError,
    EmptyDatabaseError,
    ForeignDatabaseError,
    HalfUpgradedDatabaseError,
    NewerDatabaseError,
    Repository,
    StaleSessionError,
    StoreWriteError,
    open_database,
    restore_backup,
)
from ambitieweb.store.database import SCHEMA_HEAD
from ambitieweb.store.migrator import expected_schema
from ambitieweb.store.sqlite_file import backup_sqlite, probe
from tests.schema_0001 import make_0001_database


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    """The files beside (and including) `path`; SQLite's empty -wal/-shm of a WAL-mode file that was
    only read do not count (a reader may create them; they hold nothing)."""
    return sorted(
        p.name
        for p in path.parent.iterdir()
        if not (p.name in (f"{path.name}-wal", f"{path.name}-shm") and p.stat().st_size in (0, 32768))
    )


def new_session(catalogue: Catalogue, title: str = "Catering") -> Session:
    return Session.new(catalogue.framework("mvi-nationaal-plan"), title)


# --- files that are refused are never changed -----------------------------------------------------


def test_another_programs_tables_are_refused_and_the_file_keeps_every_byte(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER, amount REAL)")
        conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
        conn.commit()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError) as caught:
        open_database(url(path))
    assert "ander programma" in caught.value.text("nl") and "invoices" in caught.value.text("nl")
    assert digest(path) == before and siblings(path) == ["other.sqlite"]  # not even switched to WAL
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


@pytest.mark.parametrize("revision", ["ae1027a6acf", "0001"])
def test_another_programs_alembic_database_is_not_called_newer_or_damaged(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        conn.execute("CREATE TABLE customers (id INTEGER)")
        conn.commit()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError) as caught:
        open_database(url(path))
    assert "ander programma" in caught.value.text("nl") and "nieuwere" not in caught.value.text("nl")
    assert digest(path) == before and siblings(path) == ["other.sqlite"]  # no backup, no journal


def test_a_newer_ambitieweb_database_names_the_version_that_opens_it(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(url(path)).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0042'")
        conn.execute("UPDATE ambitieweb_info SET value = '3.1.0' WHERE key = 'upgraded_by'")
        conn.commit()
    before = digest(path)
    with pytest.raises(NewerDatabaseError) as caught:
        open_database(url(path))
    assert "Ambitieweb 3.1.0 of nieuwer" in caught.value.text("nl")
    assert "Ambitieweb 3.1.0 or newer" in caught.value.text("en")
    assert digest(path) == before


def test_a_zero_byte_file_is_its_own_message_and_stays(tmp_path: Path) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    path.touch()
    with pytest.raises(EmptyDatabaseError) as caught:
        open_database(url(path))
    assert "leeg (0 bytes)" in caught.value.text("nl") and caught.value.backups == []
    assert path.stat().st_size == 0 and siblings(path) == ["ambitieweb.sqlite"]


def test_a_damaged_file_offers_the_good_backup_beside_it(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    database = open_database(url(path))
    session = Repository(database.engine).create(new_session(catalogue))
    database.close()
    backup = backup_sqlite(path, SCHEMA_HEAD)
    (tmp_path / "ambitieweb.backup-0001-20200101-000000.sqlite").write_bytes(b"garbage" * 100)  # not good
    path.write_bytes(path.read_bytes()[:4096] + bytes(8192))
    damaged = digest(path)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(url(path))
    assert caught.value.backups == [backup]
    assert "beschadigd" in caught.value.text("nl") and backup.name in caught.value.text("nl")
    assert digest(path) == damaged
    kept = restore_backup(path, backup)
    assert digest(kept) == damaged and backup.exists()
    restored = open_database(url(path))
    assert Repository(restored.engine).get(session.id) == session
    restored.close()


# --- upgrades are whole or not at all ------------------------------------------------------------


def half_upgrade(path: Path) -> None:
    """What an upgrade by version 0.1.0 left when killed: 0001 with one of 0002's columns."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("ALTER TABLE sessions ADD COLUMN max_focus INTEGER DEFAULT 5 NOT NULL")
        conn.commit()


def test_a_half_upgraded_file_is_restored_from_its_backup_and_upgraded(tmp_path: Path) -> None:
    path = make_0001_database(tmp_path / "ambitieweb.sqlite")
    backup = backup_sqlite(path, "0001")
    half_upgrade(path)
    bad_backup = backup_sqlite(path, "0001")  # a retry of 0.1.0 backed up the half file: never used
    bad_backup.rename(tmp_path / "ambitieweb.backup-0001-29990101-000000.sqlite")
    half = digest(path)
    database = open_database(url(path))
    try:
        assert database.migration.restored_from == backup
        assert database.migration.kept is not None and digest(database.migration.kept) == half
        assert (
            "half bijgewerkt" in database.migration.report("nl")
            and backup.name in database.migration.report()
        )
        assert probe(path).revision == SCHEMA_HEAD and probe(path).schema == expected_schema(SCHEMA_HEAD)
        assert len(Repository(database.engine).list_sessions()) == 3
    finally:
        database.close()


def test_a_half_upgraded_file_without_a_backup_is_refused_untouched(tmp_path: Path) -> None:
    path = make_0001_database(tmp_path / "ambitieweb.sqlite")
    half_upgrade(path)
    before = digest(path)
    with pytest.raises(HalfUpgradedDatabaseError) as caught:
        open_database(url(path))
    assert "half bijgewerkt" in caught.value.text("nl")
    assert digest(path) == before and siblings(path) == ["ambitieweb.sqlite"]


def test_a_failed_upgrade_changes_nothing_in_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_0001_database(tmp_path / "ambitieweb.sqlite")
    schema = probe(path).schema
    import ambitieweb.store.migrator as migrator

    def note_then_fail(_connection: object) -> None:
        raise OSError("power cut")  # after every migration ran, inside the transaction

    monkeypatch.setattr(migrator, "_note_version", note_then_fail)
    with pytest.raises(OSError, match="power cut"):
        open_database(url(path))
    assert probe(path).revision == "0001" and probe(path).schema == schema  # the DDL rolled back too
    monkeypatch.undo()
    database = open_database(url(path))
    assert probe(path).revision == SCHEMA_HEAD
    database.close()


def test_an_interrupted_first_start_of_an_older_version_starts_again(tmp_path: Path) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    with closing(sqlite3.connect(path)) as conn:  # 0.1.0 killed after its first CREATE TABLE
        conn.execute("CREATE TABLE sessions (id VARCHAR(32) NOT NULL PRIMARY KEY)")
    database = open_database(url(path), seed=lambda engine: None)
    try:
        assert database.migration.created and database.migration.kept is not None
        assert "eerste start was afgebroken" in database.migration.report("nl")
        assert probe(path).revision == SCHEMA_HEAD
    finally:
        database.close()


def test_a_first_start_appears_only_when_complete(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    seen: list[bool] = []

    def seed(engine: Engine) -> None:
        seen.append(path.exists())
        Repository(engine).create(new_session(catalogue))

    database = open_database(url(path), seed=seed)
    database.close()
    assert seen == [False]  # built beside the real path, then swapped in whole
    assert siblings(path) == ["ambitieweb.sqlite"]
    reopened = open_database(url(path))
    assert len(Repository(reopened.engine).list_sessions()) == 1
    reopened.close()


# --- honest saves ----------------------------------------------------------------------------------


def fill_the_disk(repository: Repository, pages: int) -> None:
    """SQLite's own "database or disk is full", as on a full disk: the file may not grow."""
    repository.engine.dispose()

    def limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(repository.engine, "connect", limit)


def test_a_failed_commit_moves_no_revision_and_trying_again_works(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    database = open_database(url(path))
    repository = Repository(database.engine)
    session = repository.create(new_session(catalogue))
    with closing(sqlite3.connect(path)) as conn:
        used = conn.execute("PRAGMA page_count").fetchone()[0]
    fill_the_disk(repository, used)
    session.themes[0].rationale = "x" * 100_000  # needs pages the disk does not have
    revision, moment = session.revision, session.updated_at
    with pytest.raises(StoreWriteError) as caught:
        repository.save(session)
    assert "de schijf is vol" in caught.value.text("nl")
    assert (session.revision, session.updated_at) == (revision, moment)
    with pytest.raises(StoreWriteError):
        repository.agree(session)
    assert session.revision == revision and session.status.value == "draft"
    database.close()
    database = open_database(url(path))  # room again (a new engine, without the limit)
    repository = Repository(database.engine)
    repository.save(session)  # not "changed elsewhere"
    assert repository.get(session.id).themes[0].rationale == "x" * 100_000
    assert repository.agree(session).number == 1
    database.close()


def test_a_stale_save_is_still_refused(repository: Repository, catalogue: Catalogue) -> None:
    session = repository.create(new_session(catalogue))
    other = repository.get(session.id)
    repository.save(other)
    with pytest.raises(StaleSessionError):
        repository.save(session)
    assert session.revision == 0


@pytest.mark.parametrize("how", ["deleted", "replaced", "folder gone"])
def test_a_save_into_a_deleted_or_replaced_file_is_refused(
    tmp_path: Path, catalogue: Catalogue, how: str
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "ambitieweb.sqlite"
    database = open_database(url(path))
    repository = Repository(database.engine)
    session = repository.create(new_session(catalogue))
    repository.get(session.id)  # a pooled connection to the file as it was
    if how == "deleted":
        path.unlink()
    elif how == "replaced":
        other = tmp_path / "other.sqlite"
        open_database(url(other)).close()
        shutil.move(other, path)
    else:
        shutil.rmtree(folder)
    session.themes[0].ambition = Level.AMBITIOUS
    with pytest.raises(DatabaseGoneError) as caught:
        repository.save(session)
    assert "verwijderd, verplaatst of vervangen" in caught.value.text("nl")
    assert session.revision == 0
    database.close()
    if how == "replaced":
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0  # nothing written


# --- the file a user copies ------------------------------------------------------------------------


def test_after_closing_the_one_sqlite_file_holds_everything(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    database = open_database(url(path))
    repository = Repository(database.engine)
    ids = [repository.create(new_session(catalogue, f"Sessie {i}")).id for i in range(20)]
    assert path.with_name(path.name + "-wal").exists()  # while open, the journal holds the news
    database.close()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copied" / "ambitieweb.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)  # the user copies just the file
    with closing(sqlite3.connect(copy)) as conn:
        assert {row[0] for row in conn.execute("SELECT id FROM sessions")} == set(ids)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- many writers ---------------------------------------------------------------------------------


def test_twenty_programs_writing_at_once_wait_their_turn(tmp_path: Path, catalogue: Catalogue) -> None:
    """Twenty writers (each its own engine, as twenty programs) save, agree and list for a while:
    no "database is locked", no other failure."""
    path = tmp_path / "team.sqlite"
    first = open_database(url(path))
    ids = [Repository(first.engine).create(new_session(catalogue, f"Web {i}")).id for i in range(20)]
    first.close()
    failures: list[BaseException] = []
    saves = [0]

    def writer(session_id: str) -> None:
        database = open_database(url(path))
        try:
            repository = Repository(database.engine)
            session = repository.get(session_id)
            for step in range(25):
                session.themes[step % len(session.themes)].ambition = Level(step % 4)
                if step % 10 == 9:
                    repository.agree(session)
                else:
                    repository.save(session)
                repository.list_sessions()
                saves[0] += 1
        except BaseException as exc:
            failures.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=writer, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == [] and saves[0] == 20 * 25


def test_a_journal_left_without_its_database_is_not_replayed_into_a_new_one(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """The user deleted ambitieweb.sqlite but not its -wal: the new database must not take it in."""
    path = tmp_path / "ambitieweb.sqlite"
    database = open_database(url(path))
    Repository(database.engine).create(new_session(catalogue, "Oud"))
    wal = path.with_name(path.name + "-wal")
    kept_wal = wal.read_bytes()
    assert kept_wal  # the session is still in the journal
    database.engine.dispose()  # no checkpoint: as after a crash
    path.unlink()
    wal.write_bytes(kept_wal)
    fresh = open_database(url(path))
    try:
        assert fresh.migration.created and Repository(fresh.engine).list_sessions() == []
        assert list(tmp_path.glob("ambitieweb.orphan-*.sqlite-wal"))
    finally:
        fresh.close()


def test_the_list_of_checked_files_leaves_no_temporary_file_when_it_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ambitieweb.store import integrity

    cache = tmp_path / "cache"
    monkeypatch.setattr(integrity, "_known_path", lambda: cache / "checked-databases.json")
    database = tmp_path / "x.sqlite"
    database.write_bytes(b"")

    def disk_full(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", disk_full)
    integrity.remember(database)  # a list that cannot be written only means a check next time
    assert list(cache.iterdir()) == []
    monkeypatch.undo()
    monkeypatch.setattr(integrity, "_known_path", lambda: cache / "checked-databases.json")
    integrity.remember(database)
    assert integrity.is_known(database) and [p.name for p in cache.iterdir()] == ["checked-databases.json"]
