"""Frameworks (themasets): a named, versioned set of themes with a text per level.

The shipped presets and an organisation's own frameworks are the same model; `check_framework`
turns a framework's raw data into one, or into a message naming the framework, theme and field.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ambitieweb.errors import AmbitiewebError
from ambitieweb.model.levels import Level

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # below a space but tab and newline, and DEL
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # a one-line text holds no line end or tab either


def _plain_text(value: str) -> str:
    if _CONTROL.search(value):
        raise PydanticCustomError("control_characters", "Text contains control characters")
    return value


def _plain_line(value: str) -> str:
    if _LINE_CONTROL.search(value):
        raise PydanticCustomError("control_characters", "Text contains control characters")
    return value


Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
Line = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), AfterValidator(_plain_line)
]
Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000), AfterValidator(_plain_text)
]
Version = Annotated[str, StringConstraints(pattern=r"^[0-9]+(\.[0-9]+){0,2}$")]

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


def version_key(version: str) -> tuple[int, ...]:
    """'1.10' after '1.9': versions compare by their numbers."""
    return tuple(int(p) for p in version.split(".") if p.isdigit())


def next_version(version: str) -> str:
    """1.0 -> 1.1, 2 -> 3, 1.2.3 -> 1.2.4."""
    parts = version.split(".")
    parts[-1] = str(int(parts[-1]) + 1)
    return ".".join(parts)


class Framework(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    title: Line
    version: Version
    date: dt.date
    description: Text
    source: Line | None = None
    # An own framework made from a preset names it: the preset's catalogue criteria and product
    # groups are offered for the themes they share (by id).
    based_on: Slug | None = None
    themes: Annotated[tuple[Theme, ...], Field(min_length=MIN_THEMES, max_length=MAX_THEMES)]

    @model_validator(mode="after")
    def _unique_themes(self) -> Framework:
        ids: set[str] = set()
        names: set[str] = set()
        for theme in self.themes:
            if theme.id in ids:
                raise PydanticCustomError(
                    "theme_id_twice", "theme id {theme} occurs twice", {"theme": theme.id}
                )
            if theme.name.casefold() in names:
                raise PydanticCustomError(
                    "theme_name_twice", "theme name {name} occurs twice", {"name": theme.name}
                )
            ids.add(theme.id)
            names.add(theme.name.casefold())
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


class FrameworkError(AmbitiewebError):
    """A framework that cannot be stored or used; the message names framework, theme and field."""


_FIELD_WORDS = {  # a framework's field -> (Dutch, English) as the editor labels it
    "id": ("id", "id"),
    "title": ("titel", "title"),
    "version": ("versie", "version"),
    "date": ("datum", "date"),
    "description": ("beschrijving", "description"),
    "source": ("bron", "source"),
    "themes": ("thema's", "themes"),
    "name": ("naam", "name"),
    "group": ("groep", "group"),
    "optional": ("optioneel", "optional"),
    "levels": ("niveauteksten", "level texts"),
    "levels.basis": ("niveautekst basis", "level text basis"),
    "levels.significant": ("niveautekst significant", "level text significant"),
    "levels.ambitious": ("niveautekst ambitieus", "level text ambitious"),
}


def _theme_label(data: Any, index: int) -> tuple[str, str]:
    themes = data.get("themes") if isinstance(data, dict) else None
    item = themes[index] if isinstance(themes, list | tuple) and index < len(themes) else None
    ident = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
    if isinstance(ident, str) and ident:
        return f"thema '{ident}'", f"theme '{ident}'"
    return f"thema {index + 1}", f"theme {index + 1}"


def _where(loc: tuple[int | str, ...], data: Any) -> tuple[list[str], list[str]]:
    """'thema 'klimaat', veld niveautekst basis' for a pydantic error location."""
    nl: list[str] = []
    en: list[str] = []
    rest = list(loc)
    if len(rest) >= 2 and rest[0] == "themes" and isinstance(rest[1], int):
        theme_nl, theme_en = _theme_label(data, rest[1])
        nl.append(theme_nl)
        en.append(theme_en)
        rest = rest[2:]
    if rest:
        key = ".".join(str(p) for p in rest)
        words = _FIELD_WORDS.get(key, (key, key))
        nl.append(f"veld {words[0]}")
        en.append(f"field {words[1]}")
    return nl, en


def framework_problems(error: ValidationError, data: Any) -> tuple[list[str], list[str]]:
    """Each problem of a framework in Dutch and English: theme, field, what is wrong."""
    from ambitieweb.model.validation_text import sentence

    nl: list[str] = []
    en: list[str] = []
    themes = data.get("themes") if isinstance(data, dict) else None
    given = len(themes) if isinstance(themes, list | tuple) else 0
    for problem in error.errors(include_url=False):
        context = problem.get("ctx") or {}
        if problem["type"] == "too_short" and tuple(problem["loc"]) == ("themes",) and given >= MIN_THEMES:
            continue  # pydantic counts only the themes that were valid: the theme's own error says it
        if problem["type"] == "theme_id_twice":
            nl.append(f"thema '{context['theme']}': dit id komt twee keer voor")
            en.append(f"theme '{context['theme']}': this id occurs twice")
            continue
        if problem["type"] == "theme_name_twice":
            nl.append(f"thema '{context['name']}': deze naam komt twee keer voor")
            en.append(f"theme '{context['name']}': this name occurs twice")
            continue
        where_nl, where_en = _where(tuple(problem["loc"]), data)
        nl.append(f"{', '.join(where_nl) or 'kader'}: {sentence(problem, 'nl')}")
        en.append(f"{', '.join(where_en) or 'framework'}: {sentence(problem, 'en')}")
    return nl, en


def framework_label(data: Any) -> str:
    ident = data.get("id") if isinstance(data, dict) else None
    return f"'{ident}'" if isinstance(ident, str) and ident else "(zonder id)"


def check_framework(data: Any, source: str = "") -> Framework:
    """A framework from raw data (a TOML file, a session file, the editor), or a FrameworkError whose
    message names the source, the framework, the theme and the field of every problem (at most ten)."""
    try:
        return Framework.model_validate(data)
    except ValidationError as exc:
        nl, en = framework_problems(exc, data)
        label = framework_label(data)
        more = len(nl) - 10
        tail = f" (+{more})" if more > 0 else ""
        start = f"{source}: " if source else ""
        raise FrameworkError(
            f"{start}kader {label} klopt niet — " + "; ".join(nl[:10]) + tail,
            f"{start}framework {label.replace('(zonder id)', '(no id)')} is invalid — "
            + "; ".join(en[:10])
            + tail,
        ) from None
