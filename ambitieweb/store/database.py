"""Open a database safely: resolve the URL, refuse what is not ours, build or upgrade in one step.

A new SQLite database is built beside the real path and appears there only when complete, examples
included. An upgrade runs as one transaction (SQLite's DDL is transactional once the driver stops
managing transactions itself: see `engines`), after a backup. A file that an older program left half
upgraded is restored from that program's backup automatically. A shared PostgreSQL database is
created when empty but upgraded only on purpose (`upgrade_database`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from ambitieweb import APP_NAME
from ambitieweb.store import integrity
from ambitieweb.store.engines import close_engine, make_engine
from ambitieweb.store.errors import (
    CorruptDatabaseError,
    DatabaseError,
    DataFolderError,
    EmptyDatabaseError,
    ForeignDatabaseError,
    HalfUpgradedDatabaseError,
    NewerDatabaseError,
    OutdatedDatabaseError,
)
from ambitieweb.store.migrator import INFO_TABLE, UPGRADED_BY, expected_schema, known_revisions, migrate
from ambitieweb.store.sqlite_file import (
    Probe,
    ProbeError,
    backup_sqlite,
    built_aside,
    good_backups,
    probe,
    restore_backup,
    set_aside,
)

ENV_VAR = "AMBITIEWEB_DATABASE_URL"
# The newest Alembic revision. Opening a database already at it needs no Alembic at all (~0.25 s
# of imports saved at start-up); a test keeps this equal to the head of migrations/versions.
SCHEMA_HEAD = "0010"
# Tables every Ambitieweb schema has had: a database without them is another program's.
OUR_TABLES = frozenset({"sessions", "theme_entries", "snapshots"})
Seed = Callable[[Engine], None]  # fills a database that was just created (the example sessions)


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "ambitieweb.sqlite"


def resolve_url(url: str | None = None) -> URL:
    """The given URL, else $AMBITIEWEB_DATABASE_URL, else the SQLite file in the user data folder."""
    raw = url or os.environ.get(ENV_VAR) or f"sqlite:///{default_database_path()}"
    try:
        return make_url(raw)
    except ArgumentError as exc:
        raise DatabaseError(f"Ongeldig database-adres: {raw!r}.", f"Invalid database URL: {raw!r}.") from exc


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser().resolve()


def _check_folder(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(folder, exc.strerror or str(exc)) from exc
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        raise DataFolderError(folder, "geen schrijfrechten / not writable")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise DataFolderError(folder, f"{path.name} is alleen-lezen / read-only")


# --- the result -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Migration:
    created: bool  # the database was new: a first start
    backup: Path | None  # the copy made before upgrading an older schema
    restored_from: Path | None = None  # a half-upgraded file was replaced by this backup
    kept: Path | None = None  # where the file that could not be used was put (never deleted)
    notes: tuple[tuple[str, str], ...] = field(default=())  # what the user should hear (nl, en)

    def report(self, language: str = "nl") -> str:
        return " ".join(en if language == "en" else nl for nl, en in self.notes)


@dataclass
class Database:
    engine: Engine
    path: Path | None  # the SQLite file, if it is one
    migration: Migration

    @property
    def location(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Checkpoint the SQLite journal into the one file a user copies and close every connection; a
        SQLite file closed so is known intact (no full check at the next start)."""
        close_engine(self.engine, self.path)
        if self.path is not None and self.path.is_file():
            integrity.remember(self.path)


def _opened(url: URL, path: Path | None, migration: Migration) -> Database:
    return Database(make_engine(url if path is None else url.set(database=str(path))), path, migration)


# --- SQLite ----------------------------------------------------------------------------------------


def _sound(found: Probe, revision: str) -> bool:
    """A file at a known revision whose tables are exactly that revision's."""
    return (
        found.revision == revision
        and revision in known_revisions()
        and (found.schema == expected_schema(revision))
    )


def _backups(path: Path) -> list[Path]:
    return good_backups(path, _sound)


