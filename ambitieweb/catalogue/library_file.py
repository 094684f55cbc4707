"""The library of own criteria as a human-readable TOML file, next to the framework files: to share a
municipality's standard tender texts. Reading refuses what is too large, not UTF-8, not TOML or not
valid with a message naming the file, the criterion and the field; nothing is stored then."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import tomli

from ambitieweb.catalogue.framework_file import MAX_BYTES, FrameworkFileError
from ambitieweb.catalogue.framework_file import _string as string
from ambitieweb.files import write_atomically
from ambitieweb.model.criteria import Criterion
from ambitieweb.model.library import CriteriaLibrary, check_library

SUFFIX = ".criteria.toml"


class LibraryFileError(FrameworkFileError):
    """A library file that cannot be read or written; says which file and what."""


def dumps(criteria: Iterable[Criterion]) -> str:
    lines = ["# Eigen criteria (ambitieweb): een bibliotheek van standaard-bestekteksten per thema"]
    for criterion in criteria:
        lines += [
            "",
            "[[criteria]]",
            f"id = {string(criterion.id)}",
            f"theme = {string(criterion.theme)}",
            f"level = {int(criterion.level)}",
            f"kind = {string(criterion.kind.value)}",
            f"title = {string(criterion.title)}",
            f"text = {string(criterion.text)}",
            f"verification = {string(criterion.verification)}",
            f"guidance = {string(criterion.guidance)}",
        ]
        if criterion.scoring is not None:
            lines.append(f"scoring = {string(criterion.scoring)}")
        lines.append(f"revision = {criterion.revision}")
        if criterion.placeholders:
            lines += ["", "[criteria.placeholders]"]
            lines += [f"{name} = {string(text)}" for name, text in criterion.placeholders.items()]
    return "\n".join(lines) + "\n"


def write(path: Path, criteria: Iterable[Criterion]) -> Path:
    if not path.name.endswith(".toml"):
        path = path.with_name(path.name + SUFFIX)
    try:
        write_atomically(path, dumps(criteria).encode("utf-8"))
    except OSError as exc:
        raise LibraryFileError(
            f"{path.name}: kan niet worden geschreven ({exc.strerror}).",
            f"{path.name}: cannot be written ({exc.strerror}).",
        ) from None
    return path


def parse(raw: bytes, name: str) -> CriteriaLibrary:
    if len(raw) > MAX_BYTES:
        raise LibraryFileError(
            f"{name}: het bestand is groter dan {MAX_BYTES // 1024} kB; het wordt niet gelezen.",
            f"{name}: the file is larger than {MAX_BYTES // 1024} kB; it is not read.",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LibraryFileError(
            f"{name}: geen UTF-8-tekst (byte {exc.start}).", f"{name}: not UTF-8 text (byte {exc.start})."
        ) from None
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        raise LibraryFileError(
            f"{name}: geen geldige TOML op regel {exc.lineno}, kolom {exc.colno}: {exc.msg}.",
            f"{name}: not valid TOML at line {exc.lineno}, column {exc.colno}: {exc.msg}.",
        ) from None
    return check_library(data, name)


def read(path: Path) -> CriteriaLibrary:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise LibraryFileError(
            f"{path.name}: kan niet worden gelezen ({exc.strerror}).",
            f"{path.name}: cannot be read ({exc.strerror}).",
        ) from None
    return parse(raw, path.name)
