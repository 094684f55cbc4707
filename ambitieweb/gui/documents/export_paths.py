"""Where the export dialog proposes to write: a file name from the session's title, the document and
the agreed version, the suffix of the chosen format, the user's documents folder."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QStandardPaths

SUFFIX: Final = {"pdf": ".pdf", "docx": ".docx", "markdown": ".md", "text": ".txt"}


def file_stem(title: str) -> str:
    """A safe file name from a session title."""
    keep = "".join(c if c.isalnum() or c in " -_" else "-" for c in title).strip()
    return "-".join(keep.split())[:80] or "sessie"


def default_name(title: str, document: str, version: int | None, fmt: str) -> str:
    """The proposed file name: title, document and agreed version (if any), with the format's suffix."""
    stem = f"{file_stem(title)}-{document}"
    if version is not None:
        stem += f"-versie-{version}"
    return stem + SUFFIX[fmt]


def with_suffix(path: Path, fmt: str) -> Path:
    return path if path.suffix.lower() == SUFFIX[fmt] else path.with_name(path.name + SUFFIX[fmt])


def in_format(path: Path, fmt: str) -> Path:
    """`path` with the suffix of `fmt` instead of another export format's."""
    if path.suffix.lower() in SUFFIX.values():
        path = path.with_suffix("")
    return with_suffix(path, fmt)


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()
