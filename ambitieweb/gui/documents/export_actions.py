"""The File menu's exports of the open session: its documents and its radar as a picture."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ambitieweb import APP_NAME
from ambitieweb.gui.sessions.session_files import file_name

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.gui.workspace.controller import SessionController
    from ambitieweb.model.session import Session


class ExportActions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def export_documents(
        self, controller: SessionController, catalogue: Catalogue, generic: Session | None
    ) -> None:
        """Ambitiedocument, bestekteksten or ambitiekaart, of the draft or an agreed version."""
        from ambitieweb.gui.documents.export_dialog import ExportDialog

        ExportDialog.for_controller(controller, catalogue, generic, self._parent).exec()

    def export_radar(self, controller: SessionController, generic: Session | None, kind: str) -> Path | None:
        """The radar as PNG or SVG where the user chooses; the path written, or None."""
        from ambitieweb.charts.radar import save_radar
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
        try:
            save_radar(data, path, kind)
        except OSError as exc:
            QMessageBox.warning(
                self._parent, APP_NAME, self.tr("Kan niet schrijven: %1").replace("%1", str(exc))
            )
            return None
        return path
