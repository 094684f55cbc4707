"""argparse's own words ("usage:", "options", its error messages) in Dutch, for the command line's
Dutch mode. Python ships them in English only; argparse looks each up through gettext when it uses
it, so while `argparse_language("nl")` is active its lookups go through the table below."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "deze uitleg tonen en stoppen",
    "show program's version number and exit": "het versienummer tonen en stoppen",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze %(value)r (kies uit %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht ten minste één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "optie %(option)s is niet eenduidig: %(matches)s",
    "not allowed with argument %s": "niet samen met argument %s",
    "ignored explicit argument %r": "overbodige waarde %r genegeerd",
    "one of the arguments %s is required": "een van de argumenten %s is nodig",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
}
DUTCH_PLURAL = {"expected %s argument": "verwacht %s waarde(n)"}


@contextmanager
def argparse_language(language: str) -> Iterator[None]:
    """While active, argparse speaks `language` ("nl" Dutch; anything else its own English)."""
    module: Any = argparse
    if language != "nl":
        yield
        return
    english, english_plural = module._, module.ngettext

    def dutch(message: str) -> str:
        return DUTCH.get(message) or str(english(message))

    def dutch_plural(singular: str, plural: str, count: int) -> str:
        return DUTCH_PLURAL.get(singular) or str(english_plural(singular, plural, count))

    module._, module.ngettext = dutch, dutch_plural
    try:
        yield
    finally:
        module._, module.ngettext = english, english_plural
