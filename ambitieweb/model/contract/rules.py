"""Pure rules of contract follow-up: when the next review is due, the share of criteria met, themes
realised below their agreed level, a new review prefilled from an agreed version, and the checks of a
review against the version it checks."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import (
    CriterionCheck,
    CriterionStatus,
    GoalMeasurement,
    Review,
    ThemeRealisation,
)
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.problems import ProblemError
from ambitieweb.model.session import Snapshot

# What the supplier is held to in the contract: not the selection criteria (they judge the bidder).
FOLLOWED_KINDS = (CriterionKind.REQUIREMENT, CriterionKind.CONTRACT_CLAUSE, CriterionKind.AWARD)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months; the 31st becomes the month's last day (31 January + 1 = 28/29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_after(
    start: dt.date | None, end: dt.date | None, rhythm: int, last: dt.date | None
) -> dt.date | None:
    """The rhythm counted from the last review, or from the start without one; never after the end,
    and None when a review on or after the end closed the contract (or there is nothing to count from)."""
    base = last if last is not None else start
    if base is None:
        return None
    if end is not None and last is not None and last >= end:
        return None
    due = add_months(base, rhythm)
    return min(due, end) if end is not None else due


def next_review_due(contract: Contract) -> dt.date | None:
    """When the contract's next review is due (see `due_after`)."""
    last = contract.last_review
    return due_after(contract.start, contract.end, contract.rhythm_months, last.date if last else None)


def is_overdue(contract: Contract, today: dt.date) -> bool:
    """The next review's day has passed (due today is not overdue yet)."""
    due = next_review_due(contract)
    return due is not None and due < today


def share_met(review: Review) -> float | None:
    """Criteria met as a share of those judged (0-1); "nog niet te beoordelen" does not count, "deels"
    counts as not met. None when nothing has been judged yet."""
    judged = [c for c in review.checks if c.status is not CriterionStatus.NOT_YET]
    if not judged:
        return None
    return sum(c.status is CriterionStatus.MET for c in judged) / len(judged)


def below_agreed(review: Review, snapshot: Snapshot) -> list[str]:
    """The themes (ids, in the web's order) whose realised level is below the agreed ambition."""
    agreed = {e.theme_id: e.ambition for e in snapshot.session.themes}
    found = []
    for entry in snapshot.session.themes:
        realised = review.realised(entry.theme_id)
        if (
            realised is not None
            and agreed[entry.theme_id] > Level.UNSET
            and realised < agreed[entry.theme_id]
        ):
            found.append(entry.theme_id)
    return found


@dataclass(frozen=True, slots=True)
class ThemeRow:
    """A theme's agreed level against what each review found, oldest review first."""

    theme_id: str
    agreed: Level
    realised: tuple[Level | None, ...]

    @property
    def latest(self) -> Level | None:
        return next((level for level in reversed(self.realised) if level is not None), None)

    @property
    def below(self) -> bool:
        return self.latest is not None and self.agreed > Level.UNSET and self.latest < self.agreed

    @property
    def trend(self) -> int:
        """+1 up, -1 down, 0 the same (or fewer than two judgements) over the last two judgements."""
        judged = [level for level in self.realised if level is not None]
        if len(judged) < 2:
            return 0
        return (judged[-1] > judged[-2]) - (judged[-1] < judged[-2])


def agreed_against_realised(contract: Contract, latest: Snapshot) -> list[ThemeRow]:
    """One row per theme of the latest agreed version, with every review's realised level."""
    reviews = contract.by_date()
    return [
        ThemeRow(entry.theme_id, entry.ambition, tuple(r.realised(entry.theme_id) for r in reviews))
        for entry in latest.session.themes
    ]


def new_review(snapshot: Snapshot, date: dt.date, previous: Review | None = None) -> Review:
    """A review of `snapshot` with a row per followed criterion, goal and theme. From the previous
    review it keeps what the bid promised and the actions still open (an open action stays on the
    table until it is done)."""
    session = snapshot.session
    promised = {c.criterion_id: c.promised for c in previous.checks} if previous is not None else {}
    checks = [
        CriterionCheck(criterion_id=c.id, promised=promised.get(c.id, ""))
        for c in session.criteria
        if c.kind in FOLLOWED_KINDS
    ]
    measurements = [
        GoalMeasurement(theme_id=entry.theme_id, goal_index=index)
        for entry in session.themes
        for index in range(len(entry.goals))
    ]
    themes = [ThemeRealisation(theme_id=entry.theme_id) for entry in session.themes]
    carried = [a.model_copy(deep=True) for a in previous.open_actions()] if previous is not None else []
    return Review(
        date=date,
        snapshot_id=snapshot.id,
        checks=checks,
        measurements=measurements,
        themes=themes,
        actions=carried,
    )


