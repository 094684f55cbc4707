"""Start-up of the desktop build against the same program from source (after `make app`).

Measured the way a facilitator meets it: a database with the examples, the session that was open
last time remembered, and the time from starting the program until that session's radar is on
screen (and, on the way, the window's first frame). The program says when it gets there on stderr
when AMBITIEWEB_STARTUP_PROBE is set (ambitieweb/gui/startup.py `probe`); the harness times the line's
arrival, so the frozen program needs no other hook. Offscreen platform, warm caches.

Each run is a fresh process in its own process group, killed as a group afterwards (the start-up
helper must not run on into the next run); frozen and source take turns; medians and spread.
Goal: the frozen build within +0.15 s of the source.

Usage: python -m tests.bench.frozen_startup [dist/ambitieweb/ambitieweb] [runs]
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120.0
ROAD = "c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8"  # the N123 example: reopened at every start
MILESTONES = ("first paint", "session painted")


def environment(home: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "AMBITIEWEB_DATABASE_URL")
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        AMBITIEWEB_STARTUP_PROBE="1",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    return env


def prepare(home: Path) -> None:
    """The user's data folder with the examples in its database, and N123 remembered as open."""
    examples = sorted((ROOT / "sessions").glob("*.ambitieweb.json"))
    command = [sys.executable, "-m", "ambitieweb", "import", *map(str, examples)]
    subprocess.run(command, env=environment(home), check=True, capture_output=True)
    settings = home / "config" / "Ambitieweb" / "Ambitieweb.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[General]\nlastSession={ROAD}\n", encoding="utf-8")


def timed(command: list[str], home: Path, milestones: tuple[str, ...] = MILESTONES) -> dict[str, float]:
    """Seconds from starting `command` to each milestone; then its process group is stopped."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=environment(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert process.stderr is not None
    seen: dict[str, float] = {}
    tail: list[str] = []
    try:
        for line in process.stderr:
            if line.startswith("ambitieweb-probe: "):
                seen[line.split(": ", 1)[1].strip()] = time.perf_counter() - start
                if all(m in seen for m in milestones):
                    return seen
            tail = [*tail[-20:], line]
            if time.perf_counter() - start > TIMEOUT:
                break
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # the start-up helper too
        process.wait()
    raise RuntimeError(f"{command} did not reach {milestones}:\n{''.join(tail)}")


def main() -> None:
    app = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "ambitieweb" / "ambitieweb").resolve()
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    if not app.is_file():
        sys.exit(f"{app} does not exist: run `make app` first")
    commands = {"frozen": [str(app)], "source": [sys.executable, "-m", "ambitieweb"]}
    results: dict[str, dict[str, list[float]]] = {name: {m: [] for m in MILESTONES} for name in commands}
    with tempfile.TemporaryDirectory(prefix="ambitieweb-startup-") as folder:
        home = Path(folder)
        prepare(home)
        for command in commands.values():  # warm: caches, the database checked once, the radar kept
            timed(command, home, (*MILESTONES, "store attached"))
        for number in range(runs):
            names = list(commands) if number % 2 == 0 else list(reversed(commands))
            for name in names:
                for milestone, seconds in timed(commands[name], home).items():
                    if milestone in MILESTONES:
                        results[name][milestone].append(seconds)
    print(f"process start -> milestone, median of {runs} warm runs (min-max), frozen and source taking turns")
    for milestone in MILESTONES:
        medians = {}
        for name in commands:
            values = results[name][milestone]
            medians[name] = statistics.median(values)
            low, high = min(values) * 1000, max(values) * 1000
            print(f"  {milestone:<16} {name}: {medians[name] * 1000:5.0f} ms ({low:.0f}-{high:.0f})")
        extra = (medians["frozen"] - medians["source"]) * 1000
        print(f"  {'':<16} frozen - source: {extra:+.0f} ms (goal <= +150 ms)")


if __name__ == "__main__":
    main()
