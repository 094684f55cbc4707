"""Validation problems in the user's words: the field's path, then what is wrong, in Dutch or English.

Pydantic's own messages are English only; each error type it (or the model) raises gets a text here.
An error type without one still gets a sentence in the user's language, never pydantic's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic_core import ErrorDetails

# error type -> (Dutch, English); {name} is filled from the error's context
_TEXTS: dict[str, tuple[str, str]] = {
    "missing": ("ontbreekt", "is missing"),
    "extra_forbidden": ("is geen veld van dit formaat", "is not a field of this format"),
    "string_type": ("moet tekst zijn", "must be text"),
    "string_too_short": ("mag niet leeg zijn", "must not be empty"),
    "string_too_long": (
        "is te lang (hoogstens {max_length} tekens)",
        "is too long (at most {max_length} characters)",
    ),
    "string_pattern_mismatch": ("heeft niet de vorm die hier hoort", "does not have the form it needs here"),
    "control_characters": (
        "bevat een onzichtbaar stuurteken (bijvoorbeeld uit geplakte tekst); haal het weg",
        "contains an invisible control character (e.g. from pasted text); remove it",
    ),
    "int_type": ("moet een geheel getal zijn", "must be a whole number"),
    "int_parsing": ("moet een geheel getal zijn", "must be a whole number"),
    "int_from_float": ("moet een geheel getal zijn", "must be a whole number"),
    "float_type": ("moet een getal zijn", "must be a number"),
    "float_parsing": ("moet een getal zijn", "must be a number"),
    "finite_number": (
        "moet een eindig getal zijn (geen NaN of oneindig)",
        "must be a finite number (not NaN or infinity)",
    ),
    "bool_type": ("moet true of false zijn", "must be true or false"),
    "bool_parsing": ("moet true of false zijn", "must be true or false"),
    "level_type": (
        "moet een niveau zijn: het getal 0, 1, 2 of 3",
        "must be a level: the number 0, 1, 2 or 3",
    ),
    "vote_unset": ("een stem is een niveau van 1 tot en met 3", "a vote is a level from 1 to 3"),
    "enum": ("moet een van deze waarden zijn: {expected}", "must be one of: {expected}"),
    "literal_error": ("moet {expected} zijn", "must be {expected}"),
    "greater_than_equal": ("moet ten minste {ge} zijn", "must be at least {ge}"),
    "greater_than": ("moet groter zijn dan {gt}", "must be greater than {gt}"),
    "less_than_equal": ("mag hoogstens {le} zijn", "must be at most {le}"),
    "less_than": ("moet kleiner zijn dan {lt}", "must be less than {lt}"),
    "too_short": (
        "heeft te weinig elementen (ten minste {min_length})",
        "has too few items (at least {min_length})",
    ),
    "too_long": (
        "heeft te veel elementen (hoogstens {max_length})",
        "has too many items (at most {max_length})",
    ),
    "list_type": ("moet een lijst zijn", "must be a list"),
    "tuple_type": ("moet een lijst zijn", "must be a list"),
    "dict_type": ("moet een object zijn", "must be an object"),
    "model_type": ("moet een object zijn", "must be an object"),
    "model_attributes_type": ("moet een object zijn", "must be an object"),
    "date_type": ("moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "date_parsing": ("moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": ("moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "date_from_datetime_inexact": ("moet een datum zonder tijd zijn", "must be a date without a time"),
    "datetime_type": ("moet een tijdstip zijn (ISO 8601)", "must be a date and time (ISO 8601)"),
    "datetime_parsing": ("moet een tijdstip zijn (ISO 8601)", "must be a date and time (ISO 8601)"),
    "datetime_from_date_parsing": ("moet een tijdstip zijn (ISO 8601)", "must be a date and time (ISO 8601)"),
    "timezone_aware": (
        "mist een tijdzone (schrijf bijvoorbeeld 2027-03-01T09:00:00+01:00 of ...Z)",
        "has no time zone (write e.g. 2027-03-01T09:00:00+01:00 or ...Z)",
    ),
    "theme_id_twice": ("thema-id '{theme}' komt twee keer voor", "theme id '{theme}' occurs twice"),
    "theme_name_twice": ("themanaam '{name}' komt twee keer voor", "theme name '{name}' occurs twice"),
    "none_required": ("moet leeg zijn (null)", "must be empty (null)"),
    "too_many": ("heeft te veel criteria (hoogstens {limit})", "has too many criteria (at most {limit})"),
}
_OTHER = ("heeft een waarde die hier niet kan", "has a value that is not allowed here")


def field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def _fill(template: str, context: Mapping[str, Any]) -> str:
    values = {k: _plain(v) for k, v in context.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError):  # no context: leave out the part that names it
        return re.sub(r" \([^()]*\{\w+\}[^()]*\)|: \{\w+\}", "", template)


def _plain(value: Any) -> str:
    """pydantic's 'expected' texts say 'or'; keep the values, drop the English words."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 'at most 100', not '100.0'
    text = str(value)
    return text.replace("'", "").replace(" or ", ", ")


def sentence(error: ErrorDetails, language: str = "nl") -> str:
    """What is wrong, without where: 'must be a level: the number 0, 1, 2 or 3'."""
    context = error.get("ctx") or {}
    # a model's own check that says itself what is wrong, in both languages (model/plan/problems.py)
    said = getattr(context.get("error"), "text", None)
    if error["type"] == "value_error" and callable(said):
        return str(said(language))
    if error["type"] == "greater_than_equal" and context.get("ge") == 0:
        return "must not be negative" if language == "en" else "mag niet negatief zijn"
    nl, en = _TEXTS.get(error["type"], _OTHER)
    return _fill(en if language == "en" else nl, context)


def describe(error: ErrorDetails, language: str = "nl") -> str:
    """'session.themes[2].ambition: must be a level ...' in Dutch or English."""
    # a union (`int | None`) names its member in the location: the user knows only the field
    loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and ("[" in p or p in _MEMBERS)))
    return f"{field_path(loc)}: {sentence(error, language)}"


# Names pydantic puts into locations of union members and constrained types.
_MEMBERS = frozenset({"int", "float", "str", "bool", "none", "constrained-int", "constrained-float"})


def listing(errors: list[ErrorDetails], language: str, shown: int = 10) -> str:
    problems = [describe(e, language) for e in errors[:shown]]
    more = len(errors) - len(problems)
    return "; ".join(problems) + (f" (+{more})" if more > 0 else "")
