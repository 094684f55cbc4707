"""Upgrading a real database with data from schema 0001 (no participant ids, no votes) to 0002."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import parse
from ambitieweb.model.legacy_ids import derived_participant_id
from ambitieweb.model.levels import Level
from ambitieweb.store import Repository, open_database
from ambitieweb.store.engines import make_engine
from ambitieweb.store.migrator import alembic_config as _alembic_config
from tests.schema_0001 import FORMAT_1, make_0001_database
from tests.schema_diff import schema_differences


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    """A 0001 database holding the three example sessions as they were in format 1."""
    return make_0001_database(tmp_path / "ambitieweb.sqlite")


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = ("sessions", "participants", "theme_entries", "goals", "measures", "criteria", "snapshots")
        result = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    conn.close()
    return result


def test_an_old_database_with_data_is_backed_up_and_upgraded_intact(
    old_database: Path, catalogue: Catalogue
) -> None:
    before = counts(old_database)
    assert before["goals"] > 10 and before["criteria"] > 5 and before["snapshots"] == 1
    database = open_database(f"sqlite:///{old_database}")
    backup = database.migration.backup
    assert backup is not None and backup.name.startswith("ambitieweb.backup-0001-") and backup.exists()
    assert counts(backup) == before  # the copy is the old database, untouched
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()
    assert counts(old_database) == before  # nothing lost to a cascade while tables were rebuilt
    repository = Repository(database.engine)
    for file in sorted(FORMAT_1.glob("*.ambitieweb.json")):
        # The file upgrade and the database upgrade give the same people the same ids.
        expected = parse(file.read_bytes(), catalogue, file.name)
        session = repository.get(expected.session.id)
        assert session == expected.session
        assert [p.id for p in session.participants] == [
            derived_participant_id(session.id, i) for i in range(len(session.participants))
        ]
        assert all(e.tally == (0, 0, 0) and e.minutes == 0 and not e.votes for e in session.themes)
        assert session.max_focus == 5
        assert repository.snapshots(session.id) == expected.snapshots
    database.engine.dispose()


def test_an_upgraded_snapshot_reads_the_same_every_time_with_the_sessions_people(old_database: Path) -> None:
    database = open_database(f"sqlite:///{old_database}")
    repository = Repository(database.engine)
    generic = next(s for s in repository.list_sessions() if s.kind == "organisation")
    [first] = repository.snapshots(generic.id)
    [again] = repository.snapshots(generic.id)
    assert first == again
    session = repository.get(generic.id)
    assert [p.id for p in first.participants] == [p.id for p in session.participants]
    database.engine.dispose()


def test_an_upgraded_database_takes_votes_and_duplicates_with_criteria(old_database: Path) -> None:
    database = open_database(f"sqlite:///{old_database}")
    repository = Repository(database.engine)
    cleaning = next(s for s in repository.list_sessions() if s.title.startswith("Schoonmaak"))
    session = repository.get(cleaning.id)
    first, second = session.participants[:2]
    session.entry("klimaat").votes = {first.id: Level.AMBITIOUS, second.id: Level.BASIS}
    session.entry("klimaat").tally = (1, 2, 0)
    session.max_focus = 3
    repository.save(session)
    assert repository.get(session.id) == session
    copy = repository.duplicate(session.id, "Schoonmaak 2031")  # same criterion ids, other session
    assert [c.id for c in repository.get(copy.id).criteria] == [c.id for c in session.criteria]
    database.engine.dispose()


def test_the_upgraded_schema_is_the_one_in_tables(old_database: Path) -> None:
    database = open_database(f"sqlite:///{old_database}")
    with database.engine.connect() as conn:
        assert schema_differences(conn) == []
    database.engine.dispose()


def test_downgrading_to_0001_keeps_the_data_and_an_0001_program_can_read_snapshots(
    old_database: Path,
) -> None:
    database = open_database(f"sqlite:///{old_database}")
    repository = Repository(database.engine)
    session = repository.get(repository.list_sessions()[0].id)
    session.themes[0].votes = {session.participants[0].id: Level.BASIS}
    repository.save(session)
    repository.agree(session)
    before = counts(old_database)
    with database.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0001")
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0001"
        payloads = [json.loads(p) for p in conn.execute(text("SELECT payload FROM snapshots")).scalars()]
    assert counts(old_database) == before
    for payload in payloads:
        assert "max_focus" not in payload
        assert all("id" not in p for p in payload["participants"])
        assert all("votes" not in e and "tally" not in e for e in payload["themes"])
    with database.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
        votes = conn.execute(select(func.count()).select_from(text("votes"))).scalar_one()
    assert votes == 0  # votes did not exist in 0001
    assert repository.get(session.id).participants[0].name == session.participants[0].name
    database.engine.dispose()


def test_an_0002_database_gets_its_search_words_and_list_order(old_database: Path) -> None:
    engine = make_engine(make_url(f"sqlite:///{old_database}"))
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0002")
        conn.execute(text("UPDATE sessions SET organisation = 'Gemeente Zuiderhaven-Ëvelde'"))
    engine.dispose()
    database = open_database(f"sqlite:///{old_database}")
    backup = database.migration.backup
    assert backup is not None and backup.name.startswith("ambitieweb.backup-0002-")
    repository = Repository(database.engine)
    everyone = repository.list_sessions()
    assert len(everyone) == 3
    assert [s.id for s in repository.list_sessions("EVELDE")] == [s.id for s in everyone]
    assert [s.title for s in repository.list_sessions("schoonm ëvel")] == [
        s.title for s in everyone if s.title.startswith("Schoonmaak")
    ]
    assert [s.id for s in repository.generic_webs()] == [s.id for s in everyone if s.kind == "organisation"]
    with sqlite3.connect(old_database) as raw:
        indexes = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_sessions_list", "ix_sessions_kind", "ix_session_words_word"} <= indexes
        assert "ix_sessions_updated_at" not in indexes
        plan = raw.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM sessions ORDER BY updated_at DESC, title, id LIMIT 5"
        ).fetchall()
        assert "ix_sessions_list" in str(plan) and "TEMP B-TREE" not in str(plan)  # no sorting
    raw.close()
    with database.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")
        command.upgrade(_alembic_config(conn), "head")
    assert [s.id for s in repository.list_sessions("evelde")] == [s.id for s in everyone]
    database.engine.dispose()
