"""The framework room as the main window uses it: Bestand › Kaders… and a button on the list page
open the editor on the window's database and catalogue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:
    from ambitieweb.gui.frameworks.editor import FrameworkEditor
    from ambitieweb.gui.main_window import MainWindow


class FrameworkRoom(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editor: FrameworkEditor | None = None
        ui = window.ui
        self.action = QAction(self.tr("&Kaders (themasets)…"), window)
        self.action.triggered.connect(lambda _checked=False: self.show_editor())
        ui.fileMenu.insertAction(ui.actionImport, self.action)
        window.addAction(self.action)
        button = QPushButton(self.tr("&Kaders…"), ui.listPage)
        button.setAccessibleName(self.tr("Kaders"))
        button.clicked.connect(lambda _checked=False: self.show_editor())
        ui.listButtons.insertWidget(ui.listButtons.count() - 1, button)
        self.button = button

    def update_actions(self) -> None:
        attached = self.window.repository is not None
        self.action.setEnabled(attached)
        self.button.setEnabled(attached)

    def show_editor(self) -> FrameworkEditor | None:
        """Open the editor (or bring it forward); None before the database is open."""
        from ambitieweb.gui.frameworks.editor import FrameworkEditor
        from ambitieweb.store.frameworks import FrameworkRepository

        window = self.window
        if window.repository is None or window.catalogue is None:
            return None
        if self.editor is None:
            self.editor = FrameworkEditor(
                FrameworkRepository(window.repository.engine), window.catalogue, window.language, window
            )
            self.editor.destroyed.connect(self._forget)
            self.editor.stored.connect(window.own_frameworks_changed)
        if self.editor.isVisible():
            self.editor.raise_()  # already open behind the window: forward
        self.editor.show()
        self.editor.activateWindow()
        return self.editor

    def _forget(self) -> None:
        self.editor = None