def _probe_sqlite(path: Path) -> Probe:
    try:
        return probe(path)
    except ProbeError as exc:
        if exc.empty:
            raise EmptyDatabaseError(path, _backups(path)) from None
        raise CorruptDatabaseError(path, str(exc), _backups(path)) from None


def _create_sqlite(url: URL, path: Path, seed: Seed | None) -> None:
    with built_aside(path) as temp:
        engine = make_engine(url.set(database=str(temp)))
        try:
            migrate(engine)
            if seed is not None:
                seed(engine)
        finally:
            close_engine(engine, temp)


def _open_sqlite(url: URL, path: Path, seed: Seed | None) -> Database:
    _check_folder(path)
    if not path.exists():
        _create_sqlite(url, path, seed)
        return _opened(url, path, Migration(created=True, backup=None))
    found = _probe_sqlite(path)
    if found.revision == SCHEMA_HEAD:
        return _opened(url, path, Migration(created=False, backup=None))

    where = str(path)
    if found.revision is None:
        if set(found.schema) <= set(expected_schema(SCHEMA_HEAD)) and probe(path, count_rows=True).rows == 0:
            return _start_again(url, path, seed)
        names = ", ".join(sorted(found.schema)[:4])
        raise ForeignDatabaseError(where, f"tabellen {names}", f"tables {names}")
    if not set(found.schema) >= OUR_TABLES:
        raise ForeignDatabaseError(
            where, f"Alembic-revisie {found.revision}", f"Alembic revision {found.revision}"
        )
    if found.revision not in known_revisions():
        raise NewerDatabaseError(where, found.revision, found.info.get(UPGRADED_BY))
    return _upgrade_sqlite(url, path, found)


def _start_again(url: URL, path: Path, seed: Seed | None) -> Database:
    """A first start of an earlier version was killed before it finished: nothing is in the file."""
    kept = set_aside(path, "interrupted")
    _create_sqlite(url, path, seed)
    note = (
        f"Een eerdere eerste start was afgebroken; er is een nieuwe database gemaakt "
        f"(het onvolledige bestand staat er nog als {kept.name}).",
        f"An earlier first start was interrupted; a new database was made (the incomplete "
        f"file is kept as {kept.name}).",
    )
    return _opened(url, path, Migration(created=True, backup=None, kept=kept, notes=(note,)))


def _upgrade_sqlite(url: URL, path: Path, found: Probe) -> Database:
    """Back up, then upgrade in one transaction; a file an older program left half upgraded is
    first replaced by the backup that program made."""
    assert found.revision is not None
    revision: str | None = found.revision
    notes: list[tuple[str, str]] = []
    restored_from: Path | None = None
    kept: Path | None = None
    if found.schema != expected_schema(found.revision):
        backups = _backups(path)
        if not backups:
            raise HalfUpgradedDatabaseError(path, found.revision)
        restored_from = backups[0]
        kept = restore_backup(path, restored_from)
        notes.append(
            (
                f"De database was half bijgewerkt door een afgebroken upgrade. De kopie van daarvoor "
                f"({restored_from.name}) is teruggezet; het halve bestand staat er nog als {kept.name}.",
                f"The database was half upgraded by an interrupted upgrade. The copy made before it "
                f"({restored_from.name}) was restored; the half-upgraded file is kept as {kept.name}.",
            )
        )
        revision = _probe_sqlite(path).revision
    assert revision is not None  # a sound backup has one
    backup = backup_sqlite(path, revision)
    notes.append(
        (
            f"De database is bijgewerkt naar schema {SCHEMA_HEAD}; een kopie van daarvoor staat in "
            f"{backup.name}.",
            f"The database was upgraded to schema {SCHEMA_HEAD}; a copy from before is in {backup.name}.",
        )
    )
    database = _opened(url, path, Migration(False, backup, restored_from, kept, tuple(notes)))
    try:
        migrate(database.engine)
    except BaseException:
        database.close()
        raise
    return database


# --- PostgreSQL (or any server) --------------------------------------------------------------------


