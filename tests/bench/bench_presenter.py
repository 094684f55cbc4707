"""Presenter mode: a key press in the presenter window until both windows have painted their radar.

Run with `make bench` (12-theme GWW example; the audience radar at 1920x1080 in projector style).
Numbers to watch, not pass/fail tests; the goal is one frame (16 ms) median. Each key is timed whole,
the save included; `python -m tests.bench.keys` gives the paint and the save apart.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.presenter.mode import PresenterMode
from ambitieweb.gui.store_opener import open_store
from ambitieweb.gui.workspace import workspace as _loaded  # noqa: F401  # sessions open at once


@pytest.fixture
def presenter(qtbot: QtBot, database_url: str) -> Iterator[PresenterMode]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert open_store(window, database_url, "nl")
    assert window.repository is not None
    [summary] = [s for s in window.repository.list_sessions() if "N123" in s.title]
    window.open_session(summary.id)
    window.start_presenting()
    assert window.presenter is not None
    presenter = window.presenter
    # Offscreen has one 800x800 screen: show the audience window as a 1080p projector would.
    presenter.audience.showNormal()
    presenter.audience.resize(1920, 1080)
    qtbot.waitExposed(presenter.audience)
    radars = (presenter.view.radar, presenter.audience.radar)
    qtbot.waitUntil(lambda: all(r.full_draws > 0 and not r.draw_pending for r in radars), timeout=10_000)
    qtbot.wait(500)  # let the last resize settle
    assert presenter.audience.radar.width() > 1000
    yield presenter
    window.stop_presenting()


def press_until_painted(presenter: PresenterMode, key: Qt.Key, modifier: Qt.KeyboardModifier) -> float:
    """Seconds from the key press to both radars painted."""
    radars = (presenter.view.radar, presenter.audience.radar)
    QApplication.processEvents()  # as between two real key presses
    before = [r.paints for r in radars]
    start = time.perf_counter()
    QTest.keyClick(presenter.view.ui.votesTable, key, modifier)
    while any(r.paints == b for r, b in zip(radars, before, strict=True)):
        QApplication.processEvents()
        if time.perf_counter() - start > 5:
            raise AssertionError("the radars did not paint")
    return time.perf_counter() - start


def test_walk_to_the_next_theme(benchmark: BenchmarkFixture, presenter: PresenterMode) -> None:
    """Right/Left: the highlight moves in both windows (no save)."""
    keys = iter([Qt.Key.Key_Right, Qt.Key.Key_Left] * 10_000)
    draws = [presenter.view.radar.full_draws, presenter.audience.radar.full_draws]
    benchmark(lambda: press_until_painted(presenter, next(keys), Qt.KeyboardModifier.NoModifier))
    assert [presenter.view.radar.full_draws, presenter.audience.radar.full_draws] == draws


def test_set_the_groups_ambition(benchmark: BenchmarkFixture, presenter: PresenterMode) -> None:
    """Ctrl+1..3: the ambition changes, is saved, and both radars repaint."""
    keys = iter([Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3] * 10_000)
    benchmark(lambda: press_until_painted(presenter, next(keys), Qt.KeyboardModifier.ControlModifier))


def test_enter_a_vote(benchmark: BenchmarkFixture, presenter: PresenterMode) -> None:
    """1..3 on the selected participant: saved, the presenter's spread repaints (the audience too)."""
    keys = iter([Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3] * 10_000)
    presentation = presenter.presentation
    presentation.go_to(next(i for i, e in enumerate(presentation.session.themes) if not e.votes))
    presentation.select_participant(len(presentation.session.participants) - 1)  # every key changes it
    presentation.toggle_reveal()
    benchmark(lambda: press_until_painted(presenter, next(keys), Qt.KeyboardModifier.NoModifier))
