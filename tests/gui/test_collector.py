"""Garbage holding Qt objects is deleted on the GUI thread, never in a worker: CI once crashed when the
radar's worker, building axes, ran a collection that deleted an earlier radar widget."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from ambitieweb.charts import RadarData
from ambitieweb.gui.widgets import radar_render
from ambitieweb.gui.widgets.radar_widget import RadarWidget


def deleted_where(obj: QObject) -> list[str]:
    """The names of the threads `obj`'s C++ object is deleted in (filled when it is)."""
    where: list[str] = []
    obj.destroyed.connect(
        lambda *_: where.append(threading.current_thread().name), Qt.ConnectionType.DirectConnection
    )
    return where


def dropped_in_a_cycle() -> list[str]:
    held = QObject()  # owned by Python: freeing the wrapper deletes the object
    cycle: list[object] = [held]
    cycle.append(cycle)
    return deleted_where(held)


def allocate_a_lot() -> None:
    kept: list[list[object]] = [[] for _ in range(50_000)]  # far past the young generation's threshold
    del kept


@pytest.fixture
def thresholds_restored() -> Iterator[None]:
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


@pytest.mark.usefixtures("thresholds_restored")
def test_a_worker_s_allocations_collect_nothing_and_the_gui_thread_collects(qtbot: QtBot) -> None:
    assert not gc.isenabled()  # as in the program: tests/conftest.py, gui/widgets/collector.py
    where = dropped_in_a_cycle()
    radar_render._WORKER.submit(allocate_a_lot).result()
    assert where == []
    # Due at once: the young count is allocations less frees, and other tests' objects freed meanwhile
    # lower it, so 2,000 new lists are no sure way past the usual 700.
    gc.set_threshold(1, *gc.get_threshold()[1:])
    kept: list[list[object]] = [[] for _ in range(2_000)]  # the young generation is due now
    qtbot.waitUntil(lambda: where == [threading.main_thread().name], timeout=3000)
    del kept


def drawn(qtbot: QtBot, widget: RadarWidget) -> RadarWidget:
    widget.resize(400, 400)
    widget.show()
    qtbot.waitUntil(lambda: widget.full_draws > 0 and not widget.draw_pending)
    radar_render.wait_until_idle()  # the worker has let go of the widget's last draw (its callback)
    qtbot.wait(20)
    return widget


def test_a_dropped_radar_is_freed_at_once_not_left_to_a_collection(qtbot: QtBot, gww: RadarData) -> None:
    widget = drawn(qtbot, RadarWidget(data=gww))  # no parent: Python owns it
    where, gone = deleted_where(widget), weakref.ref(widget)
    widget.close()
    del widget
    assert gone() is None  # no cycle kept it for the collector
    assert where == [threading.main_thread().name]
