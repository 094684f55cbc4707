"""Catalogue criteria: tender texts per theme and ambition level."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ambitieweb.model.framework import Line, Slug, Text
from ambitieweb.model.levels import Level

PLACEHOLDER = re.compile(r"\{\{\s*([a-z][a-z0-9]*)\s*\}\}")
PlaceholderName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9]*$")]


class CriterionKind(StrEnum):
    SELECTION = "selection"  # geschiktheidseis / selectiecriterium
    REQUIREMENT = "requirement"  # minimumeis / technische specificatie
    AWARD = "award"  # gunningscriterium
    CONTRACT_CLAUSE = "contract_clause"  # contractbepaling / uitvoeringsvoorwaarde

    def label(self, language: str = "nl") -> str:
        return _KIND_LABELS[language if language in _KIND_LABELS else "nl"][self]


_KIND_LABELS: dict[str, dict[CriterionKind, str]] = {
    "nl": {
        CriterionKind.SELECTION: "Geschiktheidseis",
        CriterionKind.REQUIREMENT: "Minimumeis",
        CriterionKind.AWARD: "Gunningscriterium",
        CriterionKind.CONTRACT_CLAUSE: "Contractbepaling",
    },
    "en": {
        CriterionKind.SELECTION: "Selection criterion",
        CriterionKind.REQUIREMENT: "Requirement",
        CriterionKind.AWARD: "Award criterion",
        CriterionKind.CONTRACT_CLAUSE: "Contract clause",
    },
}


def placeholders_in(*texts: str) -> set[str]:
    return {m.group(1) for text in texts for m in PLACEHOLDER.finditer(text)}


class Criterion(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    theme: Slug
    level: Annotated[Level, Field(ge=Level.BASIS)]
    kind: CriterionKind
    title: Line
    text: Text
    verification: Text
    guidance: Text
    scoring: Text | None = None
    placeholders: dict[PlaceholderName, Line] = {}
    revision: Annotated[int, Field(ge=1)] = 1
    product_group: Slug | None = None  # None: generic, offered to every session of the framework

    @model_validator(mode="after")
    def _consistent(self) -> Criterion:
        if self.kind is CriterionKind.AWARD and not self.scoring:
            raise ValueError("an award criterion needs a scoring method (scoring)")
        if self.kind is not CriterionKind.AWARD and self.scoring:
            raise ValueError("only award criteria have a scoring method (scoring)")
        used = placeholders_in(self.text, self.verification, self.scoring or "")
        described = set(self.placeholders)
        if used - described:
            raise ValueError(f"placeholders without a description: {sorted(used - described)}")
        if described - used:
            raise ValueError(f"described placeholders not used in the text: {sorted(described - used)}")
        return self


class CriteriaSet(BaseModel):
    """One file of criteria for the themes of one or more frameworks.

    A set for one product group says so once (`product_group`); its criteria inherit it. A
    generic set may still hold single criteria of a group (each with its own `product_group`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    title: Line
    version: Annotated[str, Field(pattern=r"^[0-9]+(\.[0-9]+){0,2}$")]
    date: dt.date
    frameworks: Annotated[tuple[Slug, ...], Field(min_length=1)]
    product_group: Slug | None = None
    criteria: tuple[Criterion, ...]

    @model_validator(mode="before")
    @classmethod
    def _inherit_group(cls, data: Any) -> Any:
        group = data.get("product_group") if isinstance(data, dict) else None
        criteria = data.get("criteria") if isinstance(data, dict) else None
        if group is None or not isinstance(criteria, list):
            return data
        inherited = [{"product_group": group, **c} if isinstance(c, dict) else c for c in criteria]
        return {**data, "criteria": inherited}

    @model_validator(mode="after")
    def _unique_ids(self) -> CriteriaSet:
        seen: set[str] = set()
        for criterion in self.criteria:
            if criterion.id in seen:
                raise ValueError(f"criterion id {criterion.id!r} occurs twice")
            seen.add(criterion.id)
            if self.product_group is not None and criterion.product_group != self.product_group:
                raise ValueError(
                    f"criterion {criterion.id!r} is for product group {criterion.product_group!r} "
                    f"in a set for {self.product_group!r}"
                )
        return self
