"""The main window: composes the rooms (session list, workspace, presenter, files, documents) and
routes the menus to them; it holds the store, the open session's controller and the undo group."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ambitieweb import APP_NAME
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.contract.room import ContractRoom
from ambitieweb.gui.documents.export_actions import ExportActions
from ambitieweb.gui.forms.main_window_ui import Ui_MainWindow
from ambitieweb.gui.frameworks.room import FrameworkRoom
from ambitieweb.gui.plan.room import PlanRoom
from ambitieweb.gui.presenter.actions import SCREEN_KEY, PresenterActions
from ambitieweb.gui.sessions.list_model import SessionListModel
from ambitieweb.gui.sessions.list_page import SessionListPage
from ambitieweb.gui.sessions.search_keys import SearchKeys
from ambitieweb.gui.sessions.session_files import SessionFiles, dropped_session_files
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.gui.widgets.cell_delegate import use_cell_delegate
from ambitieweb.gui.widgets.job_indicator import JobIndicator
from ambitieweb.gui.widgets.tasks import Job, Modules
from ambitieweb.gui.workspace.session_menu import SessionMenu
from ambitieweb.memory import give_back
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    # The window paints first; the core, the store and matplotlib load when a session opens.
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.gui.documents.printing import DocumentPrinter
    from ambitieweb.gui.presenter.mode import PresenterMode
    from ambitieweb.gui.workspace.controller import SessionController
    from ambitieweb.gui.workspace.workspace import Workspace
    from ambitieweb.model.first_screen import FirstScreen
    from ambitieweb.model.framework import Framework
    from ambitieweb.model.session import Session
    from ambitieweb.store.repository import Repository

# What a session's workspace needs: matplotlib (~1 s on a first start) above all.
WORKSPACE_MODULES = ("ambitieweb.gui.workspace.workspace",)
LANGUAGE_KEY = "language"
GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"  # size, place, maximised; toolbars


def _read_session(repository: Repository, session_id: str) -> tuple[Session, Session | None]:
    """A session and the generic web it refers to (None if that is not in the database); any thread."""
    from ambitieweb.store.errors import SessionNotFoundError

    session = repository.get(session_id)
    generic = None
    if session.generic_session_id:
        with suppress(SessionNotFoundError):
            generic = repository.get(session.generic_session_id)
    return session, generic


LAST_SESSION_KEY = "lastSession"  # the session open when the program closed: reopened at start


class MainWindow(QMainWindow):
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
        self.catalogue = catalogue
        self.language = language
        self.settings = settings
        self.repository: Repository | None = None
        self.controller: SessionController | None = None
        self.workspace: Workspace | None = None
        self._generic: Session | None = None  # the generic web the open session is drawn over
        self.presenter: PresenterMode | None = None
        self.modules = Modules(self)  # first imports (matplotlib, SQLAlchemy) in the background
        self._criteria_read = False  # the catalogue's criteria are read (or being read)
        self._opening: str | None = None  # the session asked for last
        # A moment after a workspace is closed (and deleted), its memory goes back to the system.
        self._give_back = QTimer(self)
        self._give_back.setSingleShot(True)
        self._give_back.setInterval(1500)
        self._give_back.timeout.connect(give_back)

        ui = self.ui
        self.list_page = SessionListPage(ui.sessionTable, ui.searchEdit, language, self)
        self.list_page.openRequested.connect(self.open_session)
        self.list_page.chosen.connect(lambda session_id: self.open_session(session_id, soon=True))
        self.list_page.closeRequested.connect(self._leave_if_open)
        use_cell_delegate(ui.sessionTable)
        self.search_keys = SearchKeys(ui.searchEdit, ui.sessionTable, self.open_selected)
        self.job_indicator = JobIndicator(self)  # exports and imports run in the background
        ui.statusbar.addPermanentWidget(self.job_indicator)
        self.session_files = SessionFiles(self, language, self.job_indicator)
        self.session_menu = SessionMenu(self, language)
        self.exports = ExportActions(self, self.job_indicator)

        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.list_page.undo_stack)
        self.undo_group.setActiveStack(self.list_page.undo_stack)
        undo = self.undo_group.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("Opnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        first = ui.editMenu.actions()[0]
        ui.editMenu.insertActions(first, [undo, redo])
        ui.editMenu.insertSeparator(first)
        self.undo_action, self.redo_action = undo, redo

        connections: list[tuple[QAction, Callable[[], object]]] = [
            (ui.actionNew, self.new_session),
            (ui.actionOpen, self.open_selected),
            (ui.actionBackToList, self.show_list),
            (ui.actionImport, self.import_file),
            (ui.actionExport, self.export_file),
            (ui.actionExportDocuments, self.export_documents),
            (ui.actionExportPng, lambda: self.export_radar("png")),
            (ui.actionExportSvg, lambda: self.export_radar("svg")),
            (ui.actionQuit, self.close),
            (ui.actionDetails, self.edit_details),
            (ui.actionParticipants, self.edit_participants),
            (ui.actionDuplicate, self.duplicate_selected),
            (ui.actionDelete, self.delete_selected),
            (ui.actionAgree, self.agree),
            (ui.actionSnapshots, self.show_snapshots),
            (ui.actionPrint, self.print_document),
            (ui.actionHelp, self.show_help),
            (ui.actionDutch, lambda: self.choose_language("nl")),
            (ui.actionEnglish, lambda: self.choose_language("en")),
        ]
        for action, slot in connections:
            action.triggered.connect(lambda _checked=False, s=slot: s())
        ui.newButton.clicked.connect(self.new_session)
        ui.openButton.clicked.connect(self.open_selected)
        ui.importButton.clicked.connect(self.import_file)
        # Presenter mode's menu and keys (the module is light: its heavy parts load on F5).
        self.presenter_actions = PresenterActions(self, ui.presentationMenu, language)
        self.presenter_actions.start.triggered.connect(self.start_presenting)
        self.presenter_actions.stop.triggered.connect(self.stop_presenting)
        self.presenter_actions.screen_menu.aboutToShow.connect(
            lambda: self.presenter_actions.fill_screen_menu(self.settings, self.choose_audience_screen)
        )
        ui.actionDutch.setChecked(language == "nl")
        ui.actionEnglish.setChecked(language == "en")
        self.plans = PlanRoom(self)  # action plans: menu entries, the list of plans, the plan's page
        self.frameworks = FrameworkRoom(self)  # own frameworks: Bestand › Kaders…, the editor
        self.contracts = ContractRoom(self)  # contract follow-up: Sessie › Contractopvolging…
        self.printer: DocumentPrinter | None = None  # made on the first Ctrl+P (Qt's printing loads then)
        self._help: QWidget | None = None
        self._pending_files: list[Path] = []  # named on the command line before the store was open
        self._pending_session: str | None = None  # opened from the list before the store was open
        self.setAcceptDrops(True)  # a session file dropped on the window is imported and opened
        if settings is not None and settings.contains(GEOMETRY_KEY):
            self.restoreGeometry(settings.value(GEOMETRY_KEY))
            self.restoreState(settings.value(STATE_KEY))
        self._update_actions()

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

    def attach(self, repository: Repository, location: str) -> None:
        """Connect to an opened store and fill the list; an open session's edits are saved from now."""
        self.repository = repository
        self._load_catalogue()
        self.own_frameworks_changed()
        self.ui.statusbar.showMessage(fill(self.tr("Database: %1"), location))
        self.list_page.attach(repository)
        if self.controller is not None and not self.controller.attached:
            self.controller.attach(repository)
        self._update_actions()
        pending, self._pending_files = self._pending_files, []
        for path in pending:
            self.open_file(path)
        session_id, self._pending_session = self._pending_session, None
        if session_id is not None and self.controller is None:
            self.open_session(session_id, soon=True)

    def _load_catalogue(self) -> None:
        if self.catalogue is None:
            from ambitieweb.catalogue import default_catalogue

            self.catalogue = default_catalogue()

    def own_frameworks_changed(self) -> None:
        """The catalogue from now on also offers the database's own frameworks (every version)."""
        from ambitieweb.transfer import own_catalogue

        if self.repository is not None and self.catalogue is not None:
            self.catalogue = own_catalogue(self.repository, self.catalogue)
            if self.frameworks.editor is not None:
                self.frameworks.editor.catalogue = self.catalogue

    def refresh(self) -> None:
        self.list_page.refresh()

    def _selected_id(self) -> str | None:
        """The open session, else the one selected in the list."""
        if self.controller is not None:
            return self.controller.session.id
        return self.list_page.selected_id()

    def _update_actions(self) -> None:
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
        self.presenter_actions.start.setEnabled(in_session and attached and self.presenter is None)
        self.plans.update_actions()
        self.frameworks.update_actions()
        self.contracts.update_actions()

    def _report(self, error: AmbitiewebError) -> None:
        QMessageBox.warning(self, APP_NAME, error.text(self.language))

    def _status(self, message: str | None) -> None:
        if message:
            self.ui.statusbar.showMessage(message)
            announce(self, message)

    # --- the list ------------------------------------------------------------------------------

    def new_session(self) -> None:
        self._load_catalogue()
        assert self.catalogue is not None
        self.list_page.new_session(self.catalogue)

    def open_selected(self) -> None:
        """Open the selected session, once the list shows what was searched for."""

        def open_it() -> None:
            session_id = self._selected_id()
            if session_id:
                self.open_session(session_id, soon=True)

        self.list_page.when_settled(open_it)

    def duplicate_selected(self) -> None:
        session_id = self._selected_id()
        if self.repository is not None and session_id is not None:
            self.list_page.duplicate(session_id)

    def delete_selected(self) -> None:
        session_id = self._selected_id()
        if self.repository is not None and session_id is not None:
            self.list_page.delete(session_id)

    def _leave_if_open(self, session_id: str) -> None:
        if self.controller is not None and self.controller.session.id == session_id:
            self.show_list()

    # --- the workspace -------------------------------------------------------------------------

    def open_session(self, session_id: str, soon: bool = False) -> None:
        """Open a session in the workspace (once its modules are loaded: the first time matplotlib
        loads in the background meanwhile, and the window goes on). `soon`: read it in the
        background too (from the list: the key press does not wait for the database)."""
        if not self.modules.loaded(WORKSPACE_MODULES):
            self.ui.statusbar.showMessage(self.tr("Sessie wordt geopend…"))
            self.modules.load(WORKSPACE_MODULES, lambda: self.open_session(session_id, soon))
            return
        repository = self.repository
        if repository is None:  # the list came from the first screen: open it once the store is there
            self._pending_session = session_id
            self.ui.statusbar.showMessage(self.tr("Sessie wordt geopend…"))
            return
        self._opening = session_id  # the last asked for is the one shown
        if not soon:
            try:
                self.show_session(*_read_session(repository, session_id))
            except AmbitiewebError as exc:
                self._report(exc)
            return
        job = Job(lambda _progress: _read_session(repository, session_id), self)
        job.finished.connect(lambda found: self._opened(session_id, found))
        job.failed.connect(self._open_failed)
        job.start()

    def _opened(self, session_id: str, found: tuple[Session, Session | None]) -> None:
        if session_id == self._opening:
            self.show_session(*found)

    def _open_failed(self, error: object) -> None:
        if not isinstance(error, AmbitiewebError):
            raise error  # type: ignore[misc]  # a bug: as if it had happened here
        self._report(error)

    def show_session(
        self, session: Session, generic: Session | None, framework: Framework | None = None
    ) -> None:
        """Open the workspace on a loaded session (and the generic web it refers to, if found); its
        framework from the catalogue unless given."""
        from ambitieweb.gui.workspace.controller import SessionController

        if framework is None:
            self._load_catalogue()
            assert self.catalogue is not None
            try:
                framework = self.catalogue.framework(session.framework_id, session.framework_version)
            except AmbitiewebError as exc:
                self._report(exc)
                return
        if session.generic_session_id and generic is None:
            self.ui.statusbar.showMessage(self.tr("Het generieke ambitieweb is niet in deze database."))
        self._close_workspace()
        self.controller = SessionController(session, framework, self.repository, self.language, self)
        self._generic = generic
        workspace = self._place_workspace()
        self.ui.pages.setCurrentWidget(self.ui.workspacePage)
        self.undo_group.addStack(self.controller.undo_stack)
        self.undo_group.setActiveStack(self.controller.undo_stack)
        self.controller.changed.connect(self._session_changed)
        self.controller.reshaped.connect(self._reshaped)
        self._session_changed()
        workspace.ui.themeTable.setFocus()
        self._remember_session(session.id)
        self._update_actions()
        # After the radar's first drawing, not beside it (the reading would take from it).
        workspace.radar.painted.connect(self._read_criteria_ahead, Qt.ConnectionType.SingleShotConnection)

    def _place_workspace(self) -> Workspace:
        """The open session's views, built for its themes and framework as they are now."""
        from ambitieweb.gui.workspace.workspace import Workspace

        assert self.controller is not None
        self.workspace = Workspace(self.controller, self._generic, self, catalogue=self.catalogue)
        self.ui.workspacePageLayout.addWidget(self.workspace)
        self.workspace.openSession.connect(self.open_session, Qt.ConnectionType.QueuedConnection)
        self.frameworks.session_shown(self.controller)
        return self.workspace

    def _reshaped(self) -> None:
        """The session's themes or framework changed (a theme change, its undo): new views on the
        same session and undo history."""
        old = self.workspace
        self.stop_presenting()
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
        catalogue = self.catalogue

        def read(_progress: object) -> object:
            from ambitieweb.catalogue import default_catalogue

            return (catalogue or default_catalogue()).criteria_sets

        Job(read, self).start()

    def _remember_session(self, session_id: str | None) -> None:
        if self.settings is not None:
            if session_id:
                self.settings.setValue(LAST_SESSION_KEY, session_id)
            else:
                self.settings.remove(LAST_SESSION_KEY)

    def _session_changed(self) -> None:
        if self.controller is not None:
            session = self.controller.session
            self.setWindowTitle(f"{session.title} — {session.status.label(self.language)} — {APP_NAME}")

    def _close_workspace(self) -> None:
        self.plans.close()
        self.contracts.close()
        self.stop_presenting()
        if self.workspace is not None:
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
            self._give_back.start()
        if self.controller is not None:
            self.controller.flush()  # a save still on its way to a server lands first
            self.undo_group.removeStack(self.controller.undo_stack)
            self.controller.deleteLater()
            self.controller = None

    def show_list(self) -> None:
        self._close_workspace()
        self._remember_session(None)
        self.ui.pages.setCurrentWidget(self.ui.listPage)
        self.undo_group.setActiveStack(self.list_page.undo_stack)
        self.setWindowTitle(APP_NAME)
        self.refresh()
        self.ui.sessionTable.setFocus()
        self._update_actions()

    def edit_details(self) -> None:
        controller, repository = self.controller, self.repository
        if controller is not None and repository is not None and self.catalogue is not None:
            self.session_menu.edit_details(controller, repository, self.catalogue)

    def edit_participants(self) -> None:
        if self.controller is not None:
            self.session_menu.edit_participants(self.controller)

    def agree(self) -> None:
        if self.controller is not None:
            self._status(self.session_menu.agree(self.controller))

    def show_snapshots(self) -> None:
        if self.controller is not None:
            self.session_menu.show_snapshots(self.controller)

    # --- presenter mode ------------------------------------------------------------------------

    def start_presenting(self) -> None:
        """F5: the presenter view here, the audience window full screen on the projector."""
        from ambitieweb.gui.presenter.mode import PresenterMode

        controller, workspace = self.controller, self.workspace
        if controller is None or workspace is None or self.presenter is not None:
            return
        snapshots = controller.repository.snapshots(controller.session.id)
        self.presenter = PresenterMode(
            self,
            self.presenter_actions,
            controller,
            workspace.generic,
            snapshots,
            workspace.current_theme,
            self.settings,
        )
        self.ui.pages.addWidget(self.presenter.view)
        self.ui.pages.setCurrentWidget(self.presenter.view)
        workspace.pause(True)
        self.presenter.start()
        self.presenter.view.focus_votes()
        self._update_actions()

    def stop_presenting(self) -> None:
        """Esc: close the audience window and go back to the workspace at the theme last shown."""
        presenter = self.presenter
        if presenter is None:
            return
        self.presenter = None
        theme = presenter.presentation.theme
        presenter.stop()
        if self.workspace is not None:
            self.workspace.pause(False)
            self.ui.pages.setCurrentWidget(self.ui.workspacePage)
            self.workspace.select_theme(theme)
            self.workspace.ui.themeTable.setFocus()
        self._update_actions()

    def choose_audience_screen(self, screen: str) -> None:
        """Remember the screen (a `screen_id`) for the audience window and move it there now."""
        if self.settings is not None:
            self.settings.setValue(SCREEN_KEY, screen)
        if self.presenter is not None:
            self.presenter.start()

    # --- files ---------------------------------------------------------------------------------

    def import_file(self) -> None:
        repository, catalogue = self.repository, self.catalogue
        if repository is None or catalogue is None:
            return

        def imported(session: Session) -> None:
            self.own_frameworks_changed()  # a framework the file carried is known from now on
            self.refresh()
            self.open_session(session.id, soon=True)

        self.session_files.import_file(repository, catalogue, imported)

    def export_file(self) -> None:
        session_id = self._selected_id()
        if self.repository is None or session_id is None:
            return
        self.session_files.export_file(self.repository, session_id, self._exported)

    def open_file(self, path: Path) -> None:
        """Import a session file (from the command line or dropped on the window) and open it, with
        the checks and questions of Bestand › Importeren; waits for the store if it is not open yet."""
        repository = self.repository
        if repository is None:
            self._pending_files.append(path)
            return
        self._load_catalogue()
        assert self.catalogue is not None

        def imported(session: Session) -> None:
            self.own_frameworks_changed()
            self.refresh()
            self.open_session(session.id)
            self._status(fill(self.tr("Geïmporteerd: %1"), str(path)))

        self.session_files.import_path(repository, self.catalogue, path, imported)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_session_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_session_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            for path in files:
                self.open_file(path)

    def print_document(self) -> None:
        """Ctrl+P: print the ambitiedocument of the open session."""
        from ambitieweb.gui.documents.printing import DocumentPrinter

        if self.controller is not None and self.workspace is not None:
            if self.printer is None:
                self.printer = DocumentPrinter(self)
                self.printer.finished.connect(self._status)
            self.printer.print_session(self.controller, self.workspace.generic)

    def show_help(self) -> None:
        """F1: the method in short and the keys, in a window beside the program."""
        from ambitieweb.gui.help.help_dialog import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self.language, self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    def export_documents(self) -> None:
        controller, workspace = self.controller, self.workspace
        if controller is not None and workspace is not None and self.catalogue is not None:
            self.exports.export_documents(controller, self.catalogue, workspace.generic)

    def export_radar(self, kind: str) -> None:
        controller, workspace = self.controller, self.workspace
        if controller is not None and workspace is not None:
            self.exports.export_radar(controller, workspace.generic, kind, self._exported)

    def _exported(self, path: Path) -> None:
        self._status(fill(self.tr("Geëxporteerd naar %1"), str(path)))

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
        if self.controller is not None and not self.controller.flush():
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
