"""The action plan's model: its checks (with messages that name the field), combined webs, progress,
the project web a tender starts, and edits kept as the before and after of one part."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from ambitieweb.model.changes import Part, apply, read
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import (
    FocusTheme,
    GoalType,
    PlanGoal,
    PlannedTender,
    SpendCategory,
    TenderTheme,
    YearAction,
)
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.problems import describe_all
from ambitieweb.model.plan.progress import plan_findings, planned_vs_applied, reached
from ambitieweb.model.plan.project_web import generic_web, project_web
from ambitieweb.model.plan.webs import Spread, WebFacts, combine, rounded
from ambitieweb.model.session import Session, SessionKind, SessionScope, SessionStatus

KEYS = {"tenders": "id", "goals": "id", "focus": "theme_id"}


@pytest.fixture
def plan(mvi: Framework) -> ActionPlan:
    return ActionPlan.new(mvi, "Actieplan", 2027, 2029, organisation="Gemeente Zuiderhaven")


def errors(exc: pytest.ExceptionInfo[ValidationError], language: str = "nl", path: bool = False) -> str:
    return describe_all(exc.value, language, with_path=path)


def test_an_end_before_the_start_is_refused_naming_both_years(mvi: Framework) -> None:
    with pytest.raises(ValidationError) as caught:
        ActionPlan.new(mvi, "Plan", 2029, 2027)
    assert errors(caught) == "Eindjaar 2027 ligt vóór beginjaar 2029"
    assert errors(caught, "en") == "End year 2027 lies before start year 2029"
    ActionPlan.new(mvi, "Plan", 2027, 2027)  # one year is a period too


def test_duplicate_categories_are_refused_without_case_or_spaces(plan: ActionPlan) -> None:
    data = plan.model_dump() | {"categories": [{"name": "ICT"}, {"name": "  ict "}]}
    with pytest.raises(ValidationError) as caught:
        ActionPlan.model_validate(data)
    assert errors(caught) == "Inkoopcategorie 'ict' staat er twee keer in"
    assert errors(caught, "en") == "Purchasing category 'ict' occurs twice"


@pytest.mark.parametrize(
    ("record", "field", "value", "nl", "en"),
    [
        (
            SpendCategory,
            "yearly_spend",
            -1,
            "Inkoopvolume per jaar (€): mag niet negatief zijn",
            "must not be negative",
        ),
        (SpendCategory, "contracts", -3, "Aantal contracten: mag niet negatief zijn", "Number of contracts"),
        (
            SpendCategory,
            "impact",
            {"klimaat": 6},
            "Impact (klimaat): mag hoogstens 5 zijn",
            "must be at most 5",
        ),
        (
            PlannedTender,
            "estimated_value",
            -0.01,
            "Geschatte waarde (€): mag niet negatief zijn",
            "Estimated value",
        ),
        (PlannedTender, "duration_months", -1, "Looptijd (maanden): mag niet negatief zijn", "Duration"),
        (PlannedTender, "publication_quarter", 5, "Publicatiekwartaal: mag hoogstens 4 zijn", "at most 4"),
        (
            PlannedTender,
            "award_share",
            101,
            "MVI in de gunning (%): mag hoogstens 100 zijn",
            "MVI in the award",
        ),
        (PlannedTender, "title", "  ", "Titel: mag niet leeg zijn", "Title: must not be empty"),
        (
            PlannedTender,
            "client",
            "Jan\x1b[31m",
            "Opdrachtgever: bevat een onzichtbaar stuurteken",
            "control character",
        ),
        (PlanGoal, "year", 1999, "Jaar: moet ten minste 2000 zijn", "Year: must be at least 2000"),
        (PlanGoal, "target", "veel", "Streefwaarde: moet een getal zijn", "Target: must be a number"),
    ],
)
def test_bad_values_get_a_message_naming_the_field(
    record: type[SpendCategory | PlannedTender | PlanGoal], field: str, value: object, nl: str, en: str
) -> None:
    base: dict[str, object] = dict(
        {
            SpendCategory: {"name": "ICT"},
            PlannedTender: {"title": "Laptops"},
            PlanGoal: {"theme_id": "klimaat", "indicator": "CO2"},
        }[record]
    )
    with pytest.raises(ValidationError) as caught:
        record.model_validate(base | {field: value})
    assert nl in errors(caught)
    assert en in errors(caught, "en")


def test_a_file_path_names_the_record_and_its_field(plan: ActionPlan) -> None:
    data = plan.model_dump() | {
        "tenders": [{"title": "A"}, {"title": "B", "themes": [{"theme_id": "klimaat", "level": 0}]}]
    }
    with pytest.raises(ValidationError) as caught:
        ActionPlan.model_validate(data)
    assert (
        errors(caught, "nl", path=True) == "tenders[1].themes[0].level (Niveau): kies een niveau van 1 tot 3"
    )


def test_markup_in_names_is_kept_as_text(plan: ActionPlan) -> None:
    tender = PlannedTender(title='<b>Laptops</b> & "docks" <img src=x>', client="Jan <jan@x.nl>")
    changed = apply(plan, {Part("tenders", tender.id): (0, tender.model_dump())}, KEYS)
    assert changed.tenders[0].title == '<b>Laptops</b> & "docks" <img src=x>'


def test_a_tender_must_name_one_of_the_plans_categories(plan: ActionPlan) -> None:
    data = plan.model_dump() | {
        "categories": [{"name": "ICT"}],
        "tenders": [{"title": "Laptops", "category": "Energie"}],
    }
    with pytest.raises(ValidationError) as caught:
        ActionPlan.model_validate(data)
    assert errors(caught) == (
        "Aanbesteding 1 ('Laptops'): categorie 'Energie' is geen inkoopcategorie van dit plan"
    )
    data["tenders"] = [{"title": "Laptops", "category": " ict"}]
    assert ActionPlan.model_validate(data).tenders[0].category == "ict"


def test_an_action_cannot_serve_a_goal_that_is_gone(plan: ActionPlan) -> None:
    goal = PlanGoal(theme_id="klimaat", indicator="CO2")
    action = YearAction(what="Nulmeting", year=2027, goal_id=goal.id)
    with_goal = apply(
        plan, {Part("goals"): [goal.model_dump()], Part("actions"): [action.model_dump()]}, KEYS
    )
    with pytest.raises(ValidationError) as caught:
        apply(with_goal, {Part("goals", goal.id): None}, KEYS)
    assert "het doel waar ze bij hoort bestaat niet (meer)" in errors(caught)
    assert with_goal.goals == [goal]  # the refused edit changed nothing


def test_an_edit_keeps_only_the_part_it_touched(plan: ActionPlan) -> None:
    first, second = PlannedTender(title="Eerste"), PlannedTender(title="Tweede")
    plan = apply(plan, {Part("tenders"): [first.model_dump(), second.model_dump()]}, KEYS)
    part = Part("tenders", second.id)
    before = read(plan, part, KEYS)
    assert before == (1, second.model_dump())
    renamed = apply(plan, {part: (1, second.model_dump() | {"title": "Tweede, anders"})}, KEYS)
    assert [t.title for t in renamed.tenders] == ["Eerste", "Tweede, anders"]
    assert renamed.tenders[0] is plan.tenders[0]  # untouched records are shared, not copied
    removed = apply(renamed, {part: None}, KEYS)
    assert [t.title for t in removed.tenders] == ["Eerste"]
    assert read(removed, part, KEYS) is None
    restored = apply(removed, {part: before}, KEYS)
    assert restored.tenders == plan.tenders
    assert plan.tenders[1].title == "Tweede"  # the original document is never changed


@given(st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=12))
def test_a_spread_ignores_unset_levels(levels: list[int]) -> None:
    spread = Spread.of(levels)
    rated = sorted(x for x in levels if x)
    if not rated:
        assert spread == Spread(None, None, None)
        return
    assert spread.low == rated[0] and spread.high == rated[-1]
    assert spread.low <= (spread.median or 0) <= spread.high
    assert 0 < rounded(spread.median) <= 3


def facts(
    web_id: str, scope: SessionScope, ambition: dict[str, int], kind: SessionKind = SessionKind.ORGANISATION
) -> WebFacts:
    return WebFacts(
        web_id,
        web_id,
        kind,
        scope,
        "",
        "Gemeente",
        SessionStatus.DRAFT,
        "mvi-nationaal-plan",
        ambition={k: Level(v) for k, v in ambition.items()},
        current={k: Level.BASIS for k in ambition},
    )


def test_webs_combine_per_theme_with_min_median_max() -> None:
    webs = [
        facts("generiek", SessionScope.ORGANISATION, {"klimaat": 3, "circulair": 2}),
        facts("afdeling", SessionScope.DEPARTMENT, {"klimaat": 2, "circulair": 0}),
        facts("klimaat", SessionScope.IMPACT_AREA, {"klimaat": 3}),
    ]
    klimaat, circulair, innovatie = combine(webs, ["klimaat", "circulair", "innovatie"])
    assert klimaat.ambition == (3, 2, 3) and klimaat.ambition_spread == Spread(2, 3.0, 3)
    assert circulair.ambition == (2, 0, 0) and circulair.ambition_spread == Spread(2, 2.0, 2)
    assert innovatie.ambition_spread == Spread(None, None, None)
    assert klimaat.current_spread == Spread(1, 1.0, 1)


def test_the_project_web_starts_from_the_tender_with_the_generic_web_as_reference(
    plan: ActionPlan, mvi: Framework
) -> None:
    webs = {
        "a" * 32: facts("a" * 32, SessionScope.DEPARTMENT, {}),
        "b" * 32: facts("b" * 32, SessionScope.ORGANISATION, {}),
    }
    plan = plan.model_copy(
        update={"web_ids": ["a" * 32, "b" * 32], "focus": [FocusTheme(theme_id="klimaat")]}
    )
    assert generic_web(plan, webs) == "b" * 32
    assert generic_web(plan.model_copy(update={"web_ids": ["a" * 32]}), webs) is None
    tender = PlannedTender(
        title="Laptops",
        category="ICT",
        themes=[
            TenderTheme(theme_id="circulair", level=Level.AMBITIOUS),
            TenderTheme(theme_id="innovatie", level=Level.BASIS),
        ],
    )
    session = project_web(plan, tender, mvi, "b" * 32)
    assert isinstance(session, Session) and session.kind is SessionKind.PROJECT
    assert (session.title, session.subject, session.organisation) == (
        "Laptops",
        "ICT",
        "Gemeente Zuiderhaven",
    )
    assert session.generic_session_id == "b" * 32
    assert session.entry("circulair").ambition == Level.AMBITIOUS
    assert session.entry("innovatie").ambition == Level.BASIS  # an optional theme the tender asked for
    assert session.entry("klimaat").focus and session.entry("klimaat").ambition == Level.UNSET


def test_planned_against_applied_levels() -> None:
    tender = PlannedTender(title="T", themes=[TenderTheme(theme_id="klimaat", level=Level.AMBITIOUS)])
    [compared] = planned_vs_applied(
        tender, facts("w" * 32, SessionScope.ORGANISATION, {"klimaat": 2}, SessionKind.PROJECT)
    )
    assert (compared.planned, compared.applied, compared.short) == (Level.AMBITIOUS, Level.SIGNIFICANT, True)
    [nothing] = planned_vs_applied(tender, None)
    assert nothing.applied == Level.UNSET


@pytest.mark.parametrize(
    ("baseline", "target", "realised", "expected"),
    [
        (12400, 8700, {2027: 11900}, False),  # less CO2 is better
        (12400, 8700, {2027: 11900, 2028: 8700}, True),  # the latest year counts; equal is reached
        (10, 50, {2028: 50}, True),
        (10, 50, {2028: 49.9}, False),
        (None, 50, {}, None),
        (10, None, {2027: 99}, None),
    ],
)
def test_a_goal_is_reached_by_its_latest_value(
    baseline: float | None, target: float | None, realised: dict[int, float], expected: bool | None
) -> None:
    goal = PlanGoal(
        theme_id="klimaat",
        type=GoalType.EFFECT,
        indicator="x",
        baseline=baseline,
        target=target,
        realised=realised,
    )
    assert reached(goal) is expected


def test_the_plan_warns_but_never_refuses(plan: ActionPlan) -> None:
    plan = plan.model_copy(
        update={
            "focus_limit": 1,
            "focus": [FocusTheme(theme_id="klimaat"), FocusTheme(theme_id="circulair")],
            "web_ids": ["a" * 32],
            "tenders": [PlannedTender(title="Te laat", publication_year=2031, web_id="c" * 32)],
            "goals": [PlanGoal(theme_id="milieu", indicator="Geluid")],
        }
    )
    codes = [f.code for f in plan_findings(plan, present=set(), names={"milieu": "Milieu"})]
    assert codes == [
        "too-many-focus",
        "missing-web",
        "missing-project-web",
        "tender-outside-period",
        "goal-outside-focus",
    ]
