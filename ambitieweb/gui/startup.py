"""Start-up after the first paint: the first screen (the list and the session that was open, read by
a helper process meanwhile); then, off the critical path, the window's own store."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ambitieweb.first_screen import FirstScreenReader
from ambitieweb.gui.main_window import WORKSPACE_MODULES, MainWindow
from ambitieweb.gui.store_opener import StoreOpener, open_store
from ambitieweb.gui.widgets.collector import freeze_long_lived
from ambitieweb.gui.widgets.tasks import Job, Modules

if TYPE_CHECKING:
    from ambitieweb.model.first_screen import FirstScreen
    from ambitieweb.store import Database

# What the store needs that the first screen did not load: SQLAlchemy (~0.3 s) above all.
STORE_MODULES = ("ambitieweb.store", "ambitieweb.transfer", "ambitieweb.examples")
# The radar's full draw: matplotlib (~0.3 s), otherwise imported by the drawing thread's first job.
RADAR_DRAWING = ("ambitieweb.gui.widgets.radar_render",)


class AfterFirstPaint(QObject):
    """Runs an action once the window has painted, so heavy imports never delay the first frame."""

    FALLBACK_MS = 500  # should no paint come (a minimised start), go on anyway

    def __init__(self, window: QWidget, action: Callable[[], None]) -> None:
        super().__init__(window)
        self._action: Callable[[], None] | None = action
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()


PROBE = "AMBITIEWEB_STARTUP_PROBE"  # set: start-up milestones are written to stderr (for benchmarks)


def probe(milestone: str) -> None:
    """Tell a start-up benchmark (tests/bench/frozen_startup.py) that `milestone` is reached; it
    times the line's arrival, so the frozen program needs no other hook."""
    if os.environ.get(PROBE):
        print(f"ambitieweb-probe: {milestone}", file=sys.stderr, flush=True)


class Startup(QObject):
    """What happens after the first paint; nothing of it blocks the window.

    With the helper's first screen: show it (the workspace of the session that was open, if any),
    then load the store's modules in a thread and attach the store; edits made in between are saved
    then. Without it (first start, an upgrade, a damaged file, any failure of the helper): open the
    store in a thread as before, with its questions, then reopen the session that was open.
    `shown` comes when the list (and the session) are on screen, `finished` when all of that is
    done, the store attached or not.
    """

    shown = Signal()
    finished = Signal()

    def __init__(
        self,
        window: MainWindow,
        database_url: str | None,
        language: str,
        reader: FirstScreenReader | None,
        reopen: str | None,
        modules: Modules | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.database_url = database_url
        self.language = language
        self.reader = reader
        self.reopen = reopen
        self.modules = modules or window.modules
        self.database: Database | None = None  # the store, once open (closed when the program ends)
        self.failed = False  # the store could not be opened; the program ends
        self._first: FirstScreen | None = None
        self._waiting = 0  # what run() waits for: the helper's result, the workspace's modules
        self._store_asked = False  # a StoreOpener was started
        self._close_when_attached = False  # the window was closed while it worked

    def run(self) -> None:
        """Wait, in the background, for the helper's result and (to show a session) the workspace's
        modules; then show the first screen."""
        probe("first paint")
        self._waiting = 2 if self.reopen else 1
        if self.reopen:
            self.modules.load(WORKSPACE_MODULES, self._workspace_loaded)
        reader = self.reader
        job = Job(lambda _progress: reader.result() if reader is not None else None, self)
        job.finished.connect(self._read)
        job.start()

    def _workspace_loaded(self) -> None:
        """Without a radar kept by this program the session's radar waits for matplotlib: load it
        now, while the helper reads. With one (the usual start) the radar is painted from it first,
        and matplotlib waits: its import would slow that down."""
        from ambitieweb.gui.widgets import radar_image_cache  # loaded: the workspace imports it

        if not radar_image_cache.drawn_by_this_program(radar_image_cache.default_path()):
            self.modules.load(RADAR_DRAWING)
        self._ready()

    def _read(self, first: FirstScreen | None) -> None:
        self._first = first
        self._ready()

    def _ready(self) -> None:
        self._waiting -= 1
        if self._waiting:
            return
        first = self._first
        if first is None:
            self._open_store()
            return
        freeze_long_lived(self.window)  # a session to show: its modules are loaded (see run())
        self.window.show_first_screen(first)
        self.window.installEventFilter(self)  # closing before the store is attached attaches it
        self.shown.emit()
        workspace = self.window.workspace
        if workspace is None:
            self._load_store()
            return
        # After the radar's first paint: the import would take half of the drawing's time.
        workspace.radar.painted.connect(self._load_store, Qt.ConnectionType.SingleShotConnection)
        workspace.radar.painted.connect(
            lambda: probe("session painted"), Qt.ConnectionType.SingleShotConnection
        )
        QTimer.singleShot(AfterFirstPaint.FALLBACK_MS, self, self._load_store)

    def _load_store(self) -> None:
        self.modules.load(STORE_MODULES, self._attach)

    def stop(self) -> None:
        """After the event loop: let an import finish, close the store."""
        self.modules.wait()
        if self.database is not None:
            self.database.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window or event.type() != QEvent.Type.Close or self.window.repository:
            return False
        if self._store_asked:
            # The store is being opened in the background: a second one opened here would attach
            # twice. The window closes (and saves) once that one is attached.
            self._close_when_attached = True
            event.ignore()
            return True
        # before the window's closeEvent saves what is unsaved: open the store now, here
        self.window.removeEventFilter(self)
        self.modules.wait()
        self.database = open_store(self.window, self.database_url, self.language)
        return False

    def _attach(self) -> None:
        # Asked for twice (the radar's first paint and the fallback timer): one opener only.
        if self.window.repository is None and not self.failed and not self._store_asked:
            self._open_store()

    def _open_store(self) -> None:
        self._store_asked = True
        opener = StoreOpener(self.window, self.database_url, self.language)
        opener.opened.connect(self._opened)
        opener.failed.connect(self._failed)
        opener.start()

    def _failed(self) -> None:
        self.failed = True
        QApplication.exit(2)
        self.finished.emit()

    def _opened(self, database: Database) -> None:
        self.window.removeEventFilter(self)
        self.database = database
        window, repository = self.window, self.window.repository
        if window.controller is None and self.reopen and repository and repository.exists(self.reopen):
            freeze_long_lived(window)
            window.open_session(self.reopen)
        if self._first is None:
            self.shown.emit()
        probe("store attached")
        self.finished.emit()
        if self._close_when_attached:
            self.window.close()  # the close asked for meanwhile; the window's closeEvent saves
