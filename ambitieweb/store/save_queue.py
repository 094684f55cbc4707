"""Saves to a database server off the caller's thread: one at a time, in order, the newest wins.

A save to PostgreSQL is some fifteen round trips; over a network, or to a server that hangs, that
must not freeze the window. The window hands each edit's content (a copy) to this queue and goes on;
a thread writes it, and the window collects the results when it looks (a timer of its own: the
thread never calls into Qt, so it can outlive the window safely). Saves never overtake each other:
there is one thread, and content waiting while a save runs is replaced by newer content (every save
writes the whole session). The thread keeps the revision the database has from its own last save, so
the stale-save check stays exact.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ambitieweb.errors import AmbitiewebError
from ambitieweb.model.session import Session

if TYPE_CHECKING:
    import datetime as dt

    from ambitieweb.store.repository import Repository


@dataclass(frozen=True)
class SaveResult:
    revision: int  # the revision the database has now (unchanged after a failure)
    updated_at: dt.datetime | None
    error: AmbitiewebError | None = None  # why the save failed
    unexpected: str | None = None  # a failure the store did not name (its first line)


class SaveQueue:
    def __init__(self, repository: Repository, revision: int) -> None:
        self._repository = repository
        self._revision = revision
        self._state = threading.Condition()
        self._waiting: Session | None = None
        self._busy = False
        self._closed = False
        self._results: list[SaveResult] = []
        self._thread = threading.Thread(target=self._run, name="ambitieweb-save", daemon=True)
        self._thread.start()

    def put(self, content: Session) -> None:
        """Save this copy of the session after what is being saved now (replacing what waits)."""
        with self._state:
            self._waiting = content
            self._state.notify_all()

    @property
    def idle(self) -> bool:
        with self._state:
            return self._waiting is None and not self._busy

    def wait(self, timeout: float) -> bool:
        """Block until every save handed over has ended; False if that took longer than `timeout`."""
        with self._state:
            return self._state.wait_for(lambda: self._waiting is None and not self._busy, timeout)

    def rebase(self, revision: int) -> None:
        """The session was written past the queue (agreed, while the queue was idle)."""
        with self._state:
            self._revision = revision

    def take_results(self) -> list[SaveResult]:
        with self._state:
            results, self._results = self._results, []
            return results

    def close(self) -> None:
        """No more saves; the thread ends after the one it is doing (it never holds up the exit)."""
        with self._state:
            self._closed = True
            self._state.notify_all()

    def _run(self) -> None:
        while True:
            with self._state:
                self._state.wait_for(lambda: self._waiting is not None or self._closed)
                if self._waiting is None:
                    return
                content, self._waiting = self._waiting, None
                self._busy = True
            result = self._save(content)
            with self._state:
                self._results.append(result)
                self._busy = False
                self._state.notify_all()

    def _save(self, content: Session) -> SaveResult:
        content.revision = self._revision
        try:
            self._repository.save(content)
        except AmbitiewebError as exc:
            return SaveResult(self._revision, None, error=exc)
        except Exception as exc:  # a dropped server: never lose the edit, say what happened
            return SaveResult(self._revision, None, unexpected=(str(exc).splitlines() or ["?"])[0])
        self._revision = content.revision
        return SaveResult(content.revision, content.updated_at)
