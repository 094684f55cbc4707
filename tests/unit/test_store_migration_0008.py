"""Upgrading a database with sessions from schema 0006 to 0008 (own frameworks, issue 16)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy.engine import make_url

from ambitieweb.model.framework import check_framework
from ambitieweb.store import Repository, open_database
from ambitieweb.store.engines import make_engine
from ambitieweb.store.frameworks import FrameworkRepository
from ambitieweb.store.migrator import alembic_config as _alembic_config
from tests.unit.test_framework_model import own
from tests.unit.test_store_migration import counts, old_database  # noqa: F401  (a fixture)


@pytest.fixture
def database_0006(old_database: Path) -> Path:  # noqa: F811  (the imported fixture)
    engine = make_engine(make_url(f"sqlite:///{old_database}"))
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0006")
    engine.dispose()
    return old_database


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    return names


def test_a_0006_database_gets_the_framework_tables_and_keeps_its_sessions(database_0006: Path) -> None:
    before = counts(database_0006)
    assert "frameworks" not in tables(database_0006)
    database = open_database(f"sqlite:///{database_0006}")
    assert database.migration.backup is not None
    assert {"frameworks", "framework_themes"} <= tables(database_0006)
    assert counts(database_0006) == before
    assert len(Repository(database.engine).list_sessions()) == before["sessions"]
    frameworks = FrameworkRepository(database.engine)
    assert frameworks.all_versions() == []
    frameworks.save(check_framework(own(3)))
    assert frameworks.get("zuiderhaven-beleid").version == "1.0"
    database.engine.dispose()
