"""The framework editor's form filled in: the framework shown (its fields and the list of its themes)
and the theme chosen (its name and texts per level), with the buttons that apply to them enabled.
No texts of its own: the editor (`editor.py`) says what it has to say."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QDate

from ambitieweb.gui.forms.framework_editor_ui import Ui_FrameworkEditor
from ambitieweb.gui.frameworks.fields import TextField
from ambitieweb.model.framework import Framework


def show_framework(
    ui: Ui_FrameworkEditor, framework: Framework | None, level_edits: Mapping[str, TextField]
) -> None:
    """The framework's fields and themes (None: nothing to edit); the theme chosen stays chosen."""
    editing = framework is not None
    for widget in (ui.titleEdit, ui.versionEdit, ui.dateEdit, ui.descriptionEdit, ui.themeList):
        widget.setEnabled(editing)
    ui.deleteButton.setEnabled(editing)
    ui.exportButton.setEnabled(editing)
    ui.addButton.setEnabled(editing)
    index = ui.frameworkCombo.findData(framework.id if framework else None)
    ui.frameworkCombo.setCurrentIndex(index)
    if framework is None:
        ui.themeList.clear()
        show_theme(ui, framework, level_edits)
        return
    ui.titleEdit.setText(framework.title)
    ui.versionEdit.setText(framework.version)
    ui.dateEdit.setDate(QDate(framework.date.year, framework.date.month, framework.date.day))
    ui.descriptionEdit.show_text(framework.description)
    row = max(ui.themeList.currentRow(), 0)
    ui.themeList.blockSignals(True)
    ui.themeList.clear()
    ui.themeList.addItems([theme.name for theme in framework.themes])
    ui.themeList.setCurrentRow(min(row, len(framework.themes) - 1))
    ui.themeList.blockSignals(False)
    show_theme(ui, framework, level_edits)


def show_theme(
    ui: Ui_FrameworkEditor, framework: Framework | None, level_edits: Mapping[str, TextField]
) -> None:
    """The theme chosen in the list: its name and texts, and the buttons that apply to it."""
    row = ui.themeList.currentRow()
    theme = framework.themes[row] if framework and 0 <= row < len(framework.themes) else None
    for widget in (ui.nameEdit, ui.themeDescription, *level_edits.values()):
        widget.setEnabled(theme is not None)
    count = len(framework.themes) if framework else 0
    ui.upButton.setEnabled(theme is not None and row > 0)
    ui.downButton.setEnabled(theme is not None and row < count - 1)
    ui.mergeButton.setEnabled(theme is not None and row < count - 1)
    for button in (ui.splitButton, ui.removeButton):
        button.setEnabled(theme is not None)
    ui.nameEdit.setText(theme.name if theme else "")
    ui.themeDescription.show_text(theme.description if theme else "")
    for level, edit in level_edits.items():
        edit.show_text(getattr(theme.levels, level) if theme else "")
