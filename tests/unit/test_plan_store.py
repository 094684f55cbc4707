"""Action plans in the database: saved whole, refused when stale, found by the webs they use; the
migrations 0003-0004 (product group; scope and plans) from a real 0002 database with data, and back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ambitieweb.catalogue import Catalogue
from ambitieweb.examples import import_examples
from ambitieweb.exchange import parse
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import PlanGoal, PlannedTender, SpendCategory, TenderTheme, YearAction
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.session import SessionScope
from ambitieweb.store import Repository, open_database
from ambitieweb.store.engines import make_engine
from ambitieweb.store.migrator import alembic_config as _alembic_config
from ambitieweb.store.plans import PlanNotFoundError, PlanRepository, StalePlanError
from tests.schema_0001 import FORMAT_1, insert_as_0001
from tests.schema_diff import schema_differences

GENERIC, CLEANING = "5a1d0c8e3f2b4a6c9d7e1f0a2b3c4d5e", "8b2e4f6a1c3d5e7f9a0b1c2d3e4f5a6b"


@pytest.fixture
def plans(repository: Repository, catalogue: Catalogue) -> PlanRepository:
    import_examples(repository, catalogue)
    return PlanRepository(repository.engine)


def a_plan(catalogue: Catalogue) -> ActionPlan:
    return ActionPlan.new(
        catalogue.framework("mvi-nationaal-plan"),
        "Actieplan <test> & co",
        2027,
        2029,
        organisation="Gemeente Zuiderhaven",
        web_ids=[GENERIC],
        categories=[
            SpendCategory(name="ICT", yearly_spend=3.1e6, contracts=18, impact={"klimaat": 3, "circulair": 4})
        ],
        goals=[
            PlanGoal(
                theme_id="klimaat", indicator="CO2", baseline=10, target=5, realised={2027: 9.5, 2028: 7}
            )
        ],
        tenders=[
            PlannedTender(
                title="Laptops",
                category="ICT",
                estimated_value=1.2e6,
                themes=[TenderTheme(theme_id="circulair", level=Level.AMBITIOUS)],
                web_id=CLEANING,
                award_share=25,
            )
        ],
        actions=[YearAction(what="Training", year=2027, quarter=2)],
    )


def test_a_plan_reads_back_as_it_was_saved(plans: PlanRepository, catalogue: Catalogue) -> None:
    plan = plans.create(a_plan(catalogue))
    assert plans.get(plan.id) == plan
    loaded = plans.get(plan.id)
    loaded.title = "Anders"
    plans.save(loaded)
    again = plans.get(plan.id)
    assert again.title == "Anders" and again.revision == loaded.revision == 1
    assert again.goals[0].realised == {2027: 9.5, 2028: 7.0}


def test_a_stale_save_is_refused_and_nothing_is_overwritten(
    plans: PlanRepository, catalogue: Catalogue
) -> None:
    plan = plans.create(a_plan(catalogue))
    mine, theirs = plans.get(plan.id), plans.get(plan.id)
    theirs.title = "Van een ander"
    plans.save(theirs)
    mine.title = "Van mij"
    with pytest.raises(StalePlanError) as caught:
        plans.save(mine)
    assert "intussen elders gewijzigd" in caught.value.text("nl")
    assert plans.get(plan.id).title == "Van een ander"


def test_deleting_a_plan_takes_its_lists_and_leaves_the_webs(
    plans: PlanRepository, repository: Repository, catalogue: Catalogue
) -> None:
    plan = plans.create(a_plan(catalogue))
    plans.delete(plan.id)
    with pytest.raises(PlanNotFoundError):
        plans.get(plan.id)
    with repository.engine.connect() as conn:
        for table in (
            "plan_webs",
            "plan_categories",
            "plan_goals",
            "plan_tenders",
            "plan_rules",
            "plan_actions",
        ):
            assert (
                conn.execute(
                    text(f"SELECT count(*) FROM {table} WHERE plan_id = :p"), {"p": plan.id}
                ).scalar()
                == 0
            )
    assert repository.exists(GENERIC) and repository.exists(CLEANING)


def test_which_plans_use_a_web(plans: PlanRepository, catalogue: Catalogue) -> None:
    plan = plans.create(a_plan(catalogue))
    uses = {u.tender_title for u in plans.uses_of(GENERIC) if u.plan_id == plan.id}
    assert uses == {None}
    [use] = [u for u in plans.uses_of(CLEANING) if u.plan_id == plan.id]
    assert use.text() == "actieplan 'Actieplan <test> & co', aanbesteding 'Laptops'"
    assert plans.uses_of("f" * 32) == []


def test_web_facts_are_read_for_many_webs_at_once(plans: PlanRepository, repository: Repository) -> None:
    found = plans.web_facts([CLEANING, GENERIC, "f" * 32, CLEANING])
    assert list(found) == [CLEANING, GENERIC]  # the missing web is left out, the order kept
    cleaning = repository.get(CLEANING)
    assert found[CLEANING].ambition == {e.theme_id: e.ambition for e in cleaning.themes}
    assert len(found[CLEANING].criteria) == len(cleaning.criteria)
    assert found[CLEANING].award_weight() == 100.0
    candidates = plans.candidate_webs("gemeente zuiderhaven")
    assert [w.scope for w in candidates] == [  # the whole organisation first; no project webs
        SessionScope.ORGANISATION,
        SessionScope.DEPARTMENT,
        SessionScope.IMPACT_AREA,
    ]


def test_the_examples_hold_a_plan_over_the_organisations_webs(plans: PlanRepository) -> None:
    [summary] = plans.list_plans()
    plan = plans.get(summary.id)
    assert (plan.organisation, plan.start_year, plan.end_year) == ("Gemeente Zuiderhaven", 2027, 2029)
    scopes = {w.scope for w in plans.web_facts(plan.web_ids).values()}
    assert scopes == {SessionScope.ORGANISATION, SessionScope.DEPARTMENT, SessionScope.IMPACT_AREA}
    assert len(plan.tenders) >= 10 and plan.tenders[0].web_id == CLEANING
    assert len(plan.focus) == plan.focus_limit == 3


@pytest.fixture
def database_0002(tmp_path: Path) -> Path:
    """A real 0002 database: the format 1 examples stored by 0001, then upgraded to 0002."""
    path = tmp_path / "ambitieweb.sqlite"
    engine = make_engine(make_url(f"sqlite:///{path}"))
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        for file in sorted(FORMAT_1.glob("*.ambitieweb.json")):
            insert_as_0001(conn, json.loads(file.read_text(encoding="utf-8")))
        command.upgrade(_alembic_config(conn), "0002")
    engine.dispose()
    return path


def test_an_0002_database_is_backed_up_and_gains_scopes_and_plans(
    database_0002: Path, catalogue: Catalogue
) -> None:
    database = open_database(f"sqlite:///{database_0002}")
    backup = database.migration.backup
    assert backup is not None and backup.name.startswith("ambitieweb.backup-0002-")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    conn.close()
    repository = Repository(database.engine)
    for file in sorted(FORMAT_1.glob("*.ambitieweb.json")):  # what the database was filled with
        expected = parse(file.read_bytes(), catalogue, file.name)
        session = repository.get(expected.session.id)
        assert session == expected.session and session.scope is SessionScope.ORGANISATION
        assert repository.snapshots(session.id) == expected.snapshots
    plans = PlanRepository(database.engine)
    plan = plans.create(a_plan(catalogue))
    assert plans.get(plan.id) == plan
    database.engine.dispose()


def test_the_upgraded_schema_is_the_one_in_tables(database_0002: Path) -> None:
    database = open_database(f"sqlite:///{database_0002}")
    with database.engine.connect() as conn:
        assert schema_differences(conn) == []
    database.engine.dispose()


def test_downgrading_to_0002_keeps_the_webs_readable_by_an_0002_program(
    plans: PlanRepository, repository: Repository, catalogue: Catalogue
) -> None:
    social = repository.get("3c7e9a1f5b2d4e6a8c0f1a2b3c4d5e6f")
    assert social.scope is SessionScope.DEPARTMENT
    repository.agree(social)  # a snapshot payload that names its scope
    with repository.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
        payloads = [json.loads(p) for p in conn.execute(text("SELECT payload FROM snapshots")).scalars()]
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(sessions)"))}
    assert not {t for t in tables if t.startswith("plan")} and "scope" not in columns
    assert payloads and all("scope" not in p for p in payloads)
    with repository.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    back = repository.get(social.id)
    assert back.scope is SessionScope.ORGANISATION  # the scope did not exist in 0002
    assert back.themes == social.themes


def test_a_stored_plan_with_a_character_refused_since_format_4_still_opens(
    plans: PlanRepository, catalogue: Catalogue
) -> None:
    from sqlalchemy import text

    plan = plans.create(a_plan(catalogue))
    with plans.engine.begin() as conn:  # as an older program could have stored it
        conn.execute(text("UPDATE plans SET title = :t"), {"t": "Plan\x85oud"})
    assert plans.get(plan.id).title == "Plan\ufffdoud"
