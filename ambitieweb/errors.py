"""Errors the user sees: each carries its message in Dutch (default) and English."""

from __future__ import annotations


class AmbitiewebError(Exception):
    """An expected failure with a message fit to show a user, in Dutch and in English."""

    def __init__(self, nl: str, en: str) -> None:
        super().__init__(en)
        self.nl = nl
        self.en = en

    def text(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl

    def __str__(self) -> str:
        return self.en


def first_line(exc: BaseException) -> str:
    """The first non-blank line of an unexpected error, for a one-line message; its type's name when
    it says nothing (``str(OSError())`` is empty)."""
    return next((line.strip() for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
