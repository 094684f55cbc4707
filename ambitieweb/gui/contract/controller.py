"""The contract controller: owns the open contract follow-up, turns edits into undoable steps, saves each.

As the plan's: a view calls a method; the controller checks the new contract (the model's checks and
each review against the agreed version it checks; a refused edit changes nothing and says why, naming
the field), pushes a `PartStep` with only the parts it changed, saves, and emits `changed`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import QObject

from ambitieweb.gui.plan.undo import PartStep, SavedDocument
from ambitieweb.model.changes import Part, Value, apply, read
from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import Review
from ambitieweb.model.contract.problems import describe_all
from ambitieweb.model.contract.rules import contract_problems, new_review
from ambitieweb.model.session import Snapshot
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.store.contracts import ContractRepository

KEYS = {"reviews": "id"}


class ContractController(SavedDocument):
    def __init__(
        self,
        contract: Contract,
        snapshots: list[Snapshot],
        theme_names: Mapping[str, str],
        contracts: ContractRepository,
        language: str = "nl",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(language, parent)
        self.contract = contract
        self.snapshots = {s.id: s for s in snapshots}
        self.theme_names = dict(theme_names)
        self.contracts = contracts

    # --- reading ----------------------------------------------------------------------------------

    @property
    def latest(self) -> Snapshot:
        """The agreed version a new review checks: the last one agreed."""
        return max(self.snapshots.values(), key=lambda s: s.number)

    def snapshot_of(self, review: Review) -> Snapshot:
        return self.snapshots[review.snapshot_id]

    def theme_name(self, theme_id: str) -> str:
        return self.theme_names.get(theme_id, theme_id)

    # --- edits ------------------------------------------------------------------------------------

    def edit(self, text: str, after: Mapping[Part, Value], merge_key: str | None = None) -> bool:
        """Change the given parts as one undoable, saved step; refused (False, with a message naming
        the field) when the contract would be invalid or a review would not fit its agreed version."""
        try:
            changed = apply(self.contract, after, KEYS)
        except ValidationError as exc:
            self.problem.emit(describe_all(exc, self.language))
            return False
        problems = contract_problems(changed, self.snapshots)
        if problems:
            self.problem.emit("\n".join(p.text(self.language) for p in problems[:10]))
            return False
        before = {part: read(self.contract, part, KEYS) for part in after}
        if before == dict(after):
            return True
        self.undo_stack.push(PartStep(text, before, after, self._apply, merge_key))
        return True

    def set_field(self, field: str, value: object, text: str) -> bool:
        return self.edit(text, {Part(field): value})

    def put_review(self, review: Review, text: str) -> bool:
        """Add or replace one review (in its place, or at the end)."""
        current = read(self.contract, Part("reviews", review.id), KEYS)
        position = current[0] if current is not None else len(self.contract.reviews)
        return self.edit(text, {Part("reviews", review.id): (position, review.model_dump())})

    def change_review(self, review_id: str, change: dict[str, Any], text: str) -> bool:
        """Set fields of a review ({"participants": ...}) or of one of its records
        ({"checks": (row, {"status": ...})})."""
        data = self.contract.review(review_id).model_dump()
        for name, value in change.items():
            if isinstance(data.get(name), list) and isinstance(value, tuple):
                row, fields = value
                data[name][row] = data[name][row] | fields
            else:
                data[name] = value
        try:
            review = Review.model_validate(data)
        except ValidationError as exc:
            number = next(i for i, r in enumerate(self.contract.reviews, 1) if r.id == review_id)
            prefix = fill(self.tr("Voortgangsgesprek %1"), str(number))
            self.problem.emit(f"{prefix}, {describe_all(exc, self.language)}")
            return False
        return self.put_review(review, text)

    def add_review(self, date: dt.date) -> Review | None:
        """A new review of the latest agreed version, prefilled from it and from the last review."""
        review = new_review(self.latest, date, self.contract.last_review)
        text = fill(self.tr("Nieuw voortgangsgesprek op %1"), date.strftime("%d-%m-%Y"))
        return review if self.put_review(review, text) else None

    def remove_review(self, review_id: str) -> bool:
        """Delete one review as an undoable step (undo puts it back in its place)."""
        review = self.contract.review(review_id)
        text = fill(self.tr("Voortgangsgesprek van %1 verwijderen"), review.date.strftime("%d-%m-%Y"))
        return self.edit(text, {Part("reviews", review_id): None})

    def _apply(self, values: Mapping[Part, Value]) -> None:
        self.contract = apply(self.contract, values, KEYS)
        self.changed.emit({part.field for part in values})
        self.save_now()

    def _write(self) -> None:
        self.contracts.save(self.contract)
