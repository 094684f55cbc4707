"""The library of own criteria as a user drives it: opened from the menu and from the framework editor,
a criterion written field by field and stored at once, undo, a refused edit named, the TOML files, and
the criterion offered in a session's Criteria tab, chosen with one action and carried like a catalogue
criterion into the session file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from ambitieweb.catalogue import library_file
from ambitieweb.gui.frameworks.library_editor import LibraryEditor
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.model.criteria import Criterion, CriterionKind
from ambitieweb.model.library import LIBRARY_SET
from ambitieweb.store.library import LibraryRepository
from tests.gui.accessibility import (
    hidden_label_texts,
    menu_clashes,
    mnemonic_clashes,
    tab_problems,
    unnamed_controls,
)
from tests.gui.test_criteria_panel import click_offer, open_cleaning
from tests.gui.test_framework_editor import type_line, type_text


@pytest.fixture
def library(window: MainWindow, qtbot: QtBot) -> Iterator[LibraryEditor]:
    window.frameworks.library_action.trigger()  # Bestand › Eigen criteria (bibliotheek)…
    found = window.frameworks.library_editor
    assert found is not None and found.isVisible()
    qtbot.waitExposed(found)
    found.activateWindow()
    qtbot.waitUntil(found.isActiveWindow)
    yield found
    found.close()


def stored(window: MainWindow) -> list[Criterion]:
    assert window.repository is not None
    if window.frameworks.library_editor is not None:
        window.frameworks.library_editor.wait()
    return LibraryRepository(window.repository.engine).all()


def write_zero_emission(library: LibraryEditor, qtbot: QtBot) -> None:
    """A new criterion for Klimaat at level 2 with a placeholder, written as a user would."""
    qtbot.mouseClick(library.ui.newButton, Qt.MouseButton.LeftButton)
    assert library.ui.titleEdit.hasFocus()  # ready to type its title
    type_line(qtbot, library.ui.titleEdit, "Emissievrije bouwlogistiek")
    combo = library.ui.themeCombo
    combo.setCurrentIndex(combo.findData("klimaat"))
    combo.activated.emit(combo.currentIndex())
    library.ui.levelCombo.setCurrentIndex(library.ui.levelCombo.findData(2))
    library.ui.levelCombo.activated.emit(library.ui.levelCombo.currentIndex())
    type_text(qtbot, library.ui.textEdit, "Alle bouwverkeer in {{zone}} rijdt emissievrij.")
    type_text(qtbot, library.ui.verificationEdit, "Een logistiek plan bij de start van het werk.")
    type_text(qtbot, library.ui.guidanceEdit, "Standaardtekst van de gemeente; past bij werken in de stad.")


def test_write_a_criterion_store_it_at_once_and_undo(
    window: MainWindow, library: LibraryEditor, qtbot: QtBot
) -> None:
    write_zero_emission(library, qtbot)
    [criterion] = stored(window)
    assert (criterion.title, criterion.theme, criterion.level, criterion.kind) == (
        "Emissievrije bouwlogistiek",
        "klimaat",
        2,
        CriterionKind.REQUIREMENT,
    )
    assert criterion.placeholders == {"zone": "zone"}  # described by its name until the user says more
    assert library.ui.placeholdersEdit.toPlainText() == "zone: zone"
    type_text(qtbot, library.ui.placeholdersEdit, "zone: de milieuzone van de stad")
    assert stored(window)[0].placeholders == {"zone": "de milieuzone van de stad"}
    assert window.catalogue is not None and window.catalogue.library == tuple(stored(window))
    library.ui.criteriaList.setFocus()
    qtbot.keySequence(library, QKeySequence.StandardKey.Undo)
    assert stored(window)[0].placeholders == {"zone": "zone"}
    for _ in range(library.undo_stack.index()):
        library.undo_stack.undo()
    assert stored(window) == [] and not library.ui.titleEdit.isEnabled()
    library.undo_stack.redo()
    assert [c.title for c in stored(window)] == ["Nieuw criterium"]


def test_an_edit_the_rules_refuse_is_named_and_not_stored(
    window: MainWindow, library: LibraryEditor, qtbot: QtBot
) -> None:
    write_zero_emission(library, qtbot)
    before = stored(window)
    type_text(qtbot, library.ui.guidanceEdit, "   ")
    assert library.ui.messageLabel.text().startswith("criterium 'eigen-nieuw-criterium', veld toelichting:")
    type_line(qtbot, library.ui.themeCombo.lineEdit(), "Geen Id!")  # type: ignore[arg-type]
    assert "veld thema" in library.ui.messageLabel.text()
    assert stored(window) == before


def test_an_award_criterion_gets_a_scoring_field(
    window: MainWindow, library: LibraryEditor, qtbot: QtBot
) -> None:
    write_zero_emission(library, qtbot)
    assert not library.ui.scoringEdit.isVisible()
    kind = library.ui.kindCombo
    kind.setCurrentIndex(kind.findData(CriterionKind.AWARD.value))
    kind.activated.emit(kind.currentIndex())
    assert library.ui.scoringEdit.isVisible()
    type_text(qtbot, library.ui.scoringEdit, "Tot {{punten}} punten voor meer emissievrij vervoer.")
    [criterion] = stored(window)
    assert criterion.kind is CriterionKind.AWARD and set(criterion.placeholders) == {"punten", "zone"}
    assert criterion.revision > 1  # the wording changed since it was made


def test_reachable_from_the_framework_editor_named_and_tabbing_well(window: MainWindow, qtbot: QtBot) -> None:
    window.frameworks.action.trigger()
    editor = window.frameworks.editor
    assert editor is not None
    [button] = [
        b for b in editor.findChildren(QWidget) if b.accessibleName() == "Eigen criteria (bibliotheek)"
    ]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    library = window.frameworks.library_editor
    assert library is not None and library.isVisible()
    assert mnemonic_clashes(editor) == {} and menu_clashes(window) == {}
    qtbot.waitExposed(library)
    library.activateWindow()
    qtbot.waitUntil(library.isActiveWindow)
    qtbot.mouseClick(library.ui.newButton, Qt.MouseButton.LeftButton)
    library.ui.criteriaList.setFocus()
    assert hidden_label_texts(library) == []
    assert unnamed_controls(library) == []
    assert mnemonic_clashes(library) == {}
    assert tab_problems(library) == []
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget) and focus.window() is library
    library.close()
    editor.close()


def test_export_and_import_the_library_and_a_bad_file_changes_nothing(
    window: MainWindow, library: LibraryEditor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write_zero_emission(library, qtbot)
    written = stored(window)
    target = tmp_path / "gemeente.criteria.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(library.ui.exportButton, Qt.MouseButton.LeftButton)
    assert (
        list(library_file.read(target).criteria) == written and str(target) in library.ui.messageLabel.text()
    )
    for _ in range(library.undo_stack.index()):
        library.undo_stack.undo()
    assert stored(window) == []
    broken = tmp_path / "kapot.toml"
    broken.write_text(target.read_text(encoding="utf-8") + '\n[[criteria]]\nid = "eigen-x"\ntitle = "\x07"\n')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(broken), ""))
    qtbot.mouseClick(library.ui.importButton, Qt.MouseButton.LeftButton)
    library.wait()
    assert library.ui.messageLabel.text().startswith("kapot.toml: ")
    assert stored(window) == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(library.ui.importButton, Qt.MouseButton.LeftButton)
    library.wait()
    assert library.ui.messageLabel.text() == "Criterium 'Emissievrije bouwlogistiek' is toegevoegd."
    assert stored(window) == written
    library.undo_stack.undo()  # an import is one undo step
    assert stored(window) == []


def test_a_library_criterion_is_offered_and_chosen_with_one_action(
    window: MainWindow, library: LibraryEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    write_zero_emission(library, qtbot)
    [criterion] = stored(window)
    library.close()
    _workspace, panel = open_cleaning(window, qtbot)  # Klimaat, ambition 2
    index = panel.offered.index_of(criterion.id)
    assert index.isValid()
    assert panel.offered.index(index.row(), 2, index.parent()).data() == "eigen bibliotheek"
    click_offer(qtbot, panel, criterion.id)
    qtbot.keyClick(panel.ui.catalogueTree, Qt.Key.Key_Return)  # one action: Enter (or Kiezen)
    session = window.controller.session  # type: ignore[union-attr]
    [chosen] = [c for c in session.criteria if c.catalogue_id == criterion.id]
    assert (chosen.catalogue_set, chosen.text, chosen.level) == (LIBRARY_SET, criterion.text, 2)
    assert not panel.ui.chooseButton.isEnabled()  # chosen once
    # the text travels in the session's own copy: export, bestekteksten, session file
    from ambitieweb.exchange import read_file
    from ambitieweb.transfer import export_file

    assert window.repository is not None
    path = export_file(window.repository, session.id, tmp_path / "sessie")
    assert window.catalogue is not None
    carried = read_file(path, window.catalogue).session
    assert next(c for c in carried.criteria if c.catalogue_id == criterion.id).text == criterion.text


def test_the_buyer_appendix_gives_the_library_guidance(
    window: MainWindow,
    library: LibraryEditor,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Chosen from the library and exported from the menu (in the dialog's worker): the PDF and the
    .docx give the library's guidance; markup in it stays text."""
    import re
    import subprocess

    from docx import Document
    from PySide6.QtWidgets import QDialog

    from ambitieweb.gui.documents.export_dialog import ExportDialog

    write_zero_emission(library, qtbot)
    guidance = "Standaardtekst <b>van</b> de gemeente & *niet* vet."
    type_text(qtbot, library.ui.guidanceEdit, guidance)
    [criterion] = stored(window)
    assert criterion.guidance == guidance
    library.close()
    _workspace, panel = open_cleaning(window, qtbot)
    click_offer(qtbot, panel, criterion.id)
    qtbot.keyClick(panel.ui.catalogueTree, Qt.Key.Key_Return)
    written: list[Path] = []

    def export(dialog: ExportDialog) -> int:
        dialog.ui.documentCombo.setCurrentIndex(dialog.ui.documentCombo.findData("bestekteksten"))
        dialog.ui.notesCheck.setChecked(True)
        for name in ("bestek.pdf", "bestek.docx"):
            dialog.start_export(tmp_path / name, "bestekteksten", name.rsplit(".")[-1], None)
            qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
            written.append(tmp_path / name)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", export)
    window.ui.actionExportDocuments.trigger()
    pdf = subprocess.run(["pdftotext", str(written[0]), "-"], capture_output=True, text=True, check=True)
    docx = " ".join(p.text for p in Document(str(written[1])).paragraphs)
    for text in (pdf.stdout, docx):
        appendix = re.sub(r"\s+", " ", text.split("Bijlage: Toelichting voor de inkoper")[-1])
        assert f"Emissievrije bouwlogistiek {guidance}" in appendix


