"""Work that would freeze the window runs in a worker thread: exports, imports, opening a database,
loading modules, searching. Results, errors and progress come back on the GUI thread as signals.

Python runs one thread at a time, but it switches every few milliseconds and SQLite, file writes
and most imports let go in between: the window keeps answering while the work goes on.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from ambitieweb.reports.progress import ExportCancelledError


class Progress:
    """What the work sees: report how far it is (0..1) and learn that it should stop."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._stop = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def __call__(self, fraction: float) -> None:
        """Report progress; raises ExportCancelledError once the job was cancelled."""
        if self._stop.is_set():
            raise ExportCancelledError
        with suppress(RuntimeError):  # the job's owner is gone
            self._job._progressed.emit(fraction)


class Job(QObject):
    """One piece of work in its own thread. `finished(result)`, `failed(error)` or `cancelled()`
    comes exactly once, on the GUI thread; `progressed(fraction)` meanwhile."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(float)
    _progressed = Signal(float)
    _ended = Signal(object, object)  # result, error (from the worker thread)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._progress = Progress(self)
        self._thread: threading.Thread | None = None
        self.running = False
        self._progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._ended.connect(self._end, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Job:
        self.running = True
        # A daemon: quitting the program does not wait for an export nobody will see.
        self._thread = threading.Thread(target=self._run, name="ambitieweb-job", daemon=True)
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop (it stops at its next progress report; its result is dropped)."""
        self._progress._stop.set()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the thread is done (for tests and for quitting)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            result, error = self._work(self._progress), None
        except BaseException as exc:  # reported on the GUI thread, as it would have been there
            result, error = None, exc
        with suppress(RuntimeError):  # the job's owner is gone
            self._ended.emit(result, error)

    def _end(self, result: object, error: object) -> None:
        self.running = False
        if self._progress.cancelled or isinstance(error, ExportCancelledError):
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)


def _raise(error: object) -> None:
    """An error of the work, raised on the GUI thread as if the work had run there."""
    assert isinstance(error, BaseException)
    raise error


class Modules(QObject):
    """Imports modules in a worker thread and calls back on the GUI thread once they are loaded, so a
    first import (matplotlib: ~1 s; SQLAlchemy: ~0.3 s) never freezes the window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loaded: set[str] = set()
        self._waiting: list[tuple[tuple[str, ...], Callable[[], None]]] = []
        self._job: Job | None = None

    def loaded(self, names: tuple[str, ...]) -> bool:
        """Imported (a module the worker is still importing is not loaded yet)."""
        return all(n in self._loaded or (self._job is None and n in sys.modules) for n in names)

    def load(self, names: tuple[str, ...], then: Callable[[], None] | None = None) -> None:
        """Import `names` in the background, then call `then` (at once if they are loaded)."""
        if self.loaded(names):
            if then is not None:
                then()
            return
        self._waiting.append((names, then or (lambda: None)))
        self._next()

    def wait(self) -> None:
        """Block until the import under way is done (before the program ends: an import must not be
        cut off in the middle)."""
        if self._job is not None:
            self._job.wait()

    def _next(self) -> None:
        if self._job is not None:
            return
        missing = tuple(
            dict.fromkeys(n for names, _ in self._waiting for n in names if n not in self._loaded)
        )

        def work(_progress: Progress) -> tuple[str, ...]:
            for name in missing:
                importlib.import_module(name)
            return missing

        self._job = Job(work, self)
        self._job.finished.connect(self._done)
        self._job.failed.connect(_raise)
        self._job.start()

    def _done(self, names: tuple[str, ...]) -> None:
        self._job = None
        self._loaded.update(names)
        ready = [(n, then) for n, then in self._waiting if self.loaded(n)]
        self._waiting = [(n, then) for n, then in self._waiting if not self.loaded(n)]
        if self._waiting:
            self._next()
        for _names, then in ready:
            then()
