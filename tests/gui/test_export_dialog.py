"""The export dialog: each document to a file, values filled in on the spot, the clipboard, errors."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from ambitieweb.catalogue import Catalogue
from ambitieweb.examples import import_examples
from ambitieweb.gui.documents.export_dialog import ExportDialog
from ambitieweb.gui.documents.missing_values import MissingValuesModel
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.session import Session
from ambitieweb.model.tender import add_criterion, choose
from ambitieweb.reports import DOCUMENTS
from ambitieweb.store import Repository

TITLE = "Schoonmaakdiensten gemeentelijke gebouwen 2027-2031"
AWARD = "klimaat-2-gunning-co2-uitstoot-uitvoering"  # placeholders: punten, frequentie


@pytest.fixture
def controller(repository: Repository, catalogue: Catalogue) -> Iterator[SessionController]:
    import_examples(repository, catalogue)
    [summary] = [s for s in repository.list_sessions() if s.title == TITLE]
    session = repository.get(summary.id)
    controller = SessionController(session, catalogue.framework(session.framework_id), repository)
    yield controller
    controller.flush()
    controller.deleteLater()


def with_missing_values(controller: SessionController, catalogue: Catalogue) -> str:
    """Choose a catalogue criterion whose placeholders are still empty; returns its id."""
    found = catalogue.criterion(AWARD)
    assert found
    chosen = choose(found[1], found[0])

    def choose_it(session: Session) -> None:
        add_criterion(session, chosen)

    controller.edit("Kiezen", choose_it)
    return chosen.id


def make_dialog(qtbot: QtBot, controller: SessionController, catalogue: Catalogue) -> ExportDialog:
    dialog = ExportDialog.for_controller(controller, catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def choose_in(qtbot: QtBot, combo: object, text: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findText(text)
    assert index >= 0, text
    combo.setFocus()
    combo.setCurrentIndex(index)


def test_each_document_is_exported_as_pdf(
    qtbot: QtBot, controller: SessionController, catalogue: Catalogue, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, controller, catalogue)
    assert [dialog.ui.documentCombo.itemData(i) for i in range(dialog.ui.documentCombo.count())] == list(
        DOCUMENTS
    )
    for document in DOCUMENTS:
        path = dialog.export_to(tmp_path / f"{document}.pdf", document, "pdf", None)
        assert len(PdfReader(path).pages) >= 1
        text = pdf_text(path)
        assert "Schoonmaakdiensten gemeentelijke gebouwen" in text, document
    assert "W1" in pdf_text(tmp_path / "bestekteksten.pdf")


def done(qtbot: QtBot, dialog: ExportDialog) -> None:
    """Wait for the export (or copy) under way in the background."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def test_an_export_runs_in_the_background_with_progress_and_can_be_stopped(
    qtbot: QtBot, controller: SessionController, catalogue: Catalogue, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, controller, catalogue)
    ui = dialog.ui
    ticks: list[float] = []
    heartbeat = QTimer(dialog)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start(5)
    fractions: list[float] = []
    job = dialog.start_export(tmp_path / "document.pdf", "ambitiedocument", "pdf", None)
    job.progressed.connect(fractions.append)
    assert ui.progressBar.isVisible() and ui.cancelButton.isVisible() and not ui.exportButton.isEnabled()
    done(qtbot, dialog)
    assert (tmp_path / "document.pdf").read_bytes().startswith(b"%PDF")
    assert fractions and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert ticks  # the window went on (its timer ran) while the document was made
    assert "document.pdf" in ui.statusLabel.text() and not ui.progressBar.isVisible()

    dialog.start_export(tmp_path / "stopped.pdf", "ambitiedocument", "pdf", None)
    qtbot.mouseClick(ui.cancelButton, Qt.MouseButton.LeftButton)
    done(qtbot, dialog)
    assert not (tmp_path / "stopped.pdf").exists() and not list(tmp_path.glob(".stopped*"))
    assert ui.statusLabel.text() == "Afgebroken; er is niets geschreven."
    assert ui.exportButton.isEnabled()


