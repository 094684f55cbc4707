"""When a save fails and the user keeps their version: as a copy in the database, or (when the database
cannot take it) in a session file. The texts are the workspace's (translation context "Workspace");
`catalogue` is asked only for a file (whether the session's framework is an own one, to travel along)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.text.fill import fill


def save_copy(
    parent: QWidget,
    controller: SessionController,
    catalogue: Callable[[], Catalogue],
    show_problem: Callable[[str], None],
    open_session: Callable[[str], None],
) -> None:
    """The open session as a copy in the database, then opened; else in a file the user picks."""
    copy = controller.save_as_copy()
    if copy is None:  # the database cannot take it (gone, full, unreachable): a file elsewhere
        save_copy_as_file(parent, controller, catalogue, show_problem)
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Workspace", "Bewaard"),
        fill(QCoreApplication.translate("Workspace", "Uw versie is bewaard als '%1'."), copy.title),
    )
    open_session(copy.id)


def save_copy_as_file(
    parent: QWidget,
    controller: SessionController,
    catalogue: Callable[[], Catalogue],
    show_problem: Callable[[str], None],
) -> None:
    from ambitieweb.errors import AmbitiewebError
    from ambitieweb.exchange import SUFFIX, write_file
    from ambitieweb.gui.sessions.session_files import file_name

    session = controller.session
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Workspace", "Als kopie bewaren in een bestand"),
        file_name(session.title) + SUFFIX,
        QCoreApplication.translate("Workspace", "Ambitieweb-sessies (*.ambitieweb.json)"),
    )
    if not name:
        return
    path = Path(name) if name.endswith((SUFFIX, ".json")) else Path(name + SUFFIX)
    framework = controller.framework
    own = [] if catalogue().is_preset(framework.id) else [framework]
    try:
        write_file(path, session, frameworks=own)  # an own framework travels with it
    except AmbitiewebError as exc:
        show_problem(exc.text(controller.language))
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Workspace", "Bewaard"),
        fill(
            QCoreApplication.translate(
                "Workspace",
                "De database kon uw versie niet opnemen; ze is bewaard in %1. Importeer dat bestand "
                "later met Bestand › Importeren.",
            ),
            str(path),
        ),
    )
