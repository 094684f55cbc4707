"""Save latency on SQLite and PostgreSQL, with 1 and 20 writers, beside the floor of the same run: a
raw driver commit of one row (sqlite3 / psycopg, no SQLAlchemy, no program). `make bench` runs it;
numbers to watch, not pass/fail.

What a save is: one theme's level changed in the N123 example (12 themes, goals, measures, criteria,
votes), the whole session written by `Repository.save`. With 20 writers each writes its own session
from its own engine (twenty programs on one database). PostgreSQL is a throwaway cluster on this
machine (skipped without one), also reached through a relay that adds ~10 ms a round trip; there the
window's own cost of a save is what `SessionController.save_now` takes (a copy handed to the thread).
Rounds interleave floor and save; medians and p99 over all rounds.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from ambitieweb.catalogue import default_catalogue
from ambitieweb.examples import import_examples
from ambitieweb.model.levels import Level
from ambitieweb.store import Repository, open_database
from tests.postgres import Proxy, Server, server_binaries, throwaway_server

ROUNDS = 5
PER_ROUND = 60  # saves per round, one writer
PER_WRITER = 15  # saves per writer per round, 20 writers
WRITERS = 20


def quantiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000


def seeded(url: str, copies: int) -> list[str]:
    """The examples plus `copies` copies of N123; the ids of the N123 sessions."""
    catalogue = default_catalogue()

    def examples(engine: Engine) -> None:
        import_examples(Repository(engine), catalogue)

    database = open_database(url, seed=examples)
    repository = Repository(database.engine)
    road = next(s.id for s in repository.list_sessions() if "N123" in s.title)
    ids = [road] + [repository.duplicate(road, f"N123 #{i}").id for i in range(copies - 1)]
    database.close()
    return ids


# --- the floor: one row, one commit, the bare driver -------------------------------------------------

FLOOR = (
    "INSERT INTO ambitieweb_info (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_writers = itertools.count()


def sqlite_floor(url: str) -> Callable[[], Callable[[], None]]:
    path = make_url(url).database

    def opened() -> Callable[[], None]:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA busy_timeout=5000")
        key, counter = f"bench-{next(_writers)}", itertools.count()

        def commit() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(FLOOR, (key, str(next(counter))))
            conn.execute("COMMIT")

        return commit

    return opened


def postgres_floor(url: str) -> Callable[[], Callable[[], None]]:
    import psycopg

    target = make_url(url)

    def opened() -> Callable[[], None]:
        conn = psycopg.connect(
            host=target.host, port=target.port, user=target.username, dbname=target.database
        )
        key, counter = f"bench-{next(_writers)}", itertools.count()

        def commit() -> None:
            conn.execute(FLOOR.replace("?", "%s"), (key, str(next(counter))))
            conn.commit()

        return commit

    return opened


# --- the program's save ------------------------------------------------------------------------------


@contextlib.contextmanager
def program_save(url: str, session_id: str) -> Iterator[Callable[[], None]]:
    database = open_database(url)
    repository = Repository(database.engine)
    session = repository.get(session_id)
    levels = itertools.cycle(list(Level))

    def save() -> None:
        session.themes[0].ambition = next(levels)
        repository.save(session)

    try:
        yield save
    finally:
        database.close()


def timed(action: Callable[[], None], times: int) -> list[float]:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def in_parallel(actions: list[Callable[[], None]], times: int) -> list[float]:
    samples: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(len(actions))

    def run(action: Callable[[], None]) -> None:
        start.wait()
        mine = timed(action, times)
        with lock:
            samples.extend(mine)

    threads = [threading.Thread(target=run, args=(a,)) for a in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples


def measure(name: str, url: str, floor: Callable[[], Callable[[], None]]) -> list[str]:
    ids = seeded(url, WRITERS + 1)
    rows = []
    with contextlib.ExitStack() as stack:
        one = stack.enter_context(program_save(url, ids[0]))
        many = [stack.enter_context(program_save(url, i)) for i in ids[1:]]
        floor_one, floors = floor(), [floor() for _ in ids[1:]]
        results: dict[str, list[float]] = {k: [] for k in ("floor 1", "save 1", "floor 20", "save 20")}
        for _ in range(ROUNDS):  # interleaved
            results["floor 1"] += timed(floor_one, PER_ROUND)
            results["save 1"] += timed(one, PER_ROUND)
            results["floor 20"] += in_parallel(floors, PER_WRITER)
            results["save 20"] += in_parallel(many, PER_WRITER)
    for writers in ("1", "20"):
        floor_median, floor_p99 = quantiles(results[f"floor {writers}"])
        median, p99 = quantiles(results[f"save {writers}"])
        rows.append(
            f"{name:<28} {writers:>3} writer(s)  save {median:7.2f} ms (p99 {p99:7.2f})   "
            f"floor {floor_median:6.2f} ms (p99 {floor_p99:7.2f})   x{median / floor_median:5.1f}"
        )
    return rows


def window_cost(url: str) -> str:
    """What the GUI thread spends per edit when the save goes to a server in a thread."""
    from PySide6.QtCore import QCoreApplication

    from ambitieweb.gui.workspace.controller import SessionController

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    ids = seeded(url, 1)
    database = open_database(url)
    repository = Repository(database.engine)
    session = repository.get(ids[0])
    controller = SessionController(session, default_catalogue().framework(session.framework_id), repository)
    samples = []
    for step in range(200):
        session.themes[step % 12].ambition = Level(step % 4)
        started = time.perf_counter()
        controller.save_now()
        samples.append(time.perf_counter() - started)
        if step % 20 == 19:
            controller.flush()
            app.processEvents()
    controller.flush()
    database.close()
    median, p99 = quantiles(samples)
    return f"{'  GUI thread per edit':<28} {'':>3}             {median:7.2f} ms (p99 {p99:7.2f})"


def main() -> int:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        rows += measure("SQLite (WAL, FULL)", url, sqlite_floor(url))
    if server_binaries() is None:
        rows.append("PostgreSQL: not installed here (make system-deps), skipped")
    else:
        with throwaway_server() as server:
            rows += postgres(server)
    print("\n".join(rows))
    return 0


def postgres(server: Server) -> list[str]:
    rows = []
    url = server.new_database()
    rows += measure("PostgreSQL 127.0.0.1", url, postgres_floor(url))
    rows.append(window_cost(url))
    far = server.new_database()
    target = make_url(far)
    proxy = Proxy(str(target.host), int(target.port or 5432), delay_s=0.005)
    try:
        relayed = proxy.url(far)
        rows += measure("PostgreSQL ~10 ms away", relayed, postgres_floor(relayed))
        rows.append(window_cost(relayed))
    finally:
        proxy.close()
    return rows


if __name__ == "__main__":
    sys.exit(main())
