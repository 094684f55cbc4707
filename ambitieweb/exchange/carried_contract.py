"""The contract follow-up a session file carries (format 6, issue 18): the contract data, the review
rhythm and every review, each pointing at the agreed version of the file it checked. Imported as a
copy, the contract, its reviews and their actions get new ids and follow the copied versions.
"""

from __future__ import annotations

from typing import Any

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.session import Session, Snapshot, new_id

Problem = tuple[str, str]  # (Dutch, English), each starting with the field's path


def contract_follow_up(data: dict[str, Any]) -> dict[str, Any]:
    """5 -> 6: a file from before carries no contract follow-up."""
    data.setdefault("contract", None)
    return data


def contract_problem(contract: Contract, session: Session, snapshots: list[Snapshot]) -> Problem | None:
    """What ties the contract to the file's session wrongly: another session, or a review of an
    agreed version, criterion or theme the file does not hold."""
    if contract.session_id != session.id:
        return (
            f"contract.session_id: '{contract.session_id}' is niet de sessie van dit bestand "
            f"('{session.id}').",
            f"contract.session_id: '{contract.session_id}' is not this file's session ('{session.id}').",
        )
    versions = {s.id: s.session for s in snapshots}
    for i, review in enumerate(contract.reviews):
        where = f"contract.reviews[{i}]"
        checked = versions.get(review.snapshot_id)
        if checked is None:
            return (
                f"{where}.snapshot_id: vastgestelde versie '{review.snapshot_id}' staat niet in dit bestand.",
                f"{where}.snapshot_id: agreed version '{review.snapshot_id}' is not in this file.",
            )
        criteria = {c.id for c in checked.criteria}
        for j, check in enumerate(review.checks):
            if check.criterion_id not in criteria:
                return (
                    f"{where}.checks[{j}].criterion_id: criterium '{check.criterion_id}' staat niet in "
                    "de vastgestelde versie die het gesprek beoordeelt.",
                    f"{where}.checks[{j}].criterion_id: criterion '{check.criterion_id}' is not in the "
                    "agreed version the review checks.",
                )
        themes = {t.theme_id for t in checked.themes}
        named = [("themes", t.theme_id) for t in review.themes]
        named += [("measurements", m.theme_id) for m in review.measurements]
        for field, theme_id in named:
            if theme_id not in themes:
                return (
                    f"{where}.{field}: thema '{theme_id}' hoort niet bij de vastgestelde versie.",
                    f"{where}.{field}: theme '{theme_id}' is not part of the agreed version.",
                )
    return None


def contract_copy(contract: Contract, session_id: str, versions: dict[str, str]) -> Contract:
    """The contract of a copied session: new ids throughout, the reviews pointing at the copied
    agreed versions (`versions`: old snapshot id -> new one)."""
    reviews = [
        review.model_copy(
            update={
                "id": new_id(),
                "snapshot_id": versions[review.snapshot_id],
                "actions": [a.model_copy(update={"id": new_id()}) for a in review.actions],
            }
        )
        for review in contract.reviews
    ]
    return contract.model_copy(
        update={"id": new_id(), "session_id": session_id, "reviews": reviews, "revision": 0}
    )
