"""The action plan in the window, walked as a user would: the seven steps with real widgets (keys into
cells, combo boxes, buttons), undo, and everything found back after a restart on the same database."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.plan.page import PlanPage
from ambitieweb.gui.plan.plan_dialog import PlanDialog
from ambitieweb.gui.store_opener import open_store
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import ActionStatus, GoalType, TenderKind
from ambitieweb.store.plans import PlanRepository
from tests.gui.sessions import drawn

SOCIAL_DOMAIN = "3c7e9a1f5b2d4e6a8c0f1a2b3c4d5e6f"


def fill_dialog(
    qtbot: QtBot, title: str, organisation: str, start: int, end: int
) -> Callable[[PlanDialog], int]:
    """Stand in for the user at the plan form: type, pick the years, press OK."""

    def run(dialog: PlanDialog) -> int:
        qtbot.keyClicks(dialog.title, title)
        qtbot.keyClicks(dialog.organisation, organisation)
        dialog.start.setValue(start)
        dialog.end.setValue(end)
        dialog.accept()
        return int(dialog.DialogCode.Accepted if dialog.isHidden() else dialog.DialogCode.Rejected)

    return run


def type_into(qtbot: QtBot, view: QTableView, index: QModelIndex, text: str, paste: bool = False) -> None:
    """F2 on the cell, select what is there, type (or paste), Enter: as at a keyboard."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    if paste:  # what a keyboard cannot type (control characters) arrives by pasting
        editor.insert(text)
    else:
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits in a queued call, as in the running program


