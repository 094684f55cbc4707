"""Writing a file whole or not at all, with the permissions the user's files get."""

from __future__ import annotations

import os
import uuid
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write beside the target, then rename it into place: a crash or a full disk never leaves half a
    file where a good one stood, nor a temporary file behind. The file is opened normally, so it gets
    the permissions the user's umask gives (a temporary-file API would make it private, 0600).
    `durable=False` skips the flush to disk, for a cache that may as well be lost. Raises OSError."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with tmp.open("xb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
