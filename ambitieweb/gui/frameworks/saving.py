"""The framework editor's database work, off the GUI thread: one piece at a time, in the order asked.

An undo step changes the editor's framework at once and hands the store a `Change` to write; the
worker writes it and reads back every stored version (for the lists and the window's catalogue).
What to write is read from the change when its turn comes, so a version number the store gave an
earlier edit (a version in use stays as it is: the edit becomes the next version) is already
applied to the edits made while it was being written (`renamed`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from ambitieweb.gui.widgets.tasks import Job, Progress
from ambitieweb.model.framework import Framework


@dataclass
class Change:
    """One undo step's framework before and after (None: not there), renamed when stored elsewhere."""

    before: Framework | None
    after: Framework | None

    def wanted(self, redo: bool) -> tuple[Framework | None, Framework | None]:
        """What to store and what it replaces."""
        return (self.after, self.before) if redo else (self.before, self.after)


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


Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class StoreQueue(QObject):
    """Runs the editor's database work in a worker thread, one piece at a time, in order; each
    piece's `done(result)` or `failed(error)` is called on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: deque[tuple[Callable[[], Work], Done, Failed]] = deque()
        self._job: Job | None = None

    def run(self, prepare: Callable[[], Work], done: Done, failed: Failed) -> None:
        """When its turn comes, `prepare()` (on the GUI thread) gives the work to do in the worker."""
        self._waiting.append((prepare, done, failed))
        self._next()

    @property
    def busy(self) -> bool:
        return self._job is not None or bool(self._waiting)

    def wait(self) -> None:
        """Block until every piece is done and its result handled (before closing, and in tests)."""
        while self._job is not None:
            self._job.wait()
            QCoreApplication.sendPostedEvents()  # the job's end arrives as a queued signal

    def _next(self) -> None:
        if self._job is not None or not self._waiting:
            return
        prepare, done, failed = self._waiting.popleft()
        work = prepare()

        def run(_progress: Progress) -> Any:
            return work()

        job = Job(run, self)
        job.finished.connect(lambda result: self._end(job, lambda: done(result)))
        job.failed.connect(lambda error: self._end(job, lambda: failed(error)))
        self._job = job.start()

    def _end(self, job: Job, then: Callable[[], None]) -> None:
        self._job = None
        job.deleteLater()
        try:
            then()
        finally:
            self._next()
