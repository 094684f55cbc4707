"""Pure edits of a framework's themes (the editor's actions): each returns the framework's raw data,
which `check_framework` then takes or refuses with a message; nothing here stores anything."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ambitieweb.model.framework import Framework

Data = dict[str, Any]
PLACEHOLDER = "Nog te beschrijven."  # what a new theme says until someone writes its texts


def data_of(framework: Framework) -> Data:
    return framework.model_dump(mode="json")


def slug(name: str, taken: set[str]) -> str:
    """A theme id from its name ('Welzijn & zorg' -> 'welzijn-zorg'), not one of `taken`."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:56].strip("-") or "thema"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def new_theme(name: str, taken: set[str]) -> Data:
    return {
        "id": slug(name, taken),
        "name": name,
        "description": PLACEHOLDER,
        "levels": {"basis": PLACEHOLDER, "significant": PLACEHOLDER, "ambitious": PLACEHOLDER},
        "group": None,
        "optional": False,
    }


def empty_framework(framework_id: str, title: str, date: str) -> Data:
    """A new own framework: three themes to rename and describe (a framework has at least three)."""
    themes: list[Data] = []
    for number in (1, 2, 3):
        themes.append(new_theme(f"Thema {number}", {t["id"] for t in themes}))
    return {
        "id": framework_id,
        "title": title,
        "version": "1.0",
        "date": date,
        "description": "Eigen kader.",
        "source": None,
        "themes": themes,
    }


def from_template(template: Framework, framework_id: str, title: str, date: str) -> Data:
    """A new own framework that starts as a copy of a preset (or of another own framework)."""
    data = data_of(template)
    data.update(
        {"id": framework_id, "title": title, "version": "1.0", "date": date, "source": template.title}
        | {"based_on": template.based_on or template.id}
    )
    return data


def _themes(framework: Framework) -> list[Data]:
    return [t.model_dump(mode="json") for t in framework.themes]


def _with(framework: Framework, themes: list[Data]) -> Data:
    return data_of(framework) | {"themes": themes}


def add_theme(framework: Framework, name: str, at: int | None = None) -> Data:
    themes = _themes(framework)
    theme = new_theme(name, {t["id"] for t in themes})
    themes.insert(len(themes) if at is None else at, theme)
    return _with(framework, themes)


def set_theme_field(framework: Framework, index: int, field: str, value: str) -> Data:
    """One of a theme's texts: name, description, or levels.basis/significant/ambitious."""
    themes = _themes(framework)
    if field.startswith("levels."):
        themes[index]["levels"][field.removeprefix("levels.")] = value
    else:
        themes[index][field] = value
    return _with(framework, themes)


def set_field(framework: Framework, field: str, value: str) -> Data:
    """The framework's own title, version, date or description."""
    return data_of(framework) | {field: value}


def remove_theme(framework: Framework, index: int) -> Data:
    themes = _themes(framework)
    del themes[index]
    return _with(framework, themes)


def move_theme(framework: Framework, index: int, to: int) -> Data:
    themes = _themes(framework)
    themes.insert(to, themes.pop(index))
    return _with(framework, themes)


def split_theme(framework: Framework, index: int) -> Data:
    """The theme becomes two: it keeps its id (and so the sessions' data); the second part is a copy
    with an id and a name of its own, right after it, to rewrite."""
    themes = _themes(framework)
    first = themes[index]
    second = dict(first, levels=dict(first["levels"]))
    second["id"] = slug(f"{first['id']}-2", {t["id"] for t in themes})
    names = {t["name"].casefold() for t in themes}
    number = 2
    while _part(first["name"], number).casefold() in names:
        number += 1
    second["name"] = _part(first["name"], number)
    themes.insert(index + 1, second)
    return _with(framework, themes)


def _part(name: str, number: int) -> str:
    """'Klimaat (deel 2)', the name shortened so the number always fits (a name has 200 characters)."""
    suffix = f" (deel {number})"
    return name[: 200 - len(suffix)] + suffix


def merge_themes(framework: Framework, index: int) -> Data:
    """The theme and the next one become one: the first keeps its id; names and texts are joined."""
    themes = _themes(framework)
    first, second = themes[index], themes.pop(index + 1)
    first["name"] = f"{first['name']} en {second['name']}"[:200]
    first["description"] = _joined(first["description"], second["description"])
    for level in ("basis", "significant", "ambitious"):
        first["levels"][level] = _joined(first["levels"][level], second["levels"][level])
    return _with(framework, themes)


def _joined(one: str, other: str) -> str:
    return one if one == other else f"{one}\n\n{other}"[:4000]
