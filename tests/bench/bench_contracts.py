"""The contract manager's overview with 200 contracts (goal: under 0.3 s from the menu to the table).

Numbers to watch, not pass/fail. Interleaved with a floor measured in the same run (opening the cleaning
example in the workspace, as bench_plan does), medians of 9 rounds, printed as a ratio. Each contract is
on its own agreed project web (the cleaning example's 16 criteria, 7 goals, 6 themes) and has four
reviews filled in, with two follow-up actions each.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.store_opener import open_store
from ambitieweb.model.contract.parts import CriterionStatus, FollowUpAction
from ambitieweb.model.contract.rules import new_review
from ambitieweb.model.levels import Level
from ambitieweb.model.session import new_id
from ambitieweb.store import Repository
from ambitieweb.store.contracts import ContractRepository
from tests.contract_data import cleaning_web, contract_for

CLEANING = "8b2e4f6a1c3d5e7f9a0b1c2d3e4f5a6b"
CONTRACTS = 200
ROUNDS = 9


def many_contracts(repository: Repository) -> None:
    rng = random.Random(18)
    contracts = ContractRepository(repository.engine)
    base = cleaning_web()
    webs = [
        base.model_copy(update={"id": new_id(), "title": f"Contract {n:03d}"}, deep=True)
        for n in range(CONTRACTS)
    ]
    repository.create_many(webs)
    for number, web in enumerate(webs):
        snapshot = repository.agree(repository.get(web.id))
        start = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
        contract = contract_for(
            snapshot, start=start, end=start + dt.timedelta(days=1460), supplier=f"Leverancier {number}"
        )
        previous = None
        for held in range(4):
            review = new_review(snapshot, start + dt.timedelta(days=180 * (held + 1)), previous)
            for check in review.checks:
                check.status = rng.choice(list(CriterionStatus))
                check.evidence = "Rapportage ontvangen " * rng.randint(0, 5)
            for measurement in review.measurements:
                measurement.value = rng.uniform(0, 100)
            for realisation in review.themes:
                realisation.level = Level(rng.randint(0, 3))
            review.actions += [
                FollowUpAction(what=f"Actie {held}.{i}", done=rng.random() < 0.5) for i in range(2)
            ]
            previous = review
            contract.reviews.append(review)
        contracts.create(contract)


def interleaved(measures: dict[str, Callable[[], object]]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(ROUNDS):
        for name, run in measures.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return times


def test_the_overview_of_200_contracts(benchmark: BenchmarkFixture, qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert open_store(window, f"sqlite:///{tmp_path / 'bench.sqlite'}", "nl")
    assert window.repository is not None
    many_contracts(window.repository)
    room = window.contracts

    def open_overview() -> None:
        if room.overview is not None:
            room.overview.close()
            room.overview = None
        room.overview_action.trigger()
        qtbot.waitUntil(lambda: room.overview is not None and room.overview.isVisible(), timeout=10_000)
        assert room.overview is not None and room.overview.model.rowCount() == CONTRACTS

    def open_session() -> None:
        window.open_session(CLEANING)
        qtbot.waitUntil(
            lambda: window.workspace is not None and window.workspace.radar.paints > 0, timeout=5000
        )

    for warm in (open_overview, open_session):  # imports and caches, as in a running program
        warm()
    times = interleaved({"overview of 200 contracts": open_overview, "floor: open session": open_session})
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(
            f"{name:28s} median {medians[name] * 1000:7.1f} ms"
            f"  min {min(values) * 1000:7.1f}  max {max(values) * 1000:7.1f}"
        )
    ratio = medians["overview of 200 contracts"] / medians["floor: open session"]
    print(f"overview / open session = {ratio:.2f}x")
    benchmark.extra_info.update({k: round(v * 1000, 1) for k, v in medians.items()})
    benchmark.pedantic(open_overview, rounds=3, iterations=1)
