"""The crash harness: SIGKILL the program at random moments during a first start, an upgrade and
edits, then start again and check that every confirmed edit is there and every database opens whole.

`python -m tests.reliability.harness [--runs N]` (or `make crash`) runs a campaign and prints its
report; tests/reliability/test_crash.py runs one in `make test`.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path

from ambitieweb.errors import AmbitiewebError
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository, open_database
from ambitieweb.store.database import SCHEMA_HEAD
from ambitieweb.store.migrator import expected_schema
from ambitieweb.store.sqlite_file import ProbeError, probe
from tests.reliability.crash_worker import seed_examples
from tests.schema_0001 import make_0001_database

ROOT = Path(__file__).resolve().parents[2]
MODES = ("first-start", "upgrade", "edits")
TABLES = ("sessions", "participants", "theme_entries", "goals", "measures", "criteria", "snapshots")


@dataclass
class Report:
    runs: Counter[str] = field(default_factory=Counter)
    confirmed: int = 0  # edits whose save returned before the kill
    lost: int = 0  # confirmed edits missing after the restart
    integrity_failures: int = 0  # a database that did not open, or failed integrity_check
    found: Counter[str] = field(default_factory=Counter)  # the state each kill left behind
    problems: list[str] = field(default_factory=list)
    seed: int = 0
    windows: dict[str, float] = field(default_factory=dict)  # kill within this long after the start

    def add(self, other: Report) -> None:
        self.runs += other.runs
        self.confirmed += other.confirmed
        self.lost += other.lost
        self.integrity_failures += other.integrity_failures
        self.found += other.found
        self.problems += other.problems

    def summary(self) -> str:
        per_mode = ", ".join(f"{self.runs[m]} {m}" for m in MODES)
        found = ", ".join(f"{k}: {v}" for k, v in sorted(self.found.items()))
        windows = ", ".join(f"{m} {w:.2f}" for m, w in self.windows.items())
        return (
            f"crash harness: {sum(self.runs.values())} runs ({per_mode}); {self.confirmed} confirmed edits, "
            f"{self.lost} lost; {self.integrity_failures} integrity failures. After the kill: {found}. "
            f"Seed {self.seed}; killed within {windows} s of the start."
        )


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


@dataclass(frozen=True)
class Templates:
    old: Path  # schema 0001 with the examples
    current: Path  # schema head with the examples
    old_counts: dict[str, int]
    windows: dict[str, float]  # seconds after "ready" within which a kill lands


class Zygote:
    """The worker process that forks one worker per run (tests/reliability/crash_worker.py)."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_worker"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._lock = threading.Lock()

    def start(self, mode: str, path: Path, log: Path) -> int:
        assert self._process.stdin is not None and self._process.stdout is not None
        with self._lock:
            self._process.stdin.write(f"{mode} sqlite:///{path} {log}\n")
            self._process.stdin.flush()
            return int(self._process.stdout.readline())

    def close(self) -> None:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.close()
        self._process.wait()
        self._process.stdout.close()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def kill(pid: int) -> None:
    with suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    while alive(pid):  # gone only when the system has reaped it (its locks are released then)
        time.sleep(0.001)


def prepare(folder: Path, zygote: Zygote) -> Templates:
    old = make_0001_database(folder / "template-0001.sqlite")
    database = open_database(f"sqlite:///{folder / 'template-head.sqlite'}", seed=seed_examples)
    database.close()
    windows = {"edits": 1.5}
    for mode in ("first-start", "upgrade"):  # how long the work takes, unkilled (median of 3), and some
        durations = []
        for attempt in range(3):
            run = folder / f"calibrate-{mode}-{attempt}"
            run.mkdir()
            if mode == "upgrade":
                shutil.copy(old, run / "ambitieweb.sqlite")
            started = time.monotonic()
            pid = zygote.start(mode, run / "ambitieweb.sqlite", run / "log")
            while alive(pid):
                time.sleep(0.001)
            assert (run / "log.done").exists(), f"{mode} failed: {_error(run / 'log')}"
            durations.append(time.monotonic() - started)
        windows[mode] = sorted(durations)[1] * 3
    return Templates(old, database.path or Path(), counts(old), windows)


def _error(log: Path) -> str:
    err = log.with_name(log.name + ".err")
    return err.read_text(encoding="utf-8") if err.exists() else "no error written"


