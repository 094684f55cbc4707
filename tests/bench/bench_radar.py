"""Radar timings: a level change on screen (set_data + blit) vs a full canvas draw; exports.

Run with `make bench`; these are numbers to watch, not pass/fail tests.
"""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from ambitieweb.charts import RadarData, render_png_bytes, save_radar
from ambitieweb.gui.radar_widget import RadarWidget


@pytest.fixture
def widget(qtbot: QtBot, gww: RadarData) -> RadarWidget:
    widget = RadarWidget()
    qtbot.addWidget(widget)
    widget.resize(700, 700)
    widget.set_data(gww)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.full_draws > 0 and not widget.draw_pending)
    return widget


def test_level_change_set_data_and_blit(
    benchmark: BenchmarkFixture, widget: RadarWidget, gww: RadarData
) -> None:
    variants = itertools.cycle(
        [dataclasses.replace(gww, ambition=(level, *gww.ambition[1:])) for level in (0, 1, 2, 3)]
    )
    draws = widget.full_draws

    def change_level() -> None:
        widget.set_data(next(variants))
        QApplication.processEvents()

    benchmark(change_level)
    assert widget.full_draws == draws  # every change was blitted


def test_full_canvas_draw(benchmark: BenchmarkFixture, widget: RadarWidget) -> None:
    def draw() -> None:
        widget.canvas.draw()
        QApplication.processEvents()

    benchmark(draw)


def test_render_png_for_reports_300_dpi(benchmark: BenchmarkFixture, gww: RadarData) -> None:
    benchmark(render_png_bytes, gww, 300)


def test_save_svg(benchmark: BenchmarkFixture, gww: RadarData, tmp_path: Path) -> None:
    benchmark(save_radar, gww, tmp_path / "radar.svg")
