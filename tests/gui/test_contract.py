"""Contract follow-up in the window (issue 18), walked as a user would: from an agreed project web to
the contract's page, two reviews filled in with real widgets (keys into fields and cells, combo boxes,
buttons), undo, and both reviews found back after a restart on the same database."""

from __future__ import annotations

import datetime as dt
import subprocess
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPlainTextEdit, QTableView
from pytestqt.qtbot import QtBot

from ambitieweb.gui.contract.page import ContractPage
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.store_opener import open_store
from ambitieweb.model.contract.parts import CriterionStatus
from ambitieweb.model.levels import Level
from ambitieweb.store.contracts import ContractRepository
from tests.gui.accessibility import mnemonic_clashes, unnamed_controls
from tests.gui.sessions import open_titled
from tests.gui.test_plan import cell, choose_in, column_of, type_into

CLEANING = "Schoonmaakdiensten"


def field(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds, type, and leave it with Tab (as a user does)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def write_into(qtbot: QtBot, view: QTableView, index: QModelIndex, text: str) -> None:
    """F2 on a long text's cell opens its text box; replace what is there, leave it with Tab."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert isinstance(editor, QPlainTextEdit), editor
    editor.selectAll()
    editor.insertPlainText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()


def agreed_web(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    open_titled(window, CLEANING)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    window.agree()


def contract_page(window: MainWindow) -> ContractPage:
    assert window.contracts.action.isEnabled()
    assert window.contracts.action in window.ui.sessionMenu.actions()
    assert window.contracts.action.shortcut().toString() == "Ctrl+Shift+K"
    window.contracts.action.trigger()
    page = window.contracts.page
    assert page is not None and window.ui.pages.currentWidget() is page
    return page


def review_on(page: ContractPage, day: dt.date, qtbot: QtBot) -> None:
    page.today = lambda: day
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)


def test_two_reviews_are_kept_and_found_back_after_a_restart(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, database_url: str
) -> None:
    agreed_web(window, monkeypatch)
    page = contract_page(window)
    controller = page.controller
    assert page.form.edits["manager"].text() == "Sanne de Wit"  # the web's contract manager
    assert unnamed_controls(page) == [] and mnemonic_clashes(page) == {}

    # The contract data, each field saved when it is left
    form = page.form.edits
    field(qtbot, form["supplier"], "Schoon & Zo <B.V.>")
    field(qtbot, form["number"], "ZH-2027-014")
    field(qtbot, form["start"], "31-1-2027")
    field(qtbot, form["end"], "2031-01-30")
    field(qtbot, form["value"], "1.850.000,50")
    assert page.due.text() == "Volgend voortgangsgesprek uiterlijk 31-07-2027."
    field(qtbot, form["value"], "-5")
    assert page.message.text() == "Waarde: mag niet negatief zijn"
    assert form["value"].text() == "1.850.000,5"  # the stored value is shown again
    field(qtbot, form["end"], "1-1-2027")
    assert page.message.text() == "Einddatum: 01-01-2027 ligt vóór de startdatum 31-01-2027"
    field(qtbot, form["start"], "31 januari")
    assert page.message.text() == "Startdatum: '31 januari' is geen datum (dd-mm-jjjj)"
    contract = controller.contract
    assert (contract.supplier, contract.start, contract.end, contract.value) == (
        "Schoon & Zo <B.V.>",
        dt.date(2027, 1, 31),
        dt.date(2031, 1, 30),
        1_850_000.5,
    )

    # The first review, prefilled from the agreed version
    review_on(page, dt.date(2027, 7, 30), qtbot)
    editor = page.editor
    first = controller.contract.reviews[0]
    assert page.reviews.count() == 1 and editor.review_id == first.id
    assert editor.checks.rowCount() == 15 and editor.measurements.rowCount() == 7
    checks = editor.views["checks"]
    choose_in(qtbot, checks, cell(checks, 0, "Status"), "nagekomen")
    evidence = "<b>Kentekenlijst</b> & {{x}} ontvangen"
    write_into(qtbot, checks, cell(checks, 0, "Bewijs ontvangen"), evidence)
    choose_in(qtbot, checks, cell(checks, 1, "Status"), "niet")
    award = next(
        r
        for r in range(editor.checks.rowCount())
        if "Gunningscriterium" in str(cell(checks, r, "Criterium").data())
    )
    write_into(qtbot, checks, cell(checks, award, "Toegezegd in de inschrijving"), "Elektrisch vanaf maand 3")
    assert not (cell(checks, 0, "Toegezegd in de inschrijving").flags() & Qt.ItemFlag.ItemIsEditable)
    goals = editor.views["measurements"]
    type_into(qtbot, goals, cell(goals, 0, "Gemeten waarde"), "60")
    type_into(qtbot, goals, cell(goals, 0, "Eenheid"), "fte")
    assert page.message.text().startswith("Voortgangsgesprek 1, Gemeten waarde ('Aandeel zero-emissie")
    assert "eenheid 'fte' wijkt af van de eenheid van het doel ('%')" in page.message.text()
    themes = editor.views["themes"]
    choose_in(qtbot, themes, cell(themes, 0, "Gerealiseerd"), "1 basis")  # klimaat: agreed 2
    assert cell(themes, 0, "Signaal").data() == "⚠ onder het vastgestelde niveau"
    choose_in(qtbot, themes, cell(themes, 1, "Gerealiseerd"), "2 significant")
    assert "⚠ Onder het vastgestelde niveau: " in editor.summary.text()
    editor.add_action()
    actions = editor.views["actions"]
    type_into(qtbot, actions, cell(actions, 0, "Actie"), "Audit bij de kledingleverancier")
    type_into(qtbot, actions, cell(actions, 0, "Uiterlijk"), "1-10-2027")
    field(qtbot, editor.participants, "Sanne de Wit, <i>Schoon & Zo</i>")
    first = controller.contract.reviews[0]
    assert first.checks[0].status is CriterionStatus.MET and first.checks[0].evidence == evidence
    assert first.measurements[0].value == 60.0 and first.measurements[0].unit == ""
    assert first.actions[0].due == dt.date(2027, 10, 1) and not first.actions[0].done
    assert page.due.text() == "Volgend voortgangsgesprek uiterlijk 30-01-2028."

    # A second review half a year later keeps the first as it was
    review_on(page, dt.date(2028, 1, 20), qtbot)
    assert page.reviews.count() == 2 and editor.review_id == controller.contract.reviews[1].id
    second_promise = cell(checks, award, "Toegezegd in de inschrijving").data()
    assert second_promise == "Elektrisch vanaf maand 3"  # the bid's promise stays
    assert cell(checks, 0, "Status").data() == "nog niet te beoordelen"
    assert cell(actions, 0, "Actie").data() == "Audit bij de kledingleverancier"  # still open
    choose_in(qtbot, themes, cell(themes, 0, "Gerealiseerd"), "2 significant")
    choose_in(qtbot, themes, cell(themes, 1, "Gerealiseerd"), "1 basis")
    actions.setCurrentIndex(cell(actions, 0, "Gedaan"))
    assert editor.follow_ups.setData(
        cell(actions, 0, "Gedaan"), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert controller.contract.reviews[1].actions[0].done
    assert not controller.contract.reviews[0].actions[0].done  # the first review is not rewritten

    # Agreed against realised, with the trend, flagged in words
    table = page.comparison_view
    model = page.comparison
    assert model.headers[:4] == ("Thema", "Vastgesteld", "30-07-2027", "20-01-2028")
    rows = {model.rows[r][0]: model.rows[r] for r in range(model.rowCount())}
    klimaat, milieu = list(rows.values())[:2]
    assert klimaat[1:] == ["2 significant", "1 basis", "2 significant", "↑ hoger", ""]
    assert milieu[1:] == [
        "2 significant",
        "2 significant",
        "1 basis",
        "↓ lager",
        "⚠ onder het vastgestelde niveau",
    ]
    assert table.model() is model and column_of(table, "Signaal") == 5

    # Undo goes through the window's Edit menu and is saved too
    window.undo_action.trigger()  # the done box
    assert not controller.contract.reviews[1].actions[0].done
    stored = ContractRepository(window.repository.engine).get(controller.contract.id)
    assert stored == controller.contract

    # A restart: the store closed, a new window on the same database finds both reviews
    expected = controller.contract
    window.close()
    assert window.repository is not None
    window.repository.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.resize(1400, 900)
    second.show()
    assert open_store(second, database_url, "nl")
    open_titled(second, CLEANING)
    found = contract_page(second)
    assert found.controller.contract.model_dump(exclude={"revision", "updated_at"}) == expected.model_dump(
        exclude={"revision", "updated_at"}
    )
    assert found.reviews.count() == 2
    assert found.reviews.item(0).text() == "30-07-2027 — versie 1 — 50% nagekomen"
    assert found.editor.review_id == expected.reviews[1].id  # the last review is shown
    found.reviews.setCurrentRow(0)
    assert found.editor.participants.text() == "Sanne de Wit, <i>Schoon & Zo</i>"
    view: QTableView = found.editor.views["checks"]
    assert cell(view, 0, "Bewijs ontvangen").data() == evidence
    assert found.controller.contract.reviews[0].realised("klimaat") == Level.BASIS
    second.close()


def test_a_web_without_an_agreed_version_says_so_and_opens_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_titled(window, CLEANING)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.contracts.action.trigger()
    assert window.contracts.page is None and window.workspace is not None
    assert told and told[0].startswith("Dit ambitieweb heeft nog geen vastgestelde versie.")


def test_deleting_the_web_takes_its_contract_and_undo_puts_both_back(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    agreed_web(window, monkeypatch)
    page = contract_page(window)
    field(qtbot, page.form.edits["supplier"], "Schoon & Zo")
    review_on(page, dt.date(2027, 7, 30), qtbot)
    expected = page.controller.contract
    session_id = expected.session_id
    window.show_list()
    assert window.contracts.page is None
    assert window.repository is not None
    contracts = ContractRepository(window.repository.engine)
    window.list_page.delete(session_id)  # the question is answered yes (agreed_web)
    assert contracts.all_contracts() == []
    window.list_page.undo_stack.undo()
    back = contracts.for_session(session_id)
    assert back is not None
    assert back.model_dump(exclude={"revision", "updated_at"}) == expected.model_dump(
        exclude={"revision", "updated_at"}
    )


def test_a_long_evidence_note_with_lines_and_markup_is_kept_whole_through_the_cell_editor(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    agreed_web(window, monkeypatch)
    page = contract_page(window)
    review_on(page, dt.date(2027, 7, 30), qtbot)
    checks = page.editor.views["checks"]
    evidence = ("<script>x</script> & 'bon'\n\tregel 2 {{a}} %1\n" * 4000)[:100_000]
    write_into(qtbot, checks, cell(checks, 0, "Bewijs ontvangen"), evidence)
    assert window.repository is not None
    stored = ContractRepository(window.repository.engine).get(page.controller.contract.id)
    assert stored.reviews[0].checks[0].evidence == evidence
    assert cell(checks, 0, "Bewijs ontvangen").data() == "<script>x</script> & 'bon'"  # the first line shown
    write_into(qtbot, checks, cell(checks, 0, "Toelichting"), "stuurteken \x1b[31m")
    assert page.message.text().startswith(
        "Voortgangsgesprek 1, Toelichting: bevat een onzichtbaar stuurteken"
    )
    assert page.controller.contract.reviews[0].checks[0].note == ""
    assert page.controller.contract.reviews[0].checks[0].evidence == evidence  # nothing lost


def test_the_overview_flags_a_late_review_in_words_and_opens_the_contract(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    agreed_web(window, monkeypatch)
    page = contract_page(window)
    field(qtbot, page.form.edits["supplier"], "Schoon & Zo")
    field(qtbot, page.form.edits["start"], "1-1-2027")
    review_on(page, dt.date(2027, 6, 1), qtbot)
    page.editor.add_action()
    themes = page.editor.views["themes"]
    choose_in(qtbot, themes, cell(themes, 0, "Gerealiseerd"), "1 basis")  # klimaat: agreed 2
    choose_in(qtbot, themes, cell(themes, 1, "Gerealiseerd"), "3 ambitieus")
    session_id = page.controller.contract.session_id
    window.show_list()
    window.contracts.today = lambda: dt.date(2028, 1, 1)  # the next review was due on 1-12-2027
    assert window.contracts.overview_action in window.ui.fileMenu.actions()
    assert window.contracts.overview_action.shortcut().toString() == "Ctrl+Shift+O"
    window.contracts.overview_action.trigger()
    qtbot.waitUntil(lambda: window.contracts.overview is not None and window.contracts.overview.isVisible())
    dialog = window.contracts.overview
    assert dialog is not None
    assert unnamed_controls(dialog) == [] and mnemonic_clashes(dialog) == {}
    model = dialog.model
    assert dialog.summary.text().startswith("1 contracten, waarvan 1 met een te laat voortgangsgesprek.")
    assert model.headers[8:10] == ("Klimaat", "Milieu en biodiversiteit") and len(model.headers) == 14
    assert model.rows[0][8:] == (
        "⚠ 1 / 2 onder vastgesteld",
        "3 / 2",
        "– / 2",
        "– / 3",
        "– / 2",
        "– / 3",
    )
    assert model.index(0, 8).data(Qt.ItemDataRole.ForegroundRole) is not None  # red, and said in words
    assert model.index(0, 9).data(Qt.ItemDataRole.ForegroundRole) is None
    long_name = model.headers[11]
    assert model.headerData(11, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == long_name
    tip = model.index(0, 8).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Klimaat: gerealiseerd / vastgesteld bij het laatste gesprek: ⚠ 1 / 2 onder vastgesteld"
    assert model.rows[0][:8] == (
        "Schoonmaakdiensten gemeentelijke gebouwen 2027-2031",
        "Schoon & Zo",
        "Sanne de Wit",
        "01-12-2027",
        "⚠ te laat (31 dagen)",
        "1",
        "1",
        "–",
    )
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None  # red, and said in words
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    opened = window.contracts.page
    assert opened is not None and opened.controller.contract.session_id == session_id
    assert window.ui.pages.currentWidget() is opened


def test_a_new_review_is_undone_and_redone_and_a_date_before_the_start_is_refused(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    agreed_web(window, monkeypatch)
    page = contract_page(window)
    controller, editor = page.controller, page.editor
    field(qtbot, page.form.edits["start"], "1-3-2027")
    review_on(page, dt.date(2027, 2, 1), qtbot)  # before the start: the review is held on the start day
    assert controller.contract.reviews[0].date == dt.date(2027, 3, 1)
    field(qtbot, editor.date, "28-2-2027")
    assert page.message.text() == (
        "Voortgangsgesprek 1, Datum: 28-02-2027 ligt vóór de startdatum van het contract (01-03-2027)"
    )
    assert editor.date.text() == "01-03-2027" and controller.contract.reviews[0].date == dt.date(2027, 3, 1)
    field(qtbot, editor.date, "15-3-2027")
    assert controller.contract.reviews[0].date == dt.date(2027, 3, 15)
    window.undo_action.trigger()  # the date
    window.undo_action.trigger()  # the review
    assert controller.contract.reviews == [] and page.reviews.count() == 0
    assert editor.review_id is None and not editor.isEnabled()
    window.redo_action.trigger()
    assert page.reviews.count() == 1 and controller.contract.reviews[0].date == dt.date(2027, 3, 1)
    assert window.repository is not None
    stored = ContractRepository(window.repository.engine).get(controller.contract.id)
    assert stored.reviews == controller.contract.reviews


def test_the_page_s_radar_shows_the_latest_review_against_the_agreed_levels(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    agreed_web(window, monkeypatch)
    page = contract_page(window)
    agreed = page.controller.latest.session.themes
    assert page.radar.data.realised is None and page.radar.data.flagged is None  # no review yet
    assert page.radar.data.ambition == tuple(int(e.ambition) for e in agreed)
    review_on(page, dt.date(2027, 7, 30), qtbot)
    themes = page.editor.views["themes"]
    choose_in(qtbot, themes, cell(themes, 0, "Gerealiseerd"), "1 basis")  # klimaat: agreed 2
    choose_in(qtbot, themes, cell(themes, 1, "Gerealiseerd"), "3 ambitieus")
    data = page.radar.data
    assert data.realised == (1, 3) + (None,) * (len(agreed) - 2)
    assert data.flagged == (True,) + (False,) * (len(agreed) - 1)
    assert "Gerealiseerd (30-07-2027)" in data.legend_entries()
    assert data.legend_flagged == "Gerealiseerd onder vastgesteld"
    page.tabs.setCurrentIndex(1)
    assert page.radar.isVisible() and page.radar.accessibleName()
    qtbot.waitUntil(lambda: page.radar.full_draws > 0 and not page.radar.draw_pending)
    assert page.radar.plot().data.realised == data.realised
    page.grab().save(str(tmp_path / "contract-radar.png"))
    assert "Gerealiseerd (30-07-2027) 1 basis" in page.radar.accessibleDescription()


def test_the_monitoring_report_is_exported_from_the_page_in_the_background(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import docx

    agreed_web(window, monkeypatch)
    page = contract_page(window)
    review_on(page, dt.date(2027, 7, 30), qtbot)
    themes = page.editor.views["themes"]
    choose_in(qtbot, themes, cell(themes, 0, "Gerealiseerd"), "1 basis")
    chosen = [
        (str(tmp_path / "rapport.pdf"), "PDF (*.pdf)"),
        (str(tmp_path / "rapport"), "Word-document (*.docx)"),  # the filter's suffix is added
    ]
    offered: list[str] = []

    def save_name(*args: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return chosen.pop(0)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    assert page.report_button.text() == "Rapportage als PD&F of Word…"
    for written in (tmp_path / "rapport.pdf", tmp_path / "rapport.docx"):
        page.report_button.setFocus()
        qtbot.keyClick(page.report_button, Qt.Key.Key_Space)  # returns at once: a worker writes it
        qtbot.waitUntil(written.exists, timeout=60_000)
        qtbot.waitUntil(partial(said, window, str(written)), timeout=10_000)
    assert offered[0].startswith("Monitoringsrapportage-Schoonmaakdiensten") and offered[0].endswith(".pdf")
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(tmp_path / "rapport.pdf"), "-"], capture_output=True, text=True
        ).stdout.split()
    )
    assert "Monitoringsrapportage contract" in text and "Gerealiseerd (30-07-2027)" in text
    assert "Thema's onder het vastgestelde niveau: Klimaat" in text
    word = docx.Document(str(tmp_path / "rapport.docx"))
    assert word.paragraphs[0].text == "Monitoringsrapportage contract" and word.inline_shapes


def test_a_review_is_deleted_by_key_after_a_question_naming_its_date_and_undo_puts_it_back(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    agreed_web(window, monkeypatch)
    page = contract_page(window)
    controller = page.controller
    review_on(page, dt.date(2027, 7, 30), qtbot)
    themes = page.editor.views["themes"]
    choose_in(qtbot, themes, cell(themes, 0, "Gerealiseerd"), "1 basis")
    review_on(page, dt.date(2028, 1, 20), qtbot)
    first, second = controller.contract.reviews
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.reviews.setFocus()
    page.reviews.setCurrentRow(0)
    qtbot.keyClick(page.reviews, Qt.Key.Key_Delete)  # "No": nothing happens
    assert asked[0].startswith("Het voortgangsgesprek van 30-07-2027 verwijderen")
    assert [r.id for r in controller.contract.reviews] == [first.id, second.id]
    qtbot.keyClick(page.reviews, Qt.Key.Key_Delete)
    assert [r.id for r in controller.contract.reviews] == [second.id]
    assert page.reviews.count() == 1 and page.editor.review_id == second.id  # the next one is shown
    assert page.radar.data.realised == (None,) * len(controller.latest.session.themes)  # only the second's
    assert window.repository is not None
    contracts = ContractRepository(window.repository.engine)
    assert [r.id for r in contracts.get(controller.contract.id).reviews] == [second.id]  # saved at once
    assert window.undo_action.text().endswith("Voortgangsgesprek van 30-07-2027 verwijderen")
    window.undo_action.trigger()
    assert controller.contract.reviews[0] == first and page.reviews.count() == 2
    assert contracts.get(controller.contract.id).reviews[0] == first
    page.reviews.clearSelection()
    page.reviews.setCurrentRow(-1)
    assert not page.delete_button.isEnabled()  # nothing chosen: nothing to delete
    assert unnamed_controls(page) == [] and mnemonic_clashes(page) == {}


def said(window: MainWindow, text: str) -> bool:
    """The status bar says `text` (e.g. where a report went)."""
    return text in window.statusBar().currentMessage()
