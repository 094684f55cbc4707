"""Memory over a long session (`make bench`; numbers, not pass/fail). Goal: RSS flat, within 10 %.

In one run of the window, with sessions of 500 criteria each (the Schoonmaak example with the
catalogue's criteria chosen many times over):
1. 5,000 level changes (keys 1, 2, 3, 0 on the theme list, as a facilitator presses them), each
   saved and undoable: RSS after the first 200 (the floor: everything loaded) and after all of them;
2. 50 sessions opened one after another: RSS after the fifth and after the fiftieth.
The window is started as the program starts it (the collector frozen before the first workspace).
Usage: python -m tests.bench.memory
"""

from __future__ import annotations

import gc
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CRITERIA = 500
CHANGES = int(os.environ.get("AMBITIEWEB_BENCH_CHANGES", 5_000))
SESSIONS = int(os.environ.get("AMBITIEWEB_BENCH_SESSIONS", 50))


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 1e6


def big_sessions(repository: object, count: int) -> list[str]:
    """`count` copies of the Schoonmaak example, each with 500 criteria."""
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.model.session import ChosenCriterion
    from ambitieweb.model.tender import choose
    from ambitieweb.store import Repository

    assert isinstance(repository, Repository)
    catalogue = default_catalogue()
    [template] = [
        repository.get(s.id) for s in repository.list_sessions() if s.title.startswith("Schoonmaak")
    ]
    offered = [(s, c) for s in catalogue.criteria_sets for c in s.criteria]
    themes = {e.theme_id for e in template.themes}
    offered = [(s, c) for s, c in offered if c.theme in themes] or offered
    ids = []
    for number in range(count):
        copy = template.duplicate(f"Schoonmaak groot {number}")
        chosen: list[ChosenCriterion] = []
        while len(chosen) < CRITERIA:
            criteria_set, criterion = offered[len(chosen) % len(offered)]
            chosen.append(choose(criterion, criteria_set))
        copy.criteria = chosen
        repository.create(copy)
        ids.append(copy.id)
    return ids


def main() -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    gc.disable()  # as run_app: start-up without the collector, frozen before the first workspace
    from ambitieweb.gui.main_window import MainWindow
    from ambitieweb.gui.store_opener import open_store
    from ambitieweb.gui.widgets.collector import Collector, freeze_long_lived
    from ambitieweb.gui.workspace import workspace as _modules  # noqa: F401

    def settle(seconds: float = 0.3) -> None:
        """Let the event loop run, as it does between two actions (deleteLater included)."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            time.sleep(0.002)

    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        database = open_store(window, f"sqlite:///{Path(folder) / 'memory.sqlite'}", "nl")
        assert database is not None and window.repository is not None
        ids = big_sessions(window.repository, SESSIONS)
        freeze_long_lived(window)
        Collector(window)  # as run_app after start-up: collections on this thread only

        window.open_session(ids[0])
        settle(1.5)
        workspace, controller = window.workspace, window.controller
        assert workspace is not None and controller is not None
        table = workspace.ui.themeTable
        table.setFocus()
        keys = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_0)
        floor = 0.0
        began = time.perf_counter()
        for i in range(CHANGES):
            if i % 10 == 0:
                table.selectRow(i // 10 % len(controller.session.themes))
            QTest.keyClick(table, keys[i % 4])
            app.processEvents()
            if i == 200:
                gc.collect()
                floor = rss_mb()
        gc.collect()
        after = rss_mb()
        steps = controller.undo_stack.count()
        print(
            f"1. {CHANGES} level changes with {CRITERIA} criteria ({time.perf_counter() - began:.0f} s, "
            f"{steps} steps to undo): RSS {floor:.0f} MB after 200 -> {after:.0f} MB "
            f"({(after / floor - 1) * 100:+.1f} %; goal within 10 %)"
        )

        opened_floor = 0.0
        for number, session_id in enumerate(ids):
            window.open_session(session_id)
            settle(2.0)  # a facilitator takes longer; the closed workspace's memory goes back
            if number == 4:
                gc.collect()
                opened_floor = rss_mb()
            if os.environ.get("AMBITIEWEB_BENCH_TRACE") and number % 5 == 4:
                gc.collect()
                print(f"   after {number + 1}: {rss_mb():.0f} MB, python blocks {sys.getallocatedblocks()}")
        gc.collect()
        settle(0.5)
        opened = rss_mb()
        if os.environ.get("AMBITIEWEB_BENCH_TRIM"):
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
            print(f"   after malloc_trim: {rss_mb():.0f} MB; python blocks {sys.getallocatedblocks()}")
        print(
            f"2. {SESSIONS} sessions of {CRITERIA} criteria opened one after another: RSS "
            f"{opened_floor:.0f} MB after 5 -> {opened:.0f} MB ({(opened / opened_floor - 1) * 100:+.1f} %; "
            "goal within 10 %)"
        )
        window.close()
        database.close()


if __name__ == "__main__":
    main()
