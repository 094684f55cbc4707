"""The screen finds a click's theme and level from the radar's geometry alone (no matplotlib on the
window's thread): the same answers as the axes' own transform."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ambitieweb.charts import RadarPlot
from tests.unit.test_radar import drawn, make_data

PLOTS: dict[int, RadarPlot] = {}


def plot_of(count: int) -> RadarPlot:
    if count not in PLOTS:
        PLOTS[count] = drawn(make_data(count))
    return PLOTS[count]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([3, 5, 12]), st.floats(0, 1), st.floats(0, 1))
def test_hits_and_levels_as_the_axes_transform(count: int, fx: float, fy: float) -> None:
    plot = plot_of(count)
    geometry = plot.geometry()
    x, y = fx * geometry.width, fy * geometry.height
    assert geometry.hit_test(x, y) == plot.hit_test(x, y)
    assert geometry.level_at(x, y) == plot.level_at(x, y)


@pytest.mark.parametrize("count", [3, 12])
def test_each_ring_on_each_axis_is_found(count: int) -> None:
    geometry = plot_of(count).geometry()
    for index in range(count):
        for level in (1, 2, 3):
            assert geometry.hit_test(*geometry.point(index, level)) == (index, level)
        assert geometry.hit_test(*geometry.point(index, 0.2)) == (index, 0)


def test_polar_reads_twelve_o_clock_as_zero_and_goes_clockwise() -> None:
    geometry = plot_of(4).geometry()
    cx, cy = geometry.centre
    unit = geometry.unit
    assert geometry.polar(cx, cy + 2 * unit) == pytest.approx((0.0, 2.0))
    assert geometry.polar(cx + unit, cy) == pytest.approx((math.pi / 2, 1.0))
    assert geometry.polar(cx - unit, cy)[0] == pytest.approx(3 * math.pi / 2)
