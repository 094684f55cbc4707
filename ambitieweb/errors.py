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
