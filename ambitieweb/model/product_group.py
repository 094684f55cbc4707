"""Product groups (productgroepen): catering, schoonmaak, ICT, ...: each selects its own criteria.

A session names one (or none: "anders"); the criteria panel then offers that group's criteria
before the generic ones. A group says which frameworks it fits and on which themes it has its
own impact: there its criteria set must hold at least the minimum of `coverage_rules`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ambitieweb.model.framework import Line, Slug, Text

OTHER = "anders"  # what the session dialog calls "no group from the catalogue"; never a group id


class ProductGroup(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    name: Line  # Dutch, as buyers know it
    name_en: Line
    description: Text
    frameworks: Annotated[tuple[Slug, ...], Field(min_length=1)]
    # The themes where this group has its own impact; the coverage minimum applies to each.
    themes: Annotated[tuple[Slug, ...], Field(min_length=1)]
    # Themes among `themes` whose basis level is by law an execution condition (art. 2.80
    # Aanbestedingswet 2012), e.g. social return, or chain duties where no product label exists:
    # there the minimum asks a contract clause at level 1 instead of a requirement.
    basis_by_clause: tuple[Slug, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> ProductGroup:
        if self.id == OTHER:
            raise ValueError(f"'{OTHER}' is reserved for sessions without a product group")
        if len(set(self.themes)) != len(self.themes):
            raise ValueError("a theme occurs twice in themes")
        stray = [t for t in self.basis_by_clause if t not in self.themes]
        if stray:
            raise ValueError(f"basis_by_clause names themes that are not in themes: {stray}")
        return self

    def label(self, language: str = "nl") -> str:
        return self.name_en if language == "en" else self.name


class ProductGroupList(BaseModel):
    """The catalogue's file of product groups, versioned like a criteria set."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    title: Line
    version: Annotated[str, Field(pattern=r"^[0-9]+(\.[0-9]+){0,2}$")]
    date: dt.date
    groups: Annotated[tuple[ProductGroup, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _unique_ids(self) -> ProductGroupList:
        seen: set[str] = set()
        for group in self.groups:
            if group.id in seen:
                raise ValueError(f"product group id {group.id!r} occurs twice")
            seen.add(group.id)
        return self
