"""The list of themes with their current and ambition levels: a thin adapter over the controller, and
the widths of its view's columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from ambitieweb.gui.widgets.table_model import Index, TableModel
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.levels import Level

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1  # the Level itself, for the combo box delegate


class ThemeTableModel(TableModel):
    THEME, CURRENT, AMBITION, FOCUS = range(4)

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self._controller = controller
        self.headers = (self.tr("Thema"), self.tr("Huidig"), self.tr("Ambitie"), self.tr("Focus"))
        self.shown_rows = len(controller.session.themes)
        controller.changed.connect(self._refresh)

    def _refresh(self) -> None:
        self.sync_rows(len(self._controller.session.themes))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.CURRENT, self.AMBITION):
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.FOCUS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._controller.session.themes[index.row()]
        column = index.column()
        language = self._controller.language
        if column == self.THEME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._controller.theme_name(index.row())
            if role == Qt.ItemDataRole.FontRole and entry.focus:
                font = QFont()
                font.setBold(True)
                return font
        elif column in (self.CURRENT, self.AMBITION):
            level = entry.current if column == self.CURRENT else entry.ambition
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{int(level)} {level.label(language)}" if level else "–"
            if role == LEVEL_ROLE:
                return level
        elif column == self.FOCUS and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry.focus else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), index.column()
        if column in (self.CURRENT, self.AMBITION) and role in (Qt.ItemDataRole.EditRole, LEVEL_ROLE):
            level = Level(int(value))
            if column == self.CURRENT:
                self._controller.set_current(row, level)
            else:
                self._controller.set_ambition(row, level)
            return True
        if column == self.FOCUS and role == Qt.ItemDataRole.CheckStateRole:
            self._controller.set_focus(row, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        return False


def size_theme_columns(table: QTableView, themes: ThemeTableModel, language: str) -> None:
    """The theme column takes the room; the level columns fit their longest label, the focus column its
    header or a check box."""
    # Sizes are set once: measuring every cell again on each level change costs more than the chart.
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(ThemeTableModel.THEME, QHeaderView.ResizeMode.Stretch)
    widest = max(table.fontMetrics().horizontalAdvance(f"3 {lv.label(language)}") for lv in Level)
    for column in (ThemeTableModel.CURRENT, ThemeTableModel.AMBITION):
        table.setColumnWidth(column, widest + 36)
    # (as wide as its header or a check box, whichever is wider: measuring every row cost 15 ms)
    indicator = table.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    focus_header = str(themes.headerData(ThemeTableModel.FOCUS, Qt.Orientation.Horizontal))
    table.setColumnWidth(
        ThemeTableModel.FOCUS, max(indicator, table.fontMetrics().horizontalAdvance(focus_header)) + 16
    )
