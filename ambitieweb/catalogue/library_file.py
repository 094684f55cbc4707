"""The library of own criteria as a human-readable TOML file, next to the framework files: to share a
municipality's standard tender texts. Reading refuses what is too large, not UTF-8, not TOML or not
valid with a message naming the file, the criterion and the field; nothing is stored then."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ambitieweb.catalogue.framework_file import FrameworkFileError
from ambitieweb.catalogue.toml_files import load_toml, read_raw, write_toml
from ambitieweb.catalogue.toml_files import toml_string as string
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
    return write_toml(path, dumps(criteria), SUFFIX, LibraryFileError)


def parse(raw: bytes, name: str) -> CriteriaLibrary:
    return check_library(load_toml(raw, name, LibraryFileError), name)


def read(path: Path) -> CriteriaLibrary:
    return parse(read_raw(path, LibraryFileError), path.name)
