"""The action plan itself: organisation, period, the webs it draws on and the records of each step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ambitieweb.model.framework import Framework, Slug
from ambitieweb.model.plan.parts import (
    FocusTheme,
    PlanGoal,
    PlannedTender,
    PolicyRule,
    RuleKind,
    SpendCategory,
    TenderKind,
    Title,
    Year,
    YearAction,
)
from ambitieweb.model.plan.problems import ProblemError
from ambitieweb.model.session import MAX_LIST, SessionId, ShortText, new_id, utc_now

MAX_WEBS = 200
MAX_TENDERS = 5000

# High-impact product groups (Rijk, Inkopen met Impact): suggested names for spend categories.
PRODUCT_GROUPS = (
    "Energie",
    "GWW",
    "Gebouwen",
    "ICT",
    "Transport",
    "Catering",
    "Kantoorinrichting",
    "Bedrijfskleding",
)
# Where the international social conditions ask attention first (a starting point; edit per plan).
RISK_CATEGORIES = ("Bedrijfskleding", "ICT", "Kantoorinrichting", "Natuursteen", "Catering", "Energie")
# EU thresholds for decentral authorities, 2024-2025 (euro, excl. VAT): edit them when they change.
EU_THRESHOLD_SUPPLIES_SERVICES = 221_000.0
EU_THRESHOLD_WORKS = 5_538_000.0


def key(name: str) -> str:
    """How category names are compared: without case and surrounding space."""
    return name.strip().casefold()


@lru_cache(maxsize=8)
def _product_groups(categories: tuple[tuple[str, str], ...]) -> Mapping[str, str]:
    """Category key -> product group (a plan's category names are unique)."""
    return MappingProxyType({key(name): group for name, group in categories})


def central_government_rules(theme_ids: Iterable[str] = ()) -> list[PolicyRule]:
    """The central government's inspanningsdoelen as editable rules; themes that show a rule was applied
    are linked when the framework has them (MVI: social-return, ketenverantwoordelijkheid)."""
    themes = set(theme_ids)

    def theme(theme_id: str) -> str | None:
        return theme_id if theme_id in themes else None

    return [
        PolicyRule(
            kind=RuleKind.SOCIAL_RETURN,
            name="Social return in werken en diensten vanaf € 250.000 en 6 maanden",
            kinds=[TenderKind.WORKS, TenderKind.SERVICES],
            min_value=250_000,
            min_months=6,
            target_percent=100,
            theme_id=theme("social-return"),
        ),
        PolicyRule(
            kind=RuleKind.SOCIAL_CONDITIONS,
            name="Internationale sociale voorwaarden: leveringen en diensten boven de EU-drempel",
            kinds=[TenderKind.SUPPLIES, TenderKind.SERVICES],
            categories=list(RISK_CATEGORIES),
            min_value=EU_THRESHOLD_SUPPLIES_SERVICES,
            target_percent=100,
            theme_id=theme("ketenverantwoordelijkheid"),
        ),
        PolicyRule(
            kind=RuleKind.SOCIAL_CONDITIONS,
            name="Internationale sociale voorwaarden: werken boven de EU-drempel",
            kinds=[TenderKind.WORKS],
            categories=list(RISK_CATEGORIES),
            min_value=EU_THRESHOLD_WORKS,
            target_percent=100,
            theme_id=theme("ketenverantwoordelijkheid"),
        ),
        PolicyRule(
            kind=RuleKind.AWARD_SHARE,
            name="Minstens 50% van de gunning op maatschappelijke impact (categoriemanagement)",
            target_percent=50,
        ),
        PolicyRule(
            kind=RuleKind.CRITERIA_LEVEL,
            name="Criteria op niveau 2-3 in minstens 50% van de aanbestedingen in de productgroepen",
            categories=list(PRODUCT_GROUPS),
            target_percent=50,
        ),
    ]


def _once(values: Iterable[str], nl: str, en: str) -> None:
    """Raise a ProblemError naming the first value that occurs twice (`{}` in the texts)."""
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ProblemError(nl.format(value), en.format(value))
        seen.add(value)


class ActionPlan(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: SessionId = Field(default_factory=new_id)
    title: Title
    organisation: ShortText = ""
    start_year: Year
    end_year: Year
    framework_id: Slug
    framework_version: ShortText
    focus_limit: Annotated[int, Field(ge=1, le=16)] = 3
    web_ids: Annotated[list[SessionId], Field(max_length=MAX_WEBS)] = []  # inventarisatie
    categories: Annotated[list[SpendCategory], Field(max_length=MAX_LIST)] = []
    focus: Annotated[list[FocusTheme], Field(max_length=64)] = []  # thema's kiezen, ambities
    goals: Annotated[list[PlanGoal], Field(max_length=MAX_LIST)] = []
    tenders: Annotated[list[PlannedTender], Field(max_length=MAX_TENDERS)] = []
    rules: Annotated[list[PolicyRule], Field(max_length=100)] = []
    actions: Annotated[list[YearAction], Field(max_length=MAX_LIST)] = []  # jaarplanning
    revision: Annotated[int, Field(ge=0)] = 0
    created_at: dt.datetime = Field(default_factory=utc_now)
    updated_at: dt.datetime = Field(default_factory=utc_now)

    @model_validator(mode="after")
    def _consistent(self) -> ActionPlan:
        if self.end_year < self.start_year:
            raise ProblemError(
                f"Eindjaar {self.end_year} ligt vóór beginjaar {self.start_year}",
                f"End year {self.end_year} lies before start year {self.start_year}",
            )
        _once(self.web_ids, "Ambitieweb {} staat er twee keer in", "Web {} occurs twice")
        _once(
            (key(c.name) for c in self.categories),
            "Inkoopcategorie '{}' staat er twee keer in",
            "Purchasing category '{}' occurs twice",
        )
        _once(
            (f.theme_id for f in self.focus),
            "Focusthema '{}' staat er twee keer in",
            "Focus theme '{}' occurs twice",
        )
        for records in (self.goals, self.tenders, self.rules, self.actions):
            _once((r.id for r in records), "Id {} staat er twee keer in", "Id {} occurs twice")
        known = {key(c.name) for c in self.categories}
        for number, tender in enumerate(self.tenders, 1):
            if tender.category.strip() and key(tender.category) not in known:
                raise ProblemError(
                    f"Aanbesteding {number} ('{tender.title}'): categorie '{tender.category}' is geen "
                    "inkoopcategorie van dit plan",
                    f"Tender {number} ('{tender.title}'): category '{tender.category}' is not one of this "
                    "plan's purchasing categories",
                )
        goal_ids = {g.id for g in self.goals}
        for number, action in enumerate(self.actions, 1):
            if action.goal_id is not None and action.goal_id not in goal_ids:
                raise ProblemError(
                    f"Actie {number} ('{action.what}'): het doel waar ze bij hoort bestaat niet (meer)",
                    f"Action {number} ('{action.what}'): the goal it serves does not exist (any more)",
                )
        return self

    # --- reading ---------------------------------------------------------------------------------

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)

    def quarters(self) -> Iterator[tuple[int, int]]:
        """(year, quarter) for every quarter of the period, in order."""
        for year in self.years:
            for quarter in range(1, 5):
                yield year, quarter

    def category(self, name: str) -> SpendCategory | None:
        wanted = key(name)
        return next((c for c in self.categories if key(c.name) == wanted), None)

    def product_group_of(self, category: str) -> str:
        """The product group of the category named so ("" without one, or without such a category).
        Asked for every rule and tender: looked up in an index of the categories as they are now."""
        return _product_groups(tuple((c.name, c.product_group) for c in self.categories)).get(
            key(category), ""
        )

    def focus_ids(self) -> list[str]:
        return [f.theme_id for f in self.focus]

    def tender(self, tender_id: str) -> PlannedTender:
        for tender in self.tenders:
            if tender.id == tender_id:
                return tender
        raise KeyError(tender_id)

    def goal(self, goal_id: str) -> PlanGoal:
        for goal in self.goals:
            if goal.id == goal_id:
                return goal
        raise KeyError(goal_id)

    def referenced_webs(self) -> list[str]:
        """Every web the plan refers to: the webs it draws on, then the tenders' project webs."""
        ids = dict.fromkeys(self.web_ids)
        ids.update(dict.fromkeys(t.web_id for t in self.tenders if t.web_id))
        return list(ids)

    @classmethod
    def new(
        cls,
        framework: Framework,
        title: str,
        start_year: int,
        end_year: int,
        **fields: object,
    ) -> ActionPlan:
        """A fresh plan with the central government's rules as its policy rules."""
        return cls.model_validate(
            {
                "title": title,
                "start_year": start_year,
                "end_year": end_year,
                "framework_id": framework.id,
                "framework_version": framework.version,
                "rules": central_government_rules(t.id for t in framework.themes),
                **fields,
            }
        )

    def duplicate(self, title: str) -> ActionPlan:
        now = utc_now()
        return self.model_copy(
            update={"id": new_id(), "title": title, "revision": 0, "created_at": now, "updated_at": now},
            deep=True,
        )
