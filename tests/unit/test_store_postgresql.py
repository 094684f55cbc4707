"""The store on a real PostgreSQL server: migrations up and down, search, keyset paging, saves that
write only what changed; each test gets a database of its own on the tests' server (skipped, with the
reason, without one: see tests/conftest.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings

from ambitieweb.catalogue import Catalogue
from ambitieweb.examples import import_examples
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session, SessionKind
from ambitieweb.store import Repository, open_database
from ambitieweb.store.migrator import alembic_config as _alembic_config
from tests.postgres import Server
from tests.unit.test_properties import sessions
from tests.unit.test_store import make_session


@pytest.fixture
def pg_repository(postgres_server: Server) -> Iterator[Repository]:
    """A new database on the tests' PostgreSQL server (see tests/conftest.py), opened and migrated."""
    url = postgres_server.new_database()
    database = open_database(url)
    assert database.migration.created
    yield Repository(database.engine)
    database.close()
    postgres_server.drop(url)


def test_search_paging_and_generic_webs(pg_repository: Repository, catalogue: Catalogue) -> None:
    repository = pg_repository
    import_examples(repository, catalogue)
    examples = repository.list_sessions()
    mvi = catalogue.framework("mvi-nationaal-plan")
    repository.create_many(
        [Session.new(mvi, f"Inkoop {i:03d}", organisation="Gemeente Ëde") for i in range(450)]
    )
    assert repository.count_sessions() == len(examples) + 450
    assert len(repository.list_sessions("ede")) == len(repository.list_sessions("EDE")) == 450
    assert [s.title for s in repository.list_sessions("inkoop 017")] == ["Inkoop 017"]
    seen, after = [], None
    while page := repository.list_sessions(limit=200, after=after):
        seen += page
        after = page[-1]
    assert [s.id for s in seen] == [s.id for s in repository.list_sessions()] and len(seen) == len(
        examples
    ) + 450
    assert all(s.kind is SessionKind.ORGANISATION for s in repository.generic_webs())
    assert len(repository.generic_webs()) == sum(s.kind is SessionKind.ORGANISATION for s in examples)


def test_a_save_writes_the_difference(pg_repository: Repository, catalogue: Catalogue) -> None:
    session = pg_repository.create(make_session(catalogue, "Schoonmaak Ærø"))
    session.entry("circulair").ambition = Level.AMBITIOUS
    session.entry("klimaat").goals = []
    session.title = "Catering Ærø"
    pg_repository.save(session)
    assert Repository(pg_repository.engine).get(session.id) == session
    assert [s.title for s in pg_repository.list_sessions("ærø cat")] == ["Catering Ærø"]


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(sessions(), sessions())
def test_saving_one_session_over_another(pg_repository: Repository, first: Session, second: Session) -> None:
    first = first.model_copy(update={"id": uuid.uuid4().hex})
    pg_repository.create(first)
    changed = second.model_copy(update={"id": first.id, "revision": first.revision})
    pg_repository.save(changed)
    assert Repository(pg_repository.engine).get(first.id) == changed


def test_migrations_go_down_and_up_again(pg_repository: Repository, catalogue: Catalogue) -> None:
    import_examples(pg_repository, catalogue)
    before = pg_repository.list_sessions("zuiderhaven")
    with pg_repository.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0001")
        command.upgrade(_alembic_config(conn), "head")
    assert pg_repository.list_sessions("zuiderhaven") == before and len(before) >= 2
