"""Policy rules on tenders (thresholds from their value on) and the inspanningsdoelen over a plan."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import PlannedTender, PolicyRule, RuleKind, SpendCategory, TenderKind
from ambitieweb.model.plan.plan import ActionPlan, central_government_rules
from ambitieweb.model.plan.policy import applicable, applies, award_share, indicators, unmet
from ambitieweb.model.plan.webs import CriterionFact, WebFacts
from ambitieweb.model.session import SessionKind, SessionScope, SessionStatus, WeightUnit

SOCIAL_RETURN = PolicyRule(
    kind=RuleKind.SOCIAL_RETURN,
    name="Social return",
    kinds=[TenderKind.WORKS, TenderKind.SERVICES],
    min_value=250_000,
    min_months=6,
)
values = st.floats(min_value=0, max_value=1e9, allow_nan=False)
months = st.integers(min_value=0, max_value=1200)


def tender(**fields: object) -> PlannedTender:
    return PlannedTender.model_validate({"title": "Aanbesteding", **fields})


@given(threshold=values, months_needed=months)
def test_a_threshold_counts_from_its_value_on(threshold: float, months_needed: int) -> None:
    rule = SOCIAL_RETURN.model_copy(update={"min_value": threshold, "min_months": months_needed})
    equal = tender(kind="works", estimated_value=threshold, duration_months=months_needed)
    assert applies(rule, equal)
    above = tender(kind="works", estimated_value=math.nextafter(threshold, math.inf), duration_months=1200)
    assert applies(rule, above)
    if threshold > 0:  # the nearest value below the threshold that a float can hold
        below = tender(kind="works", estimated_value=math.nextafter(threshold, 0), duration_months=1200)
        assert not applies(rule, below) and unmet(rule, below) == ["min_value"]
    if months_needed > 0:
        short = tender(kind="works", estimated_value=1e12, duration_months=months_needed - 1)
        assert unmet(rule, short) == ["min_months"]


@pytest.mark.parametrize(
    ("value", "duration", "kind", "expected"),
    [
        (250_000, 6, "works", True),  # exactly at both thresholds
        (249_999.99, 6, "works", False),
        (250_000.01, 6, "services", True),
        (250_000, 5, "services", False),
        (250_000, 7, "services", True),
        (1_000_000, 24, "supplies", False),  # supplies are not in the rule
    ],
)
def test_social_return_from_250000_and_six_months_in_works_and_services(
    value: float, duration: int, kind: str, expected: bool
) -> None:
    assert (
        applies(SOCIAL_RETURN, tender(kind=kind, estimated_value=value, duration_months=duration)) is expected
    )


def test_a_switched_off_rule_never_applies_and_says_why() -> None:
    rule = SOCIAL_RETURN.model_copy(update={"enabled": False})
    big = tender(kind="works", estimated_value=1e9, duration_months=60)
    assert unmet(rule, big) == ["enabled"]


def test_categories_match_the_name_or_the_product_group_without_case(catalogue: Catalogue) -> None:
    plan = ActionPlan.new(
        catalogue.framework("mvi-nationaal-plan"),
        "Plan",
        2027,
        2029,
        categories=[SpendCategory(name="Laptops en werkplekken", product_group="ICT")],
    )
    rule = PolicyRule(kind=RuleKind.SOCIAL_CONDITIONS, name="ISV", categories=["ict"], min_value=221_000)
    laptops = tender(category="laptops en werkplekken", kind="supplies", estimated_value=221_000)
    assert applies(rule, laptops, plan)
    assert not applies(rule, laptops)  # without the plan the product group is unknown
    assert not applies(rule, tender(kind="supplies", estimated_value=1e9), plan)  # no category at all


def test_a_category_s_product_group_follows_the_plan_s_edits(catalogue: Catalogue) -> None:
    plan = ActionPlan.new(
        catalogue.framework("mvi-nationaal-plan"),
        "Plan",
        2027,
        2029,
        categories=[
            SpendCategory(name="Laptops", product_group="ICT"),
            SpendCategory(name="Koffie"),
        ],
    )
    rule = PolicyRule(kind=RuleKind.SOCIAL_CONDITIONS, name="ISV", categories=["ict"])
    laptops = tender(category="laptops", kind="supplies")
    assert plan.product_group_of(" laptops") == "ICT"
    assert (plan.product_group_of("Koffie"), plan.product_group_of("Thee"), plan.product_group_of("")) == (
        "",
        "",
        "",
    )
    assert applies(rule, laptops, plan)
    plan.categories = [SpendCategory(name="Laptops", product_group="Kantoor")]  # an edit: another group
    assert plan.product_group_of("Laptops") == "Kantoor"
    assert not applies(rule, laptops, plan)
    assert unmet(rule, tender(category="   ", kind="supplies"), plan) == ["categories"]


def test_the_central_governments_rules_link_the_themes_that_show_them(catalogue: Catalogue) -> None:
    mvi = [t.id for t in catalogue.framework("mvi-nationaal-plan").themes]
    rules = central_government_rules(mvi)
    assert [r.kind for r in rules].count(RuleKind.SOCIAL_CONDITIONS) == 2
    sr = next(r for r in rules if r.kind is RuleKind.SOCIAL_RETURN)
    assert (sr.min_value, sr.min_months, sr.theme_id) == (250_000, 6, "social-return")
    assert all(r.theme_id is None for r in central_government_rules(["energie"]))
    level = next(r for r in rules if r.kind is RuleKind.CRITERIA_LEVEL)
    assert level.target_percent == 50 and level.min_level == Level.SIGNIFICANT and "ICT" in level.categories


def web(web_id: str, *criteria: CriterionFact, unit: WeightUnit = WeightUnit.PERCENT) -> WebFacts:
    return WebFacts(
        web_id,
        "web",
        SessionKind.PROJECT,
        SessionScope.ORGANISATION,
        "",
        "",
        SessionStatus.DRAFT,
        "mvi-nationaal-plan",
        weight_unit=unit,
        criteria=criteria,
    )


def test_the_inspanningsdoelen_are_measured_over_the_plans_tenders(catalogue: Catalogue) -> None:
    framework = catalogue.framework("mvi-nationaal-plan")
    a, b, c = "a" * 32, "b" * 32, "c" * 32
    plan = ActionPlan.new(
        framework,
        "Plan",
        2027,
        2029,
        tenders=[
            tender(
                title="Met niveau 2",
                web_id=a,
                publication_year=2027,
                kind="works",
                estimated_value=3e5,
                duration_months=12,
            ),
            tender(title="Alleen niveau 1", web_id=b, publication_year=2028, award_share=60),
            tender(title="Nog zonder web", publication_year=2029),
            tender(title="Web verwijderd", web_id=c, publication_year=2027),
        ],
    )
    facts = {
        a: web(
            a,
            CriterionFact("social-return", CriterionKind.AWARD, Level.SIGNIFICANT, 20.0),
            CriterionFact("klimaat", CriterionKind.AWARD, Level.BASIS, 10.0),
        ),
        b: web(b, CriterionFact("klimaat", CriterionKind.REQUIREMENT, Level.BASIS, None)),
    }
    found = {i.code: i for i in indicators(plan, facts)}
    assert (found["criteria"].count, found["criteria"].total) == (2, 4)
    assert found["criteria"].value == 50.0 and found["criteria"].met is None  # no target for this one
    assert (found["level"].count, found["level"].value, found["level"].target) == (1, 25.0, 50)
    assert found["level"].met is False
    # award: web a weighs 30% (its two award criteria), tender b says 60% itself; c and d unknown
    assert (found["award"].count, found["award"].value) == (2, 45.0)
    sr = next(i for i in found.values() if i.text().startswith("Social return"))
    assert (sr.count, sr.total, sr.value, sr.target) == (1, 1, 100.0, 100)
    assert sr.met is True
    up_to_2027 = {i.code: i for i in indicators(plan, facts, up_to_year=2027)}
    assert (up_to_2027["criteria"].count, up_to_2027["criteria"].total) == (1, 2)


def test_award_share_comes_from_the_tender_before_its_web() -> None:
    weighted = web("d" * 32, CriterionFact("klimaat", CriterionKind.AWARD, Level.BASIS, 40.0))
    assert award_share(tender(), None) is None
    assert award_share(tender(), weighted) == 40.0
    assert award_share(tender(award_share=15), weighted) == 15.0
    assert award_share(tender(), web("e" * 32)) == 0.0  # a web without award criteria: nothing on MVI
    points = web(
        "f" * 32, CriterionFact("klimaat", CriterionKind.AWARD, Level.BASIS, 40.0), unit=WeightUnit.POINTS
    )
    assert award_share(tender(), points) == 0.0  # points are no share


def test_the_example_plan_says_which_rules_apply(catalogue: Catalogue) -> None:
    plan = ActionPlan.new(
        catalogue.framework("mvi-nationaal-plan"),
        "Plan",
        2027,
        2029,
        categories=[SpendCategory(name="Bedrijfskleding", product_group="Bedrijfskleding")],
    )
    clothes = tender(category="Bedrijfskleding", kind="supplies", estimated_value=350_000, duration_months=48)
    names = [r.name for r in applicable(plan, clothes)]
    assert any(n.startswith("Internationale sociale voorwaarden: leveringen") for n in names)
    assert not any(n.startswith("Social return") for n in names)  # supplies
