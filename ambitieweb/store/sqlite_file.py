"""The SQLite file on disk: looked at read-only, backed up, built aside and swapped in, checkpointed.

Nothing here writes to a file before the program has decided it may: the probe opens it read-only,
so a file that is refused keeps every byte (and its journal mode).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from ambitieweb.store import integrity

SQLITE_HEADER = integrity.SQLITE_HEADER
BUILDING = ".building-"  # a new database being built beside the real one, renamed when complete
STALE_BUILD_S = 600.0  # a half-built new database older than this was left by a killed start

Schema = dict[str, tuple[str, ...]]  # table -> its columns, in order


@dataclass(frozen=True)
class Probe:
    """What a SQLite file holds, read without changing it."""

    schema: Schema
    revision: str | None  # the Alembic revision, None without an alembic_version table
    info: dict[str, str] = field(default_factory=dict)  # the ambitieweb_info table, if any
    rows: int = 0  # rows in all tables but alembic_version (0: nothing a user made)


class ProbeError(Exception):
    """The file is not a readable SQLite database; `empty` when it has no bytes at all."""

    def __init__(self, detail: str, empty: bool = False) -> None:
        super().__init__(detail)
        self.empty = empty


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def probe(path: Path, count_rows: bool = False) -> Probe:
    """Header, integrity and schema of a file, opened read-only; raises ProbeError."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ProbeError(exc.strerror or str(exc)) from exc
    if not header:
        raise ProbeError("0 bytes", empty=True)
    if header != SQLITE_HEADER:
        raise ProbeError("geen SQLite-bestand / not a SQLite file")
    try:
        integrity.check_header(path)  # a truncated file is caught by its length
    except integrity.DamagedFileError as exc:
        raise ProbeError(str(exc)) from exc
    known = integrity.is_known(path)  # the full check reads the whole file: only for one not seen intact
    try:
        if not known:
            integrity.quick_check(path)
        with closing(read_only(path)) as conn:
            found = _read_schema(conn, count_rows)
    except integrity.DamagedFileError as exc:
        raise ProbeError(str(exc)) from exc
    except sqlite3.Error as exc:
        raise ProbeError(str(exc)) from exc
    if not known:
        integrity.remember(path)
    return found


def _read_schema(conn: sqlite3.Connection, count_rows: bool) -> Probe:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    schema = {name: tuple(c[1] for c in conn.execute(f'PRAGMA table_info("{name}")')) for name in names}
    revision = None
    if "alembic_version" in schema:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = None if row is None else str(row[0])
    info: dict[str, str] = {}
    if "ambitieweb_info" in schema:
        info = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM ambitieweb_info")}
    rows = 0
    if count_rows:
        rows = sum(
            conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names if n != "alembic_version"
        )
    return Probe(schema, revision, info, rows)


# --- backups -------------------------------------------------------------------------------------


def backup_name(path: Path, revision: str) -> Path:
    """A name beside `path` that no earlier backup has (two in one second get -2, -3, ...)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.stem}.backup-{revision}-{stamp}-{number}{path.suffix}")
    return target


def copy_database(source: Path, target: Path) -> None:
    """A consistent, complete copy (SQLite's backup API), written aside and renamed into place."""
    partial = target.with_name(f"{target.name}{BUILDING}{os.getpid()}")
    try:
        with closing(read_only(source)) as original, closing(sqlite3.connect(partial)) as copy:
            original.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # a single, self-contained file
        _fsync(partial)
        os.replace(partial, target)
        _fsync_folder(target.parent)
    finally:
        partial.unlink(missing_ok=True)


def backup_sqlite(path: Path, revision: str) -> Path:
    """A consistent copy of the file before an upgrade, beside the original."""
    target = backup_name(path, revision)
    copy_database(path, target)
    return target


_BACKUP = re.compile(r"\.backup-(?P<revision>[^-]+)-\d{8}-\d{6}(-\d+)?$")


def good_backups(path: Path, fits: Callable[[Probe, str], bool]) -> list[Path]:
    """The backups beside `path` that are sound (`fits(probe, revision in the name)`), newest first."""
    found = []
    for candidate in path.parent.glob(f"{path.stem}.backup-*{path.suffix}"):
        match = _BACKUP.search(candidate.name.removesuffix(path.suffix))
        if match is None:
            continue
        try:
            if fits(probe(candidate), match["revision"]):
                found.append(candidate)
        except ProbeError:
            continue
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def set_aside(path: Path, reason: str = "damaged") -> Path:
    """Move a file that cannot be used out of the way (kept, never deleted), with its -wal/-shm."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


def restore_backup(path: Path, backup: Path) -> Path:
    """Put a copy of `backup` where `path` is; the file that was there is kept aside (returned)."""
    kept = set_aside(path)
    copy_database(backup, path)
    return kept


# --- building a new database aside ---------------------------------------------------------------


def clear_stale_builds(path: Path) -> None:
    """Half-built new databases left by a start that was killed (never user data)."""
    now = time.time()
    for leftover in path.parent.glob(f"{path.name}{BUILDING}*"):
        with suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_BUILD_S:
                leftover.unlink()


@contextmanager
def built_aside(path: Path) -> Iterator[Path]:
    """A path to build a new database at; when the block ends without error, the complete file
    appears at `path` in one step (or, if another start was faster, theirs is kept)."""
    clear_stale_builds(path)
    for suffix in ("-wal", "-shm"):  # a journal left without its database must not be replayed
        orphan = path.with_name(path.name + suffix)
        if orphan.exists():
            orphan.rename(orphan.with_name(f"{path.stem}.orphan-{int(time.time())}{path.suffix}{suffix}"))
    temp = path.with_name(f"{path.name}{BUILDING}{os.getpid()}-{time.monotonic_ns()}")
    try:
        yield temp
        wal = temp.with_name(temp.name + "-wal")
        if wal.exists() and wal.stat().st_size:  # the builder must close its database cleanly
            raise RuntimeError(f"{temp.name} was not checkpointed")
        _fsync(temp)
        try:
            os.link(temp, path)  # never over a file another start put there meanwhile
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(temp, path)
        _fsync_folder(path.parent)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
            leftover.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


# --- while the program runs ----------------------------------------------------------------------


@dataclass(frozen=True)
class FileIdentity:
    """Which file a path named when the database was opened; a pooled connection keeps writing to
    that file even after it was deleted or replaced, so writes check it first."""

    path: Path
    device: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        status = path.stat()
        return cls(path, status.st_dev, status.st_ino)

    def still_there(self) -> bool:
        try:
            status = self.path.stat()
        except OSError:
            return False
        return (status.st_dev, status.st_ino) == (self.device, self.inode)
