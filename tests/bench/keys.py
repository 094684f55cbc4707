"""A key press, whole: from the key to the chart painted and on to the save (`make bench`).

Goals: a level key with 500 criteria <= 8 ms including the save; a presenter vote <= 16 ms
including the save (both windows painted). Each key is split into its parts, measured in the same
run: painted (the key until the radar's paint: in presenter mode until both windows have painted;
the save comes after it), the undo step and the save.
The floor is the same key on a bare QTableView with a model of the same size (Qt's own handling).

Usage: python -m tests.bench.keys
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEYS = 120
WARM = 20


class Clock:
    """Adds up the time spent in a few named functions during each key."""

    def __init__(self) -> None:
        self.parts: dict[str, float] = {}

    @contextmanager
    def wrapped(self, owner: Any, name: str, label: str) -> Iterator[None]:
        original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.parts[label] = self.parts.get(label, 0.0) + (time.perf_counter() - start) * 1000

        setattr(owner, name, timed)
        try:
            yield
        finally:
            setattr(owner, name, original)


def median(values: list[float]) -> str:
    ordered = sorted(values)
    return f"{statistics.median(values):6.2f} ms (p90 {ordered[int(len(ordered) * 0.9)]:.2f})"


def run_keys(
    app: Any, press: Callable[[int], None], painted: Callable[[], int], clock: Clock
) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {}
    for i in range(KEYS + WARM):
        app.processEvents()  # as between two real key presses: the last step's repaints are done
        clock.parts = {}
        before = painted()
        start = time.perf_counter()
        press(i)
        whole = (time.perf_counter() - start) * 1000
        if painted() == before:
            raise RuntimeError("no paint")
        if i < WARM:
            continue
        results.setdefault("whole key incl. the save", []).append(whole)
        for name, value in clock.parts.items():
            results.setdefault(name, []).append(value)
    return results


def workspace_keys(app: Any, criteria: int, folder: Path) -> dict[str, list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ambitieweb.gui.main_window import MainWindow
    from ambitieweb.gui.store_opener import open_store
    from ambitieweb.gui.workspace import controller as controller_module
    from ambitieweb.store import Repository
    from tests.bench.memory import big_sessions

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    database = open_store(window, f"sqlite:///{folder / f'keys-{criteria}.sqlite'}", "nl")
    assert database is not None and window.repository is not None
    if criteria:
        [session_id] = big_sessions(window.repository, 1)
    else:
        [session_id] = [s.id for s in window.repository.list_sessions() if s.title.startswith("Schoonmaak")]
    window.open_session(session_id)
    workspace = window.workspace
    assert workspace is not None
    radar = workspace.radar
    end = time.perf_counter() + 2
    while time.perf_counter() < end or radar.draw_pending:
        app.processEvents()
    paints: list[float] = []
    radar.painted.connect(lambda: paints.append(time.perf_counter()))
    table = workspace.ui.themeTable
    table.setFocus()
    keys = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)
    clock = Clock()
    starts: list[float] = []

    def press(i: int) -> None:
        starts.append(time.perf_counter())
        QTest.keyClick(table, keys[i % 3])
        clock.parts["painted (key to radar paint)"] = (paints[-1] - starts[-1]) * 1000

    controller = window.controller
    with (
        clock.wrapped(Repository, "save", "the save"),
        clock.wrapped(controller_module.SessionController, "changes_since_last", "the undo step"),
    ):
        results = run_keys(app, press, lambda: len(paints), clock)
    assert controller is not None and controller.undo_stack.count() > 0
    window.close()
    database.close()
    return results


def presenter_keys(app: Any, folder: Path) -> dict[str, list[float]]:
    """A vote key in presenter mode (N123, 12 themes; the audience window at 1920x1080)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ambitieweb.gui.main_window import MainWindow
    from ambitieweb.gui.store_opener import open_store
    from ambitieweb.gui.workspace import controller as controller_module
    from ambitieweb.store import Repository

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    database = open_store(window, f"sqlite:///{folder / 'presenter.sqlite'}", "nl")
    assert database is not None and window.repository is not None
    [summary] = [s for s in window.repository.list_sessions() if "N123" in s.title]
    window.open_session(summary.id)
    window.start_presenting()
    presenter = window.presenter
    assert presenter is not None
    presenter.audience.showNormal()  # offscreen has one small screen: as a 1080p projector
    presenter.audience.resize(1920, 1080)
    radars = (presenter.view.radar, presenter.audience.radar)
    end = time.perf_counter() + 3
    while time.perf_counter() < end or any(r.draw_pending for r in radars):
        app.processEvents()
    presentation = presenter.presentation
    presentation.go_to(next(i for i, e in enumerate(presentation.session.themes) if not e.votes))
    presentation.select_participant(len(presentation.session.participants) - 1)  # every key changes it
    presentation.toggle_reveal()
    app.processEvents()
    paints: dict[int, list[float]] = {0: [], 1: []}
    for n, radar in enumerate(radars):
        radar.painted.connect(lambda n=n: paints[n].append(time.perf_counter()))
    keys = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)
    clock = Clock()

    def press(i: int) -> None:
        start = time.perf_counter()
        QTest.keyClick(presenter.view.ui.votesTable, keys[i % 3])
        while not all(p and p[-1] > start for p in paints.values()):  # a new legend: a full draw
            app.processEvents()
        clock.parts["painted (both windows)"] = (max(paints[0][-1], paints[1][-1]) - start) * 1000

    with (
        clock.wrapped(Repository, "save", "the save"),
        clock.wrapped(controller_module.SessionController, "changes_since_last", "the undo step"),
    ):
        results = run_keys(app, press, lambda: min(len(paints[0]), len(paints[1])), clock)
    window.stop_presenting()
    window.close()
    database.close()
    return results


def floor_keys(app: Any, rows: int) -> list[float]:
    """Qt's own cost of a key on a table of `rows` rows (a model that only answers data())."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableView

    class Model(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return rows

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 4

        def data(self, index: Any, role: int = 0) -> Any:
            return f"{index.row()}" if role == Qt.ItemDataRole.DisplayRole else None

    view = QTableView()
    view.setModel(Model())
    view.resize(500, 500)
    view.show()
    times = []
    for i in range(KEYS + WARM):
        app.processEvents()
        start = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_Down if i % 2 else Qt.Key.Key_Up)
        if i >= WARM:
            times.append((time.perf_counter() - start) * 1000)
    view.close()
    return times


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ambitieweb.gui.workspace import workspace as _loaded  # noqa: F401

    with tempfile.TemporaryDirectory() as folder:
        floor = floor_keys(app, 12)
        for criteria, label in ((0, "the example (12 criteria)"), (500, "500 criteria")):
            results = workspace_keys(app, criteria, Path(folder))
            print(f"level key in the workspace, {label}:")
            for name, values in results.items():
                print(f"  {name:<34} {median(values)}")
        print(f"  {'floor: a key on a bare QTableView':<34} {median(floor)}")
        print("a vote in presenter mode (both windows paint):")
        for name, values in presenter_keys(app, Path(folder)).items():
            print(f"  {name:<34} {median(values)}")
    print("goals: whole key with 500 criteria <= 8 ms; a presenter vote <= 16 ms, both incl. the save")


if __name__ == "__main__":
    main()
