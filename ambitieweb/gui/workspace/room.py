"""The workspace room as the main window uses it: the open session. Reading it (in the background when
chosen in the list), the workspace page built for it (and again when its themes change), the window's
title, and closing it when the list comes back. The window's `controller` and `workspace` are these."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from ambitieweb import APP_NAME
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.widgets.collector import give_back_and_freeze
from ambitieweb.gui.widgets.tasks import Job

if TYPE_CHECKING:
    # The window paints first; the core, the store and matplotlib load when a session opens.
    from ambitieweb.gui.window_base import WindowBase
    from ambitieweb.gui.workspace.controller import SessionController
    from ambitieweb.gui.workspace.workspace import Workspace
    from ambitieweb.model.framework import Framework
    from ambitieweb.model.session import Session
    from ambitieweb.store.repository import Repository

# What a session's workspace needs: matplotlib (~1 s on a first start) above all.
WORKSPACE_MODULES = ("ambitieweb.gui.workspace.workspace",)
LAST_SESSION_KEY = "lastSession"  # the session open when the program closed: reopened at start


def read_session(repository: Repository, session_id: str) -> tuple[Session, Session | None]:
    """A session and the generic web it refers to (None if that is not in the database); any thread."""
    from ambitieweb.store.errors import SessionNotFoundError

    session = repository.get(session_id)
    generic = None
    if session.generic_session_id:
        with suppress(SessionNotFoundError):
            generic = repository.get(session.generic_session_id)
    return session, generic


class WorkspaceRoom(QObject):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window
        self.controller: SessionController | None = None
        self.workspace: Workspace | None = None
        self._generic: Session | None = None  # the generic web the open session is drawn over
        self._criteria_read = False  # the catalogue's criteria are read (or being read)
        self._opening: str | None = None  # the session asked for last
        self.pending: str | None = None  # opened from the list before the store was open
        # A moment after a workspace is closed (and deleted), its memory goes back to the system.
        self._give_back = QTimer(self)
        self._give_back.setSingleShot(True)
        self._give_back.setInterval(1500)
        self._give_back.timeout.connect(lambda: give_back_and_freeze(window))

    def open_session(self, session_id: str, soon: bool = False) -> None:
        """Open a session in the workspace (once its modules are loaded: the first time matplotlib
        loads in the background meanwhile, and the window goes on). `soon`: read it in the
        background too (from the list: the key press does not wait for the database)."""
        window = self.window
        if not window.modules.loaded(WORKSPACE_MODULES):
            window.ui.statusbar.showMessage(self.tr("Sessie wordt geopend…"))
            window.modules.load(WORKSPACE_MODULES, lambda: self.open_session(session_id, soon))
            return
        repository = window.repository
        if repository is None:  # the list came from the first screen: open it once the store is there
            self.pending = session_id
            window.ui.statusbar.showMessage(self.tr("Sessie wordt geopend…"))
            return
        self._opening = session_id  # the last asked for is the one shown
        if not soon:
            try:
                self.show_session(*read_session(repository, session_id))
            except AmbitiewebError as exc:
                window.report(exc)
            return
        job = Job(lambda _progress: read_session(repository, session_id), self)
        job.finished.connect(lambda found: self._opened(session_id, found))
        job.failed.connect(self._open_failed)
        job.start()

    def _opened(self, session_id: str, found: tuple[Session, Session | None]) -> None:
        if session_id == self._opening:
            self.show_session(*found)

    def _open_failed(self, error: object) -> None:
        if not isinstance(error, AmbitiewebError):
            raise error  # type: ignore[misc]  # a bug: as if it had happened here
        self.window.report(error)

    def show_session(
        self, session: Session, generic: Session | None, framework: Framework | None = None
    ) -> None:
        """Open the workspace on a loaded session (and the generic web it refers to, if found); its
        framework from the catalogue unless given."""
        from ambitieweb.gui.workspace.controller import SessionController

        window = self.window
        if framework is None:
            window.load_catalogue()
            assert window.catalogue is not None
            try:
                framework = window.catalogue.framework(session.framework_id, session.framework_version)
            except AmbitiewebError as exc:
                window.report(exc)
                return
        if session.generic_session_id and generic is None:
            window.ui.statusbar.showMessage(self.tr("Het generieke ambitieweb is niet in deze database."))
        self.close()
        self.controller = SessionController(session, framework, window.repository, window.language, window)
        self._generic = generic
        workspace = self._place_workspace()
        window.ui.pages.setCurrentWidget(window.ui.workspacePage)
        window.undo_group.addStack(self.controller.undo_stack)
        window.undo_group.setActiveStack(self.controller.undo_stack)
        self.controller.changed.connect(self._session_changed)
        self.controller.reshaped.connect(self._reshaped)
        self._session_changed()
        workspace.ui.themeTable.setFocus()
        self.remember_session(session.id)
        window.update_actions()
        # After the radar's first drawing, not beside it (the reading would take from it).
        workspace.radar.painted.connect(self._read_criteria_ahead, Qt.ConnectionType.SingleShotConnection)

    def _place_workspace(self) -> Workspace:
        """The open session's views, built for its themes and framework as they are now."""
        from ambitieweb.gui.workspace.workspace import Workspace

        window = self.window
        assert self.controller is not None
        self.workspace = Workspace(self.controller, self._generic, window, catalogue=window.catalogue)
        window.ui.workspacePageLayout.addWidget(self.workspace)
        self.workspace.openSession.connect(self.open_session, Qt.ConnectionType.QueuedConnection)
        window.frameworks.session_shown(self.controller)
        return self.workspace

    def _reshaped(self) -> None:
        """The session's themes or framework changed (a theme change, its undo): new views on the
        same session and undo history."""
        old = self.workspace
        self.window.stop_presenting()
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        self._place_workspace().ui.themeTable.setFocus()
        self._session_changed()

    def _read_criteria_ahead(self) -> None:
        """The catalogue's criteria (~60 ms of TOML, for the Criteria tab) read in the background."""
        if self._criteria_read:
            return
        self._criteria_read = True
        catalogue = self.window.catalogue

        def read(_progress: object) -> object:
            from ambitieweb.catalogue import default_catalogue

            return (catalogue or default_catalogue()).criteria_sets

        Job(read, self).start()

    def remember_session(self, session_id: str | None) -> None:
        settings = self.window.settings
        if settings is not None:
            if session_id:
                settings.setValue(LAST_SESSION_KEY, session_id)
            else:
                settings.remove(LAST_SESSION_KEY)

    def _session_changed(self) -> None:
        if self.controller is not None:
            session = self.controller.session
            self.window.setWindowTitle(
                f"{session.title} — {session.status.label(self.window.language)} — {APP_NAME}"
            )

    def close(self) -> None:
        """Close the open session: its plan page, contract follow-up and presenter mode first, its last
        save waited for."""
        window = self.window
        window.plans.close()
        window.contracts.close()
        window.stop_presenting()
        if self.workspace is not None:
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
            self._give_back.start()
        if self.controller is not None:
            self.controller.flush()  # a save still on its way to a server lands first
            window.undo_group.removeStack(self.controller.undo_stack)
            self.controller.deleteLater()
            self.controller = None