def _server_schema(engine: Engine) -> tuple[set[str], str | None, dict[str, str]]:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        info: dict[str, str] = {}
        if INFO_TABLE in tables:
            info = {
                str(k): str(v) for k, v in connection.execute(text(f"SELECT key, value FROM {INFO_TABLE}"))
            }
    return tables, revision, info


def _open_server(url: URL, seed: Seed | None, upgrade: bool) -> Database:
    database = _opened(url, None, Migration(created=False, backup=None))
    where = database.location
    try:
        tables, revision, info = _server_schema(database.engine)
        if revision == SCHEMA_HEAD:
            return database
        if not tables:
            migrate(database.engine)
            if seed is not None:
                seed(database.engine)
            database.migration = Migration(created=True, backup=None)
            return database
        if revision is None or not tables >= OUR_TABLES:
            names = ", ".join(sorted(tables)[:4])
            raise ForeignDatabaseError(where, f"tabellen {names}", f"tables {names}")
        if revision not in known_revisions():
            raise NewerDatabaseError(where, revision, info.get(UPGRADED_BY))
        if not upgrade:
            raise OutdatedDatabaseError(where, revision, SCHEMA_HEAD)
        migrate(database.engine)
        note = (
            f"Schema {revision} is bijgewerkt naar {SCHEMA_HEAD}.",
            f"Schema {revision} was upgraded to {SCHEMA_HEAD}.",
        )
        database.migration = Migration(created=False, backup=None, notes=(note,))
        return database
    except DBAPIError as exc:
        database.close()
        raise DatabaseError(
            f"De database {where} is niet bereikbaar: {_first_line(exc.orig)}.",
            f"The database {where} cannot be reached: {_first_line(exc.orig)}.",
        ) from exc
    except BaseException:
        database.close()
        raise


def _first_line(error: object) -> str:
    return (str(error).strip().splitlines() or ["?"])[0]


# --- entry points --------------------------------------------------------------------------------


def open_current(url: str | None = None) -> Database | None:
    """The database if it exists with the current schema, checked but not changed; None when it
    must first be created, upgraded or refused with a message (by `open_database`)."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is None:
        with suppress(DatabaseError):
            database = _opened(resolved, None, Migration(created=False, backup=None))
            try:
                if _server_schema(database.engine)[1] == SCHEMA_HEAD:
                    return database
            except DBAPIError:
                pass
            database.close()
        return None
    if not path.is_file():
        return None
    try:
        found = probe(path)
    except ProbeError:
        return None
    if found.revision != SCHEMA_HEAD or not os.access(path, os.R_OK | os.W_OK):
        return None
    return _opened(resolved, path, Migration(created=False, backup=None))


def open_database(url: str | None = None, seed: Seed | None = None, upgrade: bool = False) -> Database:
    """A checked database at the current schema. `seed` fills one that is created; `upgrade` lets
    an older shared (server) database be upgraded, which otherwise is refused."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is None:
        return _open_server(resolved, seed, upgrade)
    try:
        return _open_sqlite(resolved, path, seed)
    except DBAPIError as exc:
        raise CorruptDatabaseError(path, _first_line(exc.orig), _backups(path)) from exc


def upgrade_database(url: str | None = None) -> Database:
    """`ambitieweb upgrade-database`: the one way a shared database gets a newer schema."""
    return open_database(url, upgrade=True)


def schema_state(url: str | None = None) -> tuple[str, str | None]:
    """Where the database is and its revision (None: empty or not ours), changing nothing."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is not None:
        if not path.is_file():
            return str(path), None
        return str(path), _probe_sqlite(path).revision
    database = _opened(resolved, None, Migration(created=False, backup=None))
    try:
        return database.location, _server_schema(database.engine)[1]
    except DBAPIError as exc:
        raise DatabaseError(
            f"De database {database.location} is niet bereikbaar: {_first_line(exc.orig)}.",
            f"The database {database.location} cannot be reached: {_first_line(exc.orig)}.",
        ) from exc
    finally:
        database.close()
