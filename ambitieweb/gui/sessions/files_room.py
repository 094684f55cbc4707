"""Session files as the main window uses them: Bestand › Importeren and Exporteren, the Importeren button
on the list page, and files named on the command line or dropped on the window (imported and opened,
once the store is open). The work itself is in `session_files.py`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ambitieweb.gui.sessions.session_files import SessionFiles

if TYPE_CHECKING:
    from ambitieweb.gui.window_base import WindowBase
    from ambitieweb.model.session import Session


class FilesRoom(QObject):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window
        self.files = SessionFiles(window, window.language, window.job_indicator)
        self._pending: list[Path] = []  # named on the command line before the store was open
        ui = window.ui
        ui.actionImport.triggered.connect(lambda _checked=False: self.import_file())
        ui.actionExport.triggered.connect(lambda _checked=False: self.export_file())
        ui.importButton.clicked.connect(self.import_file)

    def import_file(self) -> None:
        window = self.window
        repository, catalogue = window.repository, window.catalogue
        if repository is None or catalogue is None:
            return

        def imported(session: Session) -> None:
            def known() -> None:  # a framework the file carried is known from now on
                window.refresh()
                window.open_session(session.id, soon=True)

            window.own_frameworks_changed(then=known)

        self.files.import_file(repository, catalogue, imported)

    def export_file(self) -> None:
        window = self.window
        session_id = window.selected_id()
        if window.repository is None or session_id is None:
            return
        self.files.export_file(window.repository, session_id, window.say_exported)

    def open_file(self, path: Path) -> None:
        """Import a session file (from the command line or dropped on the window) and open it, with
        the checks and questions of Bestand › Importeren; waits for the store if it is not open yet."""
        window = self.window
        repository = window.repository
        if repository is None:
            self._pending.append(path)
            return
        window.load_catalogue()
        assert window.catalogue is not None

        def imported(session: Session) -> None:
            def known() -> None:
                window.refresh()
                window.open_session(session.id)
                window.say_imported(path)

            window.own_frameworks_changed(then=known)

        self.files.import_path(repository, window.catalogue, path, imported)

    def open_pending(self) -> None:
        """The files named before the store was open, now that it is."""
        pending, self._pending = self._pending, []
        for path in pending:
            self.open_file(path)
