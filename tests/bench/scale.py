"""The session list and the store at 1,000, 10,000 and 100,000 sessions, each beside a floor measured
in the same run (`make bench`; numbers to watch, not pass/fail).

- first page + count: what the list shows first (200 rows newest first, and the total)
  floor: the same two statements through Python's sqlite3, no SQLAlchemy, no objects
- search as you type: each keystroke's first page, typing common, rare, absent, accented and
  two-word searches letter by letter (goal: <= 30 ms a keystroke at 100,000)
- scroll to the end: every page of 200 (keyset: as fast deep down as at the top; goal <= 20 ms)
- generic webs (what Ctrl+D and Ctrl+N offer), one session read, one level change saved
- reading the first screen as the start-up helper does (goal: no slower at 100,000 than at 1,000)
- every summary at once (not something the list does any more; for the record)

Measurements are interleaved (each round runs every measurement once) and reported as the median
and the spread (min-max) of the rounds. Usage: python tests/bench/scale.py [sizes...] [--rounds N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from ambitieweb.first_screen import read_first_screen
from ambitieweb.model.levels import Level
from ambitieweb.store import Repository, open_database
from tests.bench.seed import working_copy

SEARCHES = {
    "common (schoonmaak)": "schoonmaak",
    "common word, second (gemeente zuid)": "gemeente zuid",
    "rare (#54321)": "54321",
    "absent (zzzq)": "zzzq",
    "accented (ëde)": "ëde",
    "two common words that never meet (reconstructie schoonmaak)": "reconstructie schoon",
}
PAGE = 200
COLUMNS = "id, title, organisation, kind, status, session_date, updated_at, framework_id"


def ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def keystrokes(typed: str) -> list[str]:
    return [typed[: i + 1] for i in range(len(typed)) if typed[i] != " "]


class Store:
    def __init__(self, path: Path) -> None:
        self.url = f"sqlite:///{path}"
        self.database = open_database(self.url)
        self.repository = Repository(self.database.engine)
        self.raw = sqlite3.connect(path)
        self.some = self.repository.list_sessions(limit=PAGE)[PAGE // 2].id
        half = self.raw.execute("SELECT count(*) / 2 FROM sessions").fetchone()[0]
        self.middle = self.raw.execute(
            "SELECT updated_at, title, id FROM sessions ORDER BY updated_at DESC, title, id LIMIT 1 OFFSET ?",
            (half,),
        ).fetchone()

    def first_page(self) -> None:
        self.repository.list_sessions(limit=PAGE)
        self.repository.count_sessions()

    def raw_first_page(self) -> None:
        order = "ORDER BY updated_at DESC, title, id"
        self.raw.execute(f"SELECT {COLUMNS} FROM sessions {order} LIMIT {PAGE}").fetchall()
        self.raw.execute("SELECT count(*) FROM sessions").fetchone()

    def typing(self, typed: str) -> list[float]:
        return [ms(partial(self.repository.list_sessions, s, limit=PAGE)) for s in keystrokes(typed)]

    def scroll(self) -> list[float]:
        times, after = [], None
        while True:
            start = time.perf_counter()
            page = self.repository.list_sessions(limit=PAGE, after=after)
            times.append((time.perf_counter() - start) * 1000)
            if len(page) < PAGE:
                return times
            after = page[-1]

    def raw_scroll_page(self) -> None:
        """A page in the middle of the list, keyset, through sqlite3: the floor of a page."""
        u, t, i = self.middle
        self.raw.execute(
            f"SELECT {COLUMNS} FROM sessions WHERE updated_at <= ? AND (updated_at < ? OR (updated_at = ? "
            f"AND (title > ? OR (title = ? AND id > ?)))) ORDER BY updated_at DESC, title, id LIMIT {PAGE}",
            (u, u, u, t, t, i),
        ).fetchall()

    def save(self) -> None:
        session = self.repository.get(self.some)
        session.themes[0].ambition = Level((int(session.themes[0].ambition) + 1) % 4)
        self.repository.save(session)

    def every_summary(self) -> None:
        self.repository.list_sessions()

    def raw_every_summary(self) -> None:
        self.raw.execute(f"SELECT {COLUMNS} FROM sessions ORDER BY updated_at DESC, title, id").fetchall()

    def helper(self) -> None:
        read_first_screen(self.url, self.some)

    def close(self) -> None:
        self.raw.close()
        self.database.close()


def summary(values: list[float]) -> str:
    return f"{statistics.median(values):7.2f} ms ({min(values):.2f}-{max(values):.2f})"


def measure(size: int, rounds: int) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        results.setdefault(name, []).append(value)

    with tempfile.TemporaryDirectory() as folder:
        store = Store(working_copy(size, Path(folder)))
        store.helper()  # the file is checked once (a copy is new to this computer), then known
        for _ in range(rounds):
            add("first page + count", ms(store.first_page))
            add("  floor: sqlite3", ms(store.raw_first_page))
            for name, typed in SEARCHES.items():
                strokes = store.typing(typed)
                add(f"search {name}: median keystroke", statistics.median(strokes))
                add(f"search {name}: slowest keystroke", max(strokes))
            pages = store.scroll()
            add("scroll to the end, keyset pages of 200: median page", statistics.median(pages))
            add("scroll to the end: slowest page", max(pages))
            add("  floor: one keyset page via sqlite3", ms(store.raw_scroll_page))
            add("generic webs (Ctrl+D, Ctrl+N)", ms(store.repository.generic_webs))
            add("read one session", ms(lambda: store.repository.get(store.some)))
            add("a level change saved", ms(store.save))
            add("first screen read by the start-up helper", ms(store.helper))
            add("every summary (no longer a user action)", ms(store.every_summary))
            add("  floor: sqlite3 fetchall", ms(store.raw_every_summary))
        store.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    by_size = {size: measure(size, args.rounds) for size in args.sizes}
    names = list(next(iter(by_size.values())))
    for name in names:
        print(name)
        for size, results in by_size.items():
            print(f"  {size:>7,} sessions: {summary(results[name])}")


if __name__ == "__main__":
    main()
