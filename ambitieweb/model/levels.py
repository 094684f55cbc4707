"""Ambition levels: 0 not set, 1 basis, 2 significant, 3 ambitious."""

from __future__ import annotations

from enum import IntEnum


class Level(IntEnum):
    UNSET = 0
    BASIS = 1
    SIGNIFICANT = 2
    AMBITIOUS = 3

    def label(self, language: str = "nl") -> str:
        return _LABELS[language if language in _LABELS else "nl"][self]


_LABELS: dict[str, dict[Level, str]] = {
    "nl": {
        Level.UNSET: "niet bepaald",
        Level.BASIS: "basis",
        Level.SIGNIFICANT: "significant",
        Level.AMBITIOUS: "ambitieus",
    },
    "en": {
        Level.UNSET: "not set",
        Level.BASIS: "basic",
        Level.SIGNIFICANT: "significant",
        Level.AMBITIOUS: "ambitious",
    },
}

RATED_LEVELS: tuple[Level, ...] = (Level.BASIS, Level.SIGNIFICANT, Level.AMBITIOUS)
