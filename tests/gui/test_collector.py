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
from ambitieweb.gui import app as app_module
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.widgets import radar_jobs
from ambitieweb.gui.widgets.collector import freeze_long_lived
from ambitieweb.gui.widgets.radar_widget import RadarWidget
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.store.plans import PlanRepository
from tests.gui.sessions import modules_loaded, open_titled


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
    radar_jobs._WORKER.submit(allocate_a_lot).result()
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
    radar_jobs.wait_until_idle()  # the worker has let go of the widget's last draw (its callback)
    qtbot.wait(20)
    return widget


def test_a_dropped_radar_is_freed_at_once_not_left_to_a_collection(qtbot: QtBot, gww: RadarData) -> None:
    widget = drawn(qtbot, RadarWidget(data=gww))  # no parent: Python owns it
    where, gone = deleted_where(widget), weakref.ref(widget)
    widget.close()
    del widget
    assert gone() is None  # no cycle kept it for the collector
    assert where == [threading.main_thread().name]


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    """The test's freezes undone: frozen objects are never collected, and the run goes on."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def frozen_now(window: MainWindow) -> bool:
    probe: list[object] = [[]]  # tracked and alive, like what start-up built
    freeze_long_lived(window)
    frozen = not any(o is probe for o in gc.get_objects())  # the collector skips it now
    gc.unfreeze()
    return frozen


def test_what_start_up_and_the_first_imports_built_is_frozen_never_a_session_or_a_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    modules_loaded(window)
    assert frozen_now(window)  # the list only

    open_titled(window, "Schoonmaak")
    assert not frozen_now(window)  # a session open would never be freed after it is closed
    window.show_list()
    assert frozen_now(window)
    # A moment after the session closed: collected, memory given back, what survived frozen.
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)
    gc.unfreeze()

    assert window.repository is not None
    plan = PlanRepository(window.repository.engine).create(
        ActionPlan(
            title="MVOI-plan",
            start_year=2027,
            end_year=2029,
            framework_id="mvi-nationaal-plan",
            framework_version="1.0",
        )
    )
    window.plans.open_plan(plan.id)
    assert not frozen_now(window)  # nor a plan's page


def test_after_start_up_the_first_imports_are_frozen_once_loaded(qtbot: QtBot, window: MainWindow) -> None:
    modules_loaded(window)
    called: list[object] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(app_module, "freeze_long_lived", called.append)
        app_module._started(window)
        qtbot.waitUntil(lambda: window.modules.loaded(app_module.LATER_MODULES), timeout=60_000)
    # at once, when the workspace's modules are in, and when the later steps' modules are
    assert called == [window, window, window]