def one_run(mode: str, folder: Path, templates: Templates, zygote: Zygote, rng: random.Random) -> Report:
    report = Report()
    report.runs[mode] += 1
    path, log = folder / "ambitieweb.sqlite", folder / "confirmed.log"
    log.touch()
    if mode == "upgrade":
        shutil.copy(templates.old, path)
    elif mode == "edits":
        shutil.copy(templates.current, path)
    pid = zygote.start(mode, path, log)
    time.sleep(rng.uniform(0.0, templates.windows[mode]))
    kill(pid)
    if log.with_name(log.name + ".err").exists():
        report.problems.append(f"{mode}: the worker failed: {_error(log)}")
    report.found[f"{mode}: {_state(path)}"] += 1
    _check(mode, path, log, templates, report)
    return report


def _state(path: Path) -> str:
    """What the kill left, looked at before anything opens it again."""
    if not path.exists():
        return "no database yet"
    try:
        found = probe(path)
    except ProbeError as exc:
        return f"unreadable ({exc})"
    if found.revision is None or found.schema != expected_schema(found.revision):
        return f"half done (revision {found.revision})"
    return {SCHEMA_HEAD: "complete", "0001": "not upgraded"}.get(found.revision, f"revision {found.revision}")


def _check(mode: str, path: Path, log: Path, templates: Templates, report: Report) -> None:
    try:
        database = open_database(f"sqlite:///{path}", seed=seed_examples if mode == "first-start" else None)
    except AmbitiewebError as exc:
        report.integrity_failures += 1
        report.problems.append(f"{mode}: does not open: {exc}")
        return
    if database.migration.restored_from is not None:
        report.found[f"{mode}: restored from its backup at the restart"] += 1
    try:
        if integrity(path) != "ok":
            report.integrity_failures += 1
            report.problems.append(f"{mode}: integrity_check failed")
        repository = Repository(database.engine)
        examples = len(list(sessions_dir().glob("*.ambitieweb.json")))
        if mode == "first-start" and len(repository.list_sessions()) != examples:
            report.integrity_failures += 1
            report.problems.append(f"first start: {len(repository.list_sessions())} sessions, not {examples}")
        if mode == "upgrade" and counts(path) != templates.old_counts:
            report.integrity_failures += 1
            report.problems.append(f"upgrade: rows changed: {counts(path)} != {templates.old_counts}")
        if mode == "edits":
            _check_edits(repository, log, report)
    finally:
        database.close()


def _check_edits(repository: Repository, log: Path, report: Report) -> None:
    lines = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    report.confirmed += len(lines)
    stored = {s.id: repository.get(s.id) for s in repository.list_sessions()}
    agreed = Counter(session_id for session_id, _, _, kind in lines if kind == "agreed")
    for session_id, index, counter, _kind in lines:
        rationale = stored[session_id].themes[int(index)].rationale
        if int(rationale.removeprefix("edit ") or 0) < int(counter):  # a later save may have landed
            report.lost += 1
            report.problems.append(f"edit {counter} lost: {session_id[:8]} theme {index} holds {rationale!r}")
    for session_id, number in agreed.items():
        if len(repository.snapshots(session_id)) < number:
            report.lost += number - len(repository.snapshots(session_id))
            report.problems.append(f"agreed versions of {session_id[:8]} lost")


def campaign(runs: int, seed: int | None = None, parallel: int = 2) -> Report:
    """`runs` kills, spread over the three modes; the random seed is printed with the report."""
    seed = random.randrange(2**32) if seed is None else seed
    plan = [MODES[i % len(MODES)] for i in range(runs)]
    report = Report(seed=seed)
    with tempfile.TemporaryDirectory(prefix="ambitieweb-crash-") as tmp:
        root = Path(tmp)
        zygote = Zygote()
        try:
            templates = prepare(root, zygote)
            report.windows = templates.windows

            def run(numbered: tuple[int, str]) -> Report:
                number, mode = numbered
                folder = root / f"run-{number:04d}"
                folder.mkdir()
                result = one_run(mode, folder, templates, zygote, random.Random(seed + number))
                shutil.rmtree(folder, ignore_errors=True)
                return result

            with ThreadPoolExecutor(parallel) as pool:
                for result in pool.map(run, enumerate(plan)):
                    report.add(result)
        finally:
            zygote.close()
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    report = campaign(args.runs, args.seed)
    print(report.summary())
    for problem in report.problems:
        print("  " + problem)
    return 0 if report.lost == 0 and report.integrity_failures == 0 and not report.problems else 1


if __name__ == "__main__":
    sys.exit(main())