def test_the_export_button_writes_the_chosen_document_and_format(
    qtbot: QtBot, controller: SessionController, catalogue: Catalogue, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, controller, catalogue)
    ui = dialog.ui
    assert [ui.formatCombo.itemText(i) for i in range(ui.formatCombo.count())] == ["PDF", "Word (.docx)"]
    choose_in(qtbot, ui.documentCombo, "Bestekteksten")
    assert [ui.formatCombo.itemText(i) for i in range(ui.formatCombo.count())] == [
        "PDF",
        "Word (.docx)",
        "Markdown",
        "Platte tekst",
    ]
    choose_in(qtbot, ui.formatCombo, "Markdown")
    assert ui.pathEdit.text().endswith("Schoonmaakdiensten-gemeentelijke-gebouwen-2027-2031-bestekteksten.md")
    ui.pathEdit.clear()
    qtbot.keyClicks(ui.pathEdit, str(tmp_path / "teksten"))  # the suffix is added
    qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    done(qtbot, dialog)
    markdown = (tmp_path / "teksten.md").read_text(encoding="utf-8")
    assert markdown.startswith(f"# Bestekteksten — {TITLE}")
    assert "## Gunningscriteria" in markdown
    assert str(tmp_path / "teksten.md") in ui.statusLabel.text()
    choose_in(qtbot, ui.formatCombo, "Platte tekst")
    assert ui.pathEdit.text() == str(tmp_path / "teksten.txt")
    qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    done(qtbot, dialog)
    assert (tmp_path / "teksten.txt").read_text(encoding="utf-8").startswith(f"Bestekteksten — {TITLE}\n=")
    choose_in(qtbot, ui.documentCombo, "Ambitiekaart")
    assert ui.formatCombo.currentText() == "PDF" and ui.pathEdit.text().endswith("-ambitiekaart.pdf")


def test_missing_values_are_filled_in_before_the_export(
    qtbot: QtBot, controller: SessionController, catalogue: Catalogue, repository: Repository, tmp_path: Path
) -> None:
    criterion_id = with_missing_values(controller, catalogue)
    steps = controller.undo_stack.count()
    dialog = make_dialog(qtbot, controller, catalogue)
    ui = dialog.ui
    assert ui.missingBox.isVisible()
    model = dialog.missing
    rows = {model.index(r, MissingValuesModel.FIELD).data(): r for r in range(model.rowCount())}
    assert set(rows) == {
        "Maximaal te behalen punten op dit criterium",
        "Rapportageperiode, bijv. kwartaal of halfjaar",
    }
    assert model.index(0, MissingValuesModel.CRITERION).data() == "W1 Lagere CO2-uitstoot bij de uitvoering"
    assert ui.missingHint.text().startswith("2 van 2 invulwaarden zijn nog leeg")
    # Type a value as a person does: go to the cell, type, Enter.
    table = ui.missingTable
    cell = model.index(rows["Maximaal te behalen punten op dit criterium"], MissingValuesModel.VALUE)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    table.setFocus()
    table.setCurrentIndex(cell)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "15")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell.data() == "15")  # the delegate commits on the next turn of the loop
    assert ui.missingHint.text().startswith("1 van 2")
    dialog.grab().save(str(tmp_path / "export-dialog.png"))

    path = dialog.export_to(tmp_path / "teksten.md", "bestekteksten", "markdown", None)
    controller.flush()  # saves to a server land in their own time
    stored = repository.get(controller.session.id)
    assert next(c for c in stored.criteria if c.id == criterion_id).values == {"punten": "15"}
    assert controller.undo_stack.count() == steps + 1
    markdown = path.read_text(encoding="utf-8")
    assert "De inschrijving met de laagste berekende uitstoot krijgt 15 punten." in markdown
    assert r"per \[frequentie\]" in markdown  # exported anyway, with the marker (escaped for Markdown)
    # The filled value has left the list; exporting again adds no undo step.
    assert model.rowCount() == 1
    dialog.export_to(tmp_path / "again.md", "bestekteksten", "markdown", None)
    assert controller.undo_stack.count() == steps + 1
    controller.undo_stack.undo()
    controller.flush()
    assert (
        next(c for c in repository.get(controller.session.id).criteria if c.id == criterion_id).values == {}
    )


