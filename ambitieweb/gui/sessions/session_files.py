"""Session files (*.ambitieweb.json): import into the database, export from it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ambitieweb import APP_NAME
from ambitieweb.errors import AmbitiewebError

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.model.session import Session
    from ambitieweb.store.repository import Repository


def file_name(title: str) -> str:
    """A safe file name from a session title."""
    keep = "".join(c if c.isalnum() or c in " -_" else "-" for c in title).strip()
    return "-".join(keep.split())[:80] or "sessie"


def dropped_session_files(mime: QMimeData) -> list[Path]:
    """The session files among what is dragged onto the window."""
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".json")
    ]


class SessionFiles(QObject):
    def __init__(self, parent: QWidget, language: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self.language = language

    def _report(self, error: AmbitiewebError) -> None:
        QMessageBox.warning(self._parent, APP_NAME, error.text(self.language))

    def import_file(self, repository: Repository, catalogue: Catalogue) -> Session | None:
        """Ask for a file and store its session (as a copy if it is already here); None if not."""
        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Sessie importeren"),
            "",
            self.tr("Ambitieweb-sessies (*.ambitieweb.json *.json)"),
        )
        return self.import_path(repository, catalogue, Path(name)) if name else None

    def import_path(self, repository: Repository, catalogue: Catalogue, path: Path) -> Session | None:
        """Store the session in a file (named on the command line, dropped on the window or chosen):
        checked as on import, as a copy if it is already here (after asking); None if not."""
        from ambitieweb.exchange import read_file
        from ambitieweb.transfer import store_document

        try:
            document = read_file(path, catalogue)
            if repository.exists(document.session.id):
                answer = QMessageBox.question(
                    self._parent,
                    self.tr("Sessie importeren"),
                    self.tr("Deze sessie staat al in de database. Als kopie importeren?"),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                return store_document(repository, document, as_copy=True)
            return store_document(repository, document)
        except AmbitiewebError as exc:
            self._report(exc)
            return None
        except Exception as exc:  # never silently nothing: a failure the program did not foresee
            first = (str(exc).splitlines() or [type(exc).__name__])[0]
            QMessageBox.warning(
                self._parent, APP_NAME, self.tr("Importeren mislukt: %1").replace("%1", first)
            )
            return None

    def export_file(self, repository: Repository, session_id: str) -> Path | None:
        """Ask where, then write the session and its agreed versions; the path written, or None."""
        from ambitieweb.exchange import SUFFIX
        from ambitieweb.transfer import export_file

        title = repository.get(session_id).title
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Sessie exporteren"),
            file_name(title) + SUFFIX,
            self.tr("Ambitieweb-sessies (*.ambitieweb.json)"),
        )
        if not name:
            return None
        try:
            return export_file(repository, session_id, Path(name))
        except AmbitiewebError as exc:
            self._report(exc)
            return None
