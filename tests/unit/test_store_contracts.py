"""Contract follow-up in the database (issue 18): saved whole, read back as it was, gone with its web,
and a database of schema 0008 upgraded to hold it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.overview import facts
from ambitieweb.model.contract.parts import CriterionStatus, FollowUpAction
from ambitieweb.model.contract.rules import new_review
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Snapshot
from ambitieweb.store import Repository, open_database
from ambitieweb.store.contract_tables import CONTRACT_CHILD_TABLES, contracts
from ambitieweb.store.contracts import (
    ContractNotFoundError,
    ContractRepository,
    DuplicateContractError,
    StaleContractError,
)
from ambitieweb.store.database import SCHEMA_HEAD
from ambitieweb.store.engines import make_engine
from ambitieweb.store.migrator import alembic_config as _alembic_config
from ambitieweb.store.tables import snapshots
from tests.contract_data import START, cleaning_web, contract_for
from tests.unit.test_store_migration import counts, old_database  # noqa: F401  (a fixture)


def stored_web(repository: Repository) -> Snapshot:
    session = cleaning_web()
    repository.create(session)
    return repository.agree(session)


def two_reviews(snapshot: Snapshot) -> Contract:
    contract = contract_for(snapshot)
    first = new_review(snapshot, dt.date(2027, 7, 30))
    first.participants = "P. de Wit, <b>Schoon & Zo</b>"
    first.checks[0].status = CriterionStatus.MET
    first.checks[0].evidence = "Kentekenlijst ontvangen\n" + "é" * 100_000
    first.measurements[0].value, first.measurements[0].unit = 60.0, "%"
    first.themes[0].level = Level(0)
    first.themes[1].level = Level(2)
    first.actions = [FollowUpAction(what="Audit plannen", owner="inkoop", due=dt.date(2027, 9, 1))]
    second = new_review(snapshot, dt.date(2028, 1, 20), first)
    second.themes[0].level = Level(1)
    contract.reviews = [first, second]
    return contract


def test_a_contract_reads_back_as_it_was_saved(repository: Repository) -> None:
    snapshot = stored_web(repository)
    contracts_ = ContractRepository(repository.engine)
    assert contracts_.for_session(snapshot.session_id) is None
    contract = two_reviews(snapshot)
    contracts_.create(contract)
    again = contracts_.for_session(snapshot.session_id)
    assert again == contract
    assert again.reviews[0].themes[0].level == 0 and again.reviews[0].themes[2].level is None
    again.supplier = "Nieuw B.V."
    again.reviews[1].checks[3].note = "te laat"
    contracts_.save(again)
    assert again.revision == 1
    assert contracts_.get(contract.id) == again
    assert contracts_.all_contracts() == [again]
    assert contracts_.web_titles() == {snapshot.session_id: snapshot.session.title}
    agreed = {snapshot.id: {e.theme_id: int(e.ambition) for e in snapshot.session.themes}}
    overview_facts = contracts_.for_overview()
    assert overview_facts == [facts(again, agreed)]  # counted in the database, as in the model
    states = overview_facts[0].reviews[1].themes  # the last review's: agreed against realised
    assert [(s.theme_id, s.realised) for s in states][:2] == [
        (snapshot.session.themes[0].theme_id, 1),
        (snapshot.session.themes[1].theme_id, None),
    ]
    assert states[0].below == (int(snapshot.session.themes[0].ambition) > 1)
    assert overview_facts[0].reviews[0].themes == ()


def test_a_stale_save_is_refused_and_a_second_contract_on_a_web_too(repository: Repository) -> None:
    snapshot = stored_web(repository)
    contracts_ = ContractRepository(repository.engine)
    contract = contracts_.create(contract_for(snapshot))
    mine, theirs = contract.model_copy(deep=True), contract.model_copy(deep=True)
    contracts_.save(theirs.model_copy(update={"supplier": "Ander"}))
    with pytest.raises(StaleContractError):
        contracts_.save(mine)
    assert contracts_.get(contract.id).supplier == "Ander"
    with pytest.raises(DuplicateContractError):
        contracts_.create(contract_for(snapshot))
    contracts_.delete(contract.id)
    with pytest.raises(ContractNotFoundError):
        contracts_.get(contract.id)
    with pytest.raises(ContractNotFoundError):
        contracts_.save(contract)


def test_deleting_the_web_leaves_no_contract_rows_behind(repository: Repository) -> None:
    snapshot = stored_web(repository)
    contracts_ = ContractRepository(repository.engine)
    contracts_.create(two_reviews(snapshot))
    repository.delete(snapshot.session_id)
    with repository.engine.connect() as conn:
        for table in (contracts, *CONTRACT_CHILD_TABLES):
            assert conn.execute(select(func.count()).select_from(table)).scalar_one() == 0, table.name


@pytest.fixture
def database_0008(old_database: Path) -> Path:  # noqa: F811  (the imported fixture)
    engine = make_engine(make_url(f"sqlite:///{old_database}"))
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0008")
    engine.dispose()
    return old_database


def test_a_0008_database_gains_the_contract_tables_and_keeps_its_webs(database_0008: Path) -> None:
    before = counts(database_0008)
    database = open_database(f"sqlite:///{database_0008}")
    assert database.migration.backup is not None and "0008" in database.migration.backup.name
    with sqlite3.connect(database_0008) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    conn.close()
    assert {"contracts", "contract_reviews", "review_checks", "review_themes"} <= names
    assert counts(database_0008) == before
    repository = Repository(database.engine)
    with database.engine.connect() as connection:
        row = connection.execute(select(snapshots.c.session_id, snapshots.c.id)).first()
    assert row is not None
    session_id, snapshot_id = row
    snapshot = repository.snapshot(snapshot_id)
    assert snapshot.session_id == session_id
    contract = contract_for(snapshot, start=START)
    contract.reviews = [new_review(snapshot, START)]
    ContractRepository(database.engine).create(contract)
    assert ContractRepository(database.engine).for_session(session_id) == contract
    database.engine.dispose()
