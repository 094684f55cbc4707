"""What a user types into the contract's fields, read as dates and numbers (Dutch or ISO forms)."""

from __future__ import annotations

import datetime as dt
import re

from ambitieweb.gui.plan.records import number_text
from ambitieweb.model.levels import Level
from ambitieweb.text.labels import level_text

_DUTCH = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def read_date(typed: str) -> dt.date | None:
    """'31-1-2027', '31/01/2027' or '2027-01-31'; empty: None. ValueError for anything else."""
    text = typed.strip()
    if not text:
        return None
    if found := _DUTCH.match(text):
        day, month, year = (int(g) for g in found.groups())
    elif found := _ISO.match(text):
        year, month, day = (int(g) for g in found.groups())
    else:
        raise ValueError(text)
    return dt.date(year, month, day)


def date_text(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d-%m-%Y")


def read_number(typed: str, language: str = "nl") -> float | None:
    """'1.850.000,50' (Dutch) or '1850000.5'; empty: None. ValueError for anything else."""
    text = number_text(typed, language)
    return float(text) if text else None


def realised_text(level: Level | None, language: str = "nl") -> str:
    """A realised level: not judged, 0 nothing realised, or the level's number and name."""
    if level is None:
        return "not judged" if language == "en" else "niet beoordeeld"
    if level == Level.UNSET:
        return "0 nothing realised" if language == "en" else "0 niets gerealiseerd"
    return level_text(level, language)
