"""Pinned behaviour of `model/plan/policy.py`: when a tender shows a rule applied (award share at the
target exactly, a criterion at the rule's level, criteria on the rule's theme), the inspanningsdoelen's
texts in Dutch and English, their targets from the first enabled rule, and an award-share rule measured
over the tenders it applies to (categories matched through the plan's product groups)."""

from __future__ import annotations

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import PolicyRule, SpendCategory
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.policy import Indicator, applicable, applies, indicators, rule_applied, unmet
from ambitieweb.model.plan.webs import CriterionFact, WebFacts
from tests.unit.test_plan_policy import tender, web

A, B, C = "a" * 32, "b" * 32, "c" * 32


def award_rule(target: float | None = 20, **fields: object) -> PolicyRule:
    return PolicyRule.model_validate(
        {"kind": "award-share", "name": "MVI in de gunning", "target_percent": target, **fields}
    )


def weighing(web_id: str, weight: float) -> WebFacts:
    return web(web_id, CriterionFact("klimaat", CriterionKind.AWARD, Level.BASIS, weight))


@pytest.mark.parametrize(("share", "shown"), [(20.0, True), (19.99, False), (80.0, True)])
def test_an_award_share_rule_is_applied_from_its_target_on(share: float, shown: bool) -> None:
    assert rule_applied(award_rule(20), tender(award_share=share), None) is shown
    assert rule_applied(award_rule(20), tender(), weighing(A, share)) is shown  # the web's weight


def test_an_award_share_rule_without_a_target_is_applied_by_any_known_share() -> None:
    assert rule_applied(award_rule(None), tender(award_share=0), None)
    assert rule_applied(award_rule(None), tender(), web(A))  # a web without award criteria: 0%
    assert not rule_applied(award_rule(None), tender(), None)  # neither the tender nor a web knows


def test_without_a_web_only_an_award_share_can_show_a_rule_applied() -> None:
    for kind in ("social-return", "criteria-level", "social-conditions"):
        rule = PolicyRule.model_validate({"kind": kind, "name": "Regel"})
        assert not rule_applied(rule, tender(award_share=100), None)


def test_a_criteria_level_rule_needs_a_criterion_at_its_level_or_higher() -> None:
    rule = PolicyRule.model_validate({"kind": "criteria-level", "name": "Niveau", "min_level": 2})
    significant = web(A, CriterionFact("klimaat", CriterionKind.REQUIREMENT, Level.SIGNIFICANT, None))
    basis = web(B, CriterionFact("klimaat", CriterionKind.REQUIREMENT, Level.BASIS, None))
    ambitious = web(C, CriterionFact("klimaat", CriterionKind.REQUIREMENT, Level.AMBITIOUS, None))
    assert rule_applied(rule, tender(), significant)
    assert rule_applied(rule, tender(), ambitious)
    assert not rule_applied(rule, tender(), basis)
    assert not rule_applied(rule, tender(), web(A))  # no criteria at all


def test_a_rule_on_a_theme_needs_criteria_on_that_theme_and_one_without_any_criteria() -> None:
    themed = PolicyRule.model_validate({"kind": "social-return", "name": "SR", "theme_id": "social-return"})
    loose = PolicyRule.model_validate({"kind": "social-return", "name": "SR"})
    climate = web(A, CriterionFact("klimaat", CriterionKind.REQUIREMENT, Level.BASIS, None))
    social = web(B, CriterionFact("social-return", CriterionKind.REQUIREMENT, Level.BASIS, None))
    assert (rule_applied(themed, tender(), climate), rule_applied(themed, tender(), social)) == (False, True)
    assert (rule_applied(loose, tender(), climate), rule_applied(loose, tender(), web(C))) == (True, False)


def test_the_inspanningsdoelen_are_named_in_dutch_and_english(catalogue: Catalogue) -> None:
    plan = ActionPlan.new(catalogue.framework("mvi-nationaal-plan"), "Plan", 2027, 2029, rules=[])
    found = indicators(plan, {})
    assert [(i.code, i.text(), i.text("nl"), i.text("en")) for i in found] == [
        (
            "criteria",
            "Aanbestedingen met MVI-criteria",
            "Aanbestedingen met MVI-criteria",
            "Tenders with MVI criteria",
        ),
        (
            "level",
            "Aanbestedingen met criteria op niveau 2-3",
            "Aanbestedingen met criteria op niveau 2-3",
            "Tenders with criteria at level 2-3",
        ),
        (
            "award",
            "Gemiddeld aandeel MVI in de gunning",
            "Gemiddeld aandeel MVI in de gunning",
            "Average share of MVI in the award",
        ),
    ]
    # no tenders: nothing counted, nothing to measure over, and no rule: no target
    assert [(i.count, i.total, i.value, i.target, i.met) for i in found] == [(0, 0, None, None, None)] * 3


