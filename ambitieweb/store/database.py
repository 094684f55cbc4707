"""Open a database safely: resolve the URL, refuse corrupt or newer files, back up, migrate."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from ambitieweb import APP_NAME
from ambitieweb.errors import AmbitiewebError

ENV_VAR = "AMBITIEWEB_DATABASE_URL"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
# The newest Alembic revision. Opening a database already at it needs no Alembic at all (~0.25 s
# of imports saved at start-up); a test keeps this equal to the head of migrations/versions.
SCHEMA_HEAD = "0004"


class DatabaseError(AmbitiewebError):
    """The database cannot be used; nothing was changed."""


class CorruptDatabaseError(DatabaseError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"Het databasebestand {path} is beschadigd of geen Ambitieweb-database ({detail}). "
            "Het bestand is niet aangeraakt. Bewaar het voor herstel en start een nieuwe database.",
            f"The database file {path} is damaged or not an Ambitieweb database ({detail}). "
            "The file was left untouched. Keep it for recovery and start a new database.",
        )
        self.path = path


class NewerDatabaseError(DatabaseError):
    def __init__(self, where: str, revision: str) -> None:
        super().__init__(
            f"De database {where} is gemaakt door een nieuwere versie van {APP_NAME} "
            f"(schema {revision}). Werk {APP_NAME} bij om hem te openen; er is niets veranderd.",
            f"The database {where} was made by a newer version of {APP_NAME} "
            f"(schema {revision}). Update {APP_NAME} to open it; nothing was changed.",
        )


class DataFolderError(DatabaseError):
    def __init__(self, folder: Path, detail: str) -> None:
        super().__init__(
            f"De gegevensmap {folder} is niet bruikbaar: {detail}. "
            "Kies een andere map met --database of AMBITIEWEB_DATABASE_URL.",
            f"The data folder {folder} cannot be used: {detail}. "
            "Choose another location with --database or AMBITIEWEB_DATABASE_URL.",
        )
        self.folder = folder


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


def _check_sqlite_file(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(folder, exc.strerror or str(exc)) from exc
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        raise DataFolderError(folder, "geen schrijfrechten / not writable")
    if not path.exists():
        return
    if not os.access(path, os.R_OK | os.W_OK):
        raise DataFolderError(folder, f"{path.name} is alleen-lezen / read-only")
    size = path.stat().st_size
    if size == 0:
        return  # an empty file is a new database to SQLite
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise CorruptDatabaseError(path, "geen SQLite-bestand / not a SQLite file")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    if not result or result[0] != "ok":
        raise CorruptDatabaseError(path, str(result[0] if result else "quick_check failed"))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(None)).get_current_head()
    assert head is not None
    return head


def backup_sqlite(path: Path, revision: str) -> Path:
    """A consistent copy of the file before an upgrade, beside the original."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix}")
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target


def set_aside(path: Path) -> Path:
    """Move a corrupt file out of the way (kept, never deleted) so a new database can start."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


@dataclass(frozen=True)
class Migration:
    created: bool  # the database was empty: a first start
    backup: Path | None  # the copy made before upgrading an older schema


def _schema(engine: Engine) -> tuple[set[str], str | None]:
    """The database's tables and its Alembic revision (None if it has none)."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = None
        if "alembic_version" in tables:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return tables, current


def migrate(engine: Engine, path: Path | None) -> Migration:
    """Bring the schema to head; refuse newer databases; back up a SQLite file first."""
    tables, current = _schema(engine)
    if current == SCHEMA_HEAD:
        return Migration(created=False, backup=None)

    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config(None))
    head = head_revision()
    where = str(path) if path else engine.url.render_as_string(hide_password=True)
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(
            f"De database {where} bevat tabellen van een ander programma; er is niets veranderd.",
            f"The database {where} holds another program's tables; nothing was changed.",
        )
    if current is not None:
        try:
            scripts.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown id
            raise NewerDatabaseError(where, current) from exc
    if current == head:
        return Migration(created=False, backup=None)
    backup = backup_sqlite(path, current) if path and current is not None else None
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
    return Migration(created=current is None, backup=backup)


@dataclass(frozen=True)
class Database:
    engine: Engine
    path: Path | None  # the SQLite file, if it is one
    migration: Migration

    @property
    def location(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)


def _engine(resolved: URL) -> tuple[Engine, Path | None]:
    """An engine for a checked database address (a SQLite file is checked, never created here)."""
    path = sqlite_path(resolved)
    if path is not None:
        _check_sqlite_file(path)
        resolved = resolved.set(database=str(path))
    try:
        engine = create_engine(resolved)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(
            f"Database-adres wordt niet ondersteund: {exc}.", f"Unsupported database URL: {exc}."
        ) from exc
    if resolved.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine, path


def open_current(url: str | None = None) -> Database | None:
    """The database if it exists with the current schema, checked but not changed; None when it
    must first be created or upgraded (by `open_database`). Raises what `open_database` would for a
    file that cannot be used."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is not None and (not path.is_file() or path.stat().st_size == 0):
        return None
    engine, path = _engine(resolved)
    try:
        _tables, current = _schema(engine)
    except DBAPIError:
        current = None
    if current != SCHEMA_HEAD:
        engine.dispose()
        return None
    return Database(engine, path, Migration(created=False, backup=None))


def open_database(url: str | None = None) -> Database:
    """A checked, migrated database."""
    engine, path = _engine(resolve_url(url))
    try:
        migration = migrate(engine, path)
    except DBAPIError as exc:
        engine.dispose()
        if path is not None:
            raise CorruptDatabaseError(path, str(exc.orig)) from exc
        raise DatabaseError(
            f"De database is niet bereikbaar: {exc.orig}.", f"The database cannot be reached: {exc.orig}."
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, path, migration)
