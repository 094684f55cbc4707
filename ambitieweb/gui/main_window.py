"""The main window: for now the list of sessions with search (the workspace is its own issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QMainWindow, QWidget

from ambitieweb.gui.forms.main_window_ui import Ui_MainWindow
from ambitieweb.gui.session_list_model import SessionListModel
from ambitieweb.store.repository import Repository


class MainWindow(QMainWindow):
    def __init__(self, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.repository: Repository | None = None
        self.sessions = SessionListModel(language)
        self.ui.sessionTable.setModel(self.sessions)
        header = self.ui.sessionTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title takes the room
        self.ui.searchEdit.textChanged.connect(self.refresh)
        self.ui.searchEdit.setEnabled(False)

    def attach(self, repository: Repository, location: str) -> None:
        """Connect to an opened store and fill the list."""
        self.repository = repository
        self.ui.searchEdit.setEnabled(True)
        self.ui.statusbar.showMessage(self.tr("Database: %1").replace("%1", location))
        self.refresh()

    def refresh(self) -> None:
        repository = self.repository
        if repository is None:
            return
        search = self.ui.searchEdit.text()
        self.sessions.set_source(
            lambda offset, limit: repository.list_sessions(search, limit=limit, offset=offset),
            repository.count_sessions(search),
        )