def test_the_themes_follow_a_framework_made_while_the_library_is_open(
    window: MainWindow, library: LibraryEditor, qtbot: QtBot
) -> None:
    from tests.gui.test_framework_editor import start_from

    write_zero_emission(library, qtbot)
    combo = library.ui.themeCombo
    offered = combo.count()
    assert combo.findData("thema-4") < 0
    type_line(qtbot, combo.lineEdit(), "thema-4")  # type: ignore[arg-type]  # a theme still to be made
    assert [c.theme for c in stored(window)] == ["thema-4"]
    assert library.ui.criteriaList.item(0).text() == "Emissievrije bouwlogistiek — thema-4, 2"
    window.frameworks.action.trigger()  # Bestand › Kaders…, the library still open
    editor = window.frameworks.editor
    assert editor is not None and library.isVisible()
    start_from(editor, qtbot, "Leeg kader")  # Thema 1-3, stored: the window's catalogue changes
    editor.ui.themeList.setCurrentRow(2)
    qtbot.mouseClick(editor.ui.addButton, Qt.MouseButton.LeftButton)
    type_line(qtbot, editor.ui.nameEdit, "Welzijn")
    editor.wait()
    qtbot.waitUntil(lambda: combo.findData("thema-4") >= 0)
    assert combo.count() == offered + 4
    assert combo.itemText(combo.findData("thema-4")) == "Welzijn (thema-4)"
    assert combo.itemText(combo.findData("thema-1")) == "Thema 1 (thema-1)"
    assert combo.currentText() == "Welzijn (thema-4)"  # the criterion's theme, now by its name
    assert library.ui.criteriaList.item(0).text() == "Emissievrije bouwlogistiek — Welzijn, 2"
    editor.close()
    combo.setCurrentIndex(combo.findData("thema-1"))  # offered like any theme
    combo.activated.emit(combo.currentIndex())
    assert [c.theme for c in stored(window)] == ["thema-1"]


@pytest.mark.sqlite_only
def test_a_read_only_database_is_said_and_the_library_saved_again(
    window: MainWindow, library: LibraryEditor, qtbot: QtBot
) -> None:
    from tests.gui.test_framework_saving import read_only

    write_zero_emission(library, qtbot)
    before = stored(window)
    assert window.repository is not None and not library.ui.retryButton.isVisible()
    with read_only(window.repository.engine):
        type_line(qtbot, library.ui.titleEdit, "Stille bouwlogistiek")
        library.wait()
        message = library.ui.messageLabel.text()
        assert "het databasebestand is alleen-lezen" in message
        assert message.endswith("Kies Opnieuw opslaan, of Exporteren om de criteria als bestand te bewaren.")
        assert library.ui.retryButton.isVisible() and stored(window) == before  # nothing half stored
        shown = library.current()
        assert shown is not None and shown.title == "Stille bouwlogistiek"  # kept on screen
        assert not window.frameworks.saved()
    qtbot.mouseClick(library.ui.retryButton, Qt.MouseButton.LeftButton)
    assert [c.title for c in stored(window)] == ["Stille bouwlogistiek"]
    assert not library.ui.retryButton.isVisible() and library.ui.messageLabel.text() == ""
    assert window.frameworks.saved()
