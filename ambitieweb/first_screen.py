"""The first screen, read beside the window: the session list's first page and the session to reopen.

The window's process spends its first half second loading Qt and the model. Meanwhile a helper process
(`ambitieweb first-screen`, this module's `main`) loads SQLAlchemy (~0.3 s), checks the database and
reads what the window shows first, on the machine's other core. It is started first thing (`cli.main`,
before Qt is loaded) and told which session to reopen on its stdin once the window has read its
settings: by then it is still loading. The window shows what it read and opens its own store
afterwards, off the critical path. The helper only reads: a database that has to be
created, upgraded or repaired gives no result, and the window then opens it itself as before, with
its questions and messages. So does any failure of the helper.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ambitieweb.resources import is_frozen

if TYPE_CHECKING:  # the window starts this before it paints: pydantic and the model load later
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.model.first_screen import FirstScreen
    from ambitieweb.model.framework import Framework
    from ambitieweb.model.session import Session
    from ambitieweb.store import Repository

PAGE = 200  # rows in the list's first page (as many as the list asks for at a time)
TIMEOUT_S = 15.0  # a helper stuck longer (a database locked by another program) is stopped


def _framework_of(repository: Repository, session: Session, catalogue: Catalogue) -> Framework | None:
    """The framework version the session uses: a shipped one, or an own one from the database."""
    from ambitieweb.store.frameworks import FrameworkRepository

    if catalogue.is_preset(session.framework_id):
        return catalogue.frameworks.get(session.framework_id)
    own = FrameworkRepository(repository.engine)
    if own.exists(session.framework_id, session.framework_version):
        return own.get(session.framework_id, session.framework_version)
    return None


def read_first_screen(url: str | None, session_id: str | None, limit: int = PAGE) -> FirstScreen | None:
    """Read the first screen from a database with the current schema; None if it must be opened
    by `open_database` first (created, upgraded, or refused with a message)."""
    return _read(url, lambda: session_id, limit)


def _read(url: str | None, which: Callable[[], str | None], limit: int) -> FirstScreen | None:
    """`read_first_screen`, asking `which` for the session to reopen once the list is read."""
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.errors import AmbitiewebError
    from ambitieweb.model.first_screen import FirstScreen
    from ambitieweb.store import Repository, SessionNotFoundError, open_current

    try:
        database = open_current(url)
    except AmbitiewebError:
        return None
    if database is None:
        return None
    repository = Repository(database.engine)

    def find(wanted: str | None) -> Session | None:
        try:
            return repository.get(wanted) if wanted else None
        except SessionNotFoundError:
            return None

    try:
        count, summaries = repository.count_sessions(), repository.list_sessions(limit=limit)
        session = find(which())
        return FirstScreen(
            location=database.location,
            count=count,
            summaries=summaries,
            session=session,
            generic=find(session.generic_session_id) if session else None,
            framework=_framework_of(repository, session, default_catalogue()) if session else None,
        )
    finally:
        database.close()  # a file read intact: the window's own opening need not check it again


def asked_on_stdin() -> str | None:
    """The session to reopen, as the window writes it: one line (empty, or no window at all: none)."""
    return sys.stdin.readline().strip() or None


def main(url: str | None, session_id: str | None, output: Path) -> int:
    """The helper: write the first screen as JSON to `output`; 1 (and nothing written) if there is
    none or anything goes wrong, which the window handles by opening the database itself. Without
    `session_id` the session to reopen is read from stdin (`FirstScreenReader.ask`)."""
    try:
        screen = _read(url, (lambda: session_id) if session_id else asked_on_stdin, PAGE)
        if screen is None:
            return 1
        output.write_text(screen.model_dump_json(), encoding="utf-8")
    except Exception as exc:  # whatever it is, the window's own opening meets it again and reports it
        print(f"ambitieweb first-screen: {exc}", file=sys.stderr)
        return 1
    return 0


class FirstScreenReader:
    """The helper process: started as the program starts, told the session to reopen (`ask`) once
    the window knows it, asked for its result when the window is ready for it."""

    def __init__(self, url: str | None) -> None:
        handle, name = tempfile.mkstemp(prefix="ambitieweb-", suffix=".json")
        os.close(handle)
        self._output = Path(name)
        program = [sys.executable] if is_frozen() else [sys.executable, "-m", "ambitieweb"]
        arguments = [*program, *(["--database", url] if url else []), "first-screen", "--result", name]
        self._process: subprocess.Popen[bytes] | None
        try:
            self._process = subprocess.Popen(
                arguments, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        except OSError:
            self._process = None

    def ask(self, session_id: str | None) -> FirstScreenReader:
        """Tell the helper which session to reopen (None: none); once, before `result`."""
        process = self._process
        if process is not None and process.stdin is not None and not process.stdin.closed:
            try:
                process.stdin.write(f"{session_id or ''}\n".encode())
                process.stdin.close()
            except OSError:  # the helper is gone: its result says so
                pass
        return self

    def result(self, timeout: float = TIMEOUT_S) -> FirstScreen | None:
        """Wait for the helper (normally long done) and take its result; None if it has none."""
        from pydantic import ValidationError

        from ambitieweb.model.first_screen import FirstScreen

        self.ask(None)  # not asked: no session (a helper waiting for its question would wait on)
        process, self._process = self._process, None
        try:
            if process is None:
                return None
            try:
                code = process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                return None
            if code != 0:
                return None
            return FirstScreen.model_validate_json(self._output.read_bytes())
        except (OSError, ValidationError):
            return None
        finally:
            self._output.unlink(missing_ok=True)
