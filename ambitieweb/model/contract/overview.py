"""The contract manager's overview: every contract in one line, those overdue first.

It works on `ContractFacts`, what the overview needs of a contract (the store counts them in the
database: reading 200 whole contracts with their reviews took 0.5-1.3 s); `facts` makes them from a
whole contract, so both roads give the same line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import CriterionStatus, Review
from ambitieweb.model.contract.rules import due_after


@dataclass(frozen=True, slots=True)
class ThemeState:
    """A theme's agreed level in the version a review checked, and what that review found."""

    theme_id: str
    agreed: int
    realised: int | None  # None: not judged

    @property
    def below(self) -> bool:
        return self.realised is not None and self.agreed > 0 and self.realised < self.agreed


@dataclass(frozen=True, slots=True)
class ReviewFacts:
    date: dt.date
    created_at: dt.datetime
    met: int  # criteria "nagekomen"
    judged: int  # criteria judged (all but "nog niet te beoordelen")
    open_actions: int
    themes: tuple[ThemeState, ...] = ()  # the last review's only, in the checked version's order


@dataclass(frozen=True, slots=True)
class ContractFacts:
    id: str
    session_id: str
    supplier: str
    manager: str
    start: dt.date | None
    end: dt.date | None
    rhythm_months: int
    reviews: tuple[ReviewFacts, ...]

    @property
    def last(self) -> ReviewFacts | None:
        return max(self.reviews, key=lambda r: (r.date, r.created_at), default=None)


def theme_states(review: Review, agreed: Mapping[str, int] | None) -> tuple[ThemeState, ...]:
    """Per theme of the checked version (`agreed`: theme id -> level, in its order) what `review` found;
    none when the version is not known."""
    if agreed is None:
        return ()
    return tuple(ThemeState(theme, level, review.realised(theme)) for theme, level in agreed.items())


def facts(contract: Contract, agreed: Mapping[str, Mapping[str, int]] | None = None) -> ContractFacts:
    """`agreed`: per snapshot id the agreed level of each theme; the last review (as `ContractFacts.last`
    picks it) gets its per-theme states (none without its version)."""
    agreed = agreed or {}
    last = max(contract.reviews, key=lambda r: (r.date, r.created_at), default=None)
    return ContractFacts(
        id=contract.id,
        session_id=contract.session_id,
        supplier=contract.supplier,
        manager=contract.manager,
        start=contract.start,
        end=contract.end,
        rhythm_months=contract.rhythm_months,
        reviews=tuple(
            ReviewFacts(
                date=r.date,
                created_at=r.created_at,
                met=sum(c.status is CriterionStatus.MET for c in r.checks),
                judged=sum(c.status is not CriterionStatus.NOT_YET for c in r.checks),
                open_actions=len(r.open_actions()),
                themes=theme_states(r, agreed.get(r.snapshot_id)) if r is last else (),
            )
            for r in contract.reviews
        ),
    )


@dataclass(frozen=True, slots=True)
class OverviewLine:
    contract_id: str
    session_id: str
    web_title: str
    supplier: str
    manager: str
    next_due: dt.date | None
    overdue: bool
    days_late: int  # 0 unless overdue
    open_actions: int  # in the last review (an open action travels to the next review)
    share_met: float | None  # in the last review; None: nothing judged yet
    reviews: int
    themes: tuple[ThemeState, ...] = ()  # agreed against realised in the last review


def overview(
    contracts: Iterable[ContractFacts], titles: Mapping[str, str], today: dt.date
) -> list[OverviewLine]:
    """One line per contract: overdue first (longest late first), then by the next review's day,
    those without a planned review last, then by web title."""
    lines = []
    for contract in contracts:
        last = contract.last
        due = due_after(contract.start, contract.end, contract.rhythm_months, last.date if last else None)
        overdue = due is not None and due < today
        lines.append(
            OverviewLine(
                contract_id=contract.id,
                session_id=contract.session_id,
                web_title=titles.get(contract.session_id, ""),
                supplier=contract.supplier,
                manager=contract.manager,
                next_due=due,
                overdue=overdue,
                days_late=(today - due).days if overdue and due is not None else 0,
                open_actions=last.open_actions if last is not None else 0,
                share_met=last.met / last.judged if last is not None and last.judged else None,
                reviews=len(contract.reviews),
                themes=last.themes if last is not None else (),
            )
        )
    lines.sort(
        key=lambda line: (not line.overdue, line.next_due is None, line.next_due or today, line.web_title)
    )
    return lines


def theme_columns(lines: Iterable[OverviewLine]) -> list[str]:
    """The themes of all lines, each once, in the order they first appear (a web's own order)."""
    return list(dict.fromkeys(state.theme_id for line in lines for state in line.themes))
