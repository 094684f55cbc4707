"""Load frameworks and criteria from TOML files, with errors that name file, item and field."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache, cached_property
from pathlib import Path
from typing import Any, TypeVar

import tomli  # the standard tomllib's parser, compiled: reads the criteria ~3x faster
from pydantic import BaseModel, ValidationError

from ambitieweb.errors import AmbitiewebError
from ambitieweb.model.criteria import CriteriaSet, Criterion
from ambitieweb.model.framework import Framework, version_key
from ambitieweb.model.levels import Level
from ambitieweb.model.library import library_set
from ambitieweb.model.product_group import ProductGroup, ProductGroupList
from ambitieweb.resources import catalogue_dir

PRODUCT_GROUPS_FILE = "product-groups.toml"

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
            data = tomli.load(handle)
    except OSError as exc:
        raise CatalogueError(
            f"Catalogusbestand {path} kan niet worden gelezen: {exc.strerror}.",
            f"Catalogue file {path} cannot be read: {exc.strerror}.",
        ) from exc
    except tomli.TOMLDecodeError as exc:
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


load_toml = _load_toml  # for the other catalogue files (legal.py)


def load_framework(path: Path) -> Framework:
    return _load_toml(path, Framework, ("themes",))


def load_criteria_set(path: Path) -> CriteriaSet:
    return _load_toml(path, CriteriaSet, ("criteria",))


def load_product_groups(path: Path) -> ProductGroupList:
    return _load_toml(path, ProductGroupList, ("groups",))


class Catalogue:
    """All frameworks and criteria the program knows, checked against each other.

    The criteria are four fifths of the reading (~35 ms of TOML): `open` reads them when they are
    first asked for, so a session's workspace can show before they are needed.
    """

    def __init__(
        self,
        frameworks: dict[str, Framework],
        criteria: Callable[[], Iterable[CriteriaSet]],
        product_groups: ProductGroupList | None = None,
    ) -> None:
        self.frameworks = dict(frameworks)
        self.presets = frozenset(frameworks)  # the shipped ones: read-only templates
        self._versions: dict[tuple[str, str], Framework] = {(f.id, f.version): f for f in frameworks.values()}
        self._read_criteria = criteria
        self.product_group_list = product_groups  # as read, handed on to `with_own`'s catalogue
        self.product_groups: dict[str, ProductGroup] = {
            g.id: g for g in (product_groups.groups if product_groups else ())
        }
        self._check_product_groups()
        self.library: tuple[Criterion, ...] = ()  # the organisation's own criteria (`model/library.py`)

    @classmethod
    def load(cls, directory: Path) -> Catalogue:
        """Read and check everything now; errors are raised here."""
        catalogue = cls.open(directory)
        catalogue.criteria_sets  # noqa: B018  # read (and check) them now
        return catalogue

    @classmethod
    def open(cls, directory: Path) -> Catalogue:
        """The frameworks now, the criteria when first used (their errors are raised then)."""
        frameworks: dict[str, Framework] = {}
        for path in sorted((directory / "frameworks").glob("*.toml")):
            framework = load_framework(path)
            if framework.id in frameworks:
                raise CatalogueError(
                    f"Kader '{framework.id}' staat twee keer in de catalogus ({path.name}).",
                    f"Framework '{framework.id}' occurs twice in the catalogue ({path.name}).",
                )
            frameworks[framework.id] = framework
        groups_path = directory / PRODUCT_GROUPS_FILE
        return cls(
            frameworks,
            lambda: [load_criteria_set(p) for p in sorted((directory / "criteria").glob("*.toml"))],
            load_product_groups(groups_path) if groups_path.exists() else None,
        )

    def _check_product_groups(self) -> None:
        for group in self.product_groups.values():
            unknown = [f for f in group.frameworks if f not in self.frameworks]
            if unknown:
                raise CatalogueError(
                    f"Productgroep '{group.id}' verwijst naar onbekend kader '{unknown[0]}'.",
                    f"Product group '{group.id}' refers to unknown framework '{unknown[0]}'.",
                )
            known = {t.id for f in group.frameworks for t in self.frameworks[f].themes}
            missing = [t for t in group.themes if t not in known]
            if missing:
                raise CatalogueError(
                    f"Productgroep '{group.id}': thema '{missing[0]}' hoort bij geen van haar kaders.",
                    f"Product group '{group.id}': theme '{missing[0]}' is in none of its frameworks.",
                )

    @cached_property
    def criteria_sets(self) -> tuple[CriteriaSet, ...]:
        sets = tuple(self._read_criteria())
        self._check_references(sets)
        return sets

    def _check_references(self, sets: Iterable[CriteriaSet]) -> None:
        first_set: dict[str, str] = {}
        for criteria_set in sets:
            for framework_id in criteria_set.frameworks:
                if framework_id not in self.frameworks:
                    raise CatalogueError(
                        f"Criteriaset '{criteria_set.id}' verwijst naar onbekend kader '{framework_id}'.",
                        f"Criteria set '{criteria_set.id}' refers to unknown framework '{framework_id}'.",
                    )
            theme_ids = {t.id for fid in criteria_set.frameworks for t in self.frameworks[fid].themes}
            for criterion in criteria_set.criteria:
                where = (
                    f"Criteriaset '{criteria_set.id}', criterium '{criterion.id}'",
                    f"Criteria set '{criteria_set.id}', criterion '{criterion.id}'",
                )
                if criterion.theme not in theme_ids:
                    raise CatalogueError(
                        f"{where[0]}: onbekend thema '{criterion.theme}'.",
                        f"{where[1]}: unknown theme '{criterion.theme}'.",
                    )
                if criterion.id in first_set:
                    raise CatalogueError(
                        f"{where[0]}: dit id staat ook in criteriaset '{first_set[criterion.id]}'.",
                        f"{where[1]}: this id is also in criteria set '{first_set[criterion.id]}'.",
                    )
                first_set[criterion.id] = criteria_set.id
                self._check_group_of(criterion, criteria_set, where)

    def _check_group_of(
        self, criterion: Criterion, criteria_set: CriteriaSet, where: tuple[str, str]
    ) -> None:
        """A group criterion names a known group and a theme of a framework the group fits."""
        if criterion.product_group is None:
            return
        group = self.product_groups.get(criterion.product_group)
        if group is None:
            raise CatalogueError(
                f"{where[0]}: onbekende productgroep '{criterion.product_group}'.",
                f"{where[1]}: unknown product group '{criterion.product_group}'.",
            )
        shared = [f for f in criteria_set.frameworks if f in group.frameworks]
        if criterion.theme not in {t.id for f in shared for t in self.frameworks[f].themes}:
            raise CatalogueError(
                f"{where[0]}: thema '{criterion.theme}' hoort niet bij een kader van productgroep "
                f"'{group.id}'.",
                f"{where[1]}: theme '{criterion.theme}' is not in a framework of product group '{group.id}'.",
            )

    def with_own(
        self, own: Iterable[Framework], keep_own: bool = True, library: Iterable[Criterion] | None = None
    ) -> Catalogue:
        """This catalogue plus own frameworks (every stored version, or those a file carries); the
        criteria are read once for both, and this catalogue is not changed. Without `keep_own` only
        the presets are kept of this catalogue's frameworks. `library`: the organisation's own
        criteria (this catalogue's when not given)."""
        catalogue = Catalogue(
            {k: v for k, v in self.frameworks.items() if k in self.presets},
            lambda: self.criteria_sets,
            self.product_group_list,
        )
        catalogue.library = self.library if library is None else tuple(library)
        kept = [f for key, f in self._versions.items() if key[0] not in self.presets] if keep_own else []
        for framework in kept:
            catalogue.add_own(framework)
        for framework in own:
            catalogue.add_own(framework)
        return catalogue

    def add_own(self, framework: Framework) -> None:
        """An own framework version, known from now on; the newest version is the one offered."""
        if framework.id in self.presets:
            raise CatalogueError(
                f"Kader '{framework.id}' is een meegeleverd sjabloon en kan niet worden overschreven.",
                f"Framework '{framework.id}' is a shipped template and cannot be overwritten.",
            )
        self._versions[(framework.id, framework.version)] = framework
        current = self.frameworks.get(framework.id)
        if current is None or version_key(framework.version) >= version_key(current.version):
            self.frameworks[framework.id] = framework

    def criteria_framework(self, framework_id: str) -> str:
        """Whose catalogue criteria a framework's sessions are offered: its own, or (an own framework
        made from a preset, maybe through other own ones) the preset's."""
        seen = {framework_id}
        while framework_id not in self.presets:
            framework = self.frameworks.get(framework_id)
            if framework is None or framework.based_on is None or framework.based_on in seen:
                break
            framework_id = framework.based_on
            seen.add(framework_id)
        return framework_id

    def is_preset(self, framework_id: str) -> bool:
        return framework_id in self.presets

    def versions(self, framework_id: str) -> list[Framework]:
        """Every known version of a framework, oldest first."""
        found = [f for (i, _v), f in self._versions.items() if i == framework_id]
        return sorted(found, key=lambda f: version_key(f.version))

    def framework(self, framework_id: str, version: str | None = None) -> Framework:
        """A framework by id: the given version when it is known, else the newest."""
        if version is not None and (framework_id, version) in self._versions:
            return self._versions[(framework_id, version)]
        try:
            return self.frameworks[framework_id]
        except KeyError:
            raise UnknownFrameworkError(framework_id) from None

    def criterion(self, criterion_id: str) -> tuple[CriteriaSet, Criterion] | None:
        """A catalogue criterion by id, with the set it belongs to; else a library criterion, with
        the library as its set."""
        for criteria_set in self.criteria_sets:
            for criterion in criteria_set.criteria:
                if criterion.id == criterion_id:
                    return criteria_set, criterion
        for criterion in self.library:
            if criterion.id == criterion_id:
                return library_set(self.library, criterion.revision), criterion
        return None

    def revisions(self) -> dict[str, int]:
        """The current revision of every catalogue and library criterion (to spot newer texts)."""
        revisions = {c.id: c.revision for c in self.library}
        return revisions | {c.id: c.revision for s in self.criteria_sets for c in s.criteria}

    def library_criteria(self, theme_id: str, up_to: Level = Level.AMBITIOUS) -> list[Criterion]:
        """The organisation's own criteria for a theme id at the given level and below, by level."""
        found = [c for c in self.library if c.theme == theme_id and c.level <= up_to]
        return sorted(found, key=lambda c: c.level)

    def catalogue_ids(self) -> set[str]:
        """The ids of the catalogue's criteria (a library criterion may not take one)."""
        return {c.id for s in self.criteria_sets for c in s.criteria}

    def criteria(
        self,
        framework_id: str,
        theme_id: str,
        up_to: Level = Level.AMBITIOUS,
        product_group: str | None = None,
    ) -> list[Criterion]:
        """Catalogue criteria for a theme at the given ambition level and below.

        The product group's own criteria come first, then the generic ones, each by level; the
        criteria of other groups are left out (none without a group).
        """
        framework_id = self.criteria_framework(framework_id)
        offered = [
            c
            for s in self.criteria_sets
            if framework_id in s.frameworks
            for c in s.criteria
            if c.theme == theme_id and c.level <= up_to and c.product_group in (None, product_group)
        ]
        return sorted(offered, key=lambda c: (c.product_group is None, c.level))

    def group_criteria(self, group_id: str) -> list[Criterion]:
        """Every criterion of one product group, in catalogue order."""
        return [c for s in self.criteria_sets for c in s.criteria if c.product_group == group_id]

    def groups_for(self, framework_id: str) -> list[ProductGroup]:
        """The product groups that fit sessions of this framework, by their Dutch name."""
        framework_id = self.criteria_framework(framework_id)
        fitting = [g for g in self.product_groups.values() if framework_id in g.frameworks]
        return sorted(fitting, key=lambda g: g.name.casefold())


@cache
def default_catalogue() -> Catalogue:
    """The shipped catalogue, opened once per process (a test reads all of it)."""
    return Catalogue.open(catalogue_dir())
