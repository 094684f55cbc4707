"""A kill in the middle of SQLite's checkpoint leaves a database that opens whole.

A checkpoint copies the pages kept in the write-ahead log (`-wal`) into the database file in page
order, so page 1, whose header says how many pages the database has, is written first. Killed right
after it, the file is shorter than its header says while the log beside it still holds every page:
SQLite replays the log when the file is opened again. The crash harness (tests/reliability) hit this
once in 40 edit streams; the start-up check called such a file damaged and refused it.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.session import Session
from ambitieweb.store import CorruptDatabaseError, Repository, integrity, open_database

WAL_HEADER, FRAME_HEADER = 32, 24


def last_frame_of_page_one(wal: bytes, page_size: int) -> bytes:
    """The newest copy of page 1 in a write-ahead log."""
    found = b""
    for start in range(WAL_HEADER, len(wal) - FRAME_HEADER - page_size + 1, FRAME_HEADER + page_size):
        if int.from_bytes(wal[start : start + 4], "big") == 1:
            found = wal[start + FRAME_HEADER : start + FRAME_HEADER + page_size]
    assert found, "page 1 is in the log"
    return found


def killed_after_page_one(tmp_path: Path, catalogue: Catalogue) -> tuple[Path, list[str]]:
    """A database as a kill leaves it after the checkpoint wrote page 1 and nothing more."""
    live = tmp_path / "live" / "ambitieweb.sqlite"
    live.parent.mkdir()
    database = open_database(f"sqlite:///{live}")
    repository = Repository(database.engine)
    titles = [f"Sessie {i}" for i in range(40)]
    for title in titles:
        repository.create(Session.new(catalogue.framework("mvi-nationaal-plan"), title))
    killed = tmp_path / "killed" / "ambitieweb.sqlite"
    killed.parent.mkdir()
    shutil.copy(live, killed)  # the files as they are on disk while the program runs, no -shm
    shutil.copy(live.with_name(live.name + "-wal"), killed.with_name(killed.name + "-wal"))
    database.close()
    data = killed.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    page_one = last_frame_of_page_one(killed.with_name(killed.name + "-wal").read_bytes(), page_size)
    killed.write_bytes(page_one + data[page_size:])
    pages = int.from_bytes(page_one[28:32], "big")
    assert page_one[24:28] == page_one[92:96] and killed.stat().st_size < pages * page_size  # the premise
    return killed, titles


def test_a_file_shorter_than_its_header_with_the_log_beside_it_opens_whole(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    killed, titles = killed_after_page_one(tmp_path, catalogue)
    integrity.check_header(killed)  # the log completes it: not damaged
    database = open_database(f"sqlite:///{killed}")
    try:
        listed = sorted(s.title for s in Repository(database.engine).list_sessions())
    finally:
        database.close()
    assert listed == sorted(titles)
    with closing(sqlite3.connect(killed)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize("log", ["gone", "its header only"])
def test_without_the_pages_in_its_log_the_same_file_is_still_damaged(
    tmp_path: Path, catalogue: Catalogue, log: str
) -> None:
    killed, _ = killed_after_page_one(tmp_path, catalogue)
    wal = killed.with_name(killed.name + "-wal")
    if log == "gone":
        wal.unlink()
    else:
        wal.write_bytes(wal.read_bytes()[:WAL_HEADER])
    with pytest.raises(integrity.DamagedFileError, match="truncated"):
        integrity.check_header(killed)
    before = killed.read_bytes()
    with pytest.raises(CorruptDatabaseError):
        open_database(f"sqlite:///{killed}")
    assert killed.read_bytes() == before
