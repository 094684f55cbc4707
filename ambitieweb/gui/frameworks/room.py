"""The framework room as the main window uses it: Bestand › Kaders… and a button on the list page
open the editor on the window's database and catalogue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from ambitieweb.gui.widgets.tasks import Job
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.gui.frameworks.editor import FrameworkEditor
    from ambitieweb.gui.frameworks.library_editor import LibraryEditor
    from ambitieweb.gui.frameworks.session_themes import NewerVersionBar
    from ambitieweb.gui.window_base import WindowBase
    from ambitieweb.gui.workspace.controller import SessionController
    from ambitieweb.model.framework import Framework


class FrameworkRoom(QObject):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window
        self.editor: FrameworkEditor | None = None
        ui = window.ui
        self.action = QAction(self.tr("&Kaders (themasets)…"), window)
        self.action.triggered.connect(lambda _checked=False: self.show_editor())
        ui.fileMenu.insertAction(ui.actionImport, self.action)
        window.addAction(self.action)
        button = QPushButton(self.tr("&Kaders…"), ui.listPage)
        button.setAccessibleName(self.tr("Kaders"))
        button.clicked.connect(lambda _checked=False: self.show_editor())
        ui.listButtons.insertWidget(ui.listButtons.count() - 1, button)
        self.button = button
        self.themes_action = QAction(self.tr("T&hema's van de sessie…"), window)
        self.themes_action.triggered.connect(lambda _checked=False: self.change_session_themes())
        ui.sessionMenu.addAction(self.themes_action)
        window.addAction(self.themes_action)
        self.bar: NewerVersionBar | None = None  # above the workspace when a newer version exists
        self.library_editor: LibraryEditor | None = None
        self.library_action = QAction(self.tr("Eigen criteria (&bibliotheek)…"), window)
        self.library_action.triggered.connect(lambda _checked=False: self.show_library())
        ui.fileMenu.insertAction(ui.actionImport, self.library_action)
        window.addAction(self.library_action)

    def update_actions(self) -> None:
        attached = self.window.repository is not None
        self.action.setEnabled(attached)
        self.library_action.setEnabled(attached)
        self.button.setEnabled(attached)
        self.themes_action.setEnabled(attached and self.window.controller is not None)

    def show_editor(self) -> FrameworkEditor | None:
        """Open the editor (or bring it forward); None before the database is open."""
        from ambitieweb.gui.frameworks.editor import FrameworkEditor
        from ambitieweb.store.frameworks import FrameworkRepository

        window = self.window
        if window.repository is None or window.catalogue is None:
            return None
        if self.editor is None:
            self.editor = FrameworkEditor(
                FrameworkRepository(window.repository.engine), window.catalogue, window.language, window
            )
            self.editor.destroyed.connect(self._forget)
            self.editor.stored.connect(window.own_frameworks_changed)
            self.editor.importer = self._import_framework
            library = QPushButton(self.tr("Eigen &criteria…"), self.editor)
            library.setAccessibleName(self.tr("Eigen criteria (bibliotheek)"))
            library.setAutoDefault(False)
            library.clicked.connect(lambda _checked=False: self.show_library())
            self.editor.ui.bottomLayout.insertWidget(1, library)
        if self.editor.isVisible():
            self.editor.raise_()  # already open behind the window: forward
        self.editor.show()
        self.editor.activateWindow()
        return self.editor

    def show_library(self) -> LibraryEditor | None:
        """Open the library of own criteria (or bring it forward); None before the database is open."""
        from ambitieweb.gui.frameworks.library_editor import LibraryEditor
        from ambitieweb.store.library import LibraryRepository

        window = self.window
        if window.repository is None or window.catalogue is None:
            return None
        if self.library_editor is None:
            self.library_editor = LibraryEditor(
                LibraryRepository(window.repository.engine), window.catalogue, window.language, window
            )
            self.library_editor.destroyed.connect(self._forget_library)
            self.library_editor.stored.connect(window.library_changed)
        if self.library_editor.isVisible():
            self.library_editor.raise_()
        self.library_editor.show()
        self.library_editor.activateWindow()
        return self.library_editor

    def _forget_library(self) -> None:
        self.library_editor = None

    def saved(self) -> bool:
        """The editor's edits stored (waits for those on their way); False if the last store failed."""
        library = self.library_editor
        if library is not None:
            library.flush()
            library.wait()
            if library.unsaved is not None:
                return False
        editor = self.editor
        if editor is None:
            return True
        editor.flush()
        editor.wait()
        return editor.unsaved is None

    def _forget(self) -> None:
        self.editor = None

    def _import_framework(self, path: Path) -> tuple[Framework, list[tuple[str, str]]]:
        from ambitieweb.transfer import import_framework

        window = self.window
        assert window.repository is not None and window.catalogue is not None
        return import_framework(window.repository, window.catalogue, path)

    # --- the open session's themes ------------------------------------------------------------

    def newer(self, controller: SessionController) -> Framework | None:
        from ambitieweb.model.theme_change import newer_version

        catalogue = self.window.catalogue
        if catalogue is None:
            return None
        return newer_version(controller.session, catalogue.versions(controller.session.framework_id))

    def session_shown(self, controller: SessionController) -> None:
        """A session's views were built: say whether a newer version of its framework exists."""
        from ambitieweb.gui.frameworks.session_themes import NewerVersionBar

        if self.bar is None:
            self.bar = NewerVersionBar(self.window.ui.workspacePage)
            self.window.ui.workspacePageLayout.insertWidget(0, self.bar)
            self.bar.button.clicked.connect(lambda _checked=False: self.move_to_newer())
        self.bar.show_newer(self.newer(controller))
        self.update_actions()

    def move_to_newer(self) -> bool:
        """Show what moving to the newer version changes; move (one undo step) if the user agrees."""
        from PySide6.QtWidgets import QDialog

        from ambitieweb.gui.frameworks.session_themes import MoveVersionDialog
        from ambitieweb.model.theme_change import moved_themes

        controller = self.window.controller
        newer = self.newer(controller) if controller is not None else None
        if controller is None or newer is None:
            return False
        dialog = MoveVersionDialog(
            controller.session, controller.framework, newer, self.window.language, self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        text = fill(self.tr("Naar versie %1 van het kader"), newer.version)
        controller.change_themes(newer, moved_themes(controller.session, newer), text)
        return True

    def change_session_themes(self) -> bool:
        """Sessie › Thema's van de sessie…: choose the themes (and maybe add an own one)."""
        from PySide6.QtWidgets import QDialog

        from ambitieweb.gui.frameworks.session_themes import SessionThemesDialog

        controller, window = self.window.controller, self.window
        if controller is None or window.repository is None:
            return False
        dialog = SessionThemesDialog(controller.session, controller.framework, window.language, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        framework, keep = controller.framework, dialog.keep()
        if dialog.own_theme():
            return self._add_own_theme(controller, dialog.own_theme(), keep) is not None
        if keep == [e.theme_id for e in controller.session.themes]:
            return False
        controller.change_themes(framework, keep, self.tr("Thema's van de sessie wijzigen"))
        return True

    def _add_own_theme(self, controller: SessionController, name: str, keep: list[str]) -> Job | None:
        """Add an own theme to the session's framework and store it in the background (a copy of a
        preset becomes an own framework; an own framework gets the theme, a new version if sessions
        use it), then move the session to it: one undo step."""
        from PySide6.QtWidgets import QMessageBox

        from ambitieweb import APP_NAME
        from ambitieweb.errors import AmbitiewebError
        from ambitieweb.model import framework_edits as edits
        from ambitieweb.model.framework import check_framework
        from ambitieweb.store.frameworks import FrameworkRepository

        window, framework = self.window, controller.framework
        assert window.repository is not None and window.catalogue is not None
        catalogue = window.catalogue
        repository = FrameworkRepository(window.repository.engine)
        try:
            if catalogue.is_preset(framework.id):
                title = fill(self.tr("%1 (eigen)"), framework.title)[:200]
                today = dt.date.today().isoformat()
                new_id = edits.slug(f"{framework.id}-eigen", set(catalogue.frameworks))
                base = check_framework(edits.from_template(framework, new_id, title, today))
            else:
                base = framework
            added = check_framework(edits.add_theme(base, name))
        except AmbitiewebError as exc:
            QMessageBox.warning(window, APP_NAME, exc.text(window.language))
            return None

        def store(_progress: object) -> tuple[Framework, list[Framework]]:
            return repository.save(added), repository.all_versions()

        def stored(result: tuple[Framework, list[Framework]]) -> None:
            widened, versions = result
            window.own_frameworks_changed(versions)
            if window.controller is controller:  # still open
                text = self.tr("Thema's van de sessie wijzigen")
                controller.change_themes(widened, [*keep, widened.themes[-1].id], text)

        def failed(error: object) -> None:
            if not isinstance(error, AmbitiewebError):
                raise error  # type: ignore[misc]  # a bug: as if it had happened here
            QMessageBox.warning(window, APP_NAME, error.text(window.language))

        job = Job(store, self)
        job.finished.connect(stored)
        job.failed.connect(failed)
        return window.job_indicator.watch(job, self.tr("Thema's van de sessie wijzigen")).start()
