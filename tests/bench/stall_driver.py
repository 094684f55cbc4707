"""The facilitator's round that tests/bench/stalls.py measures, run inside the real program.

The program starts with `run_app` as a user starts it; a heartbeat timer (5 ms) records every turn
of the event loop; a driver performs one step at a time through the window's own actions, keys and
dialogs, waits until the step is done and the program is quiet again, and notes when the step ran.
File dialogs and questions are answered by the driver (a person would take seconds; the program's
work is what is measured).
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

SETTLE_MS = 300  # quiet time after a step is done (its last repaints belong to it)
IDLE_MS = 1500  # the floor: doing nothing this long
TYPE_MS = 120  # between two keystrokes
SCROLL_PAGES = 25  # pages of the session list loaded by scrolling down

Check = Callable[[], bool]


class Heartbeat(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start(5)

    def longest_gap(self, start: float, end: float) -> float:
        """The longest time (ms) between two ticks around and within [start, end]."""
        before = [t for t in self.ticks if t <= start][-1:]
        inside = [t for t in self.ticks if start < t <= end]
        after = [t for t in self.ticks if t > end][:1]
        points = before + inside + after
        return max((b - a for a, b in itertools.pairwise(points)), default=0.0) * 1000


class StackSampler:
    """With AMBITIEWEB_BENCH_STACKS=file: while the GUI thread has not ticked for 40 ms, sample every
    thread's stack each 15 ms; at the end of the gap write its length and the samples to `file`."""

    def __init__(self, heartbeat: Heartbeat, path: str) -> None:
        import sys
        import threading
        import traceback

        self.out = open(path, "a", encoding="utf-8")  # noqa: SIM115
        main = threading.main_thread().ident
        me = threading.get_ident

        def short(frame: Any) -> str:
            entries = traceback.extract_stack(frame)[-7:]
            return " <- ".join(f"{Path(e.filename).name}:{e.lineno}:{e.name}" for e in reversed(entries))

        def watch() -> None:
            samples: list[str] = []
            gap_from = 0.0
            while True:
                time.sleep(0.015)
                ticks = heartbeat.ticks
                if not ticks:
                    continue
                last = ticks[-1]
                silent = time.perf_counter() - last
                if silent > 0.04:
                    gap_from = last
                    lines = []
                    for ident, frame in sys._current_frames().items():
                        if ident != me():
                            lines.append(f"    {'GUI' if ident == main else 'thr'} {short(frame)}")
                    samples.append(f"  at {silent * 1000:.0f} ms\n" + "\n".join(lines))
                elif samples:
                    length = (ticks[-1] - gap_from) * 1000 if ticks[-1] > gap_from else 0
                    self.out.write(f"--- gap ~{length:.0f} ms\n" + "\n".join(samples) + "\n")
                    self.out.flush()
                    samples = []

        threading.Thread(target=watch, daemon=True).start()


class Answers:
    """What the file dialogs and questions return, set by the step that opens them."""

    def __init__(self) -> None:
        self.save: str = ""
        self.open: str = ""
        QFileDialog.getSaveFileName = lambda *_a, **_k: (self.save, "")  # type: ignore[method-assign]
        QFileDialog.getOpenFileName = lambda *_a, **_k: (self.open, "")  # type: ignore[method-assign]
        QMessageBox.question = lambda *_a, **_k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]


