"""An organisation's library of own criteria: its standard tender texts, each attached to a theme id
(of an own framework or a preset), offered in every session that has that theme next to the catalogue.

A library criterion is a catalogue `Criterion` (title, kind, level 1-3, text with {{placeholders}},
verification, guidance); chosen into a session it is copied like a catalogue one, with the library as
its source (`LIBRARY_SET`) and its revision, so a later edit of the library shows as a newer text.
`check_criterion` and `check_library` turn raw data into one, or into a message naming the source,
the criterion and the field.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from ambitieweb.errors import AmbitiewebError
from ambitieweb.model.criteria import CriteriaSet, Criterion, placeholders_in

LIBRARY_SET = "eigen-bibliotheek"  # the source a chosen library criterion names
MAX_CRITERIA = 2000
Note = tuple[str, str]  # (Dutch, English)


class LibraryError(AmbitiewebError):
    """A library criterion or file that is not valid; names source, criterion and field."""


class CriteriaLibrary(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    criteria: tuple[Criterion, ...] = ()

    @model_validator(mode="after")
    def _unique_ids(self) -> CriteriaLibrary:
        if len(self.criteria) > MAX_CRITERIA:
            raise PydanticCustomError("too_many", "More than {limit} criteria", {"limit": MAX_CRITERIA})
        seen: set[str] = set()
        for criterion in self.criteria:
            if criterion.id in seen:
                raise PydanticCustomError(
                    "criterion_id_twice", "Criterion id occurs twice", {"criterion": criterion.id}
                )
            seen.add(criterion.id)
        return self


_FIELD_WORDS = {
    "id": ("id", "id"),
    "theme": ("thema", "theme"),
    "level": ("niveau", "level"),
    "kind": ("soort", "kind"),
    "title": ("titel", "title"),
    "text": ("tekst", "text"),
    "verification": ("bewijsmiddel", "verification"),
    "guidance": ("toelichting", "guidance"),
    "scoring": ("beoordeling", "scoring"),
    "placeholders": ("invulvelden", "placeholders"),
    "revision": ("revisie", "revision"),
    "product_group": ("productgroep", "product group"),
}


# Criterion._consistent's messages, by their start (all but the names they list): field, Dutch
_VALUE_TEXTS = {
    "an award criterion needs a scoring method (scoring)": (
        "scoring",
        "een gunningscriterium heeft een beoordeling nodig",
    ),
    "only award criteria have a scoring method (scoring)": (
        "scoring",
        "alleen een gunningscriterium heeft een beoordeling",
    ),
    "placeholders without a description": ("placeholders", "invulvelden zonder omschrijving"),
    "described placeholders not used in the text": (
        "placeholders",
        "omschreven invulvelden die de tekst niet gebruikt",
    ),
}
_VALUE_FIELD = {start: field for start, (field, _nl) in _VALUE_TEXTS.items()}


def _said(problem: Any) -> str:
    message = str(problem.get("msg", "")).removeprefix("Value error, ")
    return next((start for start in _VALUE_TEXTS if message.startswith(start)), "")


def _value_text(problem: Any) -> tuple[str, str]:
    message = str(problem.get("msg", "")).removeprefix("Value error, ")
    start = _said(problem)
    if not start:
        return message, message
    return _VALUE_TEXTS[start][1] + message[len(start) :], message


def _label(item: Any, index: int | None) -> tuple[str, str]:
    ident = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
    if isinstance(ident, str) and ident:
        return f"criterium '{ident}'", f"criterion '{ident}'"
    number = "" if index is None else f" {index + 1}"
    return f"criterium{number}", f"criterion{number}"


def _problems(error: ValidationError, data: Any, top: bool) -> tuple[list[str], list[str]]:
    """Each problem in Dutch and English: criterion, field, what is wrong."""
    from ambitieweb.model.validation_text import sentence

    nl: list[str] = []
    en: list[str] = []
    items = data.get("criteria") if top and isinstance(data, dict) else None
    for problem in error.errors(include_url=False):
        loc = list(problem["loc"])
        context = problem.get("ctx") or {}
        if problem["type"] == "criterion_id_twice":
            nl.append(f"criterium '{context['criterion']}': dit id komt twee keer voor")
            en.append(f"criterion '{context['criterion']}': this id occurs twice")
            continue
        if problem["type"] == "value_error":  # the criterion's own checks (Criterion._consistent)
            loc, (said_nl, said_en) = [*loc, _VALUE_FIELD.get(_said(problem), "")], _value_text(problem)
        else:
            said_nl, said_en = sentence(problem, "nl"), sentence(problem, "en")
        loc = [p for p in loc if p != ""]
        if top and len(loc) >= 2 and loc[0] == "criteria" and isinstance(loc[1], int):
            index = loc[1]
            item = items[index] if isinstance(items, list) and index < len(items) else None
            who, loc = _label(item, index), loc[2:]
        elif top:
            who = ("bibliotheek", "library")
        else:
            who = _label(data, None)
        key = ".".join(str(p) for p in loc)
        if key:
            words = _FIELD_WORDS.get(key.split(".")[0], (key, key))
            nl.append(f"{who[0]}, veld {words[0]}: {said_nl}")
            en.append(f"{who[1]}, field {words[1]}: {said_en}")
        else:
            nl.append(f"{who[0]}: {said_nl}")
            en.append(f"{who[1]}: {said_en}")
    return nl, en


def _raise(error: ValidationError, data: Any, source: str, top: bool) -> LibraryError:
    nl, en = _problems(error, data, top)
    more = len(nl) - 10
    tail = f" (+{more})" if more > 0 else ""
    start = f"{source}: " if source else ""
    return LibraryError(start + "; ".join(nl[:10]) + tail, start + "; ".join(en[:10]) + tail)


def check_criterion(data: Any, source: str = "") -> Criterion:
    try:
        return Criterion.model_validate(data)
    except ValidationError as exc:
        raise _raise(exc, data, source, top=False) from None


def check_library(data: Any, source: str = "") -> CriteriaLibrary:
    try:
        return CriteriaLibrary.model_validate(data)
    except ValidationError as exc:
        raise _raise(exc, data, source, top=True) from None


def library_set(criteria: tuple[Criterion, ...] | list[Criterion], revision: int = 1) -> CriteriaSet:
    """The library as a criteria set: the source a chosen library criterion remembers, with the
    criterion's revision as the version (documents say "eigen-bibliotheek versie 3")."""
    return CriteriaSet(
        id=LIBRARY_SET,
        title="Eigen bibliotheek",
        version=str(revision),
        date=dt.date.today(),
        frameworks=(LIBRARY_SET,),
        criteria=tuple(criteria),
    )


