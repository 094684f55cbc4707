"""A framework as a human-readable TOML file, in the form of the shipped presets: to share a policy
web with a neighbouring organisation. Reading refuses what is too large, not TOML, or not a valid
framework with a message naming the file, the framework, the theme and the field."""

from __future__ import annotations

import json
from pathlib import Path

import tomli

from ambitieweb.errors import AmbitiewebError
from ambitieweb.files import write_atomically
from ambitieweb.model.framework import Framework, check_framework

SUFFIX = ".kader.toml"
MAX_BYTES = 1024 * 1024  # the largest preset is some 30 kB; 16 themes of long texts stay far below


class FrameworkFileError(AmbitiewebError):
    """A framework file that cannot be read or written; says which file and what."""


def _string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's (\\" \\\\ \\n \\t \\uXXXX)."""
    return json.dumps(text, ensure_ascii=False)


def dumps(framework: Framework) -> str:
    lines = [
        f"id = {_string(framework.id)}",
        f"title = {_string(framework.title)}",
        f"version = {_string(framework.version)}",
        f"date = {framework.date.isoformat()}",
        f"description = {_string(framework.description)}",
    ]
    if framework.source is not None:
        lines.append(f"source = {_string(framework.source)}")
    if framework.based_on is not None:
        lines.append(f"based_on = {_string(framework.based_on)}")
    for theme in framework.themes:
        lines += ["", "[[themes]]", f"id = {_string(theme.id)}", f"name = {_string(theme.name)}"]
        if theme.group is not None:
            lines.append(f"group = {_string(theme.group)}")
        if theme.optional:
            lines.append("optional = true")
        lines.append(f"description = {_string(theme.description)}")
        lines += ["", "[themes.levels]"]
        for level in ("basis", "significant", "ambitious"):
            lines.append(f"{level} = {_string(getattr(theme.levels, level))}")
    return "\n".join(lines) + "\n"


def write(path: Path, framework: Framework) -> Path:
    if not path.name.endswith(".toml"):
        path = path.with_name(path.name + SUFFIX)
    try:
        write_atomically(path, dumps(framework).encode("utf-8"))
    except OSError as exc:
        raise FrameworkFileError(
            f"{path.name}: kan niet worden geschreven ({exc.strerror}).",
            f"{path.name}: cannot be written ({exc.strerror}).",
        ) from None
    return path


def parse(raw: bytes, name: str) -> Framework:
    if len(raw) > MAX_BYTES:
        raise FrameworkFileError(
            f"{name}: het bestand is groter dan {MAX_BYTES // 1024} kB; het wordt niet gelezen.",
            f"{name}: the file is larger than {MAX_BYTES // 1024} kB; it is not read.",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FrameworkFileError(
            f"{name}: geen UTF-8-tekst (byte {exc.start}).", f"{name}: not UTF-8 text (byte {exc.start})."
        ) from None
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        where = f"regel {exc.lineno}, kolom {exc.colno}"
        raise FrameworkFileError(
            f"{name}: geen geldige TOML op {where}: {exc.msg}.",
            f"{name}: not valid TOML at line {exc.lineno}, column {exc.colno}: {exc.msg}.",
        ) from None
    return check_framework(data, name)


def read(path: Path) -> Framework:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise FrameworkFileError(
            f"{path.name}: kan niet worden gelezen ({exc.strerror}).",
            f"{path.name}: cannot be read ({exc.strerror}).",
        ) from None
    return parse(raw, path.name)
