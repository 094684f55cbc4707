"""Store timings with 1,000 / 10,000 sessions: save one, load one, list all.

Run with `make bench`; these are numbers to watch, not pass/fail tests.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from ambitieweb.catalogue import default_catalogue
from ambitieweb.exchange import read_file
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository, open_database

SIZES = (1_000, 10_000)


def seeded(tmp: Path, count: int) -> Repository:
    """`count` sessions copied from the three examples (6-12 themes, goals and measures each)."""
    catalogue = default_catalogue()
    examples = [read_file(p, catalogue).session for p in sorted(sessions_dir().glob("*.ambitieweb.json"))]
    repository = Repository(open_database(f"sqlite:///{tmp / f'bench-{count}.sqlite'}").engine)
    batch: list[Session] = []
    for i, template in zip(range(count), itertools.cycle(examples), strict=False):
        copy = template.duplicate(f"{template.title} #{i}")
        copy.generic_session_id = None
        batch.append(copy)
        if len(batch) == 1000:
            repository.create_many(batch)
            batch = []
    if batch:
        repository.create_many(batch)
    return repository


@pytest.fixture(scope="module", params=SIZES, ids=lambda n: f"{n}-sessions")
def repository(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Repository]:
    repository = seeded(tmp_path_factory.mktemp("bench"), request.param)
    yield repository
    repository.engine.dispose()


def test_save_one_session(benchmark: BenchmarkFixture, repository: Repository) -> None:
    session = repository.get(repository.list_sessions()[0].id)
    levels = itertools.cycle(list(Level))

    def edit_and_save() -> None:
        session.themes[0].ambition = next(levels)
        repository.save(session)

    benchmark(edit_and_save)


def test_load_one_session(benchmark: BenchmarkFixture, repository: Repository) -> None:
    session_id = repository.list_sessions()[len(repository.list_sessions()) // 2].id
    benchmark(repository.get, session_id)


def test_list_all_sessions(benchmark: BenchmarkFixture, repository: Repository) -> None:
    rows = benchmark(repository.list_sessions)
    assert len(rows) in SIZES


def test_list_first_page_and_count(benchmark: BenchmarkFixture, repository: Repository) -> None:
    """What the session list shows first: 200 rows and the total."""

    def first_page() -> int:
        repository.list_sessions(limit=200)
        return repository.count_sessions()

    assert benchmark(first_page) in SIZES


def test_search_sessions(benchmark: BenchmarkFixture, repository: Repository) -> None:
    benchmark(repository.list_sessions, "schoonmaak")
