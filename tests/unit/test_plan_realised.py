"""What a plan reads of its tenders' contracts: realised levels, goals matched to measurements, values
per year summed over contracts (or their mean for a percentage), differences and taking them over."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import GoalMeasurement, Review, ThemeRealisation
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import PlanGoal, PlannedTender, TenderTheme
from ambitieweb.model.plan.progress import planned_vs_applied
from ambitieweb.model.plan.realised import (
    ContractValue,
    FollowedContract,
    contract_values,
    differences,
    measured_by,
    realised_levels,
    same_text,
    taken_over,
)
from ambitieweb.model.session import Goal, Session, ThemeEntry

WEB = "a" * 32
SNAP = "b" * 32


def web(goals: list[Goal], theme: str = "klimaat") -> Session:
    return Session(
        id=WEB,
        title="Schoonmaak",
        framework_id="mvi-rijk",
        framework_version="1",
        themes=[
            ThemeEntry(theme_id=theme, ambition=2, goals=goals),
            ThemeEntry(theme_id="circulair", ambition=3),
        ],
    )


CO2 = Goal(indicator="CO2-uitstoot", unit="ton")
SHARE = Goal(indicator="Aandeel elektrisch", unit="%")


def review(
    date: dt.date,
    values: dict[int, float | None] | None = None,
    unit: str = "",
    levels: dict[str, int | None] | None = None,
    snapshot: str = SNAP,
) -> Review:
    return Review(
        date=date,
        snapshot_id=snapshot,
        measurements=[
            GoalMeasurement(theme_id="klimaat", goal_index=i, value=v, unit=unit)
            for i, v in (values or {}).items()
        ],
        themes=[ThemeRealisation(theme_id=t, level=level) for t, level in (levels or {}).items()],
    )


def followed(
    reviews: list[Review], goals: list[Goal] | None = None, tender: str = "t1", **fields: str
) -> FollowedContract:
    contract = Contract(session_id=WEB, reviews=reviews, **fields)
    return FollowedContract(tender, WEB, contract, {SNAP: web(goals if goals is not None else [CO2, SHARE])})


def plan_goal(indicator: str = "CO2-uitstoot", unit: str = "ton", **fields: object) -> PlanGoal:
    return PlanGoal.model_validate({"theme_id": "klimaat", "indicator": indicator, "unit": unit} | fields)


def test_realised_level_per_theme_comes_from_the_newest_review_that_judged_it() -> None:
    found = realised_levels(
        followed(
            [
                review(dt.date(2028, 1, 20), levels={"klimaat": 2, "circulair": None}),
                review(dt.date(2027, 7, 30), levels={"klimaat": 1, "circulair": 3}),
            ]
        )
    )
    assert (found["klimaat"].level, found["klimaat"].reviewed) == (Level.SIGNIFICANT, dt.date(2028, 1, 20))
    # the newer review left circulair unjudged: the older one's level stays
    assert (found["circulair"].level, found["circulair"].reviewed) == (Level.AMBITIOUS, dt.date(2027, 7, 30))


def test_no_reviews_realise_nothing() -> None:
    assert realised_levels(followed([])) == {}
    assert contract_values(plan_goal(), [followed([])]) == {}


@pytest.mark.parametrize(
    ("indicator", "unit", "matches"),
    [
        ("CO2-uitstoot", "ton", True),
        ("  co2-UITSTOOT ", "TON", True),  # case and outer whitespace do not count
        ("CO2-uitstoot", "kg", False),  # another unit is another goal
        ("CO2 uitstoot", "ton", False),
        ("CO2-uitstoot", "", False),
    ],
)
def test_a_plan_goal_is_measured_by_the_agreed_goal_of_the_same_theme_indicator_and_unit(
    indicator: str, unit: str, matches: bool
) -> None:
    found = measured_by(plan_goal(indicator, unit), review(dt.date(2027, 5, 1), {0: 60.0}), web([CO2]))
    assert (found is not None) is matches


def test_inner_whitespace_is_collapsed_and_whitespace_only_units_are_empty() -> None:
    assert same_text("ton  CO2", " Ton CO2\t")
    assert same_text("   ", "")
    blank = Goal(indicator="Aantal   banen", unit="  ")
    found = measured_by(plan_goal("aantal banen", ""), review(dt.date(2027, 5, 1), {0: 4.0}), web([blank]))
    assert found is not None and found.value == 4.0


def test_a_measurement_in_another_unit_or_without_a_value_does_not_count() -> None:
    goal, agreed = plan_goal(), web([CO2])
    assert measured_by(goal, review(dt.date(2027, 5, 1), {0: 60.0}, unit="kg"), agreed) is None
    assert measured_by(goal, review(dt.date(2027, 5, 1), {0: None}), agreed) is None
    found = measured_by(goal, review(dt.date(2027, 5, 1), {0: 60.0}, unit=" TON "), agreed)
    assert found is not None and found.value == 60.0


def test_another_theme_or_a_missing_snapshot_measures_nothing() -> None:
    measured = review(dt.date(2027, 5, 1), {0: 60.0})
    assert measured_by(plan_goal(theme_id="circulair"), measured, web([CO2])) is None
    assert measured_by(plan_goal(), measured, None) is None
    gone = followed([review(dt.date(2027, 5, 1), {0: 60.0}, snapshot="c" * 32)])
    assert contract_values(plan_goal(), [gone]) == {}


def test_per_year_the_latest_measurement_of_a_contract_counts_and_years_end_on_31_december() -> None:
    contract = followed(
        [
            review(dt.date(2027, 12, 31), {0: 70.0}),
            review(dt.date(2027, 1, 1), {0: 50.0}),
            review(dt.date(2028, 1, 1), {0: 80.0}),
        ]
    )
    values = contract_values(plan_goal(), [contract])
    assert {y: v.value for y, v in values.items()} == {2027: 70.0, 2028: 80.0}
    assert list(values) == [2027, 2028]
    assert values[2027].contracts == (contract,)


def test_two_contracts_add_up() -> None:
    one = followed([review(dt.date(2027, 3, 1), {0: 60.0})], tender="t1")
    two = followed(
        [review(dt.date(2027, 9, 1), {0: 40.5}), review(dt.date(2028, 2, 1), {0: 10.0})], tender="t2"
    )
    values = contract_values(plan_goal(), [one, two])
    assert (values[2027].value, values[2027].contracts) == (100.5, (one, two))
    assert (values[2028].value, values[2028].contracts) == (10.0, (two,))


@pytest.mark.parametrize("unit", ["%", "procent", " Percent "])
def test_percentages_of_two_contracts_are_averaged(unit: str) -> None:
    agreed = [Goal(indicator="Aandeel elektrisch", unit=unit)]
    one = followed([review(dt.date(2027, 3, 1), {0: 60.0})], agreed)
    two = followed([review(dt.date(2027, 9, 1), {0: 90.0})], agreed)
    assert contract_values(plan_goal("Aandeel elektrisch", unit), [one, two])[2027].value == 75.0


def test_differences_name_only_typed_years_whose_value_differs() -> None:
    goal = plan_goal(realised={2027: 100.5, 2028: 9.0, 2029: 1.0})
    values = {
        2026: ContractValue(5.0, ()),  # nothing typed: no difference
        2027: ContractValue(100.5, ()),  # equal: no difference
        2028: ContractValue(10.0, ()),
    }
    [difference] = differences(goal, values)
    assert (difference.year, difference.typed, difference.contracts) == (2028, 9.0, 10.0)
    assert differences(goal, {}) == []
    assert differences(plan_goal(), values) == []


def test_taken_over_writes_the_contract_values_in_and_keeps_the_other_years() -> None:
    goal = plan_goal(realised={2027: 1.0, 2029: 3.0})
    values = {2027: ContractValue(70.0, ()), 2028: ContractValue(80.0, ()), 2031: ContractValue(9.0, ())}
    assert taken_over(goal, values, [2027, 2028, 2029, 2030]).realised == {2027: 70.0, 2028: 80.0, 2029: 3.0}
    assert taken_over(goal, values).realised == {2027: 70.0, 2028: 80.0, 2029: 3.0, 2031: 9.0}
    assert taken_over(goal, {}).realised == goal.realised
    assert goal.realised == {2027: 1.0, 2029: 3.0}  # the goal itself is not changed


def test_planned_against_applied_and_realised() -> None:
    tender = PlannedTender(
        title="T",
        themes=[
            TenderTheme(theme_id="klimaat", level=Level.SIGNIFICANT),
            TenderTheme(theme_id="circulair", level=Level.BASIS),
            TenderTheme(theme_id="sociaal", level=Level.BASIS),
        ],
    )
    contract = followed([review(dt.date(2028, 1, 20), levels={"klimaat": 0, "circulair": 1})])
    klimaat, circulair, sociaal = planned_vs_applied(tender, None, contract)
    assert (klimaat.realised, klimaat.reviewed, klimaat.realised_short) == (
        Level.UNSET,
        dt.date(2028, 1, 20),
        True,  # realised 0 where something was planned
    )
    assert (circulair.realised, circulair.realised_short) == (Level.BASIS, False)  # equal is not short
    assert (sociaal.realised, sociaal.reviewed, sociaal.realised_short) == (None, None, False)
    assert all(c.realised is None for c in planned_vs_applied(tender, None))


def test_the_label_names_supplier_and_number() -> None:
    assert followed([], supplier="Schoon & Zo", number="ZH-14").label == "Schoon & Zo ZH-14"
    assert followed([], number="ZH-14").label == "ZH-14"


@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=1, max_size=6))
def test_a_sum_over_contracts_is_their_values_added_and_a_mean_lies_between_them(values: list[float]) -> None:
    contracts = [
        followed([review(dt.date(2027, 6, 1), {0: v})], tender=f"t{i}") for i, v in enumerate(values)
    ]
    total = contract_values(plan_goal(), contracts)[2027]
    assert total.value == pytest.approx(sum(values), abs=1e-6)
    assert len(total.contracts) == len(values)
    share = [followed([review(dt.date(2027, 6, 1), {1: v})], tender=f"t{i}") for i, v in enumerate(values)]
    mean = contract_values(plan_goal("Aandeel elektrisch", "%"), share)[2027].value
    assert min(values) - 1e-6 <= mean <= max(values) + 1e-6


@given(st.dictionaries(st.integers(2000, 2100), st.floats(-1e6, 1e6, allow_nan=False), max_size=5))
def test_after_taking_over_there_are_no_differences(typed: dict[int, float]) -> None:
    goal = plan_goal(realised=typed)
    values = {y: ContractValue(v + 1, ()) for y, v in typed.items()} | {2050: ContractValue(2.0, ())}
    assert differences(taken_over(goal, values), values) == []


UNITS = st.sampled_from(["ton", " TON ", "kg", "", "   "])


@given(
    st.lists(
        st.tuples(UNITS, UNITS, st.none() | st.floats(-1e6, 1e6, allow_nan=False)), min_size=1, max_size=4
    ),
    UNITS,
)
def test_the_values_per_year_find_what_measured_by_finds(
    goals: list[tuple[str, str, float | None]], wanted: str
) -> None:
    """The same indicator in several units (and twice in one): the lookup `contract_values` uses gives
    the value of the first agreed goal `measured_by` matches."""
    agreed = [Goal(indicator="CO2-uitstoot", unit=unit) for unit, _measured, _value in goals]
    values = {i: value for i, (_unit, _measured, value) in enumerate(goals)}
    measured = review(dt.date(2027, 5, 1), values)
    measured.measurements = [
        m.model_copy(update={"unit": goals[m.goal_index][1]}) for m in measured.measurements
    ]
    goal = plan_goal(unit=wanted)
    found = measured_by(goal, measured, web(agreed))
    got = contract_values(goal, [followed([measured], agreed)])
    assert (got[2027].value if got else None) == (found.value if found is not None else None)
