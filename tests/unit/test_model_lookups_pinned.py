"""The model's small look-ups and the agenda clock's two buttons, pinned: no unit test reached them
(mutmut: "no tests"); the window used them, untested below it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import read_file
from ambitieweb.model.agenda import AgendaClock
from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import Review
from ambitieweb.model.plan.parts import PlanGoal, PlannedTender, SpendCategory
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.webs import CriterionFact, WebFacts
from ambitieweb.model.session import WeightUnit


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_toggle_starts_a_paused_clock_and_pauses_a_running_one() -> None:
    clock = Clock()
    agenda = AgendaClock(clock)
    agenda.switch("energie")
    agenda.toggle()
    assert agenda.running
    clock.now += 30
    agenda.toggle()
    assert not agenda.running
    clock.now += 50  # paused: not counted
    assert agenda.spent("energie") == 30


def test_reset_forgets_every_theme_and_a_running_clock_counts_on_from_then() -> None:
    clock = Clock()
    agenda = AgendaClock(clock)
    agenda.switch("energie")
    agenda.start()
    clock.now += 40
    agenda.switch("water")
    clock.now += 20
    agenda.reset()
    assert agenda.spent("energie") == 0 and agenda.spent("water") == 0
    assert agenda.running and agenda.theme == "water"
    clock.now += 5
    assert agenda.spent("water") == 5


def test_reset_leaves_a_paused_clock_paused() -> None:
    clock = Clock()
    agenda = AgendaClock(clock)
    agenda.switch("energie")
    agenda.start()
    clock.now += 10
    agenda.pause()
    agenda.reset()
    clock.now += 10
    assert not agenda.running and agenda.spent("energie") == 0


def test_a_contract_finds_its_review_by_id_and_refuses_another() -> None:
    first = Review(date=dt.date(2027, 1, 1), snapshot_id="a" * 32)
    second = Review(date=dt.date(2027, 7, 1), snapshot_id="a" * 32)
    contract = Contract(session_id="b" * 32, reviews=[first, second])
    assert contract.review(second.id) is contract.reviews[1]
    assert contract.review(first.id) is contract.reviews[0]
    with pytest.raises(KeyError, match="c" * 32):
        contract.review("c" * 32)


def plan() -> ActionPlan:
    return ActionPlan(
        title="Actieplan",
        start_year=2027,
        end_year=2029,
        framework_id="mvi",
        framework_version="2024",
        categories=[SpendCategory(name="Schoonmaak"), SpendCategory(name="ICT-hardware")],
        goals=[PlanGoal(theme_id="energie", indicator="CO2"), PlanGoal(theme_id="water", indicator="m3")],
        tenders=[PlannedTender(title="Schoonmaak 2027"), PlannedTender(title="Laptops")],
    )


def test_a_category_is_found_by_name_without_case_or_surrounding_space() -> None:
    actieplan = plan()
    assert actieplan.category("  ict-HARDWARE ") is actieplan.categories[1]
    assert actieplan.category("Schoonmaak") is actieplan.categories[0]
    assert actieplan.category("ICT") is None
    assert actieplan.category("") is None


def test_a_goal_and_a_tender_are_found_by_id_and_another_id_is_refused() -> None:
    actieplan = plan()
    assert actieplan.goal(actieplan.goals[1].id) is actieplan.goals[1]
    assert actieplan.tender(actieplan.tenders[1].id) is actieplan.tenders[1]
    assert actieplan.tender(actieplan.tenders[0].id) is actieplan.tenders[0]
    with pytest.raises(KeyError, match=actieplan.tenders[0].id):
        actieplan.goal(actieplan.tenders[0].id)
    with pytest.raises(KeyError, match=actieplan.goals[0].id):
        actieplan.tender(actieplan.goals[0].id)


def test_the_facts_of_a_web_are_the_sessions_own(example_path: dict[str, Path], catalogue: Catalogue) -> None:
    session = read_file(example_path["cleaning"], catalogue).session
    session = session.model_copy(update={"weight_unit": WeightUnit.POINTS})  # not the default
    facts = WebFacts.of(session)
    assert (facts.id, facts.title, facts.kind, facts.scope) == (
        session.id,
        session.title,
        session.kind,
        session.scope,
    )
    assert (facts.subject, facts.organisation, facts.status) == (
        session.subject,
        session.organisation,
        session.status,
    )
    assert (facts.framework_id, facts.weight_unit) == (session.framework_id, session.weight_unit)
    assert facts.current == {e.theme_id: e.current for e in session.themes}
    assert facts.ambition == {e.theme_id: e.ambition for e in session.themes}
    assert len(set(facts.current.values())) > 1 and facts.current != facts.ambition
    assert facts.criteria == tuple(
        CriterionFact(c.theme_id, c.kind, c.level, c.weight) for c in session.criteria
    )
    assert facts.criteria and facts.subject and facts.organisation
