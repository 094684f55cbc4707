"""What the contracts of a plan's tenders realised, for the plan's evaluation step (issue 18).

A tender of the plan has a project web; once that web is agreed it can get a contract follow-up, whose
reviews record per theme the realised level (0-3) and per goal of the agreed version the measured value.
The plan reads those here, never the other way round, and never stores them: they stay the contract's.

- The realised level of a theme is the one of the newest review (by date, then as held) that judged that
  theme; a theme no review judged has none.
- A plan goal is measured by a goal of the agreed version when both are of the same theme and have the
  same indicator and unit (compared casefolded, whitespace collapsed); a review's value counts only when
  its own unit is empty or that same unit, so a value in another unit never reaches the plan. The
  agreed version is the snapshot the review refers to, so a later re-agreed version changes nothing.
- Per year each contract gives its latest measurement in that year; the plan's value is the sum over
  the contracts (tonnes, euros, jobs add up), or their mean for a percentage.
- The typed-in values stay the user's: `differences` says which years differ from the contracts and
  `taken_over` writes the contract values in (the GUI does that as one undoable edit, after asking).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import GoalMeasurement, Review
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import PlanGoal
from ambitieweb.model.session import Session

PERCENT_UNITS = frozenset({"%", "procent", "percent"})
FIRST_YEAR, LAST_YEAR = 2000, 2100  # the years a plan goal can hold a value for


def same_text(a: str, b: str) -> bool:
    """Equal apart from case and runs of whitespace ("  Ton  CO2 " is "ton co2")."""
    return _key(a) == _key(b)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class FollowedContract:
    """The contract follow-up of one tender's project web, with the agreed versions its reviews check
    (by snapshot id: the session as it was agreed)."""

    tender_id: str
    web_id: str
    contract: Contract
    snapshots: Mapping[str, Session]

    def __post_init__(self) -> None:
        _ = self.measured  # built where the contract is read (a worker), not when first shown

    @cached_property
    def reviews(self) -> list[Review]:
        """Oldest first."""
        return self.contract.by_date()

    @cached_property
    def measured(self) -> list[tuple[Review, dict[tuple[str, str, str], float]]]:
        """Per review (oldest first) its values by (theme, indicator, unit) of the agreed goal, as
        `measured_by` finds them (the first matching goal of a theme with a value in its unit): read
        once, so a plan's goals look them up instead of walking every review's snapshot again."""
        found = []
        for review in self.reviews:
            snapshot = self.snapshots.get(review.snapshot_id)
            goals = {e.theme_id: e.goals for e in snapshot.themes} if snapshot is not None else {}
            first: dict[tuple[str, str, str], tuple[int, float]] = {}  # the lowest goal index wins
            for m in review.measurements:
                theme_goals = goals.get(m.theme_id, [])
                if m.value is None or m.goal_index >= len(theme_goals):
                    continue
                agreed = theme_goals[m.goal_index]
                key = (m.theme_id, _key(agreed.indicator), _key(agreed.unit))
                if (not _key(m.unit) or same_text(m.unit, agreed.unit)) and (
                    key not in first or m.goal_index < first[key][0]
                ):
                    first[key] = (m.goal_index, m.value)
            found.append((review, {key: value for key, (_i, value) in first.items()}))
        return found

    @property
    def label(self) -> str:
        """The supplier and the contract number, as far as known."""
        return " ".join(p for p in (self.contract.supplier, self.contract.number) if p.strip())


@dataclass(frozen=True)
class Realised:
    level: Level
    reviewed: dt.date  # the date of the review that judged it


def realised_levels(followed: FollowedContract) -> dict[str, Realised]:
    """Per theme the level of the newest review that judged it."""
    found: dict[str, Realised] = {}
    for review in followed.reviews:  # oldest first: a later review overwrites
        for theme in review.themes:
            level = theme.realised()
            if level is not None:
                found[theme.theme_id] = Realised(level, review.date)
    return found


def measured_by(goal: PlanGoal, review: Review, snapshot: Session | None) -> GoalMeasurement | None:
    """The review's measurement of the agreed goal that matches `goal`, with a value in its unit."""
    if snapshot is None:
        return None
    entry = next((e for e in snapshot.themes if e.theme_id == goal.theme_id), None)
    if entry is None:
        return None
    for index, agreed in enumerate(entry.goals):
        if not (same_text(agreed.indicator, goal.indicator) and same_text(agreed.unit, goal.unit)):
            continue
        found = review.measurement(goal.theme_id, index)
        if (
            found is not None
            and found.value is not None
            and (not _key(found.unit) or same_text(found.unit, goal.unit))
        ):
            return found
    return None


@dataclass(frozen=True)
class ContractValue:
    """A goal's value in one year from the contracts, and the contracts it comes from."""

    value: float
    contracts: tuple[FollowedContract, ...]


def is_percent(unit: str) -> bool:
    return _key(unit) in PERCENT_UNITS


def contract_values(goal: PlanGoal, followed: Iterable[FollowedContract]) -> dict[int, ContractValue]:
    """Per year (oldest first) the goal's value from the contracts: each contract's latest measurement
    in that year, summed over the contracts (their mean for a percentage)."""
    per_year: dict[int, list[tuple[FollowedContract, float]]] = {}
    key = (goal.theme_id, _key(goal.indicator), _key(goal.unit))
    for contract in followed:
        latest: dict[int, float] = {}
        for review, measured in contract.measured:  # oldest first: the year's last measurement stays
            if key in measured:
                latest[review.date.year] = measured[key]
        for year, value in latest.items():
            per_year.setdefault(year, []).append((contract, value))
    values: dict[int, ContractValue] = {}
    for year in sorted(per_year):
        items = per_year[year]
        total = math.fsum(v for _, v in items)
        value = total / len(items) if is_percent(goal.unit) else total
        values[year] = ContractValue(value, tuple(c for c, _ in items))
    return values


@dataclass(frozen=True)
class Difference:
    year: int
    typed: float
    contracts: float


def _equal(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def differences(goal: PlanGoal, values: Mapping[int, ContractValue]) -> list[Difference]:
    """The years whose typed-in value the contracts' value would overwrite with another number."""
    return [
        Difference(year, goal.realised[year], found.value)
        for year, found in sorted(values.items())
        if year in goal.realised and not _equal(goal.realised[year], found.value)
    ]


def taken_over(
    goal: PlanGoal, values: Mapping[int, ContractValue], years: Sequence[int] | None = None
) -> PlanGoal:
    """The goal with the contracts' values written in (only `years` when given, and only the years a
    plan goal can hold); the other years keep what was typed."""
    realised = dict(goal.realised)
    for year, found in values.items():
        if (years is None or year in years) and FIRST_YEAR <= year <= LAST_YEAR:
            realised[year] = found.value
    return goal.model_copy(update={"realised": realised})
