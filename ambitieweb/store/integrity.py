"""Is a SQLite file an intact database? Cheap checks always, the full one only for a file not seen
closed intact before.

`PRAGMA quick_check` reads the whole file: 4-6 s at 100,000 sessions, and start-up ran it twice (the
helper and the window). Now it runs when the file is new to this computer or changed by something
else than this program: a copy from a USB stick or a mail, a restored backup, a file left by a crash.
The program records each file it checked or closed normally (size, modification time, inode) in a
small list in the user's cache folder; a file that still looks exactly so is not read again. The
header and the size are checked every time (a truncated or foreign file is caught at once).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import platformdirs

from ambitieweb import APP_NAME
from ambitieweb.files import write_atomically

SQLITE_HEADER = b"SQLite format 3\x00"
KNOWN_FILES = "checked-databases.json"
WAL_HEADER = 32  # bytes; a log no longer than this holds no page
MAX_KNOWN = 50  # files remembered; the oldest are forgotten (and checked again if they come back)


class DamagedFileError(Exception):
    """The file is not an intact SQLite database: why, in a few words."""


def _known_path() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / KNOWN_FILES


def _identity(path: Path) -> list[int]:
    info = path.stat()
    return [info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev]


def _read_known() -> dict[str, list[int]]:
    try:
        data = json.loads(_known_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_known(path: Path) -> bool:
    """The file looks exactly as when this program last checked or closed it."""
    try:
        return _read_known().get(str(path)) == _identity(path)
    except OSError:
        return False


def remember(path: Path) -> None:
    """Record the file as intact as it is now (after a check, or after closing it normally). A list
    that cannot be written only means the next start checks again."""
    try:
        known = _read_known()
        known.pop(str(path), None)
        known[str(path)] = _identity(path)
        while len(known) > MAX_KNOWN:
            known.pop(next(iter(known)))
        target = _known_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, json.dumps(known).encode("utf-8"))
    except OSError:
        pass


def _log_beside(path: Path) -> bool:
    """A write-ahead log with pages in it beside the file: SQLite replays it when the file opens."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > WAL_HEADER
    except OSError:
        return False


def check_header(path: Path) -> None:
    """SQLite's header, and a file at least as long as the header says (raises DamagedFileError).

    Not the length while a write-ahead log is beside it: a checkpoint writes page 1 (the header) first,
    so a kill during one leaves the file shorter than its header with the missing pages still in the
    log. `quick_check` then reads it whole."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise DamagedFileError("geen SQLite-bestand / not a SQLite file")
    if len(header) < 100:
        raise DamagedFileError("afgebroken / truncated")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]  # else the page count is stale and SQLite ignores it
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFileError("ongeldige kop / invalid header")
    if valid and pages and path.stat().st_size < pages * page_size and not _log_beside(path):
        raise DamagedFileError("afgebroken / truncated")


def quick_check(path: Path) -> None:
    """SQLite's own check of every page (raises DamagedFileError)."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DamagedFileError(str(exc)) from exc
    if not result or result[0] != "ok":
        raise DamagedFileError(str(result[0] if result else "quick_check failed"))


def check(path: Path) -> None:
    """Cheap checks always; the full one unless the file is known intact (then it is recorded)."""
    check_header(path)
    if not is_known(path):
        quick_check(path)
        remember(path)
