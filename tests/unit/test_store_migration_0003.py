"""Upgrading a database with data from schema 0002 to 0003 (sessions name their product group)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import read_file
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository, open_database
from ambitieweb.store.database import SCHEMA_HEAD
from ambitieweb.store.engines import make_engine
from ambitieweb.store.migrator import alembic_config as _alembic_config
from tests.unit.test_store_migration import counts, old_database  # noqa: F401  (a fixture)


@pytest.fixture
def database_0002(old_database: Path) -> Path:  # noqa: F811  (the imported fixture)
    """A database at 0002 holding the three example sessions (stored at 0001, upgraded to 0002)."""
    engine = make_engine(make_url(f"sqlite:///{old_database}"))
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0002")
    engine.dispose()
    return old_database


def columns(path: Path, table: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    conn.close()
    return names


def test_a_0002_database_is_backed_up_and_its_sessions_read_as_anders(database_0002: Path) -> None:
    assert SCHEMA_HEAD >= "0003"
    before = counts(database_0002)
    assert "product_group" not in columns(database_0002, "sessions")
    database = open_database(f"sqlite:///{database_0002}")
    backup = database.migration.backup
    assert backup is not None and backup.name.startswith("ambitieweb.backup-0002-")
    assert counts(backup) == before and "product_group" not in columns(backup, "sessions")
    assert counts(database_0002) == before  # nothing lost
    assert "product_group" in columns(database_0002, "sessions")
    repository = Repository(database.engine)
    for summary in repository.list_sessions():
        session = repository.get(summary.id)
        assert session.product_group is None
        assert all(s.session.product_group is None for s in repository.snapshots(session.id))
    with sqlite3.connect(database_0002) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    database.engine.dispose()


def test_a_product_group_is_saved_and_a_downgrade_to_0002_leaves_readable_snapshots(
    database_0002: Path, catalogue: Catalogue
) -> None:
    database = open_database(f"sqlite:///{database_0002}")
    repository = Repository(database.engine)
    cleaning = next(s for s in repository.list_sessions() if s.title.startswith("Schoonmaak"))
    session = repository.get(cleaning.id)
    session.product_group = "schoonmaak"
    repository.save(session)
    assert repository.get(session.id).product_group == "schoonmaak"
    repository.agree(repository.get(session.id))
    [agreed] = repository.snapshots(session.id)
    assert agreed.session.product_group == "schoonmaak"
    before = counts(database_0002)
    with database.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")
        payloads = [json.loads(p) for p in conn.execute(text("SELECT payload FROM snapshots")).scalars()]
    assert counts(database_0002) == before
    assert "product_group" not in columns(database_0002, "sessions")
    assert payloads and all("product_group" not in payload for payload in payloads)
    with database.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    assert repository.get(session.id).product_group is None  # the choice did not survive 0002
    database.engine.dispose()


def test_the_examples_keep_their_product_group_in_the_database(
    catalogue: Catalogue, database_url: str
) -> None:
    database = open_database(database_url)
    repository = Repository(database.engine)
    for name, group in (
        ("zuiderhaven-schoonmaak-2027.ambitieweb.json", "schoonmaak"),
        ("provincie-n123-reconstructie.ambitieweb.json", "gww"),
        ("gemeente-zuiderhaven-generiek.ambitieweb.json", None),
    ):
        document = read_file(sessions_dir() / name, catalogue)
        repository.create(document.session, document.snapshots)
        assert repository.get(document.session.id).product_group == group
    database.engine.dispose()
