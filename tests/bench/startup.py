"""Start-up timings, each beside a bare PySide6 window measured in the same run (`make bench`).

1. process start -> first paint of the main window      vs. an empty QMainWindow
2. process start -> list filled, the session that was open reopened with its radar drawn
                                                        vs. a QMainWindow holding one matplotlib radar
3. key press -> chart updated and painted (in process)

Each child process reports seconds since the parent's timestamp; medians of several runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 11

COMMON = """
import sys, time
T0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])

def report() -> None:
    print(f"{time.time() - T0:.4f}", flush=True)
    QTimer.singleShot(0, app.quit)

class FirstPaint(QObject):
    def __init__(self, kind) -> None:
        super().__init__()
        self.kind = kind
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, self.kind):
            app.removeEventFilter(self)
            report()
        return False
"""

BARE_WINDOW = (
    COMMON
    + """
watch = FirstPaint(QMainWindow); app.installEventFilter(watch)
window = QMainWindow(); window.resize(1280, 800); window.show()
app.exec()
"""
)

BARE_RADAR = (
    COMMON
    + """
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from ambitieweb.charts.radar import RadarData, build_figure
labels = tuple(f"Thema {i}" for i in range(12))
figure, _ = build_figure(RadarData(labels, (2,) * 12, (1,) * 12))
canvas = FigureCanvasQTAgg(figure)
canvas.mpl_connect("draw_event", lambda _e: report())
window = QMainWindow(); window.setCentralWidget(canvas); window.resize(1280, 800); window.show()
app.exec()
"""
)

APP_FIRST_PAINT = (
    COMMON
    + """
from ambitieweb.gui.app import run_app
from ambitieweb.gui.main_window import MainWindow
watch = FirstPaint(MainWindow); app.installEventFilter(watch)
run_app(sys.argv[2])
"""
)

# A facilitator's earlier run: open a session and quit; the program remembers it and reopens it.
APP_OPEN_AND_QUIT = (
    COMMON
    + """
from ambitieweb.gui.app import run_app
from ambitieweb.gui.main_window import MainWindow
attach = MainWindow.attach
def attach_and_open(self, repository, location):
    attach(self, repository, location)
    if self.controller is None:
        self.open_session(self.sessions.summary(0).id)
    report()  # and quit: the open session is remembered
MainWindow.attach = attach_and_open
run_app(sys.argv[2])
"""
)

# (2): the list filled and the reopened session's radar drawn; (2b) the store attached as well,
# from when on edits are saved (they are accepted, and kept, from the moment the radar shows).
APP_SESSION_OPEN = (
    COMMON
    + """
from ambitieweb.gui.app import run_app
from ambitieweb.gui.main_window import MainWindow
show = MainWindow.show_session
def show_and_watch(self, *args):
    show(self, *args)
    assert self.sessions.rowCount() > 0, "the list is filled"
    self.workspace.radar.canvas.mpl_connect("draw_event", lambda _e: report())
MainWindow.show_session = show_and_watch
run_app(sys.argv[2])
"""
)

APP_STORE_ATTACHED = (
    COMMON
    + """
from ambitieweb.gui.app import run_app
from ambitieweb.gui.main_window import MainWindow
attach = MainWindow.attach
def attach_and_report(self, repository, location):
    attach(self, repository, location)
    assert self.controller is not None and self.controller.attached, "the session is open"
    report()
MainWindow.attach = attach_and_report
run_app(sys.argv[2])
"""
)


def run(code: str, *args: str) -> float:
    # As on a user's machine: Python's bytecode cache is written (and warm after the first run).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, str(start), *args], capture_output=True, text=True, env=env, timeout=120
    )
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not lines:
        raise RuntimeError(result.stderr[-2000:])
    return float(lines[0])


def medians(*programs: tuple[str, ...]) -> list[float]:
    """Median of each program's runs, taken in turns so that the machine's drift touches all alike."""
    times: list[list[float]] = [[] for _ in programs]
    for _ in range(RUNS):
        for program, runs in zip(programs, times, strict=True):
            runs.append(run(*program))
    return [statistics.median(runs) for runs in times]


def key_to_paint() -> tuple[float, float]:
    """Median ms from a key press on the theme list to the radar painted with the new level,
    and to the end of the key's handling (the save to the database follows the paint)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ambitieweb.gui.app import open_store
    from ambitieweb.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    painted: list[float] = []
    to_paint, handled = [], []
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        open_store(window, f"sqlite:///{folder}/bench.sqlite", "nl")
        window.open_session(window.sessions.summary(0).id)
        workspace = window.workspace
        assert workspace is not None
        workspace.radar.painted.connect(lambda: painted.append(time.perf_counter()))
        table = workspace.ui.themeTable
        table.setFocus()
        app.processEvents()
        for i in range(60):
            key = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)[i % 3]
            app.processEvents()  # as between two real key presses: the last step's repaints are done
            start = time.perf_counter()
            QTest.keyClick(table, key)
            handled.append((time.perf_counter() - start) * 1000)
            to_paint.append((painted[-1] - start) * 1000)
        window.close()
    return statistics.median(to_paint[5:]), statistics.median(handled[5:])


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/startup.sqlite"
        os.environ["XDG_CONFIG_HOME"] = folder  # the children's settings (the session to reopen)
        run(APP_FIRST_PAINT, url)  # first start creates the database and loads the examples
        run(BARE_RADAR)  # warms the bytecode cache
        bare, first_paint = medians((BARE_WINDOW,), (APP_FIRST_PAINT, url))
        run(APP_OPEN_AND_QUIT, url)
        bare_radar, session_open, store_attached = medians(
            (BARE_RADAR,), (APP_SESSION_OPEN, url), (APP_STORE_ATTACHED, url)
        )
    print(
        f"(1) first paint: Ambitieweb {first_paint * 1000:.0f} ms, empty QMainWindow {bare * 1000:.0f} ms "
        f"-> {first_paint / bare:.2f}x (goal <= 2x)"
    )
    print(
        f"(2) session open with radar: Ambitieweb {session_open * 1000:.0f} ms, bare radar window "
        f"{bare_radar * 1000:.0f} ms -> {session_open / bare_radar:.2f}x (goal <= 1.15x)"
    )
    print(f"(2b) ... and the store attached (edits saved from then on): {store_attached * 1000:.0f} ms")
    paint, handled = key_to_paint()
    print(
        f"(3) key press to painted chart: {paint:.2f} ms median (goal < 3 ms); "
        f"whole key incl. the save: {handled:.2f} ms"
    )


if __name__ == "__main__":
    main()
