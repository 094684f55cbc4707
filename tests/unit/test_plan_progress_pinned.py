"""Pinned behaviour of `model/plan/progress.py`: the plan's warnings with their exact texts in Dutch and
English (the focus limit reached is not over it, a year on the period's edge is inside it, a goal's theme
named by its name or its id); a goal's target downwards only when it lies below the baseline; planned
against applied and realised levels per theme."""

from __future__ import annotations

import datetime as dt

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import Review, ThemeRealisation
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import FocusTheme, PlanGoal, PlannedTender, TenderTheme, YearAction
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.progress import (
    LevelComparison,
    latest,
    plan_findings,
    planned_vs_applied,
    reached,
)
from ambitieweb.model.plan.realised import FollowedContract
from ambitieweb.model.plan.webs import WebFacts
from ambitieweb.model.session import SessionKind, SessionScope, SessionStatus

A, B, C = "a" * 32, "b" * 32, "c" * 32


@pytest.fixture
def plan(catalogue: Catalogue) -> ActionPlan:
    return ActionPlan.new(catalogue.framework("mvi-nationaal-plan"), "Actieplan", 2027, 2029)


def texts(plan: ActionPlan, present: set[str], names: dict[str, str] | None = None) -> list[tuple[str, ...]]:
    return [(f.code, f.theme_id or "", f.text(), f.text("en")) for f in plan_findings(plan, present, names)]


def test_a_plan_in_order_warns_of_nothing(plan: ActionPlan) -> None:
    plan = plan.model_copy(
        update={
            "focus_limit": 2,
            "focus": [FocusTheme(theme_id="klimaat"), FocusTheme(theme_id="circulair")],
            "web_ids": [A],
            "tenders": [
                PlannedTender(title="Begin", publication_year=2027, web_id=B),
                PlannedTender(title="Eind", publication_year=2029),
                PlannedTender(title="Ooit"),
            ],
            "actions": [YearAction(what="Start", year=2027), YearAction(what="Slot", year=2029)],
            "goals": [PlanGoal(theme_id="circulair", indicator="Hergebruik")],
        }
    )
    assert plan_findings(plan, present={A, B}) == []


def test_each_warning_in_dutch_and_english(plan: ActionPlan) -> None:
    plan = plan.model_copy(
        update={
            "focus_limit": 1,
            "focus": [FocusTheme(theme_id="klimaat"), FocusTheme(theme_id="circulair")],
            "web_ids": [A, B, C],
            "tenders": [
                PlannedTender(title="Vroeg", publication_year=2026, web_id=A),
                PlannedTender(title="Laat", publication_year=2030, web_id=C),
            ],
            "actions": [YearAction(what="Nulmeting", year=2026), YearAction(what="Slot", year=2030)],
            "goals": [
                PlanGoal(theme_id="milieu", indicator="Geluid"),
                PlanGoal(theme_id="innovatie", indicator="Pilots"),
            ],
        }
    )
    assert texts(plan, {A}, {"milieu": "Milieu en biodiversiteit"}) == [
        (
            "too-many-focus",
            "",
            "2 focusthema's; het plan staat er hoogstens 1 toe.",
            "2 focus themes; the plan allows at most 1.",
        ),
        (
            "missing-web",
            "",
            "2 ambitieweb(s) van het plan staan niet (meer) in de database.",
            "2 of the plan's webs are not (or no longer) in the database.",
        ),
        (
            "tender-outside-period",
            "",
            "Aanbesteding 1 ('Vroeg') wordt in 2026 gepubliceerd, "
            "buiten de looptijd van het plan (2027-2029).",
            "Tender 1 ('Vroeg') is published in 2026, outside the plan's period (2027-2029).",
        ),
        (
            "missing-project-web",
            "",
            "Aanbesteding 2 ('Laat'): het projectweb is verwijderd.",
            "Tender 2 ('Laat'): its project web was deleted.",
        ),
        (
            "tender-outside-period",
            "",
            "Aanbesteding 2 ('Laat') wordt in 2030 gepubliceerd, "
            "buiten de looptijd van het plan (2027-2029).",
            "Tender 2 ('Laat') is published in 2030, outside the plan's period (2027-2029).",
        ),
        (
            "action-outside-period",
            "",
            "Actie 1 ('Nulmeting') staat in 2026, buiten de looptijd van het plan.",
            "Action 1 ('Nulmeting') is in 2026, outside the plan's period.",
        ),
        (
            "action-outside-period",
            "",
            "Actie 2 ('Slot') staat in 2030, buiten de looptijd van het plan.",
            "Action 2 ('Slot') is in 2030, outside the plan's period.",
        ),
        (
            "goal-outside-focus",
            "milieu",
            "Doel 'Geluid' hoort bij 'Milieu en biodiversiteit', dat geen focusthema is.",
            "Goal 'Geluid' belongs to 'Milieu en biodiversiteit', which is not a focus theme.",
        ),
        (
            "goal-outside-focus",
            "innovatie",
            "Doel 'Pilots' hoort bij 'innovatie', dat geen focusthema is.",
            "Goal 'Pilots' belongs to 'innovatie', which is not a focus theme.",
        ),
    ]
    [*_, unnamed] = texts(plan, {A})  # without names: the theme's id
    assert unnamed[2] == "Doel 'Pilots' hoort bij 'innovatie', dat geen focusthema is."


