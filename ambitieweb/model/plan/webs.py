"""What a plan reads of a web, and the webs combined per theme (min, median, max)."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session, SessionKind, SessionScope, SessionStatus, WeightUnit


@dataclass(frozen=True)
class CriterionFact:
    theme_id: str
    kind: CriterionKind
    level: Level
    weight: float | None


@dataclass(frozen=True)
class WebFacts:
    """The part of a web a plan shows: who it speaks for, its levels and its criteria in short.

    The store reads these for many webs at once without loading whole sessions."""

    id: str
    title: str
    kind: SessionKind
    scope: SessionScope
    subject: str
    organisation: str
    status: SessionStatus
    framework_id: str
    weight_unit: WeightUnit = WeightUnit.PERCENT
    current: Mapping[str, Level] = field(default_factory=dict)
    ambition: Mapping[str, Level] = field(default_factory=dict)
    criteria: tuple[CriterionFact, ...] = ()

    @classmethod
    def of(cls, session: Session) -> WebFacts:
        return cls(
            id=session.id,
            title=session.title,
            kind=session.kind,
            scope=session.scope,
            subject=session.subject,
            organisation=session.organisation,
            status=session.status,
            framework_id=session.framework_id,
            weight_unit=session.weight_unit,
            current={e.theme_id: e.current for e in session.themes},
            ambition={e.theme_id: e.ambition for e in session.themes},
            criteria=tuple(CriterionFact(c.theme_id, c.kind, c.level, c.weight) for c in session.criteria),
        )

    @property
    def has_criteria(self) -> bool:
        return bool(self.criteria)

    def has_level(self, level: Level) -> bool:
        """Whether a chosen criterion is at `level` or higher."""
        return any(c.level >= level for c in self.criteria)

    def themes_with_criteria(self) -> set[str]:
        return {c.theme_id for c in self.criteria}

    def award_weight(self) -> float | None:
        """The weight of the web's (MVI) award criteria in percent; None without weighted award
        criteria or when weights are points, not percentages."""
        weights = [c.weight for c in self.criteria if c.kind is CriterionKind.AWARD and c.weight is not None]
        if not weights or self.weight_unit is not WeightUnit.PERCENT:
            return None
        return min(100.0, sum(weights))

    def scope_text(self, language: str = "nl") -> str:
        """'afdeling Sociaal Domein', 'hele organisatie', 'project-ambitieweb'."""
        if self.kind is SessionKind.PROJECT:
            return self.kind.label(language)
        text = self.scope.label(language)
        return f"{text} {self.subject}".strip() if self.scope is not SessionScope.ORGANISATION else text


@dataclass(frozen=True)
class Spread:
    """The lowest, middle and highest of the levels that are set (None when none is)."""

    low: int | None
    median: float | None
    high: int | None

    @classmethod
    def of(cls, levels: Sequence[int]) -> Spread:
        rated = sorted(level for level in levels if level > 0)
        if not rated:
            return cls(None, None, None)
        return cls(rated[0], float(statistics.median(rated)), rated[-1])


@dataclass(frozen=True)
class CombinedTheme:
    """One theme across the plan's webs: each web's current and ambition, and their spread."""

    theme_id: str
    current: tuple[int, ...]  # per web, in the plan's order; 0 = not set or not in that web
    ambition: tuple[int, ...]

    @property
    def current_spread(self) -> Spread:
        return Spread.of(self.current)

    @property
    def ambition_spread(self) -> Spread:
        return Spread.of(self.ambition)


def combine(webs: Sequence[WebFacts], theme_ids: Sequence[str]) -> list[CombinedTheme]:
    """Per theme (in the framework's order), the levels of each web."""
    return [
        CombinedTheme(
            theme_id,
            tuple(int(w.current.get(theme_id, Level.UNSET)) for w in webs),
            tuple(int(w.ambition.get(theme_id, Level.UNSET)) for w in webs),
        )
        for theme_id in theme_ids
    ]


def rounded(value: float | None) -> int:
    """A median level as a whole level for a line on the radar (2.5 -> 3, None -> 0)."""
    return 0 if value is None else int(value + 0.5)