def test_the_targets_come_from_the_first_enabled_rule_of_each_kind(catalogue: Catalogue) -> None:
    rules = [
        award_rule(90, enabled=False),
        award_rule(30),
        award_rule(40),
        PolicyRule.model_validate({"kind": "criteria-level", "name": "Niveau", "target_percent": 70}),
        PolicyRule.model_validate({"kind": "social-return", "name": "SR", "target_percent": 55}),
    ]
    plan = ActionPlan.new(
        catalogue.framework("mvi-nationaal-plan"),
        "Plan",
        2027,
        2029,
        rules=rules,
        tenders=[tender(award_share=10), tender(award_share=30)],
    )
    found = {i.code: i for i in indicators(plan, {})}
    assert (found["level"].target, found["award"].target) == (70, 30)
    assert (found["award"].count, found["award"].total, found["award"].value) == (2, 2, 20.0)
    # every enabled rule is measured (the disabled first one is skipped, not the end of the list)
    assert [found[r.id].target for r in rules[1:]] == [30, 40, 70, 55]
    assert rules[0].id not in found


def test_an_award_share_rule_is_measured_over_the_tenders_it_applies_to(catalogue: Catalogue) -> None:
    rule = award_rule(20, categories=["Textiel"])  # a product group, not a category's own name
    plan = ActionPlan.new(
        catalogue.framework("mvi-nationaal-plan"),
        "Plan",
        2027,
        2029,
        rules=[rule],
        categories=[
            SpendCategory(name="Bedrijfskleding", product_group="Textiel"),
            SpendCategory(name="Catering", product_group="Voeding"),
        ],
        tenders=[
            tender(title="Op het doel", category="Bedrijfskleding", award_share=20),
            tender(title="Eronder", category="Bedrijfskleding", award_share=10),
            tender(title="Uit het web", category="Bedrijfskleding", web_id=A),
            tender(title="Onbekend", category="Bedrijfskleding"),
            tender(title="Andere categorie", category="Catering", award_share=90),
        ],
    )
    assert applicable(plan, plan.tenders[0]) == [rule]
    assert applicable(plan, plan.tenders[4]) == []
    [measured] = [i for i in indicators(plan, {A: weighing(A, 60.0)}) if i.code == rule.id]
    assert (measured.text("nl"), measured.text("en")) == ("MVI in de gunning", "MVI in de gunning")
    # four tenders in scope, three with a known share (20, 10, 60): two meet 20%, the mean is 30
    assert (measured.count, measured.total, measured.value, measured.target) == (2, 4, 30.0, 20)
    assert measured.met is True


def test_an_award_share_rule_over_no_known_share_measures_nothing(catalogue: Catalogue) -> None:
    rule = award_rule(20)
    plan = ActionPlan.new(
        catalogue.framework("mvi-nationaal-plan"), "Plan", 2027, 2029, rules=[rule], tenders=[tender()]
    )
    [measured] = [i for i in indicators(plan, {}) if i.code == rule.id]
    assert (measured.count, measured.total, measured.value, measured.met) == (0, 1, None, None)


def test_without_a_plan_a_category_matches_only_the_tenders_own_category() -> None:
    rule = award_rule(20, categories=["Schoonmaak"])
    assert applies(rule, tender(category=" schoonmaak "))
    assert not applies(rule, tender(category="Catering"))
    assert not applies(award_rule(20, categories=["XXXX"]), tender(category="Catering"))


def test_an_indicator_is_met_from_its_target_on() -> None:
    at = Indicator("x", "nl", "en", 1, 2, 50.0, 50.0)
    assert (at.met, Indicator("x", "nl", "en", 1, 2, 49.9, 50.0).met) == (True, False)


def test_an_award_share_rule_without_a_target_is_met_by_any_known_share(catalogue: Catalogue) -> None:
    rule = award_rule(None)
    plan = ActionPlan.new(
        catalogue.framework("mvi-nationaal-plan"),
        "Plan",
        2027,
        2029,
        rules=[rule],
        tenders=[tender(award_share=0), tender()],
    )
    [measured] = [i for i in indicators(plan, {}) if i.code == rule.id]
    assert (measured.count, measured.total, measured.value, measured.met) == (1, 2, 0.0, None)


def test_every_unmet_condition_is_named_in_the_order_of_the_rule() -> None:
    rule = award_rule(
        20, enabled=False, kinds=["works"], categories=["Schoonmaak"], min_value=1000, min_months=12
    )
    small = tender(kind="supplies", category="Catering", estimated_value=999.99, duration_months=11)
    assert unmet(rule, small) == ["enabled", "kinds", "categories", "min_value", "min_months"]
    assert unmet(rule.model_copy(update={"enabled": True}), small.model_copy(update={"kind": "works"})) == [
        "categories",
        "min_value",
        "min_months",
    ]
