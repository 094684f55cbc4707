"""The placeholder values still empty before an export, as a table whose value column is editable
(the export dialog's list); what is typed goes back to the session as one undoable edit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from ambitieweb.gui.criteria.models import plain_tooltip
from ambitieweb.gui.widgets.table_model import Index, TableModel


@dataclass(frozen=True)
class MissingValue:
    criterion_id: str
    criterion: str  # number and title, as shown
    name: str
    label: str  # the catalogue's description of the placeholder, else its name


class MissingValuesModel(TableModel):
    """Placeholder values still to fill in before an export; the value column is editable."""

    CRITERION, FIELD, VALUE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("Criterium"),
            self.tr("Invulveld"),
            self.tr("Waarde"),
        )  # CRITERION, FIELD, VALUE
        self._rows: list[MissingValue] = []
        self._values: dict[tuple[str, str], str] = {}
        self._editable = True

    def set_rows(self, rows: Sequence[MissingValue], editable: bool = True) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._editable = editable
        self.endResetModel()

    def values(self) -> dict[str, dict[str, str]]:
        """Typed values, criterion id -> {placeholder name: value}; empty ones left out."""
        result: dict[str, dict[str, str]] = {}
        for row in self._rows:
            value = self._values.get((row.criterion_id, row.name), "").strip()
            if value:
                result.setdefault(row.criterion_id, {})[row.name] = value
        return result

    def still_missing(self) -> int:
        return sum(1 for r in self._rows if not self._values.get((r.criterion_id, r.name), "").strip())

    def row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.VALUE and self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if column == self.CRITERION:
                return row.criterion
            if column == self.FIELD:
                return row.label
            if column == self.VALUE:
                value = self._values.get((row.criterion_id, row.name), "")
                if not value.strip() and role == Qt.ItemDataRole.DisplayRole:
                    return f"[{row.name}]"  # what the document will show; in italics, muted below
                return value
        empty = not self._values.get((row.criterion_id, row.name), "").strip()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VALUE and empty:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)  # 4.5:1, not disabled
        if role == Qt.ItemDataRole.FontRole and column == self.VALUE and empty:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FIELD:
            return plain_tooltip(f"{row.label} ({{{{{row.name}}}}})")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != self.VALUE:
            return False
        if not self._editable:
            return False
        row = self._rows[index.row()]
        self._values[(row.criterion_id, row.name)] = str(value)
        self.dataChanged.emit(index, index)
        return True
