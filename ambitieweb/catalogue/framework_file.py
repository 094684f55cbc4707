"""A framework as a human-readable TOML file, in the form of the shipped presets: to share a policy
web with a neighbouring organisation. Reading refuses what is too large, not TOML, or not a valid
framework with a message naming the file, the framework, the theme and the field."""

from __future__ import annotations

from pathlib import Path

from ambitieweb.catalogue.toml_files import load_toml, read_raw, toml_string, write_toml
from ambitieweb.errors import AmbitiewebError
from ambitieweb.model.framework import Framework, check_framework

SUFFIX = ".kader.toml"


class FrameworkFileError(AmbitiewebError):
    """A framework file that cannot be read or written; says which file and what."""


def dumps(framework: Framework) -> str:
    lines = [
        f"id = {toml_string(framework.id)}",
        f"title = {toml_string(framework.title)}",
        f"version = {toml_string(framework.version)}",
        f"date = {framework.date.isoformat()}",
        f"description = {toml_string(framework.description)}",
    ]
    if framework.source is not None:
        lines.append(f"source = {toml_string(framework.source)}")
    if framework.based_on is not None:
        lines.append(f"based_on = {toml_string(framework.based_on)}")
    for theme in framework.themes:
        lines += ["", "[[themes]]", f"id = {toml_string(theme.id)}", f"name = {toml_string(theme.name)}"]
        if theme.group is not None:
            lines.append(f"group = {toml_string(theme.group)}")
        if theme.optional:
            lines.append("optional = true")
        lines.append(f"description = {toml_string(theme.description)}")
        lines += ["", "[themes.levels]"]
        for level in ("basis", "significant", "ambitious"):
            lines.append(f"{level} = {toml_string(getattr(theme.levels, level))}")
    return "\n".join(lines) + "\n"


def write(path: Path, framework: Framework) -> Path:
    return write_toml(path, dumps(framework), SUFFIX, FrameworkFileError)


def parse(raw: bytes, name: str) -> Framework:
    return check_framework(load_toml(raw, name, FrameworkFileError), name)


def read(path: Path) -> Framework:
    return parse(read_raw(path, FrameworkFileError), path.name)
