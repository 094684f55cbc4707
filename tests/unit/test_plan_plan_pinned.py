"""Pinned behaviour of `model/plan/plan.py`: the central government's rules a new plan starts with (every
threshold, kind, category and linked theme, the themes linked only when the framework has them); a
duplicate is a new plan; the plan's quarters, look-ups and referenced webs; each record named once,
with the message in Dutch and English."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import (
    FocusTheme,
    PlanGoal,
    PlannedTender,
    PolicyRule,
    RuleKind,
    SpendCategory,
    TenderKind,
    YearAction,
)
from ambitieweb.model.plan.plan import (
    EU_THRESHOLD_SUPPLIES_SERVICES,
    EU_THRESHOLD_WORKS,
    PRODUCT_GROUPS,
    RISK_CATEGORIES,
    ActionPlan,
    central_government_rules,
    key,
)
from ambitieweb.model.plan.problems import describe_all

A, B, C = "a" * 32, "b" * 32, "c" * 32
RISKS = ["Bedrijfskleding", "ICT", "Kantoorinrichting", "Natuursteen", "Catering", "Energie"]
GROUPS = [
    "Energie",
    "GWW",
    "Gebouwen",
    "ICT",
    "Transport",
    "Catering",
    "Kantoorinrichting",
    "Bedrijfskleding",
]


@pytest.fixture
def plan(mvi: Framework) -> ActionPlan:
    return ActionPlan.new(mvi, "Actieplan", 2027, 2028, organisation="Gemeente Zuiderhaven")


def rule_fields(rules: list[PolicyRule]) -> list[dict[str, object]]:
    return [rule.model_dump(exclude={"id"}) for rule in rules]


def expected_rules(social_return: str | None, chain: str | None) -> list[dict[str, object]]:
    def rule(kind: RuleKind, name: str, **fields: object) -> dict[str, object]:
        values: dict[str, object] = {
            "kind": kind,
            "name": name,
            "enabled": True,
            "kinds": [],
            "categories": [],
            "min_value": None,
            "min_months": None,
            "target_percent": None,
            "min_level": Level.SIGNIFICANT,
            "theme_id": None,
        }
        return values | fields

    return [
        rule(
            RuleKind.SOCIAL_RETURN,
            "Social return in werken en diensten vanaf € 250.000 en 6 maanden",
            kinds=[TenderKind.WORKS, TenderKind.SERVICES],
            min_value=250_000.0,
            min_months=6,
            target_percent=100.0,
            theme_id=social_return,
        ),
        rule(
            RuleKind.SOCIAL_CONDITIONS,
            "Internationale sociale voorwaarden: leveringen en diensten boven de EU-drempel",
            kinds=[TenderKind.SUPPLIES, TenderKind.SERVICES],
            categories=RISKS,
            min_value=221_000.0,
            target_percent=100.0,
            theme_id=chain,
        ),
        rule(
            RuleKind.SOCIAL_CONDITIONS,
            "Internationale sociale voorwaarden: werken boven de EU-drempel",
            kinds=[TenderKind.WORKS],
            categories=RISKS,
            min_value=5_538_000.0,
            target_percent=100.0,
            theme_id=chain,
        ),
        rule(
            RuleKind.AWARD_SHARE,
            "Minstens 50% van de gunning op maatschappelijke impact (categoriemanagement)",
            target_percent=50.0,
        ),
        rule(
            RuleKind.CRITERIA_LEVEL,
            "Criteria op niveau 2-3 in minstens 50% van de aanbestedingen in de productgroepen",
            categories=GROUPS,
            target_percent=50.0,
        ),
    ]


def test_the_suggested_lists_and_thresholds() -> None:
    assert list(RISK_CATEGORIES) == RISKS
    assert list(PRODUCT_GROUPS) == GROUPS
    assert (EU_THRESHOLD_SUPPLIES_SERVICES, EU_THRESHOLD_WORKS) == (221_000.0, 5_538_000.0)


def test_the_central_government_rules_in_full() -> None:
    linked = central_government_rules(["klimaat", "social-return", "ketenverantwoordelijkheid"])
    assert rule_fields(linked) == expected_rules("social-return", "ketenverantwoordelijkheid")
    assert len({rule.id for rule in linked}) == 5  # each its own id


def test_a_theme_the_framework_lacks_is_not_linked() -> None:
    assert rule_fields(central_government_rules()) == expected_rules(None, None)
    assert rule_fields(central_government_rules(["social-return"])) == expected_rules("social-return", None)
    assert rule_fields(central_government_rules(iter(["ketenverantwoordelijkheid"]))) == expected_rules(
        None, "ketenverantwoordelijkheid"
    )


def test_a_new_plan_has_the_framework_and_the_central_government_rules(mvi: Framework) -> None:
    plan = ActionPlan.new(
        mvi, "Actieplan MVI", 2027, 2030, organisation="Gemeente Zuiderhaven", focus_limit=5
    )
    assert (plan.title, plan.start_year, plan.end_year) == ("Actieplan MVI", 2027, 2030)
    assert (plan.framework_id, plan.framework_version) == ("mvi-nationaal-plan", "1.0")
    assert (plan.organisation, plan.focus_limit, plan.revision) == ("Gemeente Zuiderhaven", 5, 0)
    assert rule_fields(plan.rules) == expected_rules("social-return", "ketenverantwoordelijkheid")
    own = ActionPlan.new(mvi, "Zonder regels", 2027, 2027, rules=[])
    assert own.rules == []  # the caller's fields come last


def test_a_duplicate_is_a_new_plan_with_the_same_content(plan: ActionPlan) -> None:
    old = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    plan = plan.model_copy(
        update={
            "revision": 7,
            "created_at": old,
            "updated_at": old,
            "tenders": [PlannedTender(title="Laptops")],
        }
    )
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    copy = plan.duplicate("Kopie van Actieplan")
    after = dt.datetime.now(dt.UTC)
    assert copy.title == "Kopie van Actieplan" and plan.title == "Actieplan"
    assert copy.id != plan.id and len(copy.id) == 32
    assert copy.revision == 0
    assert before <= copy.created_at <= after and copy.updated_at == copy.created_at
    assert copy.tenders == plan.tenders and copy.rules == plan.rules
    assert copy.tenders[0] is not plan.tenders[0]  # a deep copy: editing one leaves the other
    copy.tenders[0].title = "Anders"
    assert plan.tenders[0].title == "Laptops"


def test_the_quarters_of_the_period_in_order(plan: ActionPlan) -> None:
    assert list(plan.years) == [2027, 2028]
    assert list(plan.quarters()) == [
        (2027, 1),
        (2027, 2),
        (2027, 3),
        (2027, 4),
        (2028, 1),
        (2028, 2),
        (2028, 3),
        (2028, 4),
    ]


def test_look_ups(plan: ActionPlan) -> None:
    goal = PlanGoal(theme_id="klimaat", indicator="CO2")
    tender = PlannedTender(title="Laptops", category="ICT")
    plan = plan.model_copy(
        update={
            "categories": [SpendCategory(name="ICT", product_group="ICT"), SpendCategory(name="Vervoer")],
            "focus": [FocusTheme(theme_id="klimaat"), FocusTheme(theme_id="circulair")],
            "goals": [goal],
            "tenders": [tender],
        }
    )
    assert plan.category(" ict ") is plan.categories[0]
    assert plan.category("Energie") is None
    assert plan.product_group_of("ICT ") == "ICT"
    assert plan.product_group_of("vervoer") == ""
    assert plan.product_group_of("Energie") == ""
    assert plan.focus_ids() == ["klimaat", "circulair"]
    assert plan.tender(tender.id) is tender and plan.goal(goal.id) is goal
    with pytest.raises(KeyError):
        plan.tender(A)
    with pytest.raises(KeyError):
        plan.goal(A)
    assert key("  ICT  ") == "ict"


def test_the_referenced_webs_the_plans_first_then_the_tenders_once_each(plan: ActionPlan) -> None:
    plan = plan.model_copy(
        update={
            "web_ids": [B, A],
            "tenders": [
                PlannedTender(title="1", web_id=C),
                PlannedTender(title="2"),
                PlannedTender(title="3", web_id=A),
                PlannedTender(title="4", web_id=C),
            ],
        }
    )
    assert plan.referenced_webs() == [B, A, C]


@pytest.mark.parametrize(
    ("field", "records", "nl", "en"),
    [
        ("web_ids", [A, B, A], f"Ambitieweb {A} staat er twee keer in", f"Web {A} occurs twice"),
        (
            "focus",
            [{"theme_id": "klimaat"}, {"theme_id": "circulair"}, {"theme_id": "klimaat"}],
            "Focusthema 'klimaat' staat er twee keer in",
            "Focus theme 'klimaat' occurs twice",
        ),
        (
            "goals",
            [
                {"id": A, "theme_id": "klimaat", "indicator": "x"},
                {"id": A, "theme_id": "klimaat", "indicator": "y"},
            ],
            f"Id {A} staat er twee keer in",
            f"Id {A} occurs twice",
        ),
        (
            "tenders",
            [{"id": B, "title": "x"}, {"id": B, "title": "y"}],
            f"Id {B} staat er twee keer in",
            f"Id {B} occurs twice",
        ),
        (
            "rules",
            [{"id": C, "kind": "award-share", "name": "x"}, {"id": C, "kind": "award-share", "name": "y"}],
            f"Id {C} staat er twee keer in",
            f"Id {C} occurs twice",
        ),
        (
            "actions",
            [{"id": A, "what": "x", "year": 2027}, {"id": A, "what": "y", "year": 2027}],
            f"Id {A} staat er twee keer in",
            f"Id {A} occurs twice",
        ),
    ],
)
def test_each_record_is_named_once(
    plan: ActionPlan, field: str, records: list[object], nl: str, en: str
) -> None:
    data = plan.model_dump() | {field: records}
    with pytest.raises(ValidationError) as caught:
        ActionPlan.model_validate(data)
    assert describe_all(caught.value) == nl
    assert describe_all(caught.value, "en") == en
    data[field] = records[1:]
    ActionPlan.model_validate(data)  # once each is fine


def test_a_tender_without_a_category_or_with_a_blank_one_needs_none(plan: ActionPlan) -> None:
    data = plan.model_dump() | {"tenders": [{"title": "A"}, {"title": "B", "category": "   "}]}
    assert [t.category for t in ActionPlan.model_validate(data).tenders] == ["", ""]


def test_an_unknown_category_is_named_with_the_tender_in_both_languages(plan: ActionPlan) -> None:
    data = plan.model_dump() | {
        "categories": [{"name": "ICT"}],
        "tenders": [{"title": "Laptops", "category": "ICT"}, {"title": "Stroom", "category": "Energie"}],
    }
    with pytest.raises(ValidationError) as caught:
        ActionPlan.model_validate(data)
    assert describe_all(caught.value) == (
        "Aanbesteding 2 ('Stroom'): categorie 'Energie' is geen inkoopcategorie van dit plan"
    )
    assert describe_all(caught.value, "en") == (
        "Tender 2 ('Stroom'): category 'Energie' is not one of this plan's purchasing categories"
    )


def test_an_action_for_a_goal_that_is_gone_is_named_in_both_languages(plan: ActionPlan) -> None:
    goal = PlanGoal(theme_id="klimaat", indicator="CO2")
    data = plan.model_dump() | {
        "goals": [goal.model_dump()],
        "actions": [
            YearAction(what="Nulmeting", year=2027, goal_id=goal.id).model_dump(),
            YearAction(what="Zonder doel", year=2027).model_dump(),
            YearAction(what="Meting", year=2028, goal_id=A).model_dump(),
        ],
    }
    with pytest.raises(ValidationError) as caught:
        ActionPlan.model_validate(data)
    assert describe_all(caught.value) == "Actie 3 ('Meting'): het doel waar ze bij hoort bestaat niet (meer)"
    assert (
        describe_all(caught.value, "en")
        == "Action 3 ('Meting'): the goal it serves does not exist (any more)"
    )


def test_the_end_year_may_equal_the_start_year_but_not_precede_it(mvi: Framework) -> None:
    assert list(ActionPlan.new(mvi, "Plan", 2027, 2027).years) == [2027]
    with pytest.raises(ValidationError) as caught:
        ActionPlan.new(mvi, "Plan", 2027, 2026)
    assert describe_all(caught.value, "en") == "End year 2026 lies before start year 2027"