def new_id(title: str, taken: set[str]) -> str:
    """A library criterion id from its title ('Zero-emissie' -> 'eigen-zero-emissie'), not taken."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    base = "eigen-" + (re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:48].strip("-") or "criterium")
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def with_placeholders(data: dict[str, Any]) -> dict[str, Any]:
    """The criterion's data with a description for every {{placeholder}} its texts use (the name
    itself where none was given) and none for those it no longer uses."""
    described = data.get("placeholders") or {}
    used = placeholders_in(
        str(data.get("text", "")), str(data.get("verification", "")), str(data.get("scoring") or "")
    )
    return {**data, "placeholders": {name: described.get(name) or name for name in sorted(used)}}


def revised(before: Criterion, after: Criterion) -> Criterion:
    """`after` with the next revision when its tender wording differs from `before`'s."""
    wording = ("kind", "level", "title", "text", "verification", "scoring", "placeholders")
    if any(getattr(before, k) != getattr(after, k) for k in wording):
        return after.model_copy(update={"revision": before.revision + 1})
    return after


def merged(
    stored: list[Criterion], imported: CriteriaLibrary, reserved: set[str], source: str = ""
) -> tuple[list[Criterion], list[Note]]:
    """What an import adds to the stored library, and what it says: a criterion already there as it
    is (under its own id, or under the new id an earlier import gave it) is skipped; one whose id is
    taken by another text gets a new id. An id of a catalogue criterion (`reserved`) is refused with a
    message naming the file and the criterion."""
    start = f"{source}: " if source else ""
    for criterion in imported.criteria:
        if criterion.id in reserved:
            raise LibraryError(
                f"{start}criterium '{criterion.id}', veld id: dit id is van een criterium uit de catalogus",
                f"{start}criterion '{criterion.id}', field id: this id is a catalogue criterion's",
            )
    by_id = {c.id: c for c in stored}
    taken = set(by_id) | reserved
    known = {_content(c) for c in stored}
    added: list[Criterion] = []
    notes: list[Note] = []
    for criterion in imported.criteria:
        if by_id.get(criterion.id) == criterion or _content(criterion) in known:
            continue
        if criterion.id in taken:
            criterion = criterion.model_copy(update={"id": new_id(criterion.title, taken)})
        taken.add(criterion.id)
        known.add(_content(criterion))
        added.append(criterion)
        notes.append(
            (f"Criterium '{criterion.title}' is toegevoegd.", f"Criterion '{criterion.title}' was added.")
        )
    skipped = len(imported.criteria) - len(added)
    if skipped:
        notes.append((f"{skipped} criteria stonden er al.", f"{skipped} criteria were there already."))
    return added, notes


def _content(criterion: Criterion) -> str:
    """Everything but the id: the same text imported again under the id it was given is the same."""
    return criterion.model_dump_json(exclude={"id"})
