"""What the framework files and the criteria library files share: TOML strings, writing atomically,
and reading with the file named in every refusal (too large, not UTF-8, not TOML, unreadable)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import tomli

from ambitieweb.errors import AmbitiewebError
from ambitieweb.files import write_atomically

MAX_BYTES = 1024 * 1024  # the largest preset is some 30 kB; 16 themes of long texts stay far below


def toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's (\\" \\\\ \\n \\t \\uXXXX)."""
    return json.dumps(text, ensure_ascii=False)


def write_toml(path: Path, text: str, suffix: str, kind: type[AmbitiewebError]) -> Path:
    """Write `text` atomically to `path` (given `suffix` unless it ends in .toml); the path written."""
    if not path.name.endswith(".toml"):
        path = path.with_name(path.name + suffix)
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise kind(
            f"{path.name}: kan niet worden geschreven ({exc.strerror}).",
            f"{path.name}: cannot be written ({exc.strerror}).",
        ) from None
    return path


def load_toml(raw: bytes, name: str, kind: type[AmbitiewebError]) -> dict[str, Any]:
    """The TOML table in a file's bytes; refused, naming the file, when it is not one."""
    if len(raw) > MAX_BYTES:
        raise kind(
            f"{name}: het bestand is groter dan {MAX_BYTES // 1024} kB; het wordt niet gelezen.",
            f"{name}: the file is larger than {MAX_BYTES // 1024} kB; it is not read.",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise kind(
            f"{name}: geen UTF-8-tekst (byte {exc.start}).", f"{name}: not UTF-8 text (byte {exc.start})."
        ) from None
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        raise kind(
            f"{name}: geen geldige TOML op regel {exc.lineno}, kolom {exc.colno}: {exc.msg}.",
            f"{name}: not valid TOML at line {exc.lineno}, column {exc.colno}: {exc.msg}.",
        ) from None


def read_raw(path: Path, kind: type[AmbitiewebError]) -> bytes:
    """A file's bytes, one more than `MAX_BYTES` at most (enough to refuse it as too large)."""
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise kind(
            f"{path.name}: kan niet worden gelezen ({exc.strerror}).",
            f"{path.name}: cannot be read ({exc.strerror}).",
        ) from None
