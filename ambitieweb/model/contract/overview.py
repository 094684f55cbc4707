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
from ambitieweb.model.contract.parts import CriterionStatus
from ambitieweb.model.contract.rules import due_after


@dataclass(frozen=True, slots=True)
class ReviewFacts:
    date: dt.date
    created_at: dt.datetime
    met: int  # criteria "nagekomen"
    judged: int  # criteria judged (all but "nog niet te beoordelen")
    open_actions: int


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


def facts(contract: Contract) -> ContractFacts:
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
            )
        )
    lines.sort(
        key=lambda line: (not line.overdue, line.next_due is None, line.next_due or today, line.web_title)
    )
    return lines