def _same_unit(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def review_problems(review: Review, snapshot: Snapshot, number: int = 0) -> list[ProblemError]:
    """What in `review` does not fit the agreed version it checks: a criterion or goal that is not in
    it, a measured value in another unit than the goal's, a theme the web does not have."""
    where_nl = f"Voortgangsgesprek {number}" if number else "Voortgangsgesprek"
    where_en = f"Review {number}" if number else "Review"
    if review.snapshot_id != snapshot.id:
        return [
            ProblemError(
                f"{where_nl}: hoort bij een andere versie", f"{where_en}: belongs to another version"
            )
        ]
    session = snapshot.session
    criteria = {c.id: c for c in session.criteria}
    version = snapshot.number
    problems = []
    for check in review.checks:
        if check.criterion_id not in criteria:
            problems.append(
                ProblemError(
                    f"{where_nl}, Criteria: criterium {check.criterion_id} staat niet (meer) in vastgestelde "
                    f"versie {version}",
                    f"{where_en}, Criteria: criterion {check.criterion_id} is not (any longer) in agreed "
                    f"version {version}",
                )
            )
        elif check.promised.strip() and criteria[check.criterion_id].kind is not CriterionKind.AWARD:
            problems.append(
                ProblemError(
                    f"{where_nl}, Toegezegd in de inschrijving: alleen bij een gunningscriterium "
                    f"('{criteria[check.criterion_id].title}')",
                    f"{where_en}, Promised in the bid: only for an award criterion "
                    f"('{criteria[check.criterion_id].title}')",
                )
            )
    goals = {e.theme_id: e.goals for e in session.themes}
    for measurement in review.measurements:
        theme_goals = goals.get(measurement.theme_id, [])
        place, theme = measurement.goal_index + 1, measurement.theme_id
        if measurement.goal_index >= len(theme_goals):
            problems.append(
                ProblemError(
                    f"{where_nl}, Doelen: doel {place} van thema '{theme}' staat niet in vastgestelde versie "
                    f"{version}",
                    f"{where_en}, Goals: goal {place} of theme '{theme}' is not in agreed version {version}",
                )
            )
            continue
        goal, unit = theme_goals[measurement.goal_index], measurement.unit
        if unit.strip() and not _same_unit(unit, goal.unit):
            problems.append(
                ProblemError(
                    f"{where_nl}, Gemeten waarde ('{goal.indicator}'): eenheid '{unit}' wijkt af van de "
                    f"eenheid van het doel ('{goal.unit}')",
                    f"{where_en}, Measured value ('{goal.indicator}'): unit '{unit}' differs from the goal's "
                    f"unit ('{goal.unit}')",
                )
            )
    for realisation in review.themes:
        if realisation.theme_id not in goals:
            problems.append(
                ProblemError(
                    f"{where_nl}, Thema's: thema '{realisation.theme_id}' staat niet in vastgestelde versie "
                    f"{version}",
                    f"{where_en}, Themes: theme '{realisation.theme_id}' is not in agreed version {version}",
                )
            )
    return problems


def contract_problems(contract: Contract, snapshots: Mapping[str, Snapshot]) -> list[ProblemError]:
    """`review_problems` of every review, numbered as the list shows them; a review whose version is gone
    is a problem too."""
    problems: list[ProblemError] = []
    for number, review in enumerate(contract.reviews, 1):
        snapshot = snapshots.get(review.snapshot_id)
        if snapshot is None:
            problems.append(
                ProblemError(
                    f"Voortgangsgesprek {number}: de vastgestelde versie die het toetst bestaat niet (meer)",
                    f"Review {number}: the agreed version it checks does not exist (any more)",
                )
            )
            continue
        problems.extend(review_problems(review, snapshot, number))
    return problems
