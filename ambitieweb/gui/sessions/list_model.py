"""A thin Qt table model over the store's session summaries."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt

from ambitieweb.gui.widgets.table_model import Index, TableModel

if TYPE_CHECKING:
    from ambitieweb.model.summary import SessionSummary


# Fetches up to `limit` rows after a row (None: from the top); the view asks for more as the user
# scrolls. Keyset paging: a page deep down the list costs what the first one does.
PageSource = Callable[["SessionSummary | None", int], list["SessionSummary"]]
PAGE = 200


class SessionListModel(TableModel):
    COLUMNS = ("title", "organisation", "kind", "status", "date")

    def __init__(self, language: str = "nl") -> None:
        super().__init__()
        self._rows: list[SessionSummary] = []
        self._more = False  # the last page was full: there may be more
        self._source: PageSource | None = None
        self._language = language
        self.headers = (
            self.tr("Titel"),
            self.tr("Organisatie"),
            self.tr("Soort"),
            self.tr("Status"),
            self.tr("Datum"),
        )  # in the order of COLUMNS

    def set_source(self, source: PageSource, first: list[SessionSummary] | None = None) -> None:
        """Show a new result: the first page now (read here unless given), the rest on demand
        (fetchMore)."""
        rows = source(None, PAGE) if first is None else first
        self.beginResetModel()
        self._source = source
        self._rows = rows
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self._source is None or parent.isValid() or not self._more:
            return
        more = self._source(self._rows[-1] if self._rows else None, PAGE)
        self._more = len(more) == PAGE
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows += more
        self.endInsertRows()

    def summary(self, row: int) -> SessionSummary:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "title":
            return row.title
        if column == "organisation":
            return row.organisation
        if column == "kind":
            return row.kind.label(self._language)
        if column == "status":
            return row.status.label(self._language)
        return row.session_date.isoformat() if row.session_date else ""