def test_an_agreed_version_is_exported_as_it_was(
    qtbot: QtBot, controller: SessionController, catalogue: Catalogue, tmp_path: Path
) -> None:
    with_missing_values(controller, catalogue)
    snapshot = controller.agree()
    assert snapshot is not None
    controller.edit("Na vaststellen", lambda s: setattr(s, "title", "Nieuwe titel"))
    dialog = make_dialog(qtbot, controller, catalogue)
    ui = dialog.ui
    choose_in(qtbot, ui.versionCombo, ui.versionCombo.itemText(1))
    assert dialog.snapshot_number() == snapshot.number
    assert ui.pathEdit.text().endswith(f"-versie-{snapshot.number}.pdf")
    assert "vastgestelde versie verandert niet" in ui.missingHint.text()
    assert not (
        dialog.missing.flags(dialog.missing.index(0, MissingValuesModel.VALUE)) & Qt.ItemFlag.ItemIsEditable
    )
    path = dialog.export_to(tmp_path / "kaart.pdf", "ambitiekaart", "pdf", snapshot.number)
    text = pdf_text(path)
    assert TITLE in text and "Nieuwe titel" not in text


def test_bestekteksten_go_to_the_clipboard_as_html_and_text(
    qtbot: QtBot, controller: SessionController, catalogue: Catalogue
) -> None:
    controller.edit("Titel", lambda s: setattr(s, "title", "Zuiderhaven <b>R&D</b>"))
    dialog = make_dialog(qtbot, controller, catalogue)
    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    done(qtbot, dialog)
    mime = QApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    assert "<h1>Bestekteksten — Zuiderhaven &lt;b&gt;R&amp;D&lt;/b&gt;</h1>" in mime.html()
    assert mime.text().startswith("Bestekteksten — Zuiderhaven <b>R&D</b>\n")
    assert "W1." in mime.text()
    assert dialog.ui.statusLabel.text() == "De bestekteksten staan op het klembord."


def test_an_unwritable_target_shows_a_message(
    qtbot: QtBot,
    controller: SessionController,
    catalogue: Catalogue,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = make_dialog(qtbot, controller, catalogue)
    dialog.ui.pathEdit.setText(str(tmp_path / "bestaat-niet" / "document.pdf"))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    done(qtbot, dialog)
    assert len(shown) == 1 and "kan niet worden geschreven" in shown[0]
    assert not (tmp_path / "bestaat-niet").exists()
    assert dialog.isVisible()


def test_browsing_asks_for_a_file_name(
    qtbot: QtBot,
    controller: SessionController,
    catalogue: Catalogue,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "gekozen"), ""))
    dialog = make_dialog(qtbot, controller, catalogue)
    qtbot.mouseClick(dialog.ui.browseButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.pathEdit.text() == str(tmp_path / "gekozen.pdf")


def test_the_dialog_does_not_load_reportlab_until_an_export() -> None:
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ambitieweb.catalogue import default_catalogue\n"
        "from ambitieweb.gui.documents.export_dialog import ExportDialog\n"
        "from ambitieweb.model.session import Session\n"
        "catalogue = default_catalogue()\n"
        "framework = catalogue.framework('mvi-nationaal-plan')\n"
        "dialog = ExportDialog(Session.new(framework, 'T'), framework, [], 'nl', None, catalogue=catalogue)\n"
        "dialog.copy_bestekteksten()\n"
        "while dialog.busy:\n"
        "    app.processEvents()\n"
        "print('reportlab' in sys.modules)\n"
        "assert app.clipboard().mimeData().hasHtml()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_every_control_is_named_and_has_a_mnemonic(
    qtbot: QtBot, controller: SessionController, catalogue: Catalogue
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    dialog = make_dialog(qtbot, controller, catalogue)
    ui = dialog.ui
    for widget in (
        ui.documentCombo,
        ui.versionCombo,
        ui.formatCombo,
        ui.pathEdit,
        ui.browseButton,
        ui.missingTable,
        ui.exportButton,
        ui.copyButton,
        ui.closeButton,
        ui.cancelButton,
        ui.progressBar,
    ):
        assert widget.accessibleName(), widget.objectName()
    letters = [
        w.text().split("&")[1][0].lower()
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLabel) and "&" in w.text()
    ]
    letters.append(ui.missingBox.title().split("&")[1][0].lower())
    assert len(letters) == len(set(letters)) == 10