def test_the_latest_realised_value_is_of_the_last_year() -> None:
    goal = PlanGoal(theme_id="klimaat", indicator="CO2", realised={2029: 5.0, 2027: 9.0, 2028: 7.0})
    assert latest(goal) == (2029, 5.0)
    assert latest(PlanGoal(theme_id="klimaat", indicator="CO2")) is None


@pytest.mark.parametrize(
    ("baseline", "target", "value", "expected"),
    [
        (50, 50, 50, True),  # a target equal to the baseline: upwards, so holding on reaches it
        (50, 50, 49, False),
        (50, 50, 51, True),
        (None, 10, 10, True),
        (None, 10, 9, False),
        (100, 10, 10, True),
        (100, 10, 11, False),
    ],
)
def test_a_target_is_downwards_only_below_the_baseline(
    baseline: float | None, target: float, value: float, expected: bool
) -> None:
    goal = PlanGoal(
        theme_id="klimaat", indicator="x", baseline=baseline, target=target, realised={2027: value}
    )
    assert reached(goal) is expected


def web(ambition: dict[str, Level]) -> WebFacts:
    return WebFacts(
        A,
        "Project",
        SessionKind.PROJECT,
        SessionScope.ORGANISATION,
        "",
        "",
        SessionStatus.AGREED,
        "mvi-nationaal-plan",
        ambition=ambition,
    )


def test_planned_applied_and_realised_per_theme() -> None:
    tender = PlannedTender(
        title="T",
        themes=[
            TenderTheme(theme_id="klimaat", level=Level.SIGNIFICANT),
            TenderTheme(theme_id="circulair", level=Level.BASIS),
            TenderTheme(theme_id="innovatie", level=Level.BASIS),
        ],
    )
    contract = Contract(
        session_id=A,
        reviews=[
            Review(
                date=dt.date(2028, 3, 1),
                snapshot_id=B,
                themes=[
                    ThemeRealisation(theme_id="klimaat", level=1),
                    ThemeRealisation(theme_id="circulair"),
                ],
            )
        ],
    )
    followed = FollowedContract(tender.id, A, contract, {})
    compared = planned_vs_applied(tender, web({"klimaat": Level.SIGNIFICANT}), followed)
    assert compared == [
        LevelComparison("klimaat", Level.SIGNIFICANT, Level.SIGNIFICANT, Level.BASIS, dt.date(2028, 3, 1)),
        LevelComparison("circulair", Level.BASIS, Level.UNSET, None, None),
        LevelComparison("innovatie", Level.BASIS, Level.UNSET, None, None),
    ]
    assert [c.applied is Level.UNSET for c in compared] == [False, True, True]
    assert [(c.short, c.realised_short) for c in compared] == [(False, True), (True, False), (True, False)]


def test_a_realised_level_equal_to_the_planned_one_is_not_short() -> None:
    equal = LevelComparison("klimaat", Level.BASIS, Level.BASIS, Level.BASIS)
    assert (equal.short, equal.realised_short) == (False, False)
    nothing = LevelComparison("klimaat", Level.BASIS, Level.AMBITIOUS, Level.UNSET)
    assert (nothing.short, nothing.realised_short) == (False, True)  # a realised 0 is short too
