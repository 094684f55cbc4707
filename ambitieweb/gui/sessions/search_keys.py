"""The list page's search field by keyboard: Enter opens the selected session, Down (and Page Down)
goes into the list; its clear button has a name a screen reader can say."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTableView


class SearchKeys(QObject):
    def __init__(self, search: QLineEdit, table: QTableView, open_selected: Callable[[], None]) -> None:
        super().__init__(search)
        self._search, self._table, self._open = search, table, open_selected
        search.installEventFilter(self)
        search.returnPressed.connect(open_selected)
        for action in search.findChildren(QAction):  # Qt's clear button (it has no text of its own)
            if action.objectName() == "_q_qlineeditclearaction":
                action.setText(self.tr("Zoekveld leegmaken"))
                action.setToolTip(action.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        down = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        if down and event.type() == QEvent.Type.KeyPress and self._table.model().rowCount():
            self._table.setFocus(Qt.FocusReason.TabFocusReason)
            if not self._table.currentIndex().isValid():
                self._table.selectRow(0)
            return True
        return super().eventFilter(watched, event)
