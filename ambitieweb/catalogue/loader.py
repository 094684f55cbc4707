"""Load frameworks and criteria from TOML files, with errors that name file, item and field."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ambitieweb.errors import AmbitiewebError
from ambitieweb.model.criteria import CriteriaSet, Criterion
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import Level
from ambitieweb.resources import catalogue_dir

M = TypeVar("M", bound=BaseModel)


class CatalogueError(AmbitiewebError):
    pass


class UnknownFrameworkError(AmbitiewebError):
    def __init__(self, framework_id: str) -> None:
        super().__init__(
            f"Onbekend kader '{framework_id}': dit kader staat niet in de catalogus van dit programma.",
            f"Unknown framework '{framework_id}': it is not in this program's catalogue.",
        )
        self.framework_id = framework_id


def describe_location(loc: tuple[int | str, ...], data: Any, list_keys: Iterable[str]) -> str:
    """Turn a pydantic error location into 'theme 'klimaat', field levels.basis'."""
    parts: list[str] = []
    node = data
    i = 0
    while i < len(loc):
        key = loc[i]
        if isinstance(key, str) and key in list_keys and i + 1 < len(loc) and isinstance(loc[i + 1], int):
            index = int(loc[i + 1])
            item = node.get(key, [])[index] if isinstance(node, dict) else None
            ident = item.get("id") if isinstance(item, dict) else None
            noun = key.rstrip("s") if key != "criteria" else "criterion"
            parts.append(f"{noun} {ident!r}" if ident else f"{noun} #{index + 1}")
            node = item
            i += 2
            continue
        rest = ".".join(str(k) for k in loc[i:])
        parts.append(f"field {rest}")
        break
    return ", ".join(parts) or "top level"


def _load_toml(path: Path, model: type[M], list_keys: Iterable[str]) -> M:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise CatalogueError(
            f"Catalogusbestand {path} kan niet worden gelezen: {exc.strerror}.",
            f"Catalogue file {path} cannot be read: {exc.strerror}.",
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(
            f"Catalogusbestand {path.name} is geen geldige TOML: {exc}.",
            f"Catalogue file {path.name} is not valid TOML: {exc}.",
        ) from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{describe_location(e['loc'], data, list_keys)}: {e['msg']}" for e in exc.errors()
        )
        raise CatalogueError(
            f"Catalogusbestand {path.name} klopt niet — {problems}",
            f"Catalogue file {path.name} is invalid — {problems}",
        ) from exc


def load_framework(path: Path) -> Framework:
    return _load_toml(path, Framework, ("themes",))


def load_criteria_set(path: Path) -> CriteriaSet:
    return _load_toml(path, CriteriaSet, ("criteria",))


@dataclass(frozen=True)
class Catalogue:
    """All frameworks and criteria the program knows, checked against each other."""

    frameworks: dict[str, Framework]
    criteria_sets: tuple[CriteriaSet, ...] = field(default=())

    @classmethod
    def load(cls, directory: Path) -> Catalogue:
        frameworks: dict[str, Framework] = {}
        for path in sorted((directory / "frameworks").glob("*.toml")):
            framework = load_framework(path)
            if framework.id in frameworks:
                raise CatalogueError(
                    f"Kader '{framework.id}' staat twee keer in de catalogus ({path.name}).",
                    f"Framework '{framework.id}' occurs twice in the catalogue ({path.name}).",
                )
            frameworks[framework.id] = framework
        sets = tuple(load_criteria_set(p) for p in sorted((directory / "criteria").glob("*.toml")))
        catalogue = cls(frameworks, sets)
        catalogue._check_references()
        return catalogue

    def _check_references(self) -> None:
        for criteria_set in self.criteria_sets:
            for framework_id in criteria_set.frameworks:
                if framework_id not in self.frameworks:
                    raise CatalogueError(
                        f"Criteriaset '{criteria_set.id}' verwijst naar onbekend kader '{framework_id}'.",
                        f"Criteria set '{criteria_set.id}' refers to unknown framework '{framework_id}'.",
                    )
            theme_ids = {t.id for fid in criteria_set.frameworks for t in self.frameworks[fid].themes}
            for criterion in criteria_set.criteria:
                if criterion.theme not in theme_ids:
                    raise CatalogueError(
                        f"Criteriaset '{criteria_set.id}', criterium '{criterion.id}': "
                        f"onbekend thema '{criterion.theme}'.",
                        f"Criteria set '{criteria_set.id}', criterion '{criterion.id}': "
                        f"unknown theme '{criterion.theme}'.",
                    )

    def framework(self, framework_id: str) -> Framework:
        try:
            return self.frameworks[framework_id]
        except KeyError:
            raise UnknownFrameworkError(framework_id) from None

    def criterion(self, criterion_id: str) -> tuple[CriteriaSet, Criterion] | None:
        """A catalogue criterion by id, with the set it belongs to."""
        for criteria_set in self.criteria_sets:
            for criterion in criteria_set.criteria:
                if criterion.id == criterion_id:
                    return criteria_set, criterion
        return None

    def revisions(self) -> dict[str, int]:
        """The current revision of every catalogue criterion (to spot newer texts)."""
        return {c.id: c.revision for s in self.criteria_sets for c in s.criteria}

    def criteria(self, framework_id: str, theme_id: str, up_to: Level = Level.AMBITIOUS) -> list[Criterion]:
        """Catalogue criteria for a theme at the given ambition level and below."""
        return [
            c
            for s in self.criteria_sets
            if framework_id in s.frameworks
            for c in s.criteria
            if c.theme == theme_id and c.level <= up_to
        ]


@cache
def default_catalogue() -> Catalogue:
    """The shipped catalogue, loaded once per process."""
    return Catalogue.load(catalogue_dir())
