"""The contract manager's overview: every contract in one line, those overdue first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.rules import is_overdue, next_review_due, share_met


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


def overview(contracts: Iterable[Contract], titles: Mapping[str, str], today: dt.date) -> list[OverviewLine]:
    """One line per contract: overdue first (longest late first), then by the next review's day,
    those without a planned review last, then by web title."""
    lines = []
    for contract in contracts:
        last = contract.last_review
        due = next_review_due(contract)
        overdue = is_overdue(contract, today)
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
                open_actions=len(last.open_actions()) if last is not None else 0,
                share_met=share_met(last) if last is not None else None,
                reviews=len(contract.reviews),
            )
        )
    lines.sort(
        key=lambda line: (not line.overdue, line.next_due is None, line.next_due or today, line.web_title)
    )
    return lines
