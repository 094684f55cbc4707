"""Frameworks (themasets): a named, versioned set of themes with a text per level."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from ambitieweb.model.levels import Level

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]

MIN_THEMES = 3
MAX_THEMES = 16


class LevelTexts(BaseModel):
    """What each ambition level means for one theme."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    basis: Text
    significant: Text
    ambitious: Text

    def for_level(self, level: Level) -> str:
        return {
            Level.BASIS: self.basis,
            Level.SIGNIFICANT: self.significant,
            Level.AMBITIOUS: self.ambitious,
        }.get(level, "")


class Theme(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    name: Line
    description: Text
    levels: LevelTexts
    group: Line | None = None  # e.g. Planet / People / Prosperity in Duurzaam GWW
    optional: bool = False  # offered, but off unless chosen (Innovatie in the MVI plan)


class Framework(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    title: Line
    version: Annotated[str, StringConstraints(pattern=r"^[0-9]+(\.[0-9]+){0,2}$")]
    date: dt.date
    description: Text
    source: Line | None = None
    themes: Annotated[tuple[Theme, ...], Field(min_length=MIN_THEMES, max_length=MAX_THEMES)]

    @model_validator(mode="after")
    def _unique_theme_ids(self) -> Framework:
        seen: set[str] = set()
        for theme in self.themes:
            if theme.id in seen:
                raise ValueError(f"theme id {theme.id!r} occurs twice")
            seen.add(theme.id)
        return self

    def theme_names(self) -> dict[str, str]:
        """Theme id -> the name people know it by."""
        return {t.id: t.name for t in self.themes}

    def theme(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    @property
    def default_themes(self) -> tuple[Theme, ...]:
        """The themes a new session starts with (optional ones left out)."""
        return tuple(t for t in self.themes if not t.optional)
