"""The migrations: what each revision makes, and bringing a database to the newest in one transaction."""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import make_url

from ambitieweb import __version__
from ambitieweb.store.engines import WRITE, make_engine
from ambitieweb.store.sqlite_file import Schema

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
INFO_TABLE = "ambitieweb_info"  # key/value: which version of the program last upgraded the schema
UPGRADED_BY = "upgraded_by"

# Alembic keeps its running migration context in module globals: one migration at a time per process.
_ALEMBIC = threading.Lock()


def alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> list[str]:
    """Every revision this program knows, oldest first."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(None))
    return [r.revision for r in reversed(list(scripts.walk_revisions()))]


def head_revision() -> str:
    return known_revisions()[-1]


@cache
def expected_schema(revision: str) -> Schema:
    """The tables and columns a SQLite database at `revision` has (built once in memory)."""
    from alembic import command

    engine = make_engine(make_url("sqlite://"))
    try:
        with _ALEMBIC, engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
            found = inspect(connection)
            return {
                name: tuple(c["name"] for c in found.get_columns(name))
                for name in sorted(found.get_table_names())
            }
    finally:
        engine.dispose()


def migrate(engine: Engine) -> None:
    """Bring the schema to head in one transaction, and note which version did it."""
    from alembic import command

    with _ALEMBIC, engine.execution_options(**{WRITE: True}).begin() as connection:
        if connection.dialect.name == "postgresql":  # two clients creating at once: one waits
            connection.execute(text("SELECT pg_advisory_xact_lock(7283650113)"))
        command.upgrade(alembic_config(connection), "head")
        _note_version(connection)


def _note_version(connection: Connection) -> None:
    from sqlalchemy import delete, insert

    from ambitieweb.store.tables import ambitieweb_info

    connection.execute(delete(ambitieweb_info).where(ambitieweb_info.c.key == UPGRADED_BY))
    connection.execute(insert(ambitieweb_info), [{"key": UPGRADED_BY, "value": __version__}])
