"""Opening an action plan with 10 webs and 200 tenders, and its actieplan PDF (goal: under 0.5 s each);
its Word file too (no goal set; measured since the Word export exists).

Numbers to watch, not pass/fail. Interleaved with a floor measured in the same run (opening the cleaning
example in the workspace; the ambitiekaart PDF of it), medians of 9 rounds, printed as ratios. The
documents' radars are drawn on kept figures (charts/radar_kept), warm here as in a running program; the
first document after a start builds its figure (~50 ms more). The plan's
webs: the three Zuiderhaven examples plus seven department webs; 100 of the 200 tenders have a project
web with 8 criteria each (so the page reads 110 webs' facts).
"""

from __future__ import annotations

import io
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from ambitieweb.catalogue import default_catalogue
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.store_opener import open_store
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import PlannedTender, SpendCategory, TenderKind, TenderTheme, YearAction
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.session import Session, SessionKind, SessionScope
from ambitieweb.model.tender import choose
from ambitieweb.reports.actieplan import build_actieplan
from ambitieweb.reports.actieplan_content import actieplan_content
from ambitieweb.reports.actieplan_docx import render_actieplan_docx
from ambitieweb.reports.export import build_pdf
from ambitieweb.store import Repository
from ambitieweb.store.plans import PlanRepository

CLEANING = "8b2e4f6a1c3d5e7f9a0b1c2d3e4f5a6b"
ROUNDS = 9


def big_plan(repository: Repository) -> str:
    catalogue = default_catalogue()
    framework = catalogue.framework("mvi-nationaal-plan")
    [criteria_set] = [
        s for s in catalogue.criteria_sets if framework.id in s.frameworks and not s.product_group
    ]
    rng = random.Random(17)
    plans = PlanRepository(repository.engine)
    webs = [w.id for w in plans.candidate_webs("Gemeente Zuiderhaven")]
    themes = [t.id for t in framework.themes]
    new: list[Session] = []
    for number in range(7):
        web = Session.new(
            framework, f"Afdeling {number}", kind=SessionKind.ORGANISATION, scope=SessionScope.DEPARTMENT
        )
        for entry in web.themes:
            entry.current, entry.ambition = Level(rng.randint(1, 2)), Level(rng.randint(1, 3))
        new.append(web)
        webs.append(web.id)
    categories = [
        SpendCategory(
            name=f"Categorie {i}",
            yearly_spend=1e6 * (i + 1),
            contracts=i + 2,
            impact={t: rng.randint(1, 5) for t in themes},
        )
        for i in range(20)
    ]
    tenders = []
    for number in range(200):
        tender = PlannedTender(
            title=f"Aanbesteding {number} met een wat langere titel",
            category=categories[number % 20].name,
            estimated_value=rng.choice([90_000, 250_000, 400_000, 2_000_000, 6_000_000]),
            kind=rng.choice(list(TenderKind)),
            publication_year=2027 + number % 3,
            publication_quarter=1 + number % 4,
            duration_months=rng.choice([6, 12, 24, 48]),
            department="Afdeling",
            client="Opdrachtgever",
            themes=[TenderTheme(theme_id=t, level=Level(rng.randint(1, 3))) for t in rng.sample(themes, 3)],
        )
        if number % 2 == 0:
            web = Session.new(framework, tender.title, generic_session_id=webs[0])
            web.criteria = [choose(c, criteria_set) for c in criteria_set.criteria[:8]]
            new.append(web)
            tender.web_id = web.id
        tenders.append(tender)
    repository.create_many(new)
    plan = ActionPlan.new(
        framework,
        "Groot actieplan",
        2027,
        2029,
        organisation="Gemeente Zuiderhaven",
        web_ids=webs,
        categories=categories,
        tenders=tenders,
        actions=[YearAction(what=f"Actie {i}", year=2027 + i % 3, quarter=1 + i % 4) for i in range(40)],
    )
    assert len(plan.web_ids) == 10
    plans.create(plan)
    return plan.id


def interleaved(measures: dict[str, Callable[[], object]]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(ROUNDS):
        for name, run in measures.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return times


def test_open_a_plan_with_10_webs_and_200_tenders_and_its_pdf(
    benchmark: BenchmarkFixture, qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert open_store(window, f"sqlite:///{tmp_path / 'bench.sqlite'}", "nl")
    assert window.repository is not None
    plan_id = big_plan(window.repository)
    catalogue = default_catalogue()
    plans = PlanRepository(window.repository.engine)

    def open_plan() -> None:
        window.plans.open_plan(plan_id)
        qtbot.waitUntil(
            lambda: window.plans.page is not None and window.plans.page.inventory.radar.paints > 0,
            timeout=5000,
        )

    def open_session() -> None:
        window.open_session(CLEANING)
        qtbot.waitUntil(
            lambda: window.workspace is not None and window.workspace.radar.paints > 0, timeout=5000
        )

    def plan_pdf() -> None:
        plan = plans.get(plan_id)
        build_actieplan(
            plan,
            plans.web_facts(plan.referenced_webs()),
            catalogue.framework(plan.framework_id),
            io.BytesIO(),
        )

    def plan_docx() -> None:
        plan = plans.get(plan_id)
        document = actieplan_content(
            plan, plans.web_facts(plan.referenced_webs()), catalogue.framework(plan.framework_id)
        )
        render_actieplan_docx(document, io.BytesIO())

    cleaning = window.repository.get(CLEANING)
    framework = catalogue.framework(cleaning.framework_id)

    def card_pdf() -> None:
        build_pdf("ambitiekaart", window.repository.get(CLEANING), framework, io.BytesIO())  # type: ignore[union-attr]

    for warm in (
        open_plan,
        open_session,
        plan_pdf,
        card_pdf,
        plan_docx,
    ):  # imports, fonts and caches, as in a running program
        warm()
    times = interleaved(
        {
            "open plan": open_plan,
            "floor: open session": open_session,
            "plan PDF": plan_pdf,
            "floor: ambitiekaart PDF": card_pdf,
            "plan .docx": plan_docx,
        }
    )
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(
            f"{name:28s} median {medians[name] * 1000:7.1f} ms"
            f"  min {min(values) * 1000:7.1f}  max {max(values) * 1000:7.1f}"
        )
    print(f"open plan / open session = {medians['open plan'] / medians['floor: open session']:.2f}x")
    print(f"plan PDF / ambitiekaart PDF = {medians['plan PDF'] / medians['floor: ambitiekaart PDF']:.2f}x")
    print(
        f"plan .docx / ambitiekaart PDF = {medians['plan .docx'] / medians['floor: ambitiekaart PDF']:.2f}x"
    )
    benchmark.extra_info.update({k: round(v * 1000, 1) for k, v in medians.items()})
    benchmark.pedantic(open_plan, rounds=3, iterations=1)
