"""Filling translated messages and naming unexpected errors in one line."""

from __future__ import annotations

import pytest

from ambitieweb.errors import first_line
from ambitieweb.text.fill import fill


def test_values_are_put_in_once_so_a_placeholder_in_a_value_stays_literal() -> None:
    assert fill("Stem %1 op %2: %3", "Jan %2", "Klimaat", "basis") == "Stem Jan %2 op Klimaat: basis"
    assert fill("%2 voor %1", "a", "b") == "b voor a"
    assert fill("%1%1", "x") == "xx"


def test_a_placeholder_without_a_value_stays_and_values_are_made_text() -> None:
    assert fill("bewaard als %2", "", "oud.sqlite") == "bewaard als oud.sqlite"
    assert fill("%1 en %3", "a") == "a en %3"
    assert fill("%1 webs", 3) == "3 webs"
    assert fill("100%", "x") == "100%"


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (OSError(), "OSError"),
        (RuntimeError(""), "RuntimeError"),
        (RuntimeError("\n  \n"), "RuntimeError"),
        (ValueError("\n  eerste regel \ntweede"), "eerste regel"),
        (KeyError("x"), "'x'"),
    ],
)
def test_the_first_line_of_an_error_is_never_empty(error: BaseException, line: str) -> None:
    assert first_line(error) == line
