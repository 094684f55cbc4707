"""Pinned behaviour of `model/plan/webs.py` and `model/plan/project_web.py`: what a plan reads of a web
(its criteria, their levels, the award weight in percent only, capped at 100), who a web speaks for in
Dutch and English, the spread of the set levels (one level, an even number), a median rounded half up;
the generic web is the first organisation-wide web; a project web takes the tender's themes that the
framework has, once each."""

from __future__ import annotations

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import FocusTheme, PlannedTender, TenderTheme
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.project_web import generic_web, project_web
from ambitieweb.model.plan.webs import CombinedTheme, CriterionFact, Spread, WebFacts, combine, rounded
from ambitieweb.model.session import (
    Session,
    SessionKind,
    SessionScope,
    SessionStatus,
    ThemeEntry,
    WeightUnit,
)

A, B, C, D = "a" * 32, "b" * 32, "c" * 32, "d" * 32


def facts(
    web_id: str = A,
    *criteria: CriterionFact,
    kind: SessionKind = SessionKind.ORGANISATION,
    scope: SessionScope = SessionScope.ORGANISATION,
    subject: str = "",
    unit: WeightUnit = WeightUnit.PERCENT,
    current: dict[str, Level] | None = None,
    ambition: dict[str, Level] | None = None,
) -> WebFacts:
    return WebFacts(
        web_id,
        "Web",
        kind,
        scope,
        subject,
        "Gemeente",
        SessionStatus.DRAFT,
        "mvi-nationaal-plan",
        weight_unit=unit,
        current=current or {},
        ambition=ambition or {},
        criteria=criteria,
    )


def award(weight: float | None, theme: str = "klimaat") -> CriterionFact:
    return CriterionFact(theme, CriterionKind.AWARD, Level.BASIS, weight)


def test_the_award_weight_adds_the_weighted_award_criteria_only() -> None:
    requirement = CriterionFact("klimaat", CriterionKind.REQUIREMENT, Level.BASIS, 40.0)
    assert facts(A, award(10), award(None), requirement, award(15.5)).award_weight() == 25.5
    assert facts(A, requirement).award_weight() is None  # a weighted requirement is no award criterion
    assert facts(A, award(None)).award_weight() is None
    assert facts(A).award_weight() is None
    assert facts(A, award(0)).award_weight() == 0.0


def test_the_award_weight_is_capped_at_100_and_only_in_percent() -> None:
    assert facts(A, award(60), award(40)).award_weight() == 100.0
    assert facts(A, award(60), award(45)).award_weight() == 100.0
    assert facts(A, award(60), unit=WeightUnit.POINTS).award_weight() is None


def test_criteria_by_level_and_theme() -> None:
    web = facts(
        A,
        CriterionFact("klimaat", CriterionKind.REQUIREMENT, Level.BASIS, None),
        CriterionFact("circulair", CriterionKind.AWARD, Level.SIGNIFICANT, 10),
    )
    assert web.has_criteria and not facts(A).has_criteria
    assert web.has_level(Level.BASIS) and web.has_level(Level.SIGNIFICANT)
    assert not web.has_level(Level.AMBITIOUS)
    assert web.themes_with_criteria() == {"klimaat", "circulair"}


@pytest.mark.parametrize(
    ("kind", "scope", "subject", "nl", "en"),
    [
        (SessionKind.PROJECT, SessionScope.DEPARTMENT, "ICT", "project-ambitieweb", "project web"),
        (
            SessionKind.ORGANISATION,
            SessionScope.ORGANISATION,
            "Alles",
            "hele organisatie",
            "whole organisation",
        ),
        (
            SessionKind.ORGANISATION,
            SessionScope.DEPARTMENT,
            "Sociaal Domein",
            "afdeling Sociaal Domein",
            "department Sociaal Domein",
        ),
        (SessionKind.ORGANISATION, SessionScope.DEPARTMENT, "", "afdeling", "department"),
        (
            SessionKind.ORGANISATION,
            SessionScope.IMPACT_AREA,
            "klimaat",
            "impactgebied klimaat",
            "impact area klimaat",
        ),
    ],
)
def test_who_a_web_speaks_for(kind: SessionKind, scope: SessionScope, subject: str, nl: str, en: str) -> None:
    web = facts(A, kind=kind, scope=scope, subject=subject)
    assert (web.scope_text(), web.scope_text("en")) == (nl, en)