class Driver(QObject):
    def __init__(self, heartbeat: Heartbeat, kind: str, folder: Path, output: Path, started: float) -> None:
        """`started`: when the process was started (time.time(), by the parent)."""
        super().__init__()
        self.heartbeat = heartbeat
        self.kind = kind
        self.folder = folder
        self.output = output
        self.started = started
        self.answers = Answers()
        self.steps: list[tuple[str, Callable[[], None], Check]] = []
        self.results: list[dict[str, Any]] = []
        self.floor = 0.0
        self.window: Any = None
        self.startup: Any = None
        self._start_done = False
        self.profile: Any = None

    # -- running --------------------------------------------------------------------------------------

    def begin(self) -> None:
        from ambitieweb.gui.main_window import MainWindow
        from ambitieweb.gui.startup import Startup

        [self.window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        self.startup = self.window.findChild(Startup)
        self.startup.finished.connect(lambda: setattr(self, "_start_done", True))
        self.first_tick = time.perf_counter()
        self.first_tick_wall = time.time()
        self.plan()
        self._wait_for("start", self.first_tick, self.start_done)

    def add(self, name: str, action: Callable[[], None], done: Check = lambda: True) -> None:
        self.steps.append((name, action, done))

    def _next(self) -> None:
        if not self.steps:
            self._write()
            self.window.close()
            return
        name, action, done = self.steps.pop(0)
        print(f"step: {name}", file=sys.stderr, flush=True)
        self._profile_start()
        start = time.perf_counter()
        action()
        self._wait_for(name, start, done)

    def _wait_for(self, name: str, start: float, done: Check, deadline_s: float = 180) -> None:
        def poll() -> None:
            if self.quiet() and done():
                QTimer.singleShot(SETTLE_MS, lambda: self._finish(name, start))
            elif time.perf_counter() - start > deadline_s:
                raise RuntimeError(f"step {name!r} did not finish")
            else:
                QTimer.singleShot(10, poll)

        poll()

    def _profile_start(self) -> None:
        """With AMBITIEWEB_BENCH_PROFILE=folder: profile the GUI thread during each step."""
        if os.environ.get("AMBITIEWEB_BENCH_PROFILE"):
            import cProfile

            self.profile = cProfile.Profile()
            self.profile.enable()

    def _profile_end(self, name: str) -> None:
        if self.profile is not None:
            self.profile.disable()
            folder = Path(os.environ["AMBITIEWEB_BENCH_PROFILE"])
            folder.mkdir(parents=True, exist_ok=True)
            slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")[:40]
            self.profile.dump_stats(folder / f"{self.kind}-{len(self.results):02d}-{slug}.prof")
            self.profile = None

    def _finish(self, name: str, start: float) -> None:
        end = time.perf_counter()
        self._profile_end(name)
        if name == "idle (the floor)":
            self.floor = self.heartbeat.longest_gap(start, end)
        else:
            gap = self.heartbeat.longest_gap(start, end)
            self.results.append({"name": name, "max_gap_ms": gap, "duration_ms": (end - start) * 1000})
        QTimer.singleShot(0, self._next)

    def record(self, name: str, start: float, end: float) -> None:
        """A step measured inside another (an export inside the export dialog)."""
        gap = self.heartbeat.longest_gap(start, end)
        self.results.append({"name": name, "max_gap_ms": gap, "duration_ms": (end - start) * 1000})

    def _write(self) -> None:
        before = (self.first_tick_wall - self.started) * 1000
        self.output.write_text(
            json.dumps({"before_loop_ms": before, "floor_ms": self.floor, "steps": self.results})
        )

    # -- what "done" means ----------------------------------------------------------------------------

    def quiet(self) -> bool:
        """No background work the window waits for: radars drawn, no export or import running."""
        window = self.window
        radars = []
        if window.workspace is not None:
            radars.append(window.workspace.radar)
        if window.presenter is not None:
            radars += [window.presenter.view.radar, window.presenter.audience.radar]
        busy = window.job_indicator.isVisible() or window.modules._job is not None
        return not busy and all(not r.draw_pending for r in radars)

    def start_done(self) -> bool:
        return self._start_done and (self.kind != "warm" or self.window.workspace is not None)

    def workspace_shown(self) -> bool:
        return self.window.workspace is not None

    # -- the round ------------------------------------------------------------------------------------

    def plan(self) -> None:
        self.add("idle (the floor)", lambda: None, self.idle_for(IDLE_MS))
        if self.kind == "warm":
            return
        if self.kind == "list":
            for text in ("schoonmaak", "reconstructie schoon"):
                self.add(f"search: typing '{text}'", partial(self.type_search, text), self.typed(text))
            self.add("search: cleared", lambda: self.window.ui.searchEdit.clear())
            self.add(f"scroll the list down {SCROLL_PAGES} pages", self.scroll)
        self.add(
            "open a session (the first: its modules load)",
            lambda: self.open_row("Schoonmaak"),
            self.workspace_shown,
        )
        if self.kind == "first":
            return
        self.add("Criteria tab, the first time", lambda: self.tab("criteriaTab"))
        self.add("first tab again", lambda: self.tab("levelsTab"))
        self.add("Criteria tab again", lambda: self.tab("criteriaTab"))
        self.add("Onderbouwing tab", lambda: self.tab("rationaleTab"))
        self.add("a level key (2)", lambda: self.key_on_themes(Qt.Key.Key_2))
        self.add(
            "F5: presenter mode, both radars drawn", lambda: self.window.presenter_actions.start.trigger()
        )
        self.add("Esc: back to the workspace", lambda: self.window.presenter_actions.stop.trigger())
        self.add("Ctrl+D: session details dialog", lambda: self.dialog(self.window.ui.actionDetails))
        self.add("export dialog opened and closed", lambda: self.dialog(self.window.ui.actionExportDocuments))
        self.add("every document exported (in the dialog)", self.export_documents)
        for kind in ("png", "svg"):
            self.add(f"radar exported as {kind.upper()}", partial(self.export_radar, kind))
        self.add("session file exported", self.export_session)
        self.add("session file imported (and opened)", self.import_session, self.imported)
        self.add(
            "Ctrl+L: back to the list (and its memory given back)",
            lambda: self.window.ui.actionBackToList.trigger(),
            lambda: not self.window.open._give_back.isActive(),
        )
        self.add("Ctrl+N: new-session dialog", lambda: self.dialog(self.window.ui.actionNew))
        self.add("open another session (later)", lambda: self.open_row("Reconstructie"), self.workspace_shown)

    def idle_for(self, ms: int) -> Check:
        until: list[float] = []

        def done() -> bool:
            if not until:
                until.append(time.perf_counter() + ms / 1000)
            return time.perf_counter() >= until[0]

        return done

    def typed(self, text: str) -> Check:
        return lambda: self.window.ui.searchEdit.text() == text and self.window.list_page.settled

    def type_search(self, text: str) -> None:
        edit = self.window.ui.searchEdit
        edit.clear()
        edit.setFocus()
        for i, char in enumerate(text):
            QTimer.singleShot(i * TYPE_MS, lambda c=char: QTest.keyClicks(edit, c))

    def scroll(self) -> None:
        table, model = self.window.ui.sessionTable, self.window.sessions
        target = model.rowCount() + SCROLL_PAGES * 200

        def down() -> None:
            table.scrollToBottom()
            if model.rowCount() < target and model.canFetchMore():
                QTimer.singleShot(20, down)

        down()

    def open_row(self, words: str) -> None:
        self.window.ui.searchEdit.clear()
        self.window.ui.sessionTable.setFocus()
        model = self.window.sessions
        row = next(r for r in range(model.rowCount()) if words in model.summary(r).title)
        self.window.ui.sessionTable.selectRow(row)
        QTest.keyClick(self.window.ui.sessionTable, Qt.Key.Key_Return)

    def tab(self, name: str) -> None:
        workspace = self.window.workspace
        workspace.ui.detailTabs.setCurrentWidget(getattr(workspace.ui, name))

    def key_on_themes(self, key: Qt.Key) -> None:
        table = self.window.workspace.ui.themeTable
        table.setFocus()
        QTest.keyClick(table, key)

    def dialog(self, action: Any, work: Callable[[QDialog], None] | None = None) -> None:
        """Trigger `action`; once its dialog shows (and a moment later), do `work` in it and close it."""

        def work_then_close(dialog: QDialog) -> None:
            try:
                if work is not None:
                    work(dialog)
            finally:
                dialog.reject()  # also when the work failed: a modal dialog left open hangs the run

        def close_when_shown() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog) and dialog.isVisible():
                QTimer.singleShot(200, lambda: work_then_close(dialog))
            else:
                QTimer.singleShot(10, close_when_shown)

        QTimer.singleShot(0, close_when_shown)
        action.trigger()  # returns when the dialog is closed

    def export_documents(self) -> None:
        """Each document and format, exported from the dialog one after another (each measured)."""

        def work(dialog: Any) -> None:
            from ambitieweb.reports import DOCUMENTS
            from ambitieweb.reports.export import FORMATS, TEXT_DOCUMENT

            for document in DOCUMENTS:
                for fmt in FORMATS if document == TEXT_DOCUMENT else ("pdf",):
                    path = self.folder / f"{document}.{fmt}"
                    start = time.perf_counter()
                    dialog.start_export(path, document, fmt, None)
                    while dialog.busy:  # the nested loop of the modal dialog keeps the heartbeat
                        QApplication.processEvents()
                        time.sleep(0.002)
                    self.record(f"  export {document} as {fmt}", start, time.perf_counter())

        self.dialog(self.window.ui.actionExportDocuments, work)

    def export_radar(self, kind: str) -> None:
        self.answers.save = str(self.folder / f"radar.{kind}")
        getattr(self.window.ui, f"actionExport{kind.capitalize()}").trigger()

    def export_session(self) -> None:
        self.answers.save = str(self.folder / "sessie.ambitieweb.json")
        self.window.ui.actionExport.trigger()

    def import_session(self) -> None:
        self.answers.open = str(self.folder / "sessie.ambitieweb.json")
        self.window.ui.actionImport.trigger()

    def imported(self) -> bool:
        controller = self.window.controller
        return controller is not None and controller.session.title.endswith("(kopie)")


def run_scenario(kind: str, url: str, output: Path, folder: Path, started: float) -> int:
    """Run the program once; `started` is when the parent started this process (time.time())."""
    from PySide6.QtCore import QSettings

    from ambitieweb import APP_NAME, ORGANISATION
    from ambitieweb.gui.app import run_app
    from ambitieweb.gui.main_window import LAST_SESSION_KEY

    app = QApplication.instance() or QApplication(["ambitieweb"])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    if kind != "warm":
        QSettings().remove(LAST_SESSION_KEY)  # start on the list
    heartbeat = Heartbeat()
    if os.environ.get("AMBITIEWEB_BENCH_STACKS"):
        StackSampler(heartbeat, os.environ["AMBITIEWEB_BENCH_STACKS"])
    driver = Driver(heartbeat, kind, folder, output, started)
    QTimer.singleShot(0, driver.begin)
    return run_app(url)
