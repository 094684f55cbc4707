"""The File menu's exports of the open session: its documents and its radar as a picture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ambitieweb import APP_NAME
from ambitieweb.gui.sessions.session_files import file_name
from ambitieweb.gui.widgets.job_indicator import JobIndicator
from ambitieweb.gui.widgets.tasks import Job, Progress
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.gui.workspace.controller import SessionController
    from ambitieweb.model.session import Session


class ExportActions(QObject):
    """Documents go through the export dialog; the radar is written in a worker thread, shown in the
    status bar (`indicator`)."""

    def __init__(self, parent: QWidget, indicator: JobIndicator) -> None:
        super().__init__(parent)
        self._parent = parent
        self.indicator = indicator

    def export_documents(
        self, controller: SessionController, catalogue: Catalogue, generic: Session | None
    ) -> None:
        """Ambitiedocument, bestekteksten or ambitiekaart, of the draft or an agreed version."""
        from ambitieweb.gui.documents.export_dialog import ExportDialog

        ExportDialog.for_controller(controller, catalogue, generic, self._parent).exec()

    def export_radar(
        self, controller: SessionController, generic: Session | None, kind: str, done: Callable[[Path], None]
    ) -> Job | None:
        """The radar as PNG or SVG where the user chooses; `done(path)` once written. None if the
        user chose no file."""
        from ambitieweb.charts import save_radar
        from ambitieweb.charts.session_data import radar_data

        title = controller.session.title
        name, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Diagram exporteren"), f"{file_name(title)}.{kind}", f"*.{kind}"
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(f".{kind}") else Path(f"{name}.{kind}")
        data = radar_data(
            controller.session, controller.framework, generic, title=title, language=controller.language
        )

        def write(_progress: Progress) -> Path:
            save_radar(data, path, kind)
            return path

        job = Job(write, self)
        job.finished.connect(done)
        job.failed.connect(self._failed)
        return self.indicator.watch(job, self.tr("Diagram exporteren…")).start()

    def _failed(self, error: object) -> None:
        if not isinstance(error, OSError):
            raise error  # type: ignore[misc]  # a bug: as if it had happened here
        QMessageBox.warning(self._parent, APP_NAME, fill(self.tr("Kan niet schrijven: %1"), str(error)))
