"""The main window: the session list, and the workspace of the open session."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMainWindow, QMessageBox, QWidget

from ambitieweb import APP_NAME
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.forms.main_window_ui import Ui_MainWindow
from ambitieweb.gui.presenter_actions import SCREEN_KEY, PresenterActions, remembered_screen, screen_id
from ambitieweb.gui.session_list_model import PageSource, SessionListModel

if TYPE_CHECKING:
    # The window paints first; the core, the store and matplotlib load when a session opens.
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.gui.controller import SessionController
    from ambitieweb.gui.presenter_mode import PresenterMode
    from ambitieweb.gui.workspace import Workspace
    from ambitieweb.model.first_screen import FirstScreen
    from ambitieweb.model.framework import Framework
    from ambitieweb.model.session import Session, Snapshot
    from ambitieweb.store.repository import Repository

LANGUAGE_KEY = "language"
LAST_SESSION_KEY = "lastSession"  # the session open when the program closed: reopened at start


class ListCommand(QUndoCommand):
    """An undoable change to the list of sessions (create, duplicate, delete)."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()


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
        self.presenter: PresenterMode | None = None

        self.sessions = SessionListModel(language)
        table = self.ui.sessionTable
        table.setModel(self.sessions)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title takes the room
        self.ui.searchEdit.textChanged.connect(self.refresh)
        table.activated.connect(lambda index: self.open_session(self.sessions.summary(index.row()).id))

        self.undo_group = QUndoGroup(self)
        self.list_stack = QUndoStack(self)
        self.undo_group.addStack(self.list_stack)
        self.undo_group.setActiveStack(self.list_stack)
        undo = self.undo_group.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("Opnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        first = self.ui.editMenu.actions()[0]
        self.ui.editMenu.insertActions(first, [undo, redo])
        self.ui.editMenu.insertSeparator(first)
        self.undo_action, self.redo_action = undo, redo

        ui = self.ui
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
        screen_menu = self.presenter_actions.screen_menu
        screen_menu.aboutToShow.connect(self._fill_screen_menu)
        ui.actionDutch.setChecked(language == "nl")
        ui.actionEnglish.setChecked(language == "en")
        self.ui.searchEdit.setEnabled(False)
        self._update_actions()

    # --- store ---------------------------------------------------------------------------------

    def show_first_screen(self, first: FirstScreen) -> None:
        """Show what the start-up helper read (see `ambitieweb.first_screen`) before the store is
        attached: the list's first page and the session to reopen. Edits wait for `attach`."""
        self.ui.statusbar.showMessage(self.tr("Database: %1").replace("%1", first.location))
        self._fill_list(lambda offset, limit: first.summaries[offset : offset + limit], first.count)
        if first.session is not None:
            self.show_session(first.session, first.generic, first.framework)

    def attach(self, repository: Repository, location: str) -> None:
        """Connect to an opened store and fill the list; an open session's edits are saved from now."""
        self.repository = repository
        self._load_catalogue()
        self.ui.searchEdit.setEnabled(True)
        self.ui.statusbar.showMessage(self.tr("Database: %1").replace("%1", location))
        self.refresh()
        if self.controller is not None and not self.controller.attached:
            self.controller.attach(repository)
        self._update_actions()

    def _load_catalogue(self) -> None:
        if self.catalogue is None:
            from ambitieweb.catalogue import default_catalogue

            self.catalogue = default_catalogue()

    def refresh(self) -> None:
        repository = self.repository
        if repository is None:
            return
        search = self.ui.searchEdit.text()
        self._fill_list(
            lambda offset, limit: repository.list_sessions(search, limit=limit, offset=offset),
            repository.count_sessions(search),
        )

    def _fill_list(self, source: PageSource, total: int) -> None:
        self.sessions.set_source(source, total)
        if self.sessions.rowCount():
            self.ui.sessionTable.selectRow(0)

    def _selected_id(self) -> str | None:
        if self.controller is not None:
            return self.controller.session.id
        index = self.ui.sessionTable.currentIndex()
        return self.sessions.summary(index.row()).id if index.isValid() else None

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
            self.ui.actionExportPng,
            self.ui.actionExportSvg,
        ):
            action.setEnabled(in_session)
        # These read the store (agreed versions, generic webs): they wait for it, a moment after start.
        store_actions = (self.ui.actionDetails, self.ui.actionAgree, self.ui.actionSnapshots)
        for action in (*store_actions, self.ui.actionExportDocuments):
            action.setEnabled(in_session and attached)
        self.presenter_actions.start.setEnabled(in_session and attached and self.presenter is None)

    def _report(self, error: AmbitiewebError) -> None:
        QMessageBox.warning(self, APP_NAME, error.text(self.language))

    # --- the list ------------------------------------------------------------------------------

    def new_session(self) -> None:
        from ambitieweb.gui.session_dialog import SessionDialog
        from ambitieweb.model.session import SessionKind

        assert self.repository is not None and self.catalogue is not None
        generic = [s for s in self.repository.list_sessions() if s.kind is SessionKind.ORGANISATION]
        dialog = SessionDialog(self.catalogue, generic, language=self.language, parent=self)
        if dialog.exec() != SessionDialog.DialogCode.Accepted:
            return
        self.add_session(dialog.new_session(), self.tr("Nieuwe sessie"))

    def add_session(self, session: Session, text: str, snapshots: list[Snapshot] | None = None) -> None:
        """Store a new session as an undoable step and open it."""
        repository = self.repository
        assert repository is not None
        kept = list(snapshots or [])

        def create() -> None:
            repository.create(session.model_copy(update={"revision": 0}, deep=True), kept)
            self.refresh()

        def remove() -> None:
            if self.controller is not None and self.controller.session.id == session.id:
                self.show_list()
            repository.delete(session.id)
            self.refresh()

        self.list_stack.push(ListCommand(f"{text} '{session.title}'", create, remove))
        self.open_session(session.id)

    def open_selected(self) -> None:
        session_id = self._selected_id()
        if session_id:
            self.open_session(session_id)

    def duplicate_selected(self) -> None:
        repository = self.repository
        session_id = self._selected_id()
        if repository is None or session_id is None:
            return
        original = repository.get(session_id)
        self.add_session(original.duplicate(original.title + self.tr(" (kopie)")), self.tr("Dupliceren"))

    def delete_selected(self) -> None:
        repository = self.repository
        session_id = self._selected_id()
        if repository is None or session_id is None:
            return
        session = repository.get(session_id)
        answer = QMessageBox.question(
            self,
            self.tr("Sessie verwijderen"),
            self.tr("'%1' verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z.").replace(
                "%1", session.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        snapshots = repository.snapshots(session_id)

        def remove() -> None:
            if self.controller is not None and self.controller.session.id == session_id:
                self.show_list()
            repository.delete(session_id)
            self.refresh()

        def restore() -> None:
            repository.create(session.model_copy(update={"revision": 0}, deep=True), snapshots)
            self.refresh()

        self.list_stack.push(
            ListCommand(self.tr("Verwijderen '%1'").replace("%1", session.title), remove, restore)
        )

    # --- the workspace -------------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        from ambitieweb.store.errors import SessionNotFoundError

        repository = self.repository
        assert repository is not None
        try:
            session = repository.get(session_id)
        except AmbitiewebError as exc:
            self._report(exc)
            return
        generic = None
        if session.generic_session_id:
            with suppress(SessionNotFoundError):
                generic = repository.get(session.generic_session_id)
        self.show_session(session, generic)

    def show_session(
        self, session: Session, generic: Session | None, framework: Framework | None = None
    ) -> None:
        """Open the workspace on a loaded session (and the generic web it refers to, if found); its
        framework from the catalogue unless given."""
        from ambitieweb.gui.controller import SessionController
        from ambitieweb.gui.workspace import Workspace

        if framework is None:
            self._load_catalogue()
            assert self.catalogue is not None
            try:
                framework = self.catalogue.framework(session.framework_id)
            except AmbitiewebError as exc:
                self._report(exc)
                return
        if session.generic_session_id and generic is None:
            self.ui.statusbar.showMessage(self.tr("Het generieke ambitieweb is niet in deze database."))
        self._close_workspace()
        self.controller = SessionController(session, framework, self.repository, self.language, self)
        self.workspace = Workspace(self.controller, generic, self, catalogue=self.catalogue)
        self.ui.workspacePageLayout.addWidget(self.workspace)
        self.workspace.openSession.connect(self.open_session, Qt.ConnectionType.QueuedConnection)
        self.ui.pages.setCurrentWidget(self.ui.workspacePage)
        self.undo_group.addStack(self.controller.undo_stack)
        self.undo_group.setActiveStack(self.controller.undo_stack)
        self.controller.changed.connect(self._session_changed)
        self._session_changed()
        self.workspace.ui.themeTable.setFocus()
        self._remember_session(session.id)
        self._update_actions()

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
        self.stop_presenting()
        if self.workspace is not None:
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
        if self.controller is not None:
            self.controller.flush()  # a save still on its way to a server lands first
            self.undo_group.removeStack(self.controller.undo_stack)
            self.controller.deleteLater()
            self.controller = None

    def show_list(self) -> None:
        self._close_workspace()
        self._remember_session(None)
        self.ui.pages.setCurrentWidget(self.ui.listPage)
        self.undo_group.setActiveStack(self.list_stack)
        self.setWindowTitle(APP_NAME)
        self.refresh()
        self.ui.sessionTable.setFocus()
        self._update_actions()

    def edit_details(self) -> None:
        from ambitieweb.gui.session_dialog import SessionDialog
        from ambitieweb.model.session import SessionKind

        controller, repository = self.controller, self.repository
        if controller is None or repository is None or self.catalogue is None:
            return
        generic = [
            s
            for s in repository.list_sessions()
            if s.kind is SessionKind.ORGANISATION and s.id != controller.session.id
        ]
        dialog = SessionDialog(self.catalogue, generic, controller.session, self.language, self)
        if dialog.exec() == SessionDialog.DialogCode.Accepted:
            controller.set_details(**dialog.detail_fields())

    def edit_participants(self) -> None:
        from ambitieweb.gui.participants_dialog import ParticipantsDialog

        controller = self.controller
        if controller is None:
            return
        dialog = ParticipantsDialog(controller.session.participants, self.language, self)
        if dialog.exec() == ParticipantsDialog.DialogCode.Accepted:
            controller.set_participants(dialog.participants())

    def agree(self) -> None:
        controller = self.controller
        if controller is None:
            return
        names = ", ".join(
            f"{p.name} ({p.role.label(self.language)})" for p in controller.session.participants
        )
        answer = QMessageBox.question(
            self,
            self.tr("Vaststellen"),
            self.tr("Deze versie vaststellen met de deelnemers: %1?").replace(
                "%1", names or self.tr("(geen deelnemers)")
            )
            + "\n\n"
            + self.tr("Latere wijzigingen worden een nieuw concept."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        snapshot = controller.agree()
        if snapshot is not None:
            self.ui.statusbar.showMessage(
                self.tr("Versie %1 vastgesteld op %2")
                .replace("%1", str(snapshot.number))
                .replace("%2", snapshot.agreed_at.astimezone().strftime("%d-%m-%Y %H:%M"))
            )

    def show_snapshots(self) -> None:
        from ambitieweb.gui.snapshot_dialog import SnapshotDialog

        controller = self.controller
        if controller is None:
            return
        dialog = SnapshotDialog(
            controller.repository.snapshots(controller.session.id), controller.framework, self.language, self
        )
        dialog.exec()

    # --- presenter mode ------------------------------------------------------------------------

    def start_presenting(self) -> None:
        """F5: the presenter view here, the audience window full screen on the projector."""
        from ambitieweb.gui.presenter_mode import PresenterMode

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

    def _fill_screen_menu(self) -> None:
        """One entry per screen, the remembered (or current) audience screen checked."""
        from PySide6.QtGui import QActionGroup, QGuiApplication

        menu = self.presenter_actions.screen_menu
        menu.clear()
        group = QActionGroup(menu)
        remembered = remembered_screen(self.settings)
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            entry = menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            entry.setCheckable(True)
            entry.setChecked(screen_id(screen) == remembered)
            group.addAction(entry)
            entry.triggered.connect(partial(self.choose_audience_screen, screen_id(screen)))

    def choose_audience_screen(self, screen: str) -> None:
        """Remember the screen (a `screen_id`) for the audience window and move it there now."""
        if self.settings is not None:
            self.settings.setValue(SCREEN_KEY, screen)
        if self.presenter is not None:
            self.presenter.start()

    # --- files ---------------------------------------------------------------------------------

    def import_file(self) -> None:
        from ambitieweb.exchange import read_file
        from ambitieweb.transfer import store_document

        repository, catalogue = self.repository, self.catalogue
        if repository is None or catalogue is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sessie importeren"), "", self.tr("Ambitieweb-sessies (*.ambitieweb.json *.json)")
        )
        if not name:
            return
        try:
            document = read_file(Path(name), catalogue)
            if repository.exists(document.session.id):
                answer = QMessageBox.question(
                    self,
                    self.tr("Sessie importeren"),
                    self.tr("Deze sessie staat al in de database. Als kopie importeren?"),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
                session = store_document(repository, document, as_copy=True)
            else:
                session = store_document(repository, document)
        except AmbitiewebError as exc:
            self._report(exc)
            return
        except Exception as exc:  # never silently nothing: a failure the program did not foresee
            first = (str(exc).splitlines() or [type(exc).__name__])[0]
            QMessageBox.warning(self, APP_NAME, self.tr("Importeren mislukt: %1").replace("%1", first))
            return
        self.refresh()
        self.open_session(session.id)

    def export_file(self) -> None:
        from ambitieweb.exchange import SUFFIX
        from ambitieweb.transfer import export_file

        repository = self.repository
        session_id = self._selected_id()
        if repository is None or session_id is None:
            return
        title = repository.get(session_id).title
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Sessie exporteren"),
            _file_name(title) + SUFFIX,
            self.tr("Ambitieweb-sessies (*.ambitieweb.json)"),
        )
        if not name:
            return
        try:
            path = export_file(repository, session_id, Path(name))
        except AmbitiewebError as exc:
            self._report(exc)
            return
        self.ui.statusbar.showMessage(self.tr("Geëxporteerd naar %1").replace("%1", str(path)))

    def export_documents(self) -> None:
        """Ambitiedocument, bestekteksten or ambitiekaart, of the draft or an agreed version."""
        from ambitieweb.gui.export_dialog import ExportDialog

        controller, workspace = self.controller, self.workspace
        if controller is None or workspace is None or self.catalogue is None:
            return
        ExportDialog.for_controller(controller, self.catalogue, workspace.generic, self).exec()

    def export_radar(self, kind: str) -> None:
        from ambitieweb.charts.radar import save_radar
        from ambitieweb.charts.session_data import radar_data

        controller, workspace = self.controller, self.workspace
        if controller is None or workspace is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Diagram exporteren"), f"{_file_name(controller.session.title)}.{kind}", f"*.{kind}"
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(f".{kind}") else Path(f"{name}.{kind}")
        data = radar_data(
            controller.session, controller.framework, workspace.generic, title=controller.session.title
        )
        try:
            save_radar(data, path, kind)
        except OSError as exc:
            QMessageBox.warning(self, APP_NAME, self.tr("Kan niet schrijven: %1").replace("%1", str(exc)))
            return
        self.ui.statusbar.showMessage(self.tr("Geëxporteerd naar %1").replace("%1", str(path)))

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
        if self.controller is not None and not self.controller.flush():
            answer = QMessageBox.question(
                self,
                APP_NAME,
                self.tr("De laatste wijzigingen konden niet worden opgeslagen. Toch afsluiten?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()


def _file_name(title: str) -> str:
    """A safe file name from a session title."""
    keep = "".join(c if c.isalnum() or c in " -_" else "-" for c in title).strip()
    return "-".join(keep.split())[:80] or "sessie"
