"""A combo box for choosing a level inside the theme table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from ambitieweb.gui.widgets.cell_delegate import CellDelegate, name_editor
from ambitieweb.gui.workspace.theme_table_model import LEVEL_ROLE
from ambitieweb.model.levels import Level

Index = QModelIndex | QPersistentModelIndex


class LevelDelegate(CellDelegate):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        name_editor(combo, index)  # "Huidig", "Ambitie", "Stem": the column says which level
        for level in Level:
            combo.addItem(f"{int(level)} {level.label(self._language)}", int(level))
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(int(index.data(LEVEL_ROLE)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), LEVEL_ROLE)
