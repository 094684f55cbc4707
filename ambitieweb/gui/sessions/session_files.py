"""Session files (*.ambitieweb.json): import into the database, export from it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ambitieweb import APP_NAME
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.widgets.job_indicator import JobIndicator
from ambitieweb.gui.widgets.tasks import Job, Progress
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.exchange import SessionFile
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
    """Import and export run in a worker thread, shown in the status bar (`indicator`) with a button
    to stop; the result comes back through a callback."""

    def __init__(self, parent: QWidget, language: str, indicator: JobIndicator) -> None:
        super().__init__(parent)
        self._parent = parent
        self.language = language
        self.indicator = indicator

    def _report(self, error: object) -> None:
        """A refused file says why; anything the program did not foresee still gets a message (never
        silently nothing)."""
        if isinstance(error, AmbitiewebError):
            message = error.text(self.language)
        else:
            first = (str(error).splitlines() or [type(error).__name__])[0]
            message = fill(self.tr("Importeren mislukt: %1"), first)
        QMessageBox.warning(self._parent, APP_NAME, message)

    def _run(self, work: Callable[[Progress], Any], text: str, done: Callable[[Any], None]) -> Job:
        job = Job(work, self)
        job.finished.connect(done)
        job.failed.connect(self._report)
        return self.indicator.watch(job, text).start()

    def import_file(
        self, repository: Repository, catalogue: Catalogue, done: Callable[[Session], None]
    ) -> Job | None:
        """Ask for a file and import it (`import_path`). None if the user chose no file."""
        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Sessie importeren"),
            "",
            self.tr("Ambitieweb-sessies (*.ambitieweb.json *.json)"),
        )
        return self.import_path(repository, catalogue, Path(name), done) if name else None

    def import_path(
        self, repository: Repository, catalogue: Catalogue, path: Path, done: Callable[[Session], None]
    ) -> Job:
        """Read and check a session file (chosen, named on the command line or dropped on the window)
        and store its session, as a copy if it is already here (after asking); `done(session)` when
        it is stored."""
        from ambitieweb.exchange import read_file

        def read(_progress: Progress) -> tuple[SessionFile, bool]:
            document = read_file(path, catalogue)
            return document, repository.exists(document.session.id)

        def store(found: tuple[SessionFile, bool]) -> None:
            from ambitieweb.transfer import Imported, import_document

            document, present = found
            if present:
                answer = QMessageBox.question(
                    self._parent,
                    self.tr("Sessie importeren"),
                    self.tr("Deze sessie staat al in de database. Als kopie importeren?"),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return

            def stored(imported: Imported) -> None:
                if imported.notes:  # what came with the session: an own framework, a generic web
                    QMessageBox.information(
                        self._parent, self.tr("Sessie importeren"), imported.text(self.language)
                    )
                done(imported.session)

            self._run(
                lambda _p: import_document(repository, document, as_copy=present),
                self.tr("Importeren…"),
                stored,
            )

        return self._run(read, self.tr("Importeren…"), store)

    def export_file(
        self, repository: Repository, session_id: str, done: Callable[[Path], None]
    ) -> Job | None:
        """Ask where, then write the session and its agreed versions; `done(path)` when written.
        None if the user chose no file."""
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
        return self._run(
            lambda _p: export_file(repository, session_id, Path(name)), self.tr("Exporteren…"), done
        )
