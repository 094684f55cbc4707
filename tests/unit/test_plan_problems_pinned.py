"""Pinned behaviour of `model/plan/problems.py`: a plan's problem as 'Label: what is wrong' in Dutch (the
default, and for a language it does not know) and English; the last field in the location names it,
the keys after it in brackets; with the path for files; a problem without a field starts with a capital;
at most `limit` problems and how many more; a `ProblemError` is its English text to Python."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ambitieweb.model.plan.parts import PlannedTender, SpendCategory
from ambitieweb.model.plan.problems import ProblemError, describe, describe_all, field_label, field_path


def missing(*loc: int | str) -> ErrorDetails:
    return {"type": "missing", "loc": loc, "msg": "Field required", "input": None}


def test_a_problem_error_carries_both_languages() -> None:
    error = ProblemError("Eindjaar ligt vóór beginjaar", "End year lies before start year")
    assert str(error) == "End year lies before start year"
    assert isinstance(error, ValueError)
    assert (error.text(), error.text("nl"), error.text("en"), error.text("de")) == (
        "Eindjaar ligt vóór beginjaar",
        "Eindjaar ligt vóór beginjaar",
        "End year lies before start year",
        "Eindjaar ligt vóór beginjaar",
    )


def test_a_field_label_in_dutch_and_english() -> None:
    assert (field_label("estimated_value"), field_label("estimated_value", "en")) == (
        "Geschatte waarde (€)",
        "Estimated value (€)",
    )
    assert field_label("title", "de") == "Titel"
    assert (field_label("colour"), field_label("colour", "en")) == ("colour", "colour")  # unknown: as is


@pytest.mark.parametrize(
    ("loc", "path"),
    [
        (("tenders", 2, "estimated_value"), "tenders[2].estimated_value"),
        (("impact", "klimaat"), "impact.klimaat"),
        ((0, "title"), "[0].title"),
        (("title",), "title"),
        ((), ""),
    ],
)
def test_a_field_path(loc: tuple[int | str, ...], path: str) -> None:
    assert field_path(loc) == path


@pytest.mark.parametrize(
    ("loc", "nl", "en_with_path"),
    [
        (("name",), "Naam: ontbreekt", "name (Name): is missing"),
        (("tenders", 2, "kind"), "Soort: ontbreekt", "tenders[2].kind (Kind): is missing"),
        (("impact", "a", "b"), "Impact (a, b): ontbreekt", "impact.a.b (Impact (a, b)): is missing"),
        (
            ("tenders", 1, "themes", 0, "level"),
            "Niveau: ontbreekt",
            "tenders[1].themes[0].level (Level): is missing",
        ),
        (("x", 3, "y"), "Ontbreekt", "x[3].y: is missing"),  # no field the forms know
        ((), "Ontbreekt", "Is missing"),  # no location at all: no path either
    ],
)
def test_a_problem_named_by_the_last_field_and_its_keys(
    loc: tuple[int | str, ...], nl: str, en_with_path: str
) -> None:
    assert describe(missing(*loc)) == nl
    assert describe(missing(*loc), "nl", with_path=False) == nl
    assert describe(missing(*loc), "en", with_path=True) == en_with_path


def test_a_problem_in_english_without_the_path() -> None:
    assert describe(missing("tenders", 2, "kind"), "en") == "Kind: is missing"
    assert describe(missing("x"), "en") == "Is missing"


def test_a_models_own_check_says_itself_what_is_wrong() -> None:
    with pytest.raises(ValidationError) as caught:
        PlannedTender.model_validate({"title": "T", "themes": [{"theme_id": "k"}, {"theme_id": "k"}]})
    assert describe_all(caught.value) == "Thema's en niveaus: thema 'k' staat er twee keer in"
    assert describe_all(caught.value, "en", with_path=True) == (
        "themes (Themes and levels): theme 'k' occurs twice"
    )


def errors_of(count: int) -> ValidationError:
    try:
        SpendCategory.model_validate({"name": "ICT", "impact": {f"thema-{n:02}": 9 for n in range(count)}})
    except ValidationError as exc:
        return exc
    raise AssertionError("no errors")


def test_at_most_ten_problems_and_how_many_more() -> None:
    exc = errors_of(12)
    lines = describe_all(exc).splitlines()
    assert len(lines) == 11
    assert lines[0] == "Impact (thema-00): mag hoogstens 5 zijn"
    assert lines[9] == "Impact (thema-09): mag hoogstens 5 zijn"
    assert lines[10] == "(+2 meer)"
    assert describe_all(exc, "en").splitlines()[10] == "(+2 more)"
    assert describe_all(exc, "en", with_path=True).splitlines()[0] == (
        "impact.thema-00 (Impact (thema-00)): must be at most 5"
    )


def test_exactly_the_limit_has_no_more_line_and_the_limit_can_be_set() -> None:
    assert len(describe_all(errors_of(10)).splitlines()) == 10
    assert describe_all(errors_of(3), limit=2).splitlines() == [
        "Impact (thema-00): mag hoogstens 5 zijn",
        "Impact (thema-01): mag hoogstens 5 zijn",
        "(+1 meer)",
    ]
    assert describe_all(errors_of(1), "en") == "Impact (thema-00): must be at most 5"
