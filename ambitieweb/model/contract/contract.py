"""The contract of a project web: its data, the review rhythm and the reviews held, oldest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ambitieweb.model.contract.parts import Review
from ambitieweb.model.plan.problems import ProblemError
from ambitieweb.model.session import Euro, SessionId, ShortText, new_id, utc_now

MAX_REVIEWS = 500
Months = Annotated[int, Field(ge=1, le=120)]


def _day(date: dt.date) -> str:
    return date.strftime("%d-%m-%Y")


def _once(values: Iterable[str], nl: str, en: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ProblemError(nl.format(value), en.format(value))
        seen.add(value)


class Contract(BaseModel):
    """Contract follow-up of one project web (its agreed versions are what the reviews check)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: SessionId = Field(default_factory=new_id)
    session_id: SessionId  # the project web; one contract follow-up per web
    supplier: ShortText = ""  # opdrachtnemer
    number: ShortText = ""  # contractnummer
    start: dt.date | None = None
    end: dt.date | None = None
    value: Euro | None = None  # euro, excl. VAT
    manager: ShortText = ""  # contractmanager
    rhythm_months: Months = 6  # a review every so many months
    reviews: Annotated[list[Review], Field(max_length=MAX_REVIEWS)] = []
    revision: Annotated[int, Field(ge=0)] = 0
    created_at: dt.datetime = Field(default_factory=utc_now)
    updated_at: dt.datetime = Field(default_factory=utc_now)

    @model_validator(mode="after")
    def _consistent(self) -> Contract:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ProblemError(
                f"Einddatum: {_day(self.end)} ligt vóór de startdatum {_day(self.start)}",
                f"End date: {_day(self.end)} lies before the start date {_day(self.start)}",
            )
        _once(
            (r.id for r in self.reviews),
            "Voortgangsgesprek {} staat er twee keer in",
            "Review {} occurs twice",
        )
        for number, review in enumerate(self.reviews, 1):
            if self.start is not None and review.date < self.start:
                raise ProblemError(
                    f"Voortgangsgesprek {number}, Datum: {_day(review.date)} ligt vóór de startdatum "
                    f"van het contract ({_day(self.start)})",
                    f"Review {number}, Date: {_day(review.date)} lies before the contract's start date "
                    f"({_day(self.start)})",
                )
            _once(
                (c.criterion_id for c in review.checks),
                f"Voortgangsgesprek {number}: criterium {{}} staat er twee keer in",
                f"Review {number}: criterion {{}} occurs twice",
            )
            _once(
                (t.theme_id for t in review.themes),
                f"Voortgangsgesprek {number}: thema '{{}}' staat er twee keer in",
                f"Review {number}: theme '{{}}' occurs twice",
            )
            _once(
                (f"{m.theme_id}/{m.goal_index}" for m in review.measurements),
                f"Voortgangsgesprek {number}: doel {{}} staat er twee keer in",
                f"Review {number}: goal {{}} occurs twice",
            )
            _once(
                (a.id for a in review.actions),
                f"Voortgangsgesprek {number}: actie {{}} staat er twee keer in",
                f"Review {number}: action {{}} occurs twice",
            )
        return self

    def review(self, review_id: str) -> Review:
        for review in self.reviews:
            if review.id == review_id:
                return review
        raise KeyError(review_id)

    def by_date(self) -> list[Review]:
        """The reviews oldest first (the same date: in the order they were held)."""
        return sorted(self.reviews, key=lambda r: (r.date, r.created_at))

    @property
    def last_review(self) -> Review | None:
        ordered = self.by_date()
        return ordered[-1] if ordered else None
