"""Presenter mode: the presenter view on the laptop, the audience window on the projector.

`PresenterMode` puts the two windows on screens, follows projectors being plugged in and out, and
wires the menu's keys (`PresenterActions`) to the shared `Presentation`.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

from ambitieweb.gui.presenter.actions import PresenterActions, audience_screen, remembered_screen
from ambitieweb.gui.presenter.audience_window import AudienceWindow
from ambitieweb.gui.presenter.notes_dialog import NotesDialog
from ambitieweb.gui.presenter.presentation import Presentation
from ambitieweb.gui.presenter.view import PresenterView
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session, Snapshot


class PresenterMode(QObject):
    """One run of presenter mode for the open session; `stop()` ends it."""

    def __init__(
        self,
        host: QMainWindow,
        actions: PresenterActions,
        controller: SessionController,
        generic: Session | None,
        snapshots: list[Snapshot],
        theme: int,
        settings: QSettings | None,
    ) -> None:
        super().__init__(host)
        self.host = host
        self.actions = actions
        self.settings = settings
        self.presentation = Presentation(controller, generic, snapshots, theme, self)
        self.view = PresenterView(self.presentation)
        self.audience = AudienceWindow(self.presentation)
        self.single_screen = self._projector(QGuiApplication.screens()) is None  # the audience view
        # fills the presenter's own screen (placed by `start`, in the event after this one)
        self.stopped = False
        self._notes: NotesDialog | None = None  # the notes over the audience view (one screen)
        presentation = self.presentation
        self._connections = [
            (actions.next.triggered, lambda: presentation.step(1)),
            (actions.previous.triggered, lambda: presentation.step(-1)),
            (actions.reveal.triggered, presentation.toggle_reveal),
            (actions.clock.triggered, presentation.toggle_clock),
            (actions.focus_only.triggered, presentation.toggle_focus_only),
            (actions.generic.triggered, presentation.toggle_generic),
            (actions.earlier.triggered, presentation.cycle_earlier),
            (actions.notes.triggered, self.open_notes),
        ]
        for level, vote, ambition in zip(Level, actions.votes, actions.ambitions, strict=True):
            self._connections.append((vote.triggered, partial(self.view.vote, level)))
            self._connections.append((ambition.triggered, partial(self._set_ambition, level)))
        for signal, slot in self._connections:
            signal.connect(slot)
        for action in actions.while_presenting():
            action.setEnabled(True)
        actions.start.setEnabled(False)
        self.audience.ui.stopButton.clicked.connect(actions.stop.trigger)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)

    def open_notes(self) -> None:
        """N: the notes in the presenter view; with one screen, in a dialog over the audience view."""
        if not self.single_screen or not self.audience.isVisible():
            self.view.open_notes()
            return
        if self._notes is None:
            self._notes = NotesDialog(self.presentation, self.audience.body_size(), self.audience)
            self._notes.destroyed.connect(self._notes_closed)
            self._notes.show()
        self._notes.activateWindow()
        self._notes.edit.setFocus()

    def _notes_closed(self) -> None:
        self._notes = None

    def _set_ambition(self, level: Level) -> None:
        self.presentation.controller.set_ambition(self.presentation.theme, level)

    # --- screens -------------------------------------------------------------------------------

    def start(self) -> None:
        if not self.stopped:  # Esc may come before the audience window's turn
            self.place(QGuiApplication.screens())

    def _projector(self, screens: list[QScreen]) -> QScreen | None:
        return audience_screen(screens, self.host.screen(), remembered_screen(self.settings))

    def place(self, screens: list[QScreen]) -> None:
        """Full screen on the projector; with one screen, full screen here with the control bar."""
        target = self._projector(screens)
        self.single_screen = target is None
        screen = target or self.host.screen()
        self.audience.set_controls_visible(self.single_screen)
        self.audience.setScreen(screen)
        self.audience.setGeometry(screen.geometry())
        self.audience.showFullScreen()
        if not self.single_screen:
            self.host.activateWindow()  # the keys go to the presenter; the projector only shows

    def _screens_changed(self, _screen: QScreen) -> None:
        self.screens_changed(QGuiApplication.screens())

    def screens_changed(self, screens: list[QScreen]) -> None:
        """A projector came or went: move the audience window there, or keep presenting here."""
        if self.single_screen or self._projector(screens):
            self.place(screens)
            return
        # The projector went away mid-session: don't cover the laptop; wait for it to come back.
        self.audience.hide()
        self.host.statusBar().showMessage(
            self.tr("Het scherm voor het publiek is weg. Sluit het weer aan; de presentatie loopt door.")
        )

    # --- ending --------------------------------------------------------------------------------

    def stop(self) -> None:
        self.stopped = True
        if self._notes is not None:
            self._notes.close()
        self.presentation.stop()
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.disconnect(self._screens_changed)
        app.screenRemoved.disconnect(self._screens_changed)
        for signal, slot in self._connections:
            signal.disconnect(slot)
        for action in self.actions.while_presenting():
            action.setEnabled(False)
        self.actions.start.setEnabled(True)
        self.audience.close()
        self.audience.deleteLater()
        self.view.setParent(None)
        self.view.deleteLater()
        self.deleteLater()
