"""Filling translated messages and naming unexpected errors in one line."""

from __future__ import annotations

import ast
import re

import pytest

from ambitieweb.errors import first_line
from ambitieweb.resources import PACKAGE_DIR
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


def _placeholder_replaces(source: str) -> list[int]:
    """The lines of calls like `text.replace("%1", value)`: chained, they fill a value's own '%2' too."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "replace"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and re.fullmatch(r"%\d", node.args[0].value) is not None
    ]


def test_every_numbered_placeholder_is_filled_by_fill() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE_DIR)}:{line}"
        for path in sorted(PACKAGE_DIR.rglob("*.py"))
        for line in _placeholder_replaces(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_placeholder_check_sees_a_chained_replace_and_nothing_else() -> None:
    chained = 'text = tr("%1 en %2").replace("%1", a).replace("%2", b)\nother = s.replace("%", "")\n'
    assert _placeholder_replaces(chained) == [1, 1]
    assert _placeholder_replaces('s.replace("%12", "")\nfill(tr("%1"), a)\n') == []