def test_the_facts_of_a_session(catalogue: Catalogue) -> None:
    mvi = catalogue.framework("mvi-nationaal-plan")
    session = Session.new(
        mvi,
        "Laptops",
        kind=SessionKind.PROJECT,
        organisation="Gemeente",
        subject="ICT",
        themes=[
            ThemeEntry(theme_id="klimaat", current=Level.BASIS, ambition=Level.AMBITIOUS),
            ThemeEntry(theme_id="circulair", current=Level.UNSET, ambition=Level.SIGNIFICANT),
        ],
    )
    web = WebFacts.of(session)
    assert (web.id, web.title, web.kind, web.subject, web.organisation) == (
        session.id,
        "Laptops",
        SessionKind.PROJECT,
        "ICT",
        "Gemeente",
    )
    assert (web.scope, web.status, web.framework_id, web.weight_unit) == (
        session.scope,
        session.status,
        "mvi-nationaal-plan",
        session.weight_unit,
    )
    assert web.current == {"klimaat": Level.BASIS, "circulair": Level.UNSET}
    assert web.ambition == {"klimaat": Level.AMBITIOUS, "circulair": Level.SIGNIFICANT}
    assert web.criteria == ()


@pytest.mark.parametrize(
    ("levels", "spread"),
    [
        ([], Spread(None, None, None)),
        ([0, 0], Spread(None, None, None)),
        ([2], Spread(2, 2.0, 2)),
        ([3, 0, 1], Spread(1, 2.0, 3)),
        ([1, 2], Spread(1, 1.5, 2)),
        ([3, 1, 2, 3], Spread(1, 2.5, 3)),
    ],
)
def test_the_spread_of_the_set_levels(levels: list[int], spread: Spread) -> None:
    found = Spread.of(levels)
    assert found == spread
    assert found.median is None or isinstance(found.median, float)


@pytest.mark.parametrize(("median", "level"), [(None, 0), (1.0, 1), (1.49, 1), (1.5, 2), (2.5, 3), (3.0, 3)])
def test_a_median_is_rounded_half_up(median: float | None, level: int) -> None:
    assert rounded(median) == level


def test_webs_combined_per_theme_in_the_order_asked() -> None:
    webs = [
        facts(A, current={"klimaat": Level.BASIS}, ambition={"klimaat": Level.AMBITIOUS}),
        facts(B, current={"circulair": Level.SIGNIFICANT}, ambition={"circulair": Level.AMBITIOUS}),
    ]
    assert combine(webs, ["circulair", "klimaat"]) == [
        CombinedTheme("circulair", (0, 2), (0, 3)),
        CombinedTheme("klimaat", (1, 0), (3, 0)),
    ]
    klimaat = combine(webs, ["klimaat"])[0]
    assert (klimaat.current_spread, klimaat.ambition_spread) == (Spread(1, 1.0, 1), Spread(3, 3.0, 3))


def test_the_generic_web_is_the_first_organisation_wide_one(mvi: Framework) -> None:
    plan = ActionPlan.new(mvi, "Plan", 2027, 2028, web_ids=[A, B, C, D])
    webs = {
        B: facts(B, kind=SessionKind.PROJECT, scope=SessionScope.ORGANISATION),
        C: facts(C, scope=SessionScope.DEPARTMENT),
        D: facts(D),
    }
    assert generic_web(plan, webs) == D  # A is not in the store
    assert generic_web(plan, webs | {A: facts(A)}) == A
    assert generic_web(plan, {k: v for k, v in webs.items() if k != D}) is None


def test_a_project_web_takes_the_tenders_themes_the_framework_has(mvi: Framework) -> None:
    plan = ActionPlan.new(
        mvi, "Plan", 2027, 2028, organisation="Gemeente", focus=[FocusTheme(theme_id="circulair")]
    )
    tender = PlannedTender(
        title="Bestrating",
        department="Openbare ruimte",
        themes=[
            TenderTheme(theme_id="klimaat", level=Level.SIGNIFICANT),
            TenderTheme(theme_id="onbekend", level=Level.BASIS),
            TenderTheme(theme_id="innovatie", level=Level.AMBITIOUS),
        ],
    )
    session = project_web(plan, tender, mvi, None)
    assert session.kind is SessionKind.PROJECT
    assert session.subject == "Openbare ruimte"  # no category: the department
    assert session.generic_session_id is None
    assert [e.theme_id for e in session.themes] == [
        "klimaat",
        "milieu",
        "circulair",
        "ketenverantwoordelijkheid",
        "diversiteit-inclusie",
        "social-return",
        "innovatie",
    ]
    assert [e.ambition for e in session.themes] == [2, 0, 0, 0, 0, 0, 3]
    assert [e.focus for e in session.themes] == [False, False, True, False, False, False, False]
