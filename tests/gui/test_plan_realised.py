"""The plan's evaluation step reads the contracts of its tenders (issue 18): a tender whose project web
was agreed and followed in two reviews shows its realised levels, the goal's values per year come from
the reviews, and taking them over is one undoable, saved edit that asks before overwriting."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.plan.controller import PlanController
from ambitieweb.gui.plan.page import PlanPage
from ambitieweb.gui.store_opener import open_store
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import PlanGoal, PlannedTender, TenderTheme
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.store.contracts import ContractRepository
from ambitieweb.store.plans import PlanRepository
from tests.contract_data import cleaning_web, two_reviews

INDICATOR = "Aandeel zero-emissievoertuigen van de opdrachtnemer ingezet op dit contract"


def followed_plan(window: MainWindow) -> ActionPlan:
    """The cleaning web agreed, its contract after two reviews, and a plan whose tender is that web."""
    assert window.repository is not None
    engine = window.repository.engine
    web = window.repository.get(cleaning_web().id)
    snapshot = window.repository.agree(web)
    ContractRepository(engine).create(two_reviews(snapshot))
    plan = ActionPlan(
        title="Evaluatie <contracten> & co",
        organisation="Gemeente Zuiderhaven",
        start_year=2027,
        end_year=2029,
        framework_id=web.framework_id,
        framework_version=web.framework_version,
        goals=[
            # the agreed goal in other case and spacing: the same goal
            PlanGoal(
                theme_id="klimaat",
                indicator="  " + INDICATOR.upper().replace(" ", "  "),
                unit=" % ",
                target=100,
                realised={2027: 55.0, 2029: 80.0},
            )
        ],
        tenders=[
            PlannedTender(
                title="Schoonmaak <stadhuis>",
                web_id=web.id,
                themes=[
                    TenderTheme(theme_id="klimaat", level=Level.SIGNIFICANT),
                    TenderTheme(theme_id="ketenverantwoordelijkheid", level=Level.AMBITIOUS),
                ],
            )
        ],
    )
    return PlanRepository(engine).create(plan)


def opened(window: MainWindow, qtbot: QtBot, plan_id: str) -> tuple[PlanPage, PlanController]:
    window.plans.open_plan(plan_id)
    page, controller = window.plans.page, window.plans.controller
    assert page is not None and controller is not None
    qtbot.waitUntil(lambda: bool(controller.followed), timeout=10_000)  # read in a worker
    page.show_step(7)
    return page, controller


def test_the_evaluation_shows_what_the_contract_realised_and_takes_its_values_over(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, database_url: str, tmp_path: Path
) -> None:
    plan = followed_plan(window)
    page, controller = opened(window, qtbot, plan.id)
    assert controller.contracts_job is not None and not controller.contracts_job.running
    evaluation = page.evaluation

    # Per tender theme: planned, applied in the web, realised in the newest review that judged it
    tenders = evaluation.tenders
    rows = [tuple(tenders.text(r, c) for c in range(6)) for r in range(tenders.rowCount())]
    assert rows == [
        ("Schoonmaak <stadhuis>", "Klimaat", "2", "2", "2", "20 januari 2028"),
        (
            "Schoonmaak <stadhuis>",
            "Ketenverantwoordelijkheid (Internationale Sociale Voorwaarden)",
            "3",
            "3",
            "2 ▼ lager dan gepland",
            "20 januari 2028",
        ),
    ]

    # The goal's values per year from the reviews, beside the typed ones; the tooltip names the contract
    realised = evaluation.realised
    last = realised.columnCount() - 1
    assert realised.headerData(last, Qt.Orientation.Horizontal) == "Uit contracten"
    assert realised.index(0, last).data() == "2027: 60 · 2028: 72,5"
    assert realised.index(0, 2).data() == "55"  # what was typed stays until taken over
    tip = realised.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "60" in tip and "Schoonmaak <stadhuis> (Schoon & Zo <B.V.> ZH-2027-014)" in tip
    assert realised.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) is None  # 2029: nothing measured

    # Taking over asks first, naming the value it would overwrite; cancel changes nothing
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(answer.pop(0))

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert evaluation.take_over_button.isEnabled()
    qtbot.mouseClick(evaluation.take_over_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "2027: 55 wordt 60" in asked[0] and "2028" not in asked[0]
    assert controller.plan.goals[0].realised == {2027: 55.0, 2029: 80.0}
    qtbot.mouseClick(evaluation.take_over_button, Qt.MouseButton.LeftButton)
    taken = {2027: 60.0, 2028: 72.5, 2029: 80.0}  # 2029 was not measured: the typed value stays
    assert controller.plan.goals[0].realised == taken
    assert realised.index(0, 2).data() == "60" and realised.index(0, 3).data() == "72,5"

    # One step on the window's undo stack, saved like every plan edit
    assert window.undo_action.text() == "Ongedaan maken Waarden uit contracten overnemen"
    window.undo_action.trigger()
    assert controller.plan.goals[0].realised == {2027: 55.0, 2029: 80.0}
    window.redo_action.trigger()
    assert controller.plan.goals[0].realised == taken
    assert not controller.unsaved

    # Nothing left to take over: said so, no step
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: informed.append(text))
    steps = controller.undo_stack.count()
    qtbot.mouseClick(evaluation.take_over_button, Qt.MouseButton.LeftButton)
    assert informed and controller.undo_stack.count() == steps

    # The actieplan's evaluation prints the realised levels and the contract values as typed
    job = window.plans.export_to(tmp_path / "plan.pdf")
    assert job is not None
    job.wait(60)
    qtbot.waitUntil(lambda: (tmp_path / "plan.pdf").exists(), timeout=60_000)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "plan.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = " ".join(text.split())
    assert "Gerealiseerd per aanbesteding" in words and "Doelen: waarden uit de contracten per jaar" in words
    assert "Schoon & Zo <B.V.>" in words  # markup printed as typed
    assert "▼ lager dan gepland" in words and "72,5" in words and "20 januari 2028" in words

    # After a restart on the same database: the taken-over values, and the contract read again
    second = MainWindow()
    qtbot.addWidget(second)
    assert open_store(second, database_url, "nl")
    page2, controller2 = opened(second, qtbot, plan.id)
    assert controller2.plan.goals[0].realised == taken
    assert page2.evaluation.realised.index(0, last).data() == "2027: 60 · 2028: 72,5"
    assert page2.evaluation.tenders.text(1, 4) == "2 ▼ lager dan gepland"
    assert second.repository is not None
    second.plans.close()
    second.repository.close()


def test_without_a_contract_follow_up_there_is_nothing_to_take_over(window: MainWindow, qtbot: QtBot) -> None:
    [summary] = PlanRepository(window.repository.engine).list_plans()  # type: ignore[union-attr]
    window.plans.open_plan(summary.id)
    page, controller = window.plans.page, window.plans.controller
    assert page is not None and controller is not None
    if controller.contracts_job is not None:
        controller.contracts_job.wait(10)
    qtbot.waitUntil(lambda: controller.contracts_job is None or not controller.contracts_job.running)
    page.show_step(7)
    assert controller.followed == {}
    assert not page.evaluation.take_over_button.isEnabled()
    assert page.evaluation.realised.index(0, page.evaluation.realised.columnCount() - 1).data() == ""
    assert {page.evaluation.tenders.text(r, 4) for r in range(page.evaluation.tenders.rowCount())} == {"–"}