def test_a_document_is_exported_as_word_in_the_background(
    qtbot: QtBot, controller: SessionController, catalogue: Catalogue, tmp_path: Path
) -> None:
    from docx import Document

    dialog = make_dialog(qtbot, controller, catalogue)
    ui = dialog.ui
    choose_in(qtbot, ui.documentCombo, "Ambitiekaart")
    choose_in(qtbot, ui.formatCombo, "Word (.docx)")
    assert ui.pathEdit.text().endswith("-ambitiekaart.docx")
    ui.pathEdit.clear()
    qtbot.keyClicks(ui.pathEdit, str(tmp_path / "kaart"))
    qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    assert dialog.busy  # in a worker, like the PDFs
    done(qtbot, dialog)
    document = Document(str(tmp_path / "kaart.docx"))
    style = document.paragraphs[1].style
    assert document.paragraphs[1].text == TITLE and style is not None and style.name == "Title"
    assert len(document.inline_shapes) == 1  # the radar
    assert str(tmp_path / "kaart.docx") in ui.statusLabel.text()


def test_the_buyer_appendix_is_added_when_ticked_for_the_bestekteksten_only(
    qtbot: QtBot, controller: SessionController, catalogue: Catalogue, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, controller, catalogue)
    ui = dialog.ui
    assert not ui.notesCheck.isEnabled()  # the ambitiedocument has no appendix
    choose_in(qtbot, ui.documentCombo, "Bestekteksten")
    assert ui.notesCheck.isEnabled() and not ui.notesCheck.isChecked()
    choose_in(qtbot, ui.formatCombo, "Markdown")
    ui.pathEdit.setText(str(tmp_path / "zonder.md"))
    qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    done(qtbot, dialog)
    assert "Toelichting voor de inkoper" not in (tmp_path / "zonder.md").read_text(encoding="utf-8")
    ui.notesCheck.setFocus()
    qtbot.keyClick(ui.notesCheck, Qt.Key.Key_Space)
    assert ui.notesCheck.isChecked()
    ui.pathEdit.setText(str(tmp_path / "met.md"))
    qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    done(qtbot, dialog)
    written = (tmp_path / "met.md").read_text(encoding="utf-8")
    assert "## Bijlage: Toelichting voor de inkoper" in written and "Grondslag:" in written


def test_the_ambitiekaart_carries_the_sessions_contract_and_checklist(
    qtbot: QtBot, controller: SessionController, catalogue: Catalogue, repository: Repository, tmp_path: Path
) -> None:
    import datetime as dt

    from ambitieweb.model.contract.contract import Contract
    from ambitieweb.model.contract.parts import CriterionCheck, Review
    from ambitieweb.model.criteria import CriterionKind
    from ambitieweb.store.contracts import ContractRepository

    session = controller.session
    award = next(c for c in session.criteria if c.kind is CriterionKind.AWARD)
    snapshot = controller.agree()
    assert snapshot is not None
    check = CriterionCheck(criterion_id=award.id, promised="Tachtig procent elektrisch vanaf maand drie")
    review = Review(date=dt.date(2027, 9, 1), snapshot_id=snapshot.id, checks=[check])
    contract = Contract(
        session_id=session.id, number="ZH-2027-041", supplier="Glans Facilitair B.V.", reviews=[review]
    )
    ContractRepository(repository.engine).create(contract)
    dialog = make_dialog(qtbot, controller, catalogue)  # as Bestand › Documenten exporteren opens it
    ui = dialog.ui
    choose_in(qtbot, ui.documentCombo, "Ambitiekaart")
    ui.pathEdit.clear()
    qtbot.keyClicks(ui.pathEdit, str(tmp_path / "kaart"))
    qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    done(qtbot, dialog)
    text = " ".join(pdf_text(tmp_path / "kaart.pdf").split())
    assert "Contract ZH-2027-041 · Opdrachtnemer Glans Facilitair B.V." in text
    assert "Checklist voor de contractmanager" in text and "Contractmanager niet vastgelegd" in text
    from tests.unit.test_reports_pdf import in_order

    assert in_order(text, "Toegezegd in de inschrijving: Tachtig procent elektrisch vanaf maand drie")
