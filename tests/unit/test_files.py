"""The one helper that writes a file whole or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ambitieweb.files import write_atomically


def test_the_file_is_replaced_whole_with_the_umasks_permissions_and_nothing_left_beside_it(
    tmp_path: Path,
) -> None:
    target = tmp_path / "web.ambitieweb"
    target.write_bytes(b"oud")
    old_umask = os.umask(0o022)
    try:
        write_atomically(target, b"nieuw")
    finally:
        os.umask(old_umask)
    assert target.read_bytes() == b"nieuw"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["web.ambitieweb"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "web.ambitieweb"
    target.write_bytes(b"oud")

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"nieuw")
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["web.ambitieweb"]


def test_only_a_durable_write_waits_for_the_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    write_atomically(tmp_path / "cache.bin", b"x", durable=False)
    assert synced == [] and (tmp_path / "cache.bin").read_bytes() == b"x"
    write_atomically(tmp_path / "web.ambitieweb", b"y")
    assert len(synced) == 1 and (tmp_path / "web.ambitieweb").read_bytes() == b"y"
