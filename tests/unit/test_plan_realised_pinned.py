"""Pinned behaviour of `model/plan/realised.py`: a plan goal on a theme the agreed version does not
have, and a typed-in value that differs from the contracts' only by rounding noise."""

from __future__ import annotations

import datetime as dt

from ambitieweb.model.plan.realised import ContractValue, differences, measured_by
from tests.unit.test_plan_realised import CO2, plan_goal, review, web


def test_a_goal_on_a_theme_the_agreed_version_lacks_is_measured_by_nothing() -> None:
    measured = review(dt.date(2027, 5, 1), {0: 60.0})
    assert measured_by(plan_goal(theme_id="sociaal"), measured, web([CO2])) is None


def test_values_that_differ_by_rounding_noise_only_are_no_difference() -> None:
    noise = 0.1 + 0.2 - 0.3  # 5.6e-17, not 0.0
    goal = plan_goal(realised={2027: 0.0, 2028: 0.0})
    found = {2027: ContractValue(noise, ()), 2028: ContractValue(0.001, ())}
    assert [(d.year, d.typed, d.contracts) for d in differences(goal, found)] == [(2028, 0.0, 0.001)]
