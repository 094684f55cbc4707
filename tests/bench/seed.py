"""Databases with many sessions for the benchmarks, made once and kept (they take a while at 100,000).

The sessions are copies of the three examples (6-12 themes, goals, measures, participants, one with
twelve criteria) with numbered titles and one of 60 organisations; one in a thousand is a generic web,
the rest project webs, as in an organisation's real database. Kept under $AMBITIEWEB_BENCH_CACHE
(default ~/.cache/ambitieweb-bench), one file per size and schema version; copy one before writing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
from pathlib import Path

from ambitieweb.catalogue import default_catalogue
from ambitieweb.exchange import read_file
from ambitieweb.model.session import Session, SessionKind
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository, open_database
from ambitieweb.store.database import SCHEMA_HEAD

VERSION = 1  # of the contents: change it when the seeding changes
PLACES = [
    "Zuiderhaven", "Westerland", "Ëde", "Oosterwijk", "Noordveld", "Zandwolde", "Elsmeer", "Brugge-Ter-Aa",
    "Heemskerk", "Vlietdorp", "Gaasterzijl", "Molenbeek", "Ouddorp", "Reeuwijk", "Stroeven", "Tielerwaard",
    "Uithoorn", "Valkenhorst", "Wijdemeren", "IJsselstein", "Zeewolde", "Almkerk", "Beemster", "Coevorden",
    "Dalfsen", "Epe", "Ferwert", "Goirle", "Haaksbergen", "Ilpendam",
]  # fmt: skip
ORGANISATIONS = [f"Gemeente {p}" for p in PLACES] + [f"Waterschap {p}" for p in PLACES]


def cache_folder() -> Path:
    folder = Path(os.environ.get("AMBITIEWEB_BENCH_CACHE", Path.home() / ".cache" / "ambitieweb-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def seeded(count: int) -> Path:
    """A database file with `count` sessions (made on first use, then reused; do not write to it)."""
    path = cache_folder() / f"sessions-{count}-schema{SCHEMA_HEAD}-v{VERSION}.sqlite"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    catalogue = default_catalogue()
    examples = [read_file(p, catalogue).session for p in sorted(sessions_dir().glob("*.ambitieweb.json"))]
    database = open_database(f"sqlite:///{partial}")
    repository = Repository(database.engine)
    start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    batch: list[Session] = []
    for i, template in zip(range(count), itertools.cycle(examples), strict=False):
        copy = template.duplicate(f"{template.title} #{i}")
        copy.generic_session_id = None
        copy.organisation = ORGANISATIONS[i % len(ORGANISATIONS)]
        copy.kind = SessionKind.ORGANISATION if i % 1000 == 0 else SessionKind.PROJECT
        copy.updated_at = copy.created_at = start + dt.timedelta(minutes=37 * i)
        batch.append(copy)
        if len(batch) == 1000:
            repository.create_many(batch)
            batch = []
    if batch:
        repository.create_many(batch)
    database.engine.dispose()
    partial.rename(path)
    return path


def working_copy(count: int, folder: Path) -> Path:
    """A copy of the seeded database to write to."""
    target = folder / f"sessions-{count}.sqlite"
    shutil.copyfile(seeded(count), target)
    return target


if __name__ == "__main__":
    import sys
    import time

    for size in map(int, sys.argv[1:] or ["1000", "10000", "100000"]):
        began = time.perf_counter()
        print(seeded(size), f"{time.perf_counter() - began:.1f} s")
