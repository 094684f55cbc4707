"""What the menus do to the open session as a whole: its details, participants and agreed versions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.gui.workspace.controller import SessionController
    from ambitieweb.store.repository import Repository


class SessionMenu(QObject):
    """Dialogs on the open session; each change goes through the controller as one undoable step."""

    def __init__(self, parent: QWidget, language: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self.language = language

    def edit_details(
        self, controller: SessionController, repository: Repository, catalogue: Catalogue
    ) -> None:
        from ambitieweb.gui.sessions.session_dialog import SessionDialog

        generic = [s for s in repository.generic_webs() if s.id != controller.session.id]
        dialog = SessionDialog(catalogue, generic, controller.session, self.language, self._parent)
        if dialog.exec() == SessionDialog.DialogCode.Accepted:
            controller.set_details(**dialog.detail_fields())

    def edit_participants(self, controller: SessionController) -> None:
        from ambitieweb.gui.sessions.participants_dialog import ParticipantsDialog

        dialog = ParticipantsDialog(controller.session.participants, self.language, self._parent)
        if dialog.exec() == ParticipantsDialog.DialogCode.Accepted:
            controller.set_participants(dialog.participants())

    def agree(self, controller: SessionController) -> str | None:
        """Vaststellen after the user confirms; returns the message for the status bar."""
        names = ", ".join(
            f"{p.name} ({p.role.label(self.language)})" for p in controller.session.participants
        )
        answer = QMessageBox.question(
            self._parent,
            self.tr("Vaststellen"),
            fill(
                self.tr("Deze versie vaststellen met de deelnemers: %1?"),
                names or self.tr("(geen deelnemers)"),
            )
            + "\n\n"
            + self.tr("Latere wijzigingen worden een nieuw concept."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        snapshot = controller.agree()
        if snapshot is None:
            return None
        return fill(
            self.tr("Versie %1 vastgesteld op %2"),
            str(snapshot.number),
            snapshot.agreed_at.astimezone().strftime("%d-%m-%Y %H:%M"),
        )

    def show_snapshots(self, controller: SessionController) -> None:
        from ambitieweb.gui.workspace.snapshot_dialog import SnapshotDialog

        snapshots = controller.repository.snapshots(controller.session.id)
        SnapshotDialog(snapshots, controller.framework, self.language, self._parent).exec()
