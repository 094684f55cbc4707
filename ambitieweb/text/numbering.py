"""Chosen criteria grouped by kind, then by theme, and numbered the way tender writers refer to them.

Numbers are a letter per kind plus a running number within that kind: G1 (geschiktheidseis),
E1 (minimumeis), W1 (gunningscriterium, "wens"), C1 (contractbepaling). A criterion keeps its number
as long as the choice of criteria does not change; the PDF, the Markdown, the text and the
ambitiekaart use the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import ChosenCriterion, Session

KIND_ORDER: tuple[CriterionKind, ...] = (
    CriterionKind.SELECTION,
    CriterionKind.REQUIREMENT,
    CriterionKind.AWARD,
    CriterionKind.CONTRACT_CLAUSE,
)
PREFIX: dict[CriterionKind, str] = {
    CriterionKind.SELECTION: "G",
    CriterionKind.REQUIREMENT: "E",
    CriterionKind.AWARD: "W",
    CriterionKind.CONTRACT_CLAUSE: "C",
}


@dataclass(frozen=True)
class NumberedCriterion:
    number: str  # "W2"
    criterion: ChosenCriterion
    theme_name: str


@dataclass(frozen=True)
class ThemeGroup:
    theme_id: str
    theme_name: str
    items: tuple[NumberedCriterion, ...]


@dataclass(frozen=True)
class KindGroup:
    kind: CriterionKind
    themes: tuple[ThemeGroup, ...]

    @property
    def items(self) -> list[NumberedCriterion]:
        return [item for group in self.themes for item in group.items]


def theme_names(session: Session, framework: Framework) -> dict[str, str]:
    """Theme id -> name, in framework order; ids the framework lacks keep their id as name, at the end."""
    names = {theme.id: theme.name for theme in framework.themes}
    for entry in session.themes:
        names.setdefault(entry.theme_id, entry.theme_id)
    for chosen in session.criteria:
        names.setdefault(chosen.theme_id, chosen.theme_id)
    return names


def numbered_criteria(session: Session, framework: Framework) -> list[KindGroup]:
    """The session's criteria by kind (G, E, W, C), then theme (framework order), then as chosen."""
    names = theme_names(session, framework)
    theme_order = {theme_id: i for i, theme_id in enumerate(names)}
    groups: list[KindGroup] = []
    for kind in KIND_ORDER:
        chosen = sorted(
            (c for c in session.criteria if c.kind is kind),
            key=lambda c: theme_order[c.theme_id],  # stable: keeps the chosen order within a theme
        )
        themes: list[ThemeGroup] = []
        for index, criterion in enumerate(chosen, start=1):
            item = NumberedCriterion(f"{PREFIX[kind]}{index}", criterion, names[criterion.theme_id])
            if themes and themes[-1].theme_id == criterion.theme_id:
                last = themes[-1]
                themes[-1] = ThemeGroup(last.theme_id, last.theme_name, (*last.items, item))
            else:
                themes.append(ThemeGroup(criterion.theme_id, item.theme_name, (item,)))
        if themes:
            groups.append(KindGroup(kind, tuple(themes)))
    return groups


def numbers_by_id(groups: list[KindGroup]) -> dict[str, str]:
    """Chosen criterion id -> its number, e.g. for the ambitiekaart or a GUI list."""
    return {item.criterion.id: item.number for group in groups for item in group.items}
