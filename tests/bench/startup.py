"""Start-up timings, each beside a bare PySide6 window measured in the same run (`make bench`).

1. process start -> first paint of the main window      vs. an empty QMainWindow (goal <= 2x)
2. process start -> the session that was open reopened, its radar painted, the list filled
                                                        vs. a plain matplotlib window: a 12-axis polar
                                                        radar (add_subplot(projection="polar")),
                                                        not the program's own figure (goal <= 1.15x)
2b. ... and the window's own store attached (edits saved from then on)

The program is started as a user starts it (`python -m ambitieweb`); it says when it reaches each
milestone on stderr (AMBITIEWEB_STARTUP_PROBE, ambitieweb/gui/startup.py `probe`) and the harness
times the line's arrival, as it does for the floors' own lines. Every run is a fresh process in its own
process group, killed as a group afterwards (the start-up helper must not run on into the next run).
The programs take turns, round after round; each line gives the median and the spread (min-max) of
the rounds. A key press is measured by keys.py.

Usage: python -m tests.bench.startup [rounds] [--before DIR]
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import suppress
from pathlib import Path

ROUNDS = 11
ROOT = Path(__file__).resolve().parents[2]

COMMON = """
import sys, time
T0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])

def report() -> None:
    print("ambitieweb-probe: drawn", file=sys.stderr, flush=True)  # timed on arrival, as the program's
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

# A facilitator's earlier run: open a session, wait for its radar to be drawn (and kept: see
# radar_image_cache) and quit; the program remembers the session and reopens it.
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
    radar = self.workspace.radar
    def drawn():
        if radar.full_draws == 0 or radar.draw_pending:
            QTimer.singleShot(20, drawn)
            return
        try:  # the drawing kept for the next start is written (a program that keeps none: at once)
            from ambitieweb.gui.widgets.radar_jobs import wait_until_idle
            wait_until_idle()
        except ImportError:
            pass
        report()  # and quit: the open session is remembered
    drawn()
MainWindow.attach = attach_and_open
run_app(sys.argv[2])
"""
)


def environment(source: str | None) -> dict[str, str]:
    # As on a user's machine: Python's bytecode cache is written (and warm after the first run).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", AMBITIEWEB_STARTUP_PROBE="1")
    if source:
        env["PYTHONPATH"] = source
    return env


def run(code: str, *args: str, source: str | None = None) -> None:
    """Run a set-up program (`code` with `args`) to its end."""
    command = [sys.executable, "-c", code, str(time.time()), *args]
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment(source), cwd=source or ROOT, timeout=120
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])


def timed(command: list[str], milestone: str, source: str | None = None) -> float:
    """Seconds from starting `command` to its line `ambitieweb-probe: <milestone>` on stderr; then
    its process group is killed (the start-up helper too). `source`: another checkout to run."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(source),
        cwd=source or ROOT,  # `-m ambitieweb` finds the program in the working folder first
        start_new_session=True,
    )
    assert process.stderr is not None
    tail: list[str] = []
    stop = threading.Timer(120, lambda: os.killpg(process.pid, signal.SIGKILL))  # never got there
    stop.start()
    try:
        for line in process.stderr:
            if line.strip() == f"ambitieweb-probe: {milestone}":
                return time.perf_counter() - start
            tail = [*tail[-20:], line]
    finally:
        stop.cancel()
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    raise RuntimeError(f"{command} did not reach {milestone}:\n{''.join(tail)}")


Program = tuple[list[str], str, str | None]  # command, milestone, source


def rounds(count: int, *programs: Program) -> list[list[float]]:
    """Each program's times, the programs taking turns (the order rotating each round), so that the
    machine's drift touches all alike."""
    times: list[list[float]] = [[] for _ in programs]
    for number in range(count):
        shift = number % len(programs)
        order = list(range(len(programs)))[shift:] + list(range(len(programs)))[:shift]
        for index in order:
            command, milestone, source = programs[index]
            times[index].append(timed(command, milestone, source))
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
        os.environ["XDG_CACHE_HOME"] = folder  # the files known intact, the radar kept
        app = [sys.executable, "-m", "ambitieweb", "--database", url]
        old_app = [sys.executable, "-m", "ambitieweb", "--database", old_url]
        bare = [sys.executable, "-c", BARE_WINDOW, "0"]
        plain = [sys.executable, "-c", PLAIN_RADAR, "0"]
        timed(app, "store attached")  # first start creates the database and loads the examples
        timed(plain, "drawn")  # warms the bytecode cache
        programs: list[Program] = [(bare, "drawn", None), (app, "first paint", None)]
        if before:
            timed(old_app, "store attached", before)
            programs.append((old_app, "first paint", before))
        bare_times, first_paint, *old_first = rounds(count, *programs)
        run(APP_OPEN_AND_QUIT, url)
        programs = [(plain, "drawn", None), (app, "session painted", None), (app, "store attached", None)]
        if before:
            # the older program remembers its session in the same settings: open it there last
            run(APP_OPEN_AND_QUIT, old_url, source=before)
            programs.append((old_app, "session painted", before))
        radar, session_open, store_attached, *old_open = rounds(count, *programs)
    print(f"medians of {count} rounds (spread min-max), programs taking turns")
    ratio = statistics.median(first_paint) / statistics.median(bare_times)
    print(f"(1) first paint: {line('Ambitieweb', first_paint)}; {line('empty QMainWindow', bare_times)}")
    print(f"    -> {ratio:.2f}x (goal <= 2x)")
    ratio = statistics.median(session_open) / statistics.median(radar)
    print(f"(2) session reopened, radar painted: {line('Ambitieweb', session_open)}; ")
    print(f"    {line('plain matplotlib polar radar window', radar)} -> {ratio:.2f}x (goal <= 1.15x)")
    print(f"(2b) {line('... and the store attached (edits saved from then on):', store_attached)}")
    if before:
        for label, values, floor in (("(1)", old_first[0], bare_times), ("(2)", old_open[0], radar)):
            ratio = statistics.median(values) / statistics.median(floor)
            print(f"before ({before}): {label} {line('', values)} -> {ratio:.2f}x")


if __name__ == "__main__":
    main()
