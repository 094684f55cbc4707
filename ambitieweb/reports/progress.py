"""How far a document is, for whoever builds it in the background; and a way to stop it.

A builder runs `with watching(report): write_pdf(...)`; the document layout calls `step(done, total)`
after each part it lays out, which passes the fraction to `report`. `report` may raise
`ExportCancelledError` to stop the build: nothing is written (documents are written in one step at
the end).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ambitieweb.errors import AmbitiewebError

Report = Callable[[float], None]
_REPORT: ContextVar[Report | None] = ContextVar("report", default=None)


class ExportCancelledError(AmbitiewebError):
    def __init__(self) -> None:
        super().__init__(
            "Het exporteren is afgebroken; er is niets geschreven.",
            "The export was cancelled; nothing was written.",
        )


@contextmanager
def watching(report: Report) -> Iterator[None]:
    """Builds in this thread (and context) report their progress to `report` meanwhile."""
    token = _REPORT.set(report)
    try:
        yield
    finally:
        _REPORT.reset(token)


def step(done: int, total: int) -> None:
    """A builder has done `done` of `total` parts (the watcher may raise ExportCancelledError)."""
    report = _REPORT.get()
    if report is not None:
        report(min(1.0, done / total) if total else 0.0)