def choose_in(qtbot: QtBot, view: QTableView, index: QModelIndex, label: str) -> None:
    """F2 opens the cell's combo box; pick the entry shown as `label`."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert isinstance(editor, QComboBox), editor
    found = editor.findText(label)
    assert found >= 0, f"{label!r} not in {[editor.itemText(i) for i in range(editor.count())]}"
    editor.setCurrentIndex(found)
    editor.activated.emit(found)
    QApplication.processEvents()


def toggle(qtbot: QtBot, view: QTableView, index: QModelIndex) -> None:
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Space)


def column_of(view: QTableView, header: str) -> int:
    model = view.model()
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return names.index(header)


def cell(view: QTableView, row: int, header: str) -> QModelIndex:
    return view.model().index(row, column_of(view, header))


def text(view: QTableView, row: int, header: str) -> Any:
    return cell(view, row, header).data()


def plan_page(window: MainWindow) -> PlanPage:
    """The plan page shown now (there must be one)."""
    page = window.plans.page
    assert page is not None
    return page


def reported(window: MainWindow, written: Path) -> bool:
    """The status bar names `written`."""
    return str(written) in window.statusBar().currentMessage()


@pytest.fixture
def new_plan(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> PlanPage:
    monkeypatch.setattr(
        PlanDialog, "exec", fill_dialog(qtbot, "MVOI-plan 2027-2029", "Gemeente Zuiderhaven", 2027, 2029)
    )
    window.plans.new.trigger()
    assert window.plans.page is not None
    return window.plans.page


def test_walk_the_seven_steps_and_find_everything_after_a_restart(
    window: MainWindow, new_plan: PlanPage, qtbot: QtBot, database_url: str
) -> None:
    page, controller = new_plan, new_plan.controller
    assert window.ui.pages.currentWidget() is page
    assert "MVOI-plan 2027-2029" in window.windowTitle()

    # 1 Inventarisatie: the organisation's three generic webs were ticked when its name was typed
    step = page.inventory
    assert step.webs.rowCount() == 3
    assert {step.webs.text(r, 1) for r in range(3)} == {
        "hele organisatie",
        "afdeling Sociaal Domein",
        "impactgebied Klimaat en energie",
    }
    assert step.combined.text(0, 0) == "Klimaat" and step.combined.text(0, 3) == "2 / 3 / 3"
    assert drawn(qtbot, step.radar).plot().data.votes is not None  # the spread band over the webs
    step.tabs.setCurrentIndex(1)
    add = next(b for b in step.findChildren(QPushButton) if b.text() == "Categorie &toevoegen")
    for _ in range(2):
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    type_into(qtbot, step.category_table, cell(step.category_table, 0, "Inkoopcategorie"), "ICT")
    type_into(qtbot, step.category_table, cell(step.category_table, 0, "Inkoop per jaar (€)"), "3.100.000")
    type_into(qtbot, step.category_table, cell(step.category_table, 1, "Inkoopcategorie"), "Schoonmaak")
    type_into(qtbot, step.impact_table, step.impact.index(0, 0), "4")  # ICT x Klimaat
    assert [c.name for c in controller.plan.categories] == ["ICT", "Schoonmaak"]
    assert controller.plan.categories[0].yearly_spend == 3_100_000
    assert controller.plan.categories[0].impact == {"klimaat": 4}
    assert step.heatmap.render_now() is not None

    # 2 Thema's kiezen: two focus themes with a reason, within the limit
    page.show_step(2)
    focus = page.focus_step
    toggle(qtbot, focus.table, focus.model.index(0, 0))  # Klimaat
    toggle(qtbot, focus.table, focus.model.index(5, 0))  # Social return
    type_into(qtbot, focus.table, focus.model.index(0, 2), "Grootste impact: energie en vervoer")
    assert controller.plan.focus_ids() == ["klimaat", "social-return"]
    assert controller.plan.focus[0].reason == "Grootste impact: energie en vervoer"

    # 3 Ambities en doelen
    page.show_step(3)
    goals = page.goals
    choose_in(qtbot, goals.ambition_table, cell(goals.ambition_table, 0, "Ambitie"), "3 ambitieus")
    assert controller.plan.focus[0].ambition == Level.AMBITIOUS
    qtbot.keyClick(goals.goal_table, Qt.Key.Key_Escape)
    goals._add()
    type_into(qtbot, goals.goal_table, cell(goals.goal_table, 0, "Indicator"), "CO2 van de inkoop")
    choose_in(qtbot, goals.goal_table, cell(goals.goal_table, 0, "Soort doel"), "effectdoel")
    type_into(qtbot, goals.goal_table, cell(goals.goal_table, 0, "Nulmeting"), "12400")
    type_into(qtbot, goals.goal_table, cell(goals.goal_table, 0, "Streefwaarde"), "8700")
    type_into(qtbot, goals.goal_table, cell(goals.goal_table, 0, "Eenheid"), "ton CO2")
    goal = controller.plan.goals[0]
    assert (goal.theme_id, goal.type, goal.baseline, goal.target, goal.year) == (
        "klimaat",
        GoalType.EFFECT,
        12400,
        8700,
        2029,
    )

    # 4 Kansrijke aanbestedingen: which rules apply, and a project web from the tender
    page.show_step(4)
    tenders = page.tenders
    tenders._add()
    type_into(qtbot, tenders.table, cell(tenders.table, 0, "Aanbesteding"), "Schoonmaak stadhuis <2028> & co")
    choose_in(qtbot, tenders.table, cell(tenders.table, 0, "Categorie"), "Schoonmaak")
    type_into(qtbot, tenders.table, cell(tenders.table, 0, "Waarde (€)"), "250.000")
    choose_in(qtbot, tenders.table, cell(tenders.table, 0, "Soort"), "dienst")
    type_into(qtbot, tenders.table, cell(tenders.table, 0, "Looptijd (mnd)"), "6")
    tender = controller.plan.tenders[0]
    assert (tender.title, tender.category, tender.estimated_value, tender.kind) == (
        "Schoonmaak stadhuis <2028> & co",
        "Schoonmaak",
        250_000,
        TenderKind.SERVICES,
    )
    tenders.table.selectRow(0)
    choose_in(qtbot, tenders.level_table, tenders.levels.index(5, 1), "3 ambitieus")  # Social return
    choose_in(qtbot, tenders.level_table, tenders.levels.index(0, 1), "2 significant")  # Klimaat
    assert [(t.theme_id, t.level) for t in controller.plan.tenders[0].themes] == [
        ("klimaat", 2),
        ("social-return", 3),
    ]
    rules = {tenders.rules.text(r, 0): tenders.rules.text(r, 1) for r in range(tenders.rules.rowCount())}
    assert (
        rules["Social return in werken en diensten vanaf € 250.000 en 6 maanden"] == "ja"
    )  # exactly at both
    type_into(qtbot, tenders.table, cell(tenders.table, 0, "Looptijd (mnd)"), "5")
    rules = {tenders.rules.text(r, 0): tenders.rules.text(r, 2) for r in range(tenders.rules.rowCount())}
    assert (
        rules["Social return in werken en diensten vanaf € 250.000 en 6 maanden"]
        == "niet: vanaf looptijd (maanden)"
    )
    type_into(qtbot, tenders.table, cell(tenders.table, 0, "Looptijd (mnd)"), "24")

    qtbot.mouseClick(tenders.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller is not None)
    assert window.controller is not None and window.plans.page is None
    web = window.controller.session
    assert web.kind == "project" and web.title == "Schoonmaak stadhuis <2028> & co"
    assert web.entry("social-return").ambition == Level.AMBITIOUS and web.entry("klimaat").focus
    assert window.repository is not None
    candidates = PlanRepository(window.repository.engine).candidate_webs()
    generic = next(w for w in candidates if w.scope == "organisation")
    assert web.generic_session_id == generic.id
    window.controller.set_ambition(0, Level.SIGNIFICANT)  # the team agrees Klimaat at 2 in the web
    assert window.plans.back.isEnabled()
    window.plans.back.trigger()
    page = plan_page(window)
    controller = page.controller
    page.show_step(4)
    page.tenders.table.selectRow(0)
    assert "concept" in page.tenders.web_text.text() and "Klimaat 2" in page.tenders.web_text.text()

    # 5 MVI in het inkoopproces
    page.show_step(5)
    process = page.process
    assert process.model.text(0, 1) == "concept" and "Social return 3" in process.model.text(0, 2)

    # 6 Jaarplanning
    page.show_step(6)
    year = page.year
    year._add()
    type_into(qtbot, year.table, cell(year.table, 0, "Actie"), "Marktconsultatie schoonmaak")
    choose_in(qtbot, year.table, cell(year.table, 0, "Kwartaal"), "K3")
    choose_in(qtbot, year.table, cell(year.table, 0, "Status"), "bezig")
    choose_in(qtbot, year.table, cell(year.table, 0, "Doel"), "CO2 van de inkoop")
    action = controller.plan.actions[0]
    assert (action.quarter, action.status, action.goal_id) == (
        3,
        ActionStatus.STARTED,
        controller.plan.goals[0].id,
    )
    assert year.timeline.render_now() is not None

    # 7 Evalueren
    page.show_step(7)
    evaluation = page.evaluation
    type_into(qtbot, evaluation.realised_table, evaluation.realised.index(0, 2), "11.950,5")  # 2027
    assert controller.plan.goals[0].realised == {2027: 11950.5}
    assert evaluation.realised.index(0, 6).data() == "nee"  # 11950,5 is not yet at 8700
    effort = {
        evaluation.effort.text(r, 0): evaluation.effort.text(r, 1)
        for r in range(evaluation.effort.rowCount())
    }
    assert effort["Aanbestedingen met MVI-criteria"] == "0 / 1"  # the new web has no criteria yet

    # Undo and redo go through the window's Edit menu
    assert window.undo_action.text() == "Ongedaan maken Gerealiseerd 2027: CO2 van de inkoop"
    window.undo_action.trigger()
    assert controller.plan.goals[0].realised == {}
    window.redo_action.trigger()
    assert controller.plan.goals[0].realised == {2027: 11950.5}

    # A restart: a new window on the same database finds it all
    expected = controller.plan
    second = MainWindow()
    qtbot.addWidget(second)
    assert open_store(second, database_url, "nl")
    assert second.repository is not None
    [summary] = [
        p for p in PlanRepository(second.repository.engine).list_plans() if p.title == "MVOI-plan 2027-2029"
    ]
    second.plans.open_plan(summary.id)
    assert second.plans.controller is not None
    found = second.plans.controller.plan
    assert found.model_dump(exclude={"revision", "updated_at"}) == expected.model_dump(
        exclude={"revision", "updated_at"}
    )
    assert second.plans.page is not None and second.plans.page.process.model.text(0, 1) == "concept"


def test_bad_input_is_refused_with_the_field_named_and_nothing_lost(
    window: MainWindow, new_plan: PlanPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, controller = new_plan, new_plan.controller
    step = page.inventory
    step._add_category()
    type_into(qtbot, step.category_table, cell(step.category_table, 0, "Inkoopcategorie"), "ICT")
    step._add_category()
    type_into(qtbot, step.category_table, cell(step.category_table, 1, "Inkoopcategorie"), " ict ")
    assert page.message.text() == "Inkoopcategorie 'ict' staat er twee keer in" and page.message.isVisibleTo(
        page
    )
    type_into(qtbot, step.category_table, cell(step.category_table, 0, "Inkoop per jaar (€)"), "-5")
    assert page.message.text() == "Inkoopvolume per jaar (€): mag niet negatief zijn"
    stored = PlanRepository(window.repository.engine).get(controller.plan.id)  # type: ignore[union-attr]
    assert [c.name for c in stored.categories] == ["ICT", "Nieuwe categorie"] and stored.categories[
        0
    ].yearly_spend == 0

    page.tenders._add()
    tenders = page.tenders
    type_into(qtbot, tenders.table, cell(tenders.table, 0, "Waarde (€)"), "-250000")
    assert page.message.text() == "Geschatte waarde (€): mag niet negatief zijn"
    type_into(qtbot, tenders.table, cell(tenders.table, 0, "Aanbesteding"), "Bel\x07 <b>vet</b>", paste=True)
    assert "Titel: bevat een onzichtbaar stuurteken" in page.message.text()
    type_into(qtbot, tenders.table, cell(tenders.table, 0, "MVI in gunning (%)"), "120")
    assert page.message.text() == "MVI in de gunning (%): mag hoogstens 100 zijn"
    assert (
        controller.plan.tenders[0].title == "Nieuwe aanbesteding"
        and controller.plan.tenders[0].estimated_value == 0
    )

    page.show_step(2)
    focus = page.focus_step
    for row in (0, 1, 2, 3):
        toggle(qtbot, focus.table, focus.model.index(row, 0))
    assert len(controller.plan.focus) == 3
    assert page.message.text() == "Hoogstens 3 focusthema's: haal er eerst een weg of verhoog het maximum."

    # the plan form: an end before the start is refused, naming both years; the plan is unchanged
    def end_before_start(dialog: PlanDialog) -> int:
        dialog.end.setValue(2026)
        dialog.accept()
        assert dialog.message.text() == "Eindjaar 2026 ligt vóór beginjaar 2027"
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(PlanDialog, "exec", end_before_start)
    window.plans.details.trigger()
    assert controller.plan.end_year == 2029


def test_deleting_a_web_the_plan_uses_asks_first_and_can_be_undone(
    window: MainWindow, new_plan: PlanPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert SOCIAL_DOMAIN in new_plan.controller.plan.web_ids
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, question: str) -> QMessageBox.StandardButton:
        asked.append(question)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.show_list()
    window.list_page.delete(SOCIAL_DOMAIN)
    assert "actieplan 'MVOI-plan 2027-2029'" in asked[0] and "Ctrl+Z" in asked[0]
    assert window.repository is not None and not window.repository.exists(SOCIAL_DOMAIN)
    window.plans.back.trigger()
    page = window.plans.page
    assert page is not None
    assert "1 ambitieweb(s) van het plan staan niet (meer) in de database." in page.warnings.text()
    assert page.inventory.webs.rowCount() == 2
    assert page.controller.plan.web_ids.count(SOCIAL_DOMAIN) == 1  # the plan keeps its reference
    window.show_list()
    window.undo_action.trigger()
    assert window.repository.exists(SOCIAL_DOMAIN)
    window.plans.back.trigger()
    assert window.plans.page is not None and window.plans.page.inventory.webs.rowCount() == 3
    assert not window.plans.page.warnings.isVisibleTo(window.plans.page)


def test_the_example_plan_opens_from_the_list_of_plans(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ambitieweb.gui.plan.plan_list import PlanList

    def open_first(dialog: PlanList) -> int:
        assert (
            dialog.model.rowCount() == 1
            and dialog.model.text(0, 0) == "Actieplan MVOI Gemeente Zuiderhaven 2027-2029"
        )
        dialog._choose("open")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PlanList, "exec", open_first)
    qtbot.mouseClick(window.plans.list_button, Qt.MouseButton.LeftButton)
    page = window.plans.page
    assert page is not None and page.tenders.tenders.rowCount() == 11
    assert page.process.model.text(0, 1) == "concept"  # the cleaning tender's project web
    effort = {
        page.evaluation.effort.text(r, 0): page.evaluation.effort.text(r, 2)
        for r in range(page.evaluation.effort.rowCount())
    }
    assert effort["Gemiddeld aandeel MVI in de gunning"] == "30%"


def test_a_step_is_built_when_first_shown_and_its_chart_drawn_off_the_gui_thread(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from ambitieweb.gui.plan import chart_view
    from ambitieweb.gui.plan.step_year import YearStep

    drawn_in: list[str] = []
    real = chart_view.render

    def recorded(*args: Any) -> Any:
        drawn_in.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(chart_view, "render", recorded)
    [plan] = PlanRepository(window.repository.engine).list_plans()  # type: ignore[union-attr]
    window.plans.open_plan(plan.id)
    page = window.plans.page
    assert page is not None
    assert not page.findChildren(YearStep)  # opening a plan builds the first step only
    page.show_step(6)
    [year] = page.findChildren(YearStep)
    assert year is page.year
    qtbot.waitUntil(lambda: year.timeline.image() is not None and not year.timeline.drawing)
    assert drawn_in and all(name != threading.main_thread().name for name in drawn_in)
    image = year.timeline.image()
    assert image is not None and image.width() >= year.timeline.width()  # drawn for the widget's size


def test_the_plan_page_is_reachable_by_keyboard_and_every_control_is_named(
    window: MainWindow, new_plan: PlanPage, qtbot: QtBot
) -> None:
    page = new_plan
    for number in range(1, 8):
        page.show_step(number)
        qtbot.wait(1)
        focusable = [
            w
            for w in page.tabs.currentWidget().findChildren(QWidget)
            if w.isVisibleTo(page) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        assert focusable, number
        for widget in focusable:
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            assert name.strip(), f"step {number}: {type(widget).__name__} has no accessible name"
        for view in page.tabs.currentWidget().findChildren(QTableView):
            assert not view.tabKeyNavigation(), (
                f"step {number}: Tab would stay inside {view.accessibleName()}"
            )
    # Alt+digit walks the steps (the tab texts carry &1 ... &7)
    assert [page.tabs.tabText(i)[:2] for i in range(7)] == [f"&{n}" for n in range(1, 8)]
    page.show_step(1)
    page.inventory.web_table.setFocus()
    seen = set()
    for _ in range(40):  # Tab leaves every table: the focus travels on through the page
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    assert page.inventory.combined_table in seen and len(seen) > 4


def test_the_plan_exports_as_pdf_and_as_word_in_the_background(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import docx
    from docx.shared import Mm

    from ambitieweb.gui.plan.plan_list import PlanList

    def open_first(dialog: PlanList) -> int:
        dialog._choose("open")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PlanList, "exec", open_first)
    qtbot.mouseClick(window.plans.list_button, Qt.MouseButton.LeftButton)
    assert window.plans.page is not None
    chosen: list[tuple[str, str]] = [
        (str(tmp_path / "plan.pdf"), "PDF (*.pdf)"),
        (str(tmp_path / "plan"), "Word-document (*.docx)"),  # no suffix typed: the filter's is added
    ]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: chosen.pop(0))
    for written in (tmp_path / "plan.pdf", tmp_path / "plan.docx"):
        window.plans.pdf.trigger()  # returns at once: the file is written in a worker
        qtbot.waitUntil(written.exists, timeout=60_000)
        qtbot.waitUntil(partial(reported, window, written), timeout=10_000)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "plan.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Actieplan MVOI Gemeente Zuiderhaven 2027-2029" in text
    word = docx.Document(str(tmp_path / "plan.docx"))
    headings = [p.text for p in word.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert len(headings) >= 7  # the summary and the seven steps
    assert word.paragraphs[1].text == "Actieplan MVOI Gemeente Zuiderhaven 2027-2029"
    assert word.inline_shapes  # the charts as pictures
    text_width = Mm(210) - 2 * Mm(22)
    for table in word.tables:  # every row within the text width (cells are what Word lays out)
        for row in table.rows:
            assert sum(int(cell.width or 0) for cell in row.cells) <= text_width


def test_a_plan_file_on_an_own_framework_imports_into_the_window_and_says_what_it_added(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ambitieweb.store import Repository, open_database
    from tests.unit.test_plan_file import own_framework_plan

    elsewhere = open_database(f"sqlite:///{tmp_path / 'elders.sqlite'}")  # the laptop it was made on
    path, plan = own_framework_plan(Repository(elsewhere.engine), tmp_path)
    elsewhere.close()
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.plans.import_.trigger()  # read, checked and stored in the background
    qtbot.waitUntil(lambda: window.plans.controller is not None, timeout=10000)
    assert told == [
        "Kader 'Beleidsweb Zuiderhaven 2' (versie 1.1) is toegevoegd.\n"
        "Kader 'Beleidsweb Zuiderhaven' (versie 1.0) is toegevoegd."
    ]
    page = window.plans.page
    assert page is not None and window.plans.controller is not None
    assert window.plans.controller.plan.id == plan.id
    assert window.catalogue is not None
    assert [t.id for t in window.catalogue.framework("zuiderhaven-beleid", "1.1").themes] == [
        f"thema-{n}" for n in range(1, 5)
    ]
    assert "Geïmporteerd: 2 nieuwe webs, 0 al aanwezig" in window.ui.statusbar.currentMessage()
    again = tmp_path / "terug.ambitieplan.json"  # and out again, from the window, with its frameworks
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(again), ""))
    window.plans.export.trigger()
    qtbot.waitUntil(lambda: "Geëxporteerd naar" in window.ui.statusbar.currentMessage(), timeout=10000)
    data = json.loads(again.read_text(encoding="utf-8"))
    assert [(f["id"], f["version"]) for f in data["own_frameworks"]] == [
        ("zuiderhaven-beleid", "1.1"),
        ("zuiderhaven-beleid", "1.0"),
    ]
