"""The records of an action plan: spend categories, focus themes, goals, tenders, policy rules, actions."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from ambitieweb.model.framework import Slug
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.problems import ProblemError
from ambitieweb.model.session import MAX_LIST, STORED, LongText, SessionId, ShortText, new_id

Year = Annotated[int, Field(ge=2000, le=2100)]
QuarterNumber = Annotated[int, Field(ge=1, le=4)]
Money = Annotated[float, Field(ge=0, le=1e12)]  # euro
ImpactScore = Annotated[int, Field(ge=1, le=5)]
Percent = Annotated[float, Field(ge=0, le=100)]
Months = Annotated[int, Field(ge=0, le=1200)]


def _no_control_chars(value: str, info: ValidationInfo) -> str:
    """One line of text: no control characters at all (tab and newline included, DEL and C1 too).
    DEL and C1 in a plan this program stored before they were refused read as U+FFFD."""
    if info.context and info.context.get(STORED):
        value = "".join("\ufffd" if 0x7F <= ord(c) <= 0x9F else c for c in value)
    if any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in value):
        raise PydanticCustomError("control_characters", "Text contains control characters")
    return value


def _rated(level: Level) -> Level:
    if level == Level.UNSET:
        raise ProblemError("kies een niveau van 1 tot 3", "choose a level from 1 to 3")
    return level


RatedLevel = Annotated[Level, AfterValidator(_rated)]

Title = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=500),
    AfterValidator(_no_control_chars),
]
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_no_control_chars),
]


def _labels(language: str, nl: dict[str, str], en: dict[str, str], value: str) -> str:
    return (en if language == "en" else nl)[value]


class TenderKind(StrEnum):
    WORKS = "works"
    SUPPLIES = "supplies"
    SERVICES = "services"

    def label(self, language: str = "nl") -> str:
        return _labels(
            language,
            {"works": "werk", "supplies": "levering", "services": "dienst"},
            {"works": "works", "supplies": "supplies", "services": "services"},
            self.value,
        )


class GoalType(StrEnum):
    """Effect (what changes in the world), resultaat (what the organisation delivers) or
    inspanning (what it does, e.g. criteria in half of its tenders)."""

    EFFECT = "effect"
    RESULT = "result"
    EFFORT = "effort"

    def label(self, language: str = "nl") -> str:
        return _labels(
            language,
            {"effect": "effectdoel", "result": "resultaatdoel", "effort": "inspanningsdoel"},
            {"effect": "effect goal", "result": "result goal", "effort": "effort goal"},
            self.value,
        )


class ActionStatus(StrEnum):
    PLANNED = "planned"
    STARTED = "started"
    DONE = "done"
    DROPPED = "dropped"

    def label(self, language: str = "nl") -> str:
        return _labels(
            language,
            {"planned": "gepland", "started": "bezig", "done": "gereed", "dropped": "vervallen"},
            {"planned": "planned", "started": "in progress", "done": "done", "dropped": "dropped"},
            self.value,
        )


class RuleKind(StrEnum):
    SOCIAL_RETURN = "social-return"  # apply social return in the tender
    SOCIAL_CONDITIONS = "social-conditions"  # apply the international social conditions (ISV)
    AWARD_SHARE = "award-share"  # at least target_percent of the award on societal impact
    CRITERIA_LEVEL = "criteria-level"  # criteria at min_level or higher in target_percent of tenders

    def label(self, language: str = "nl") -> str:
        return _labels(
            language,
            {
                "social-return": "social return",
                "social-conditions": "internationale sociale voorwaarden",
                "award-share": "aandeel MVI in de gunning",
                "criteria-level": "criteria op niveau 2-3",
            },
            {
                "social-return": "social return",
                "social-conditions": "international social conditions",
                "award-share": "share of MVI in the award",
                "criteria-level": "criteria at level 2-3",
            },
            self.value,
        )


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class SpendCategory(_Record):
    """A purchasing category (inkooppakket): what is spent on it a year, in how many contracts, and
    how much it weighs per theme (impact 1 low to 5 high; a theme left out is not scored)."""

    name: Name
    product_group: ShortText = ""
    yearly_spend: Money = 0.0
    contracts: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    impact: Annotated[dict[Slug, ImpactScore], Field(max_length=64)] = {}


class FocusTheme(_Record):
    """A theme the plan commits to (thema's kiezen), with why and how far (ambities)."""

    theme_id: Slug
    reason: LongText = ""
    ambition: Level = Level.UNSET


class PlanGoal(_Record):
    """A measurable goal of the plan for one theme, with the values realised per year."""

    id: SessionId = Field(default_factory=new_id)
    theme_id: Slug
    type: GoalType = GoalType.RESULT
    indicator: Title
    baseline: Annotated[float, Field(ge=-1e12, le=1e12)] | None = None
    target: Annotated[float, Field(ge=-1e12, le=1e12)] | None = None
    unit: ShortText = ""
    year: Year | None = None
    owner: ShortText = ""
    realised: Annotated[dict[Year, Annotated[float, Field(ge=-1e12, le=1e12)]], Field(max_length=100)] = {}


class TenderTheme(_Record):
    """A theme a tender will apply, at a level (1-3)."""

    theme_id: Slug
    level: RatedLevel = Level.BASIS


class PlannedTender(_Record):
    """A promising tender (kansrijke aanbesteding) and how it will apply the plan's ambitions."""

    id: SessionId = Field(default_factory=new_id)
    title: Title
    category: ShortText = ""  # one of the plan's spend categories, by name ("" = none yet)
    estimated_value: Money = 0.0
    kind: TenderKind = TenderKind.SERVICES
    publication_year: Year | None = None
    publication_quarter: QuarterNumber | None = None
    duration_months: Months = 0
    department: ShortText = ""
    client: ShortText = ""  # opdrachtgever
    themes: Annotated[list[TenderTheme], Field(max_length=64)] = []
    web_id: SessionId | None = None  # the project web started for it
    # The share of MVI in the whole award (price included), as the tender documents give it; the web
    # only knows its own award criteria, so this comes first when it is filled in.
    award_share: Percent | None = None

    @field_validator("themes")
    @classmethod
    def _themes_once(cls, themes: list[TenderTheme]) -> list[TenderTheme]:
        seen: set[str] = set()
        for theme in themes:
            if theme.theme_id in seen:
                raise ProblemError(
                    f"thema '{theme.theme_id}' staat er twee keer in",
                    f"theme '{theme.theme_id}' occurs twice",
                )
            seen.add(theme.theme_id)
        return themes

    def level(self, theme_id: str) -> Level:
        return next((t.level for t in self.themes if t.theme_id == theme_id), Level.UNSET)


class PolicyRule(_Record):
    """A rule for tenders, with its thresholds as data.

    It applies to a tender that meets every condition set: its kind among `kinds` (all when empty),
    its category among `categories` (all when empty; names compared without case), an estimated
    value from `min_value` and a duration from `min_months` ("from" includes the threshold itself).
    `target_percent` is what the rule asks over the tenders it applies to; `theme_id` is the theme
    whose criteria show that a tender applied it (social return, international social conditions).
    """

    id: SessionId = Field(default_factory=new_id)
    kind: RuleKind
    name: Name
    enabled: bool = True
    kinds: Annotated[list[TenderKind], Field(max_length=3)] = []
    categories: Annotated[list[Name], Field(max_length=MAX_LIST)] = []
    min_value: Money | None = None
    min_months: Months | None = None
    target_percent: Percent | None = None
    min_level: RatedLevel = Level.SIGNIFICANT
    theme_id: Slug | None = None


class YearAction(_Record):
    """One action of the year plan (jaarplanning), in a quarter, serving a theme or a goal."""

    id: SessionId = Field(default_factory=new_id)
    what: Title
    owner: ShortText = ""
    year: Year
    quarter: QuarterNumber = 1
    status: ActionStatus = ActionStatus.PLANNED
    theme_id: Slug | None = None
    goal_id: SessionId | None = None
