"""The main window: composes the rooms (session list, workspace, presenter, files, documents) and
routes the menus to them; it holds the store, the open session's controller and the undo group. The
rooms know it as a `window_base.WindowBase`: what they use of it, declared below them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoGroup
from PySide6.QtWidgets import QMessageBox, QWidget

from ambitieweb import APP_NAME
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.contract.room import ContractRoom
from ambitieweb.gui.documents.room import DocumentsRoom
from ambitieweb.gui.forms.main_window_ui import Ui_MainWindow
from ambitieweb.gui.frameworks.own_catalogue import OwnCatalogue
from ambitieweb.gui.frameworks.room import FrameworkRoom
from ambitieweb.gui.plan.room import PlanRoom
from ambitieweb.gui.presenter.room import PresenterRoom
from ambitieweb.gui.sessions.files_room import FilesRoom
from ambitieweb.gui.sessions.list_model import SessionListModel
from ambitieweb.gui.sessions.list_page import SessionListPage
from ambitieweb.gui.sessions.search_keys import SearchKeys
from ambitieweb.gui.sessions.session_files import dropped_session_files
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.gui.widgets.cell_delegate import use_cell_delegate
from ambitieweb.gui.widgets.job_indicator import JobIndicator
from ambitieweb.gui.widgets.tasks import Job, Modules
from ambitieweb.gui.window_base import WindowBase
from ambitieweb.gui.window_menus import connect_menus, undo_actions
from ambitieweb.gui.workspace.room import LAST_SESSION_KEY as LAST_SESSION_KEY
from ambitieweb.gui.workspace.room import WORKSPACE_MODULES as WORKSPACE_MODULES
from ambitieweb.gui.workspace.room import WorkspaceRoom
from ambitieweb.gui.workspace.session_menu import SessionMenu
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    # The window paints first; the core, the store and matplotlib load when a session opens.
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.gui.documents.printing import DocumentPrinter
    from ambitieweb.gui.presenter.mode import PresenterMode
    from ambitieweb.gui.workspace.controller import SessionController
    from ambitieweb.gui.workspace.workspace import Workspace
    from ambitieweb.model.criteria import Criterion
    from ambitieweb.model.first_screen import FirstScreen
    from ambitieweb.model.framework import Framework
    from ambitieweb.model.session import Session
    from ambitieweb.store.repository import Repository

LANGUAGE_KEY = "language"
GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"  # size, place, maximised; toolbars


class MainWindow(WindowBase):
    def __init__(
        self,
        catalogue: Catalogue | None = None,
        language: str = "nl",
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.catalogues = OwnCatalogue(
            catalogue,
            self,
            lambda: self.repository,
            self._spread_catalogue,
            lambda error: self.ui.statusbar.showMessage(error.text(self.language)),
        )
        self.language = language
        self.settings = settings
        self.repository: Repository | None = None
        self.modules = Modules(self)  # first imports (matplotlib, SQLAlchemy) in the background
        self.open = WorkspaceRoom(self)  # the open session: its controller and workspace

        ui = self.ui
        self.list_page = SessionListPage(ui.sessionTable, ui.searchEdit, language, self)
        self.list_page.openRequested.connect(self.open_session)
        self.list_page.chosen.connect(lambda session_id: self.open_session(session_id, soon=True))
        self.list_page.closeRequested.connect(self._leave_if_open)
        use_cell_delegate(ui.sessionTable)
        self.search_keys = SearchKeys(ui.searchEdit, ui.sessionTable, self.open_selected)
        self.job_indicator = JobIndicator(self)  # exports and imports run in the background
        ui.statusbar.addPermanentWidget(self.job_indicator)
        self.files = FilesRoom(self)  # import, export, files named at start or dropped on the window
        self.session_menu = SessionMenu(self, language)
        self.documents = DocumentsRoom(self)  # documents and radar exports, printing

        self.undo_group = QUndoGroup(self)
        self.undo_action, self.redo_action = undo_actions(self)
        connect_menus(self)
        ui.newButton.clicked.connect(self.new_session)
        ui.openButton.clicked.connect(self.open_selected)
        self.presenting = PresenterRoom(self)  # the Presentatie menu, presenter mode while it runs
        self.presenter_actions = self.presenting.actions
        ui.actionDutch.setChecked(language == "nl")
        ui.actionEnglish.setChecked(language == "en")
        # Declared in WindowBase by what other rooms call of them; here, all of each room.
        self.plans: PlanRoom = PlanRoom(self)  # action plans: menus, the list of plans, the plan's page
        self.frameworks: FrameworkRoom = FrameworkRoom(self)  # own frameworks: Bestand › Kaders…
        self.contracts: ContractRoom = ContractRoom(self)  # contract follow-up: Sessie › Contractopvolging…
        self._help: QWidget | None = None
        self.setAcceptDrops(True)  # a session file dropped on the window is imported and opened
        if settings is not None and settings.contains(GEOMETRY_KEY):
            self.restoreGeometry(settings.value(GEOMETRY_KEY))
            self.restoreState(settings.value(STATE_KEY))
        self.update_actions()

    @property
    def sessions(self) -> SessionListModel:
        """The session list's model (what the list page shows)."""
        return self.list_page.model

    # --- store ---------------------------------------------------------------------------------

    def show_first_screen(self, first: FirstScreen) -> None:
        """Show what the start-up helper read (see `ambitieweb.first_screen`) before the store is
        attached: the list's first page and the session to reopen. Edits wait for `attach`."""
        self.ui.statusbar.showMessage(fill(self.tr("Database: %1"), first.location))
        rows = first.summaries
        self.list_page.fill(lambda after, limit: rows[rows.index(after) + 1 if after else 0 :][:limit])
        if first.session is not None:
            self.show_session(first.session, first.generic, first.framework)

    def attach(self, repository: Repository, location: str, own: Catalogue | None = None) -> None:
        """Connect to an opened store and fill the list; an open session's edits are saved from now.
        `own`: the catalogue with the store's own frameworks and library, if read already."""
        self.repository = repository
        self.catalogues.attach(repository, own)
        self.ui.statusbar.showMessage(fill(self.tr("Database: %1"), location))
        self.list_page.attach(repository)
        if self.controller is not None and not self.controller.attached:
            self.controller.attach(repository)
        self.update_actions()
        self.files.open_pending()
        session_id, self.open.pending = self.open.pending, None
        if session_id is not None and self.controller is None:
            self.open_session(session_id, soon=True)

    @property
    def catalogue(self) -> Catalogue | None:
        """The catalogue offered: the built-in one with the store's own frameworks and library."""
        return self.catalogues.catalogue

    def load_catalogue(self) -> None:
        self.catalogues.load()

    def own_frameworks_changed(
        self, versions: list[Framework] | None = None, then: Callable[[], object] | None = None
    ) -> Job | None:
        """See `OwnCatalogue.frameworks_changed`."""
        return self.catalogues.frameworks_changed(versions, then)

    def library_changed(self, criteria: Iterable[Criterion]) -> None:
        self.catalogues.library_changed(criteria)

    def _spread_catalogue(self, catalogue: Catalogue) -> None:
        """A new catalogue to the views that offer it."""
        if self.frameworks.editor is not None:
            self.frameworks.editor.catalogue = catalogue
        if self.frameworks.library_editor is not None:
            self.frameworks.library_editor.set_catalogue(catalogue)  # offers the frameworks' themes
        if self.workspace is not None:
            self.workspace.set_catalogue(catalogue)

    def refresh(self) -> None:
        self.list_page.refresh()

    def selected_id(self) -> str | None:
        """The open session, else the one selected in the list."""
        if self.controller is not None:
            return self.controller.session.id
        return self.list_page.selected_id()

    def update_actions(self) -> None:
        attached = self.repository is not None
        in_session = self.controller is not None
        for action in (self.ui.actionNew, self.ui.actionImport, self.ui.actionOpen):
            action.setEnabled(attached)
        for action in (self.ui.actionDuplicate, self.ui.actionDelete, self.ui.actionExport):
            action.setEnabled(attached)
        for action in (
            self.ui.actionBackToList,
            self.ui.actionParticipants,
            self.ui.actionPrint,
            self.ui.actionExportPng,
            self.ui.actionExportSvg,
        ):
            action.setEnabled(in_session)
        # These read the store (agreed versions, generic webs): they wait for it, a moment after start.
        store_actions = (self.ui.actionDetails, self.ui.actionAgree, self.ui.actionSnapshots)
        for action in (*store_actions, self.ui.actionExportDocuments):
            action.setEnabled(in_session and attached)
        self.presenting.update_actions()
        self.plans.update_actions()
        self.frameworks.update_actions()
        self.contracts.update_actions()

    def report(self, error: AmbitiewebError) -> None:
        QMessageBox.warning(self, APP_NAME, error.text(self.language))

    def say(self, message: str | None) -> None:
        """In the status bar, and to a screen reader."""
        if message:
            self.ui.statusbar.showMessage(message)
            announce(self, message)

    # --- the list ------------------------------------------------------------------------------

    def new_session(self) -> None:
        self.load_catalogue()
        assert self.catalogue is not None
        self.list_page.new_session(self.catalogue)

    def open_selected(self) -> None:
        """Open the selected session, once the list shows what was searched for."""

        def open_it() -> None:
            session_id = self.selected_id()
            if session_id:
                self.open_session(session_id, soon=True)

        self.list_page.when_settled(open_it)

    def duplicate_selected(self) -> None:
        session_id = self.selected_id()
        if self.repository is not None and session_id is not None:
            self.list_page.duplicate(session_id)

    def delete_selected(self) -> None:
        session_id = self.selected_id()
        if self.repository is not None and session_id is not None:
            self.list_page.delete(session_id)

    def _leave_if_open(self, session_id: str) -> None:
        if self.controller is not None and self.controller.session.id == session_id:
            self.show_list()

    # --- the open session (gui/workspace/room.py) -------------------------------------------------

    @property
    def controller(self) -> SessionController | None:
        """The open session's controller."""
        return self.open.controller

    @property
    def workspace(self) -> Workspace | None:
        """The open session's views."""
        return self.open.workspace

    def open_session(self, session_id: str, soon: bool = False) -> None:
        """Open a session in the workspace (see `WorkspaceRoom.open_session`)."""
        self.open.open_session(session_id, soon)

    def show_session(
        self, session: Session, generic: Session | None, framework: Framework | None = None
    ) -> None:
        self.open.show_session(session, generic, framework)

    def show_list(self) -> None:
        self.open.close()
        self.open.remember_session(None)
        self.ui.pages.setCurrentWidget(self.ui.listPage)
        self.undo_group.setActiveStack(self.list_page.undo_stack)
        self.setWindowTitle(APP_NAME)
        self.refresh()
        self.ui.sessionTable.setFocus()
        self.update_actions()

    def edit_details(self) -> None:
        controller, repository = self.controller, self.repository
        if controller is not None and repository is not None and self.catalogue is not None:
            self.session_menu.edit_details(controller, repository, self.catalogue)

    def edit_participants(self) -> None:
        if self.controller is not None:
            self.session_menu.edit_participants(self.controller)

    def agree(self) -> None:
        if self.controller is not None:
            self.say(self.session_menu.agree(self.controller))

    def show_snapshots(self) -> None:
        if self.controller is not None:
            self.session_menu.show_snapshots(self.controller)

    # --- presenter mode (gui/presenter/room.py) ---------------------------------------------------

    @property
    def presenter(self) -> PresenterMode | None:
        """Presenter mode while it runs."""
        return self.presenting.mode

    def start_presenting(self) -> None:
        self.presenting.start()

    def stop_presenting(self) -> None:
        self.presenting.stop()

    # --- files (gui/sessions/files_room.py) and documents (gui/documents/room.py) -----------------

    def open_file(self, path: Path) -> None:
        """Import a session file and open it (see `FilesRoom.open_file`)."""
        self.files.open_file(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_session_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_session_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            for path in files:
                self.open_file(path)

    def say_imported(self, path: Path) -> None:
        self.say(fill(self.tr("Geïmporteerd: %1"), str(path)))

    def say_exported(self, path: Path) -> None:
        self.say(fill(self.tr("Geëxporteerd naar %1"), str(path)))

    @property
    def printer(self) -> DocumentPrinter | None:
        """Made on the first Ctrl+P."""
        return self.documents.printer

    def export_documents(self) -> None:
        self.documents.export_documents()

    def show_help(self) -> None:
        """F1: the method in short and the keys, in a window beside the program."""
        from ambitieweb.gui.help.help_dialog import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self.language, self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    # --- language ------------------------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        self.ui.actionDutch.setChecked(language == "nl")
        self.ui.actionEnglish.setChecked(language == "en")
        if self.settings is not None:
            self.settings.setValue(LANGUAGE_KEY, language)
        if language != self.language:
            QMessageBox.information(
                self,
                APP_NAME,
                "De nieuwe taal wordt gebruikt na het herstarten van Ambitieweb."
                if language == "nl"
                else "The new language is used after Ambitieweb restarts.",
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        plan = self.plans.controller
        if plan is not None and plan.unsaved:
            plan.save_now()
        unsaved = not self.frameworks.saved()  # the framework editor's last edits stored first
        if unsaved or (self.controller is not None and not self.controller.flush()):
            answer = QMessageBox.question(
                self,
                APP_NAME,
                self.tr("De laatste wijzigingen konden niet worden opgeslagen. Toch afsluiten?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if self.settings is not None:
            self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
            self.settings.setValue(STATE_KEY, self.saveState())
        if self.printer is not None:
            self.printer.wait()  # a print under way finishes first
        event.accept()
