"""The records of one review (voortgangsgesprek): criterion checks, goal measurements, realised levels
per theme and follow-up actions. A review refers to the agreed snapshot it checks by id."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, FiniteFloat

from ambitieweb.model.framework import Slug
from ambitieweb.model.levels import Level
from ambitieweb.model.session import (
    MAX_LIST,
    LevelValue,
    LongText,
    SessionId,
    ShortText,
    new_id,
    utc_now,
)


class CriterionStatus(StrEnum):
    """How far the supplier kept a criterion of the contract."""

    MET = "met"  # nagekomen
    PARTLY = "partly"  # deels
    NOT_MET = "not_met"  # niet
    NOT_YET = "not_yet"  # nog niet te beoordelen

    def label(self, language: str = "nl") -> str:
        return _STATUS[language if language in _STATUS else "nl"][self]


_STATUS: dict[str, dict[CriterionStatus, str]] = {
    "nl": {
        CriterionStatus.MET: "nagekomen",
        CriterionStatus.PARTLY: "deels",
        CriterionStatus.NOT_MET: "niet",
        CriterionStatus.NOT_YET: "nog niet te beoordelen",
    },
    "en": {
        CriterionStatus.MET: "met",
        CriterionStatus.PARTLY: "partly",
        CriterionStatus.NOT_MET: "not met",
        CriterionStatus.NOT_YET: "not yet to be judged",
    },
}


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class CriterionCheck(_Record):
    """One chosen criterion of the agreed version, as judged in a review."""

    criterion_id: SessionId  # ChosenCriterion.id in the review's snapshot
    status: CriterionStatus = CriterionStatus.NOT_YET
    promised: LongText = ""  # award criteria: toegezegd in de inschrijving
    evidence: LongText = ""  # bewijs ontvangen
    note: LongText = ""


class GoalMeasurement(_Record):
    """The value measured for one goal of the agreed version (its place among the theme's goals: an
    agreed snapshot never changes, so the place keeps naming the same goal)."""

    theme_id: Slug
    goal_index: Annotated[int, Field(ge=0, le=MAX_LIST)]
    value: FiniteFloat | None = None
    unit: ShortText = ""  # as measured; must be the goal's unit (empty: the goal's)


class ThemeRealisation(_Record):
    """The level a theme reached in practice (0 nothing, 1-3); None: not judged yet."""

    theme_id: Slug
    level: LevelValue | None = None

    @property
    def judged(self) -> bool:
        return self.level is not None

    def realised(self) -> Level | None:
        return None if self.level is None else Level(self.level)


class FollowUpAction(_Record):
    """A follow-up action agreed in a review (vervolgactie)."""

    id: SessionId = Field(default_factory=new_id)
    what: ShortText
    owner: ShortText = ""
    due: dt.date | None = None
    done: bool = False


class Review(_Record):
    """A review of the contract (voortgangsgesprek): kept with its date, never replaced by a later one."""

    id: SessionId = Field(default_factory=new_id)
    date: dt.date
    snapshot_id: SessionId  # the agreed version it checks
    participants: ShortText = ""  # who took part, in the team's own words
    note: LongText = ""
    checks: Annotated[list[CriterionCheck], Field(max_length=MAX_LIST)] = []
    measurements: Annotated[list[GoalMeasurement], Field(max_length=MAX_LIST)] = []
    themes: Annotated[list[ThemeRealisation], Field(max_length=64)] = []
    actions: Annotated[list[FollowUpAction], Field(max_length=MAX_LIST)] = []
    created_at: dt.datetime = Field(default_factory=utc_now)

    def check(self, criterion_id: str) -> CriterionCheck | None:
        return next((c for c in self.checks if c.criterion_id == criterion_id), None)

    def realised(self, theme_id: str) -> Level | None:
        found = next((t for t in self.themes if t.theme_id == theme_id), None)
        return None if found is None else found.realised()

    def measurement(self, theme_id: str, goal_index: int) -> GoalMeasurement | None:
        return next(
            (m for m in self.measurements if m.theme_id == theme_id and m.goal_index == goal_index), None
        )

    def open_actions(self) -> list[FollowUpAction]:
        return [a for a in self.actions if not a.done]
