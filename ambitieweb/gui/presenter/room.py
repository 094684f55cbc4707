"""The presenter room as the main window uses it: the Presentatie menu (F5, Esc, the audience's screen)
and presenter mode while it runs, over the open session's workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ambitieweb.gui.presenter.actions import SCREEN_KEY, PresenterActions

if TYPE_CHECKING:
    # Presenter mode itself loads on the first F5.
    from ambitieweb.gui.presenter.mode import PresenterMode
    from ambitieweb.gui.window_base import WindowBase


class PresenterRoom(QObject):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window
        self.mode: PresenterMode | None = None  # while presenting
        # The menu and keys (the module is light: its heavy parts load on F5).
        self.actions = PresenterActions(window, window.ui.presentationMenu, window.language)
        self.actions.start.triggered.connect(self.start)
        self.actions.stop.triggered.connect(self.stop)
        self.actions.screen_menu.aboutToShow.connect(
            lambda: self.actions.fill_screen_menu(window.settings, self.choose_screen)
        )

    def update_actions(self) -> None:
        window = self.window
        ready = window.controller is not None and window.repository is not None
        self.actions.start.setEnabled(ready and self.mode is None)

    def start(self) -> None:
        """F5: the presenter view here, the audience window full screen on the projector."""
        from ambitieweb.gui.presenter.mode import PresenterMode

        window = self.window
        controller, workspace = window.controller, window.workspace
        if controller is None or workspace is None or self.mode is not None:
            return
        snapshots = controller.repository.snapshots(controller.session.id)
        self.mode = PresenterMode(
            window,
            self.actions,
            controller,
            workspace.generic,
            snapshots,
            workspace.current_theme,
            window.settings,
        )
        window.ui.pages.addWidget(self.mode.view)
        window.ui.pages.setCurrentWidget(self.mode.view)
        workspace.pause(True)
        self.mode.view.focus_votes()
        window.update_actions()
        # The audience window in an event of its own: the presenter view is laid out and painted
        # first, and the two windows' first paints are two short stalls instead of one long one.
        QTimer.singleShot(0, self.mode, self.mode.start)

    def stop(self) -> None:
        """Esc: close the audience window and go back to the workspace at the theme last shown."""
        mode, window = self.mode, self.window
        if mode is None:
            return
        self.mode = None
        theme = mode.presentation.theme
        mode.stop()
        if window.workspace is not None:
            window.workspace.pause(False)
            window.ui.pages.setCurrentWidget(window.ui.workspacePage)
            window.workspace.select_theme(theme)
            window.workspace.ui.themeTable.setFocus()
        window.update_actions()

    def choose_screen(self, screen: str) -> None:
        """Remember the screen (a `screen_id`) for the audience window and move it there now."""
        settings = self.window.settings
        if settings is not None:
            settings.setValue(SCREEN_KEY, screen)
        if self.mode is not None:
            self.mode.start()
