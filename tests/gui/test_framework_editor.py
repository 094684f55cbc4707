"""The framework editor as a user drives it: from the menu and the list page, a new framework from a
preset or empty, every theme action by its button or keys, undo, and what the database then holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ambitieweb.gui.frameworks.editor import FrameworkEditor
from ambitieweb.gui.frameworks.fields import TextField
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session
from ambitieweb.store.frameworks import FrameworkRepository
from tests.gui.accessibility import (
    hidden_label_texts,
    menu_clashes,
    mnemonic_clashes,
    tab_problems,
    unnamed_controls,
)


@pytest.fixture
def editor(window: MainWindow, qtbot: QtBot) -> Iterator[FrameworkEditor]:
    window.frameworks.action.trigger()  # Bestand › Kaders (themasets)…
    found = window.frameworks.editor
    assert found is not None and found.isVisible()
    qtbot.waitExposed(found)
    found.activateWindow()
    qtbot.waitUntil(found.isActiveWindow)
    yield found
    found.close()


def stored(window: MainWindow) -> FrameworkRepository:
    """The database's own frameworks, once the editor's database work asked for so far is done."""
    assert window.repository is not None
    if window.frameworks.editor is not None:
        window.frameworks.editor.wait()
    return FrameworkRepository(window.repository.engine)


def start_from(editor: FrameworkEditor, qtbot: QtBot, words: str) -> Framework:
    index = next(
        i for i in range(editor.ui.templateCombo.count()) if words in editor.ui.templateCombo.itemText(i)
    )
    editor.ui.templateCombo.setCurrentIndex(index)
    qtbot.mouseClick(editor.ui.newButton, Qt.MouseButton.LeftButton)
    assert editor.framework is not None
    return editor.framework


def type_line(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_text(qtbot: QtBot, field: TextField, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # on to the next field: the text is committed
    assert not field.hasFocus()


def names(framework: Framework | None) -> list[str]:
    assert framework is not None
    return [t.name for t in framework.themes]


def test_the_list_page_button_opens_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.frameworks.button, Qt.MouseButton.LeftButton)
    assert window.frameworks.editor is not None and window.frameworks.editor.isVisible()
    assert window.frameworks.button.text() == "&Kaders…"
    assert menu_clashes(window) == {} and mnemonic_clashes(window) == {}
    window.frameworks.editor.close()


def test_a_framework_from_a_preset_is_stored_at_once_and_offered_for_sessions(
    window: MainWindow, editor: FrameworkEditor, qtbot: QtBot
) -> None:
    framework = start_from(editor, qtbot, "Inkopen met Impact")
    assert (
        framework.id == "inkopen-met-impact-eigen"
        and framework.title == "Inkopen met Impact (Rijk, 2019) (eigen)"
    )
    assert stored(window).get(framework.id) == framework
    assert window.catalogue is not None
    preset = window.catalogue.framework("inkopen-met-impact")
    assert framework.themes == preset.themes
    assert window.catalogue is not None and window.catalogue.framework(framework.id) == framework
    assert editor.ui.frameworkCombo.currentText() == "Inkopen met Impact (Rijk, 2019) (eigen) (1.0)"


def test_an_empty_framework_starts_with_three_themes_to_write(
    window: MainWindow, editor: FrameworkEditor, qtbot: QtBot
) -> None:
    framework = start_from(editor, qtbot, "Leeg kader")
    assert names(framework) == ["Thema 1", "Thema 2", "Thema 3"]
    assert stored(window).get(framework.id).themes[0].levels.basis == "Nog te beschrijven."


def test_add_rename_and_write_a_theme(window: MainWindow, editor: FrameworkEditor, qtbot: QtBot) -> None:
    start_from(editor, qtbot, "Leeg kader")
    editor.ui.themeList.setCurrentRow(2)
    qtbot.mouseClick(editor.ui.addButton, Qt.MouseButton.LeftButton)
    assert names(editor.framework) == ["Thema 1", "Thema 2", "Thema 3", "Thema 4"]
    assert editor.ui.themeList.currentRow() == 3 and editor.ui.nameEdit.hasFocus()  # ready to type its name
    type_line(qtbot, editor.ui.nameEdit, "Welzijn")
    type_text(qtbot, editor.ui.themeDescription, "Gezondheid en welzijn van inwoners.")
    type_text(qtbot, editor.levelEdits["basis"], "Bekend is waar de opdracht het welzijn raakt.")
    type_text(qtbot, editor.levelEdits["significant"], "Doelen voor welzijn, met bedragen in euro.")
    type_text(qtbot, editor.levelEdits["ambitious"], "Welzijn als hoofddoel.")
    assert editor.framework is not None
    saved = stored(window).get(editor.framework.id)
    assert saved is not None
    theme = saved.theme("thema-4")
    assert theme.name == "Welzijn" and theme.description == "Gezondheid en welzijn van inwoners."
    assert theme.levels.significant == "Doelen voor welzijn, met bedragen in euro."
    assert editor.ui.themeList.item(3).text() == "Welzijn"
    assert editor.undo_stack.count() == 7  # new, add, name, description, three levels


def test_remove_reorder_split_and_merge_themes(
    window: MainWindow, editor: FrameworkEditor, qtbot: QtBot
) -> None:
    start_from(editor, qtbot, "Inkopen met Impact")
    before = names(editor.framework)
    editor.ui.themeList.setCurrentRow(1)
    qtbot.mouseClick(editor.ui.upButton, Qt.MouseButton.LeftButton)
    assert names(editor.framework) == [before[1], before[0], *before[2:]]
    assert editor.ui.themeList.currentRow() == 0
    qtbot.mouseClick(editor.ui.downButton, Qt.MouseButton.LeftButton)
    assert names(editor.framework) == before and editor.ui.themeList.currentRow() == 1
    qtbot.mouseClick(editor.ui.splitButton, Qt.MouseButton.LeftButton)
    split = editor.framework
    assert split is not None and names(split)[1:3] == [before[1], f"{before[1]} (deel 2)"]
    assert split.themes[1].id == "circulair" and split.themes[2].id == "circulair-2"
    assert split.themes[2].levels == split.themes[1].levels
    qtbot.mouseClick(editor.ui.mergeButton, Qt.MouseButton.LeftButton)  # the two parts again: one theme
    merged = editor.framework
    assert merged is not None and names(merged)[1] == f"{before[1]} en {before[1]} (deel 2)"
    assert merged.themes[1].id == "circulair" and len(merged.themes) == len(before)
    editor.ui.themeList.setCurrentRow(4)
    qtbot.mouseClick(editor.ui.removeButton, Qt.MouseButton.LeftButton)
    assert len(stored(window).get(merged.id).themes) == len(before) - 1


def test_undo_and_redo_with_the_keys_store_each_state(
    window: MainWindow, editor: FrameworkEditor, qtbot: QtBot
) -> None:
    framework = start_from(editor, qtbot, "Inkopen met Impact")
    editor.ui.themeList.setCurrentRow(0)
    editor.ui.themeList.setFocus()
    qtbot.mouseClick(editor.ui.removeButton, Qt.MouseButton.LeftButton)
    assert len(stored(window).get(framework.id).themes) == 4
    editor.ui.themeList.setFocus()
    qtbot.keyClick(editor.ui.themeList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window).get(framework.id) == framework and editor.ui.themeList.count() == 5
    qtbot.keyClick(editor.ui.themeList, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(stored(window).get(framework.id).themes) == 4
    editor.undo_stack.undo()
    editor.undo_stack.undo()  # the framework's making itself
    assert stored(window).all_versions() == [] and editor.framework is None
    assert window.catalogue is not None and framework.id not in window.catalogue.frameworks


def test_title_version_and_date(window: MainWindow, editor: FrameworkEditor, qtbot: QtBot) -> None:
    framework = start_from(editor, qtbot, "Leeg kader")
    type_line(qtbot, editor.ui.titleEdit, "Beleidsweb Zuiderhaven")
    type_line(qtbot, editor.ui.versionEdit, "2.0")
    editor.ui.dateEdit.setFocus()
    editor.ui.dateEdit.setDate(QDate(2027, 3, 1))
    qtbot.keyClick(editor.ui.dateEdit, Qt.Key.Key_Return)
    type_text(qtbot, editor.ui.descriptionEdit, "Vijf focusthema's van de gemeente.")
    [saved] = stored(window).all_versions()
    assert (saved.title, saved.version, saved.date.isoformat()) == (
        "Beleidsweb Zuiderhaven",
        "2.0",
        "2027-03-01",
    )
    assert saved.description == "Vijf focusthema's van de gemeente." and saved.id == framework.id


@pytest.mark.parametrize(
    ("what", "message"),
    [
        ("empty level", "thema 'thema-1', veld niveautekst basis: mag niet leeg zijn"),
        ("name twice", "thema 'Thema 2': deze naam komt twee keer voor"),
        ("two themes", "veld thema's: heeft te weinig elementen (ten minste 3)"),
        ("bad version", "veld versie: heeft niet de vorm die hier hoort"),
    ],
)
def test_an_edit_the_rules_refuse_is_named_and_not_stored(
    window: MainWindow, editor: FrameworkEditor, qtbot: QtBot, what: str, message: str
) -> None:
    framework = start_from(editor, qtbot, "Leeg kader")
    editor.ui.themeList.setCurrentRow(0)
    if what == "empty level":
        type_text(qtbot, editor.levelEdits["basis"], "   ")
        assert editor.levelEdits["basis"].toPlainText() == "Nog te beschrijven."  # the stored text again
    elif what == "name twice":
        type_line(qtbot, editor.ui.nameEdit, "thema 2")
        assert editor.ui.nameEdit.text() == "Thema 1"
    elif what == "two themes":
        qtbot.mouseClick(editor.ui.removeButton, Qt.MouseButton.LeftButton)
    else:
        type_line(qtbot, editor.ui.versionEdit, "twee")
    assert message in editor.ui.messageLabel.text()
    assert stored(window).get(framework.id) == framework
    assert editor.undo_stack.count() == 1


def test_editing_a_framework_in_use_makes_a_new_version(
    window: MainWindow, editor: FrameworkEditor, qtbot: QtBot
) -> None:
    framework = start_from(editor, qtbot, "Inkopen met Impact")
    assert window.repository is not None
    editor.wait()
    window.repository.create(Session.new(framework, "Inhuur 2028"))
    editor.ui.themeList.setCurrentRow(0)
    type_line(qtbot, editor.ui.nameEdit, "Klimaat en energie")
    editor.wait()  # stored in the background: the version number comes back from the database
    assert editor.framework is not None and editor.framework.version == "1.1"
    assert editor.ui.versionEdit.text() == "1.1" and editor.ui.frameworkCombo.currentText().endswith("(1.1)")
    assert "Versie 1.0 wordt gebruikt door sessies" in editor.ui.messageLabel.text()
    assert stored(window).get(framework.id, "1.0") == framework
    assert stored(window).get(framework.id).themes[0].name == "Klimaat en energie"
    qtbot.mouseClick(editor.ui.deleteButton, Qt.MouseButton.LeftButton)  # refused: sessions use it
    editor.wait()
    assert "kan niet worden verwijderd" in editor.ui.messageLabel.text()
    assert len(stored(window).all_versions()) == 2


def test_the_editor_reads_and_tabs_well(editor: FrameworkEditor, qtbot: QtBot) -> None:
    start_from(editor, qtbot, "Leeg kader")
    editor.ui.themeList.setFocus()
    assert hidden_label_texts(editor) == []
    assert unnamed_controls(editor) == []
    assert mnemonic_clashes(editor) == {}
    assert tab_problems(editor) == []
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget) and focus.window() is editor


def test_export_and_import_a_framework_as_toml(
    window: MainWindow, editor: FrameworkEditor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    framework = start_from(editor, qtbot, "Leeg kader")
    target = tmp_path / "beleid.kader.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(editor.ui.exportButton, Qt.MouseButton.LeftButton)
    assert target.is_file() and str(target) in editor.ui.messageLabel.text()
    text = target.read_text(encoding="utf-8")
    assert text.startswith('id = "eigen-kader"\ntitle = "Eigen kader"') and "[[themes]]" in text
    editor.undo_stack.undo()  # gone from this database again
    assert stored(window).all_versions() == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(editor.ui.importButton, Qt.MouseButton.LeftButton)
    editor.wait()  # the file is read and stored in the background
    assert editor.ui.messageLabel.text() == "Kader 'Eigen kader' (versie 1.0) is toegevoegd."
    assert stored(window).get("eigen-kader") == framework and editor.framework == framework
    assert window.catalogue is not None and window.catalogue.framework("eigen-kader") == framework


def test_a_broken_toml_file_is_named_and_changes_nothing(
    window: MainWindow, editor: FrameworkEditor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "kapot.toml"
    broken.write_text('id = "kapot"\n[[themes]\n', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(broken), ""))
    qtbot.mouseClick(editor.ui.importButton, Qt.MouseButton.LeftButton)
    editor.wait()
    assert editor.ui.messageLabel.text().startswith("kapot.toml: geen geldige TOML op regel 2")
    assert stored(window).all_versions() == []
