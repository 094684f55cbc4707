"""Does the window ever freeze? The real program, driven as a facilitator uses it, with a heartbeat
timer on the GUI thread measuring every gap in the event loop (`make bench`; numbers, not pass/fail).

A 5 ms timer ticks as long as the event loop runs; a gap between two ticks is the time the GUI thread
was busy. Each step (start, search, opening a session, tabs, F5, each export, import, the dialogs)
reports the longest gap while it ran, beside the longest gap while the program did nothing at all
(the floor: what this machine does to an idle program in the same run). Goal: no gap over 100 ms.

Runs, at 1,000, 10,000 and 100,000 sessions (tests/bench/seed.py):
- list start: no session remembered; search, scroll, open a session (the first: its modules load),
  tabs, a key, F5 and Esc, every export, an import, Ctrl+D, Ctrl+N, another session, quit;
- warm start: the session that was open comes back;
and once without a database: the first start (database made, examples loaded).

Usage: python -m tests.bench.stalls [sizes...] [--runs N]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.seed import working_copy

ROOT = Path(__file__).resolve().parents[2]
GOAL_MS = 100.0


def child(kind: str, url: str, output: Path, folder: Path, started: float) -> int:
    """One run of the program (in this process), driven step by step; writes the gaps as JSON."""
    from tests.bench.stall_driver import run_scenario

    return run_scenario(kind, url, output, folder, started)


def run_child(kind: str, url: str, home: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "gaps.json"
        command = [sys.executable, "-m", "tests.bench.stalls", "--child", kind, url, str(output), folder]
        command.append(repr(time.time()))
        # Its own process group: the start-up helper (a child of the program) goes with it.
        process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True, stderr=subprocess.PIPE)
        try:
            _out, err = process.communicate(timeout=900)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
        if process.returncode != 0 or not output.exists():
            raise RuntimeError(f"{kind} run failed:\n{err.decode(errors='replace')[-3000:]}")
        result: dict[str, object] = json.loads(output.read_text())
        return result


def describe(values: list[float]) -> str:
    return f"{statistics.median(values):6.0f} ms ({min(values):.0f}-{max(values):.0f})"


def report(title: str, runs: list[dict[str, object]]) -> None:
    print(title)
    steps: dict[str, list[float]] = {}
    for run in runs:
        for step in run["steps"]:  # type: ignore[attr-defined]
            steps.setdefault(step["name"], []).append(step["max_gap_ms"])
    floor = [float(run["floor_ms"]) for run in runs]  # type: ignore[arg-type]
    before = [float(run["before_loop_ms"]) for run in runs]  # type: ignore[arg-type]
    print(f"  {'floor: idle, longest gap':<52} {describe(floor)}")
    print(f"  {'(start: before the event loop runs, no window yet)':<52} {describe(before)}")
    for name, gaps in steps.items():
        flag = "  OVER" if statistics.median(gaps) > GOAL_MS else ""
        print(f"  {name:<52} {describe(gaps)}{flag}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, url, output, folder, started = sys.argv[2:7]
        sys.exit(child(kind, url, Path(output), Path(folder), float(started)))
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"longest gap in the GUI thread's event loop per step, median of {args.runs} runs (min-max)")
    with tempfile.TemporaryDirectory() as folder:
        first = [
            run_child("first", f"sqlite:///{folder}/first-{i}.sqlite", Path(folder, f"h{i}"))
            for i in range(args.runs)
        ]
        report("first start (no database yet)", first)
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{working_copy(size, Path(folder))}"
            home = Path(folder, "home")
            runs, warm = [], []
            for _ in range(args.runs):
                runs.append(run_child("list", url, home))  # ends with a session open: remembered
                warm.append(run_child("warm", url, home))
            report(f"{size:,} sessions: start on the list, then a facilitator's round", runs)
            report(f"{size:,} sessions: warm start, the last session reopened", warm)


if __name__ == "__main__":
    main()
