"""Helpers for GUI tests: open an example session by its title, read back what the store holds."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from ambitieweb.gui.main_window import WORKSPACE_MODULES, MainWindow
from ambitieweb.gui.widgets.radar_widget import RadarWidget
from ambitieweb.gui.workspace.workspace import Workspace
from ambitieweb.model.session import Session

if TYPE_CHECKING:  # presenter mode loads on the first F5
    from ambitieweb.gui.presenter.mode import PresenterMode


def open_titled(window: MainWindow, words: str) -> Workspace:
    """Open a session at once, as the window does once its background imports are done."""
    assert window.repository is not None
    modules_loaded(window)
    [summary] = [s for s in window.repository.list_sessions() if words in s.title]
    window.open_session(summary.id)
    assert window.workspace is not None
    return window.workspace


def modules_loaded(window: MainWindow) -> None:
    """Wait for the imports the window started in the background at its start (while they run,
    opening a session waits for them)."""
    window.modules.load(WORKSPACE_MODULES)  # as the program does once start-up is over
    deadline = time.monotonic() + 60
    while not window.modules.loaded(WORKSPACE_MODULES) and time.monotonic() < deadline:
        window.modules.wait()
        QCoreApplication.processEvents()


def stored(window: MainWindow) -> Session:
    """The open session as the database has it (not as the window holds it), once saves that are
    still on their way (to a server, in a thread) have landed."""
    assert window.controller is not None and window.repository is not None
    window.controller.flush()
    return window.repository.get(window.controller.session.id)


def drawn(qtbot: QtBot, radar: RadarWidget) -> RadarWidget:
    """The radar once its drawing (made in a worker thread) is on screen: what a person clicks on."""
    qtbot.waitUntil(lambda: radar.full_draws > 0 and not radar.draw_pending)
    return radar


def start_presenting(window: MainWindow, qtbot: QtBot) -> PresenterMode:
    """F5 as the menu does it, then wait for the audience window: it is placed in the event after
    the presenter view's (the two first paints are two short stalls, not one long one)."""
    window.start_presenting()
    presenter = window.presenter
    assert presenter is not None
    qtbot.waitUntil(presenter.audience.isVisible)
    return presenter
