"""The framework editor's database work, off the GUI thread: one piece at a time, in the order asked.

An undo step changes the editor's framework at once and hands the store a `Change` to write; the
worker writes it and reads back every stored version (for the lists and the window's catalogue).
What to write is read from the change when its turn comes, so a version number the store gave an
earlier edit (a version in use stays as it is: the edit becomes the next version) is already
applied to the edits made while it was being written (`renamed`).
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ambitieweb.errors import AmbitiewebError
from ambitieweb.model.framework import Framework


@dataclass
class Change:
    """One undo step's framework before and after (None: not there), renamed when stored elsewhere."""

    before: Framework | None
    after: Framework | None

    def wanted(self, redo: bool) -> tuple[Framework | None, Framework | None]:
        """What to store and what it replaces."""
        return (self.after, self.before) if redo else (self.before, self.after)

    def ids(self) -> set[str]:
        """The ids of the frameworks it touches."""
        return {f.id for f in (self.before, self.after) if f is not None}


@dataclass(frozen=True)
class Stored:
    """A change written: what was asked, what is stored now, and every stored own version."""

    change: Change
    redo: bool
    asked: Framework | None
    stored: Framework | None
    versions: list[Framework]


def renamed(
    framework: Framework | None, old: tuple[str, str], new: str, in_use: Framework
) -> Framework | None:
    """An edit of version `old` (content other than the stored `in_use`) moves to version `new`."""
    if framework is None or (framework.id, framework.version) != old or framework == in_use:
        return framework
    return framework.model_copy(update={"version": new})


def rename_all(changes: Iterable[Change], old: tuple[str, str], new: str, in_use: Framework) -> None:
    for change in changes:
        change.before = renamed(change.before, old, new, in_use)
        change.after = renamed(change.after, old, new, in_use)


Work = Callable[[], Any]


def store_failed(
    error: BaseException, retry: QWidget, say: Callable[[str], None], language: str, advice: str
) -> None:
    """An editor's store failed: a bug is raised (as if it had happened here); otherwise the Retry
    button is offered and the message said, with `advice` on what to do."""
    if not isinstance(error, AmbitiewebError):
        raise error
    retry.show()
    say(error.text(language) + " " + advice)


Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class StoreQueue(QObject):
    """Runs the editor's database work in a worker thread of its own, one piece at a time, in
    order; each piece's `done(result)` or `failed(error)` is called on the GUI thread. The thread
    lives as long as the editor: handing it work costs the GUI thread no thread start."""

    _ended = Signal(object, object)  # result, error (from the worker thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: deque[tuple[Callable[[], Work], Done, Failed]] = deque()
        self._current: tuple[Done, Failed] | None = None  # handed to the thread, not yet ended
        self._inbox: queue.SimpleQueue[Work | None] = queue.SimpleQueue()
        self._idle = threading.Event()
        self._idle.set()
        self._ended.connect(self._end, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._run, name="ambitieweb-frameworks", daemon=True)
        self._thread.start()
        self.destroyed.connect(lambda _o=None, inbox=self._inbox: inbox.put(None))  # the thread ends

    def run(self, prepare: Callable[[], Work], done: Done, failed: Failed) -> None:
        """When its turn comes, `prepare()` (on the GUI thread) gives the work to do in the worker."""
        self._waiting.append((prepare, done, failed))
        self._next()

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._waiting)

    def wait(self) -> None:
        """Block until every piece is done and its result handled (before closing, and in tests)."""
        while self._current is not None:
            self._idle.wait()
            QCoreApplication.sendPostedEvents(self)  # the piece's end arrives as a queued signal

    def _next(self) -> None:
        if self._current is not None or not self._waiting:
            return
        prepare, done, failed = self._waiting.popleft()
        self._current = (done, failed)
        self._idle.clear()
        self._inbox.put(prepare())

    def _run(self) -> None:
        while (work := self._inbox.get()) is not None:
            try:
                result, error = work(), None
            except BaseException as exc:  # reported on the GUI thread, as it would have been there
                result, error = None, exc
            self._idle.set()
            with suppress(RuntimeError):  # the editor is gone
                self._ended.emit(result, error)

    def _end(self, result: object, error: object) -> None:
        assert self._current is not None
        (done, failed), self._current = self._current, None
        try:
            if isinstance(error, BaseException):
                failed(error)
            else:
                done(result)
        finally:
            self._next()
