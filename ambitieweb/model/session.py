"""The ambition web of one session: levels per theme, reasons, goals, measures and participants."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    FiniteFloat,
    StringConstraints,
    ValidationInfo,
)
from pydantic_core import PydanticCustomError

from ambitieweb.model.criteria import CriterionKind, PlaceholderName
from ambitieweb.model.framework import Framework, Slug
from ambitieweb.model.levels import Level

SessionId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]


def _one_line_end(value: object) -> object:
    """Windows (CR LF) and old Mac (CR) line ends become the one line end the program writes."""
    if isinstance(value, str) and "\r" in value:
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return value


# Below a space but tab and newline, DEL, and the C1 controls (U+0080-U+009F: U+009B starts a terminal
# escape sequence as ESC [ does, so `ambitieweb list` would print it raw).
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LATER_REFUSED = re.compile(r"[\x7f-\x9f]")  # refused since format 4; a database may hold them
# Read what this program stored before with this in the validation context: DEL and C1 characters
# become U+FFFD (visible) instead of making the session unreadable. New input is refused.
STORED = "stored"


def _no_control_chars(value: str, info: ValidationInfo) -> str:
    if info.context and info.context.get(STORED) and _LATER_REFUSED.search(value):
        value = _LATER_REFUSED.sub("\ufffd", value)
    if _CONTROL_CHARS.search(value):
        raise PydanticCustomError("control_characters", "Text contains control characters")
    return value


# Bounds are generous (a rationale may be a pasted policy paragraph) but finite. No text holds NUL or
# other control characters (PostgreSQL refuses NUL; none belongs in a document).
# (Constraints first: a validator before them would make them generic ones, and skip the strip.)
ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=500),
    BeforeValidator(_one_line_end),
    AfterValidator(_no_control_chars),
]
LongText = Annotated[
    str,
    StringConstraints(max_length=200_000),
    BeforeValidator(_one_line_end),
    AfterValidator(_no_control_chars),
]
Title = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=500),
    BeforeValidator(_one_line_end),
    AfterValidator(_no_control_chars),
]

MAX_LIST = 1000
MAX_INT = 2**31 - 1  # the databases' INTEGER (PostgreSQL's is 32 bits)
Count = Annotated[int, Field(ge=0, le=MAX_INT)]
# Read an agreed version stored by an older program with this in the validation context: its times
# may lack a zone and are UTC. A session file's times must carry one (its schema says date-time).
NAIVE_IS_UTC = "naive_is_utc"


def _whole_level(value: object) -> object:
    """A level is a number 0-3 as the schema says: not "2", not false."""
    if isinstance(value, bool | str):
        raise PydanticCustomError("level_type", "A level is a whole number from 0 to 3")
    return value


def _with_zone(value: dt.datetime, info: ValidationInfo) -> dt.datetime:
    if value.tzinfo is not None:
        return value
    if info.context and info.context.get(NAIVE_IS_UTC):
        return value.replace(tzinfo=dt.UTC)
    raise PydanticCustomError("timezone_aware", "Input should have timezone info")


LevelValue = Annotated[Level, BeforeValidator(_whole_level)]
Moment = Annotated[dt.datetime, AfterValidator(_with_zone)]


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class SessionKind(StrEnum):
    ORGANISATION = "organisation"  # generiek ambitieweb
    PROJECT = "project"  # project-ambitieweb

    def label(self, language: str = "nl") -> str:
        return {
            "nl": {"organisation": "generiek ambitieweb", "project": "project-ambitieweb"},
            "en": {"organisation": "generic web", "project": "project web"},
        }["en" if language == "en" else "nl"][self.value]


class SessionScope(StrEnum):
    """What part of the organisation a generic web speaks for; an action plan groups them."""

    ORGANISATION = "organisation"  # de hele organisatie
    DEPARTMENT = "department"  # een afdeling (the department's name is the subject)
    IMPACT_AREA = "impact-area"  # een impactgebied, e.g. klimaat en energie

    def label(self, language: str = "nl") -> str:
        return {
            "nl": {
                "organisation": "hele organisatie",
                "department": "afdeling",
                "impact-area": "impactgebied",
            },
            "en": {
                "organisation": "whole organisation",
                "department": "department",
                "impact-area": "impact area",
            },
        }["en" if language == "en" else "nl"][self.value]


class SessionStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"

    def label(self, language: str = "nl") -> str:
        return {
            "nl": {"draft": "concept", "agreed": "vastgesteld"},
            "en": {"draft": "draft", "agreed": "agreed"},
        }["en" if language == "en" else "nl"][self.value]


class Role(StrEnum):
    OPDRACHTGEVER = "opdrachtgever"
    INKOPER = "inkoper"
    BELEIDSADVISEUR = "beleidsadviseur"
    CONTRACTMANAGER = "contractmanager"
    GEBRUIKER = "gebruiker"
    MARKT = "markt"
    FACILITATOR = "facilitator"
    OVERIG = "overig"

    def label(self, language: str = "nl") -> str:
        if language == "en":
            return _ROLE_EN[self]
        return self.value


_ROLE_EN = {
    Role.OPDRACHTGEVER: "client",
    Role.INKOPER: "buyer",
    Role.BELEIDSADVISEUR: "policy adviser",
    Role.CONTRACTMANAGER: "contract manager",
    Role.GEBRUIKER: "user",
    Role.MARKT: "market",
    Role.FACILITATOR: "facilitator",
    Role.OVERIG: "other",
}


class _Editable(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Participant(_Editable):
    id: SessionId = Field(default_factory=new_id)  # votes refer to it; survives renames
    name: ShortText
    role: Role = Role.OVERIG
    organisation: ShortText = ""


class Goal(_Editable):
    """A measurable target (doel / KPI)."""

    indicator: ShortText
    baseline: FiniteFloat | None = None
    target: FiniteFloat | None = None
    unit: ShortText = ""
    year: Annotated[int, Field(ge=1900, le=2200)] | None = None


class Measure(_Editable):
    """What will be done to reach the ambition (maatregel)."""

    what: ShortText
    owner: ShortText = ""
    when: ShortText = ""


def _rated(level: Level) -> Level:
    if level == Level.UNSET:
        raise PydanticCustomError("vote_unset", "A vote is a level from 1 to 3")
    return level


VoteLevel = Annotated[LevelValue, AfterValidator(_rated)]
TallyCount = Annotated[int, Field(ge=0, le=MAX_LIST)]


class ThemeEntry(_Editable):
    theme_id: Slug
    current: LevelValue = Level.UNSET
    ambition: LevelValue = Level.UNSET
    rationale: LongText = ""
    focus: bool = False
    goals: Annotated[list[Goal], Field(max_length=MAX_LIST)] = []
    measures: Annotated[list[Measure], Field(max_length=MAX_LIST)] = []
    # Votes in the room: each participant's level, plus an anonymous count per level (basis,
    # significant, ambitieus) for when people vote by hand. The agreed ambition is set separately.
    votes: Annotated[dict[SessionId, VoteLevel], Field(max_length=MAX_LIST)] = {}
    tally: tuple[TallyCount, TallyCount, TallyCount] = (0, 0, 0)
    minutes: Annotated[int, Field(ge=0, le=600)] = 0  # agenda: time planned for this theme; 0 = none


class WeightUnit(StrEnum):
    PERCENT = "percent"
    POINTS = "points"


class ScoringMethod(StrEnum):
    """How an award criterion counts: a share of the score (weight) or a fictieve korting in euro."""

    WEIGHT = "weight"
    NOTIONAL_DISCOUNT = "notional_discount"  # fictieve korting: a discount on the bid price, no weight

    def label(self, language: str = "nl") -> str:
        return {
            "nl": {"weight": "weging", "notional_discount": "fictieve korting"},
            "en": {"weight": "weight", "notional_discount": "notional discount"},
        }["en" if language == "en" else "nl"][self.value]


Weight = Annotated[FiniteFloat, Field(ge=0, le=100_000)]
Euro = Annotated[FiniteFloat, Field(ge=0, le=1e12)]


class QualityCriterion(_Editable):
    """A quality criterion of the tender that is not an MVI criterion (plan van aanpak, ...)."""

    name: Title
    weight: Weight | None = None


class AwardModel(_Editable):
    """Beste prijs-kwaliteitverhouding: price and the other quality criteria next to the MVI award
    criteria (which are the session's chosen award criteria). ``price_weight`` None: not decided yet;
    0: a fixed price (competition on quality only)."""

    price_weight: Weight | None = None
    quality: Annotated[list[QualityCriterion], Field(max_length=100)] = []


class ChosenCriterion(_Editable):
    """A criterion picked for this tender: a catalogue text (maybe edited) or the team's own."""

    id: SessionId = Field(default_factory=new_id)
    theme_id: Slug
    kind: CriterionKind
    level: LevelValue = Level.BASIS
    title: ShortText
    text: LongText
    verification: LongText = ""
    scoring: LongText = ""  # award criteria: how offers are scored
    weight: Weight | None = None  # award criteria scored with a weight only
    scoring_method: ScoringMethod = ScoringMethod.WEIGHT  # award criteria only
    max_discount: Euro | None = None  # fictieve korting: the largest discount in euro
    values: dict[PlaceholderName, ShortText] = {}  # what the tender fills in for each {{placeholder}}
    # Where the text came from; None for an own criterion.
    catalogue_id: Slug | None = None
    catalogue_set: Slug | None = None
    catalogue_version: ShortText | None = None
    catalogue_revision: Count | None = None
    edited: bool = False  # the text differs from the catalogue's on purpose


class Session(_Editable):
    id: SessionId = Field(default_factory=new_id)
    kind: SessionKind = SessionKind.PROJECT
    scope: SessionScope = SessionScope.ORGANISATION
    title: Title
    organisation: ShortText = ""
    subject: ShortText = ""  # what is bought: contract, department, in the team's own words
    product_group: Slug | None = None  # a catalogue product group; None: "anders" (none of them)
    session_date: dt.date | None = None
    facilitator: ShortText = ""
    participants: Annotated[list[Participant], Field(max_length=MAX_LIST)] = []
    framework_id: Slug
    framework_version: ShortText
    generic_session_id: SessionId | None = None
    status: SessionStatus = SessionStatus.DRAFT
    themes: Annotated[list[ThemeEntry], Field(min_length=1, max_length=64)]
    criteria: Annotated[list[ChosenCriterion], Field(max_length=MAX_LIST)] = []
    weight_unit: WeightUnit = WeightUnit.PERCENT
    award_model: AwardModel = Field(default_factory=AwardModel)
    max_criteria_per_theme: Annotated[int, Field(ge=1, le=50)] = 4  # proportionality warning
    max_focus: Annotated[int, Field(ge=1, le=64)] = 5  # focus themes the team may mark
    revision: Count = 0  # optimistic concurrency counter, kept by the store
    created_at: Moment = Field(default_factory=utc_now)
    updated_at: Moment = Field(default_factory=utc_now)

    @classmethod
    def new(cls, framework: Framework, title: str, **fields: object) -> Session:
        """A fresh draft with one entry per default theme of the framework."""
        return cls.model_validate(
            {
                "title": title,
                "framework_id": framework.id,
                "framework_version": framework.version,
                "themes": [ThemeEntry(theme_id=t.id) for t in framework.default_themes],
                **fields,
            }
        )

    def entry(self, theme_id: str) -> ThemeEntry:
        for entry in self.themes:
            if entry.theme_id == theme_id:
                return entry
        raise KeyError(theme_id)

    def participant_ids(self) -> set[str]:
        return {p.id for p in self.participants}

    def drop_orphan_votes(self) -> None:
        """Forget the votes of people who are no longer participants."""
        present = self.participant_ids()
        for entry in self.themes:
            if not present.issuperset(entry.votes):
                entry.votes = {k: v for k, v in entry.votes.items() if k in present}

    def mark_edited(self) -> None:
        """An edit after agreement starts a new draft; the snapshot keeps the agreed version."""
        self.status = SessionStatus.DRAFT

    def agree(self, snapshot_number: int, now: dt.datetime | None = None) -> Snapshot:
        """Freeze this version as agreed (vaststellen)."""
        self.status = SessionStatus.AGREED
        return Snapshot(
            session_id=self.id,
            number=snapshot_number,
            agreed_at=now or utc_now(),
            session=self.model_copy(deep=True),
        )

    def duplicate(self, title: str) -> Session:
        copy = self.model_copy(deep=True)
        now = utc_now()
        return copy.model_copy(
            update={
                "id": new_id(),
                "title": title,
                "status": SessionStatus.DRAFT,
                "revision": 0,
                "created_at": now,
                "updated_at": now,
            }
        )


class Snapshot(BaseModel):
    """An agreed, immutable version of a session (vastgestelde versie)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: SessionId = Field(default_factory=new_id)
    session_id: SessionId
    number: Annotated[int, Field(ge=1, le=MAX_INT)]
    agreed_at: Moment
    session: Session

    @property
    def participants(self) -> list[Participant]:
        return self.session.participants
