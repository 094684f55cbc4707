"""The shared part of the program's flat Qt table models: counting rows and columns, the headers,
and telling views that rows came or went or changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """Subclasses set `headers` (one per column) in `__init__` and give `row_count()`; a model that
    follows a list elsewhere can count with `shown_rows` and `sync_rows()`."""

    headers: tuple[str, ...] = ()
    shown_rows = 0  # the rows views know of, for models whose content lives elsewhere

    def row_count(self) -> int:
        return self.shown_rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers[section] if 0 <= section < len(self.headers) else None

    def sync_rows(self, rows: int, first_column: int = 0) -> None:
        """After the content changed: reset when the number of rows did, else repaint the rows (from
        `first_column` on)."""
        if rows != self.shown_rows:
            self.beginResetModel()
            self.shown_rows = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, first_column), self.index(rows - 1, len(self.headers) - 1))
