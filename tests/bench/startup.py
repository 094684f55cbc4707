"""Start-up timings, each beside a bare PySide6 window measured in the same run (`make bench`).

1. process start -> first paint of the main window      vs. an empty QMainWindow (goal <= 2x)
2. process start -> the session that was open reopened, its radar painted, the list filled
                                                        vs. a plain matplotlib window: a 12-axis polar
                                                        radar (add_subplot(projection="polar")),
                                                        not the program's own figure (goal <= 1.15x)
2b. ... and the window's own store attached (edits saved from then on)

Every run is a fresh process in its own process group, killed as a group afterwards (the start-up
helper must not run on into the next run). The programs take turns, round after round; each line
gives the median and the spread (min-max) of the rounds. A key press is measured by keys.py.

Usage: python -m tests.bench.startup [rounds]
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import suppress

ROUNDS = 11

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

# The floor of (2): what any program showing a radar with matplotlib pays (Qt, matplotlib, numpy, a
# polar axes with twelve labelled axes drawn once), and nothing of Ambitieweb.
PLAIN_RADAR = (
    COMMON
    + """
import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
names = ["Energie", "Materialen", "Bodem", "Water", "Ecologie", "Ruimtegebruik", "Ruimtelijke kwaliteit",
         "Welzijn", "Sociale relevantie", "Investeringen", "Vestigingsklimaat", "Bereikbaarheid"]
theta = np.linspace(0, 2 * np.pi, 12, endpoint=False)
figure = Figure()
axes = figure.add_subplot(projection="polar")
values = np.array([3, 2, 2, 1, 1, 2, 3, 1, 2, 0, 2, 3])
axes.plot(np.append(theta, 0), np.append(values, values[0]))
axes.fill(theta, values, alpha=0.25)
axes.set_xticks(theta, names)
axes.set_ylim(0, 3)
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
def attach_and_open(self, repository, location, *rest):
    attach(self, repository, location, *rest)
    if self.controller is None:
        import ambitieweb.gui.workspace.workspace  # loaded: the session opens at once
        self.open_session(self.sessions.summary(0).id)
    report()  # and quit: the open session is remembered
MainWindow.attach = attach_and_open
run_app(sys.argv[2])
"""
)

# (2): the list filled and the reopened session's radar painted (its drawing on screen: the radar
# says `painted` only then); (2b) the store attached as well, from when on edits are saved (they are
# accepted, and kept, from the moment the radar shows).
APP_SESSION_OPEN = (
    COMMON
    + """
from ambitieweb.gui.app import run_app
from ambitieweb.gui.main_window import MainWindow
show = MainWindow.show_session
def show_and_watch(self, *args):
    show(self, *args)
    assert self.sessions.rowCount() > 0, "the list is filled"
    self.workspace.radar.painted.connect(report)
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
def attach_and_report(self, repository, location, *rest):
    attach(self, repository, location, *rest)
    assert self.controller is not None and self.controller.attached, "the session is open"
    report()
MainWindow.attach = attach_and_report
run_app(sys.argv[2])
"""
)


def run(code: str, *args: str, source: str | None = None) -> float:
    """Seconds from starting a fresh process to its report; the process group is killed after.
    `source`: another checkout of the program to run instead (for a before/after in one run)."""
    # As on a user's machine: Python's bytecode cache is written (and warm after the first run).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if source:
        env["PYTHONPATH"] = source
    start = time.time()
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(start), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=120)
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # the helper (`first-screen`) too, if still there
    lines = [line for line in out.splitlines() if line.strip()]
    if process.returncode != 0 or not lines:
        raise RuntimeError(err[-2000:])
    return float(lines[0])


Program = tuple[str, tuple[str, ...], str | None]  # code, arguments, source


def rounds(count: int, *programs: Program) -> list[list[float]]:
    """Each program's times, the programs taking turns (the order rotating each round), so that the
    machine's drift touches all alike."""
    times: list[list[float]] = [[] for _ in programs]
    for number in range(count):
        shift = number % len(programs)
        order = list(range(len(programs)))[shift:] + list(range(len(programs)))[:shift]
        for index in order:
            code, args, source = programs[index]
            times[index].append(run(code, *args, source=source))
    return times


def line(label: str, values: list[float]) -> str:
    low, high = min(values) * 1000, max(values) * 1000
    return f"{label} {statistics.median(values) * 1000:.0f} ms ({low:.0f}-{high:.0f})"


def main() -> None:
    """Usage: python -m tests.bench.startup [rounds] [--before DIR] (DIR: an older checkout, e.g.
    from `git archive`, measured in the same rounds)."""
    args = sys.argv[1:]
    before = args[args.index("--before") + 1] if "--before" in args else None
    numbers = [a for a in args if a.isdigit()]
    count = int(numbers[0]) if numbers else ROUNDS
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/startup.sqlite"
        old_url = f"sqlite:///{folder}/before.sqlite"
        os.environ["XDG_CONFIG_HOME"] = folder  # the children's settings (the session to reopen)
        os.environ["XDG_CACHE_HOME"] = folder  # and the list of files known intact
        run(APP_FIRST_PAINT, url)  # first start creates the database and loads the examples
        run(PLAIN_RADAR)  # warms the bytecode cache
        programs: list[Program] = [(BARE_WINDOW, (), None), (APP_FIRST_PAINT, (url,), None)]
        if before:
            run(APP_FIRST_PAINT, old_url, source=before)
            programs.append((APP_FIRST_PAINT, (old_url,), before))
        bare, first_paint, *old_first = rounds(count, *programs)
        run(APP_OPEN_AND_QUIT, url)
        programs = [
            (PLAIN_RADAR, (), None),
            (APP_SESSION_OPEN, (url,), None),
            (APP_STORE_ATTACHED, (url,), None),
        ]
        if before:
            # the older program remembers its session in the same settings: open it there last
            run(APP_OPEN_AND_QUIT, old_url, source=before)
            programs.append((APP_SESSION_OPEN, (old_url,), before))
        radar, session_open, store_attached, *old_open = rounds(count, *programs)
    print(f"medians of {count} rounds (spread min-max), programs taking turns")
    ratio = statistics.median(first_paint) / statistics.median(bare)
    print(f"(1) first paint: {line('Ambitieweb', first_paint)}; {line('empty QMainWindow', bare)}")
    print(f"    -> {ratio:.2f}x (goal <= 2x)")
    ratio = statistics.median(session_open) / statistics.median(radar)
    print(f"(2) session reopened, radar painted: {line('Ambitieweb', session_open)}; ")
    print(f"    {line('plain matplotlib polar radar window', radar)} -> {ratio:.2f}x (goal <= 1.15x)")
    print(f"(2b) {line('... and the store attached (edits saved from then on):', store_attached)}")
    if before:
        for label, values, floor in (("(1)", old_first[0], bare), ("(2)", old_open[0], radar)):
            ratio = statistics.median(values) / statistics.median(floor)
            print(f"before ({before}): {label} {line('', values)} -> {ratio:.2f}x")


if __name__ == "__main__":
    main()
