"""Radar timings on screen: a change (as a key press makes it) until the chart is painted, in the
workspace (775x700) and on a full-HD projector, alone and both at once (presenter mode); a full
matplotlib redraw; exports.

Run with `make bench`; these are numbers to watch, not pass/fail tests. Goals: a change painted in
under 3 ms in the workspace; both presenter windows painted within 16 ms (one frame at 60 Hz).
"""

from __future__ import annotations

import dataclasses
import itertools
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from ambitieweb.charts import RadarData, RadarStyle, render_png_bytes, save_radar
from ambitieweb.gui.widgets.radar_jobs import RADAR_DPI, RenderJob
from ambitieweb.gui.widgets.radar_render import render
from ambitieweb.gui.widgets.radar_widget import RadarWidget
from ambitieweb.model.votes import Distribution

ROUNDS = 120  # fixed: pytest-benchmark's calibration would run thousands of paints
WORKSPACE = (775, 700)
PROJECTOR = (1920, 1080)


def shown(qtbot: QtBot, data: RadarData, size: tuple[int, int], style: RadarStyle) -> RadarWidget:
    widget = RadarWidget(style)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.set_data(data)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.full_draws > 0 and not widget.draw_pending)
    return widget


@pytest.fixture
def workspace(qtbot: QtBot, layered: RadarData) -> RadarWidget:
    return shown(qtbot, layered, WORKSPACE, RadarStyle())


@pytest.fixture
def projector(qtbot: QtBot, layered: RadarData) -> RadarWidget:
    return shown(qtbot, layered, PROJECTOR, RadarStyle.projector())


def levels(data: RadarData) -> Iterator[RadarData]:
    """Theme 0's ambition 0, 1, 2, 3, 0, ... (keys 0-3 on the highlighted theme)."""
    return itertools.cycle([dataclasses.replace(data, ambition=(lv, *data.ambition[1:])) for lv in range(4)])


def highlights(data: RadarData) -> Iterator[RadarData]:
    """The highlight walking the themes (Right, Right, ...)."""
    return itertools.cycle([dataclasses.replace(data, highlight=theme) for theme in range(data.size)])


def votes(data: RadarData) -> Iterator[RadarData]:
    """One more vote on theme 2 (which has none) each time, then back to none."""
    counts = [(1, 0, 0), (1, 1, 0), (1, 1, 1), (1, 2, 1), None]
    assert data.votes is not None
    spread = data.votes
    return itertools.cycle(
        [
            dataclasses.replace(
                data,
                votes=(*spread[:2], None if c is None else Distribution(c), *spread[3:]),
            )
            for c in counts
        ]
    )


def change_until_painted(widgets: list[RadarWidget], variants: Iterator[RadarData]) -> Callable[[], None]:
    """One change shown in every widget, until each has painted it (without a full draw)."""

    def change() -> None:
        data = next(variants)
        paints = [widget.paints for widget in widgets]
        for widget in widgets:
            widget.set_data(data)
        deadline = time.monotonic() + 5
        while any(w.paints == p for w, p in zip(widgets, paints, strict=True)):
            QApplication.processEvents()
            assert time.monotonic() < deadline, "the change was not painted"

    return change


def run(benchmark: BenchmarkFixture, widgets: list[RadarWidget], variants: Iterator[RadarData]) -> None:
    draws = [widget.full_draws for widget in widgets]
    benchmark.pedantic(change_until_painted(widgets, variants), rounds=ROUNDS, warmup_rounds=5)
    assert [widget.full_draws for widget in widgets] == draws  # every change was painted, not drawn


def test_workspace_level_change(benchmark: BenchmarkFixture, workspace: RadarWidget) -> None:
    run(benchmark, [workspace], levels(workspace.plot().data))


def test_workspace_highlight_change(benchmark: BenchmarkFixture, workspace: RadarWidget) -> None:
    run(benchmark, [workspace], highlights(workspace.plot().data))


def test_workspace_vote_change(benchmark: BenchmarkFixture, workspace: RadarWidget) -> None:
    run(benchmark, [workspace], votes(workspace.plot().data))


def test_projector_level_change(benchmark: BenchmarkFixture, projector: RadarWidget) -> None:
    run(benchmark, [projector], levels(projector.plot().data))


def test_projector_highlight_change(benchmark: BenchmarkFixture, projector: RadarWidget) -> None:
    run(benchmark, [projector], highlights(projector.plot().data))


def test_presenter_both_windows_highlight_change(
    benchmark: BenchmarkFixture, workspace: RadarWidget, projector: RadarWidget
) -> None:
    run(benchmark, [workspace, projector], highlights(workspace.plot().data))


def test_presenter_both_windows_level_change(
    benchmark: BenchmarkFixture, workspace: RadarWidget, projector: RadarWidget
) -> None:
    run(benchmark, [workspace, projector], levels(workspace.plot().data))


@pytest.mark.parametrize("where", ["workspace", "projector"])
def test_full_redraw(benchmark: BenchmarkFixture, where: str, request: pytest.FixtureRequest) -> None:
    """A resize, a DPI change or new labels: matplotlib draws the static image again."""
    widget: RadarWidget = request.getfixturevalue(where)
    plot, ratio = widget.plot(), widget.canvas.device_pixel_ratio
    width, height = round(widget.canvas.width() * ratio), round(widget.canvas.height() * ratio)
    job = RenderJob(plot, plot.data, plot.style, width, height, RADAR_DPI * ratio, None, None)
    benchmark.pedantic(render, (job,), rounds=15, warmup_rounds=1)  # as the drawing thread does


def test_render_png_for_reports_300_dpi(benchmark: BenchmarkFixture, gww: RadarData) -> None:
    benchmark(render_png_bytes, gww, 300)


def test_save_svg(benchmark: BenchmarkFixture, gww: RadarData, tmp_path: Path) -> None:
    benchmark(save_radar, gww, tmp_path / "radar.svg")
