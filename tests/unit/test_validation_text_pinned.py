"""Validation problems in the user's words, pinned: the path of a field, a text per error type in Dutch
and English with its numbers filled in (100, not 100.0), never pydantic's English, union members left
out of the path, and ten problems then a count."""

from __future__ import annotations

from typing import Annotated, Any

import pytest
from pydantic import BaseModel, Field, ValidationError
from pydantic_core import ErrorDetails

from ambitieweb.model.validation_text import describe, field_path, listing, sentence


class Item(BaseModel):
    count: Annotated[int, Field(ge=0, le=100)] | None = None
    share: Annotated[float, Field(gt=0.5, lt=2.5)] = 1.0
    name: Annotated[str, Field(max_length=3)] = ""
    kind: int = 0


class Box(BaseModel):
    items: list[Item] = []


def errors(data: Any) -> list[ErrorDetails]:
    with pytest.raises(ValidationError) as caught:
        Box.model_validate(data)
    return caught.value.errors(include_url=False)


def one(item: dict[str, Any]) -> ErrorDetails:
    [error] = errors({"items": [item]})
    return error


def test_a_field_path_with_names_and_places() -> None:
    assert field_path(("session", "themes", 2, "ambition")) == "session.themes[2].ambition"
    assert field_path((0, "a")) == "[0].a"
    assert field_path(()) == "(top level)"


def test_numbers_are_filled_in_whole_when_whole() -> None:
    assert sentence(one({"count": 101})) == "mag hoogstens 100 zijn"
    assert sentence(one({"count": 101}), "en") == "must be at most 100"
    assert sentence(one({"share": 3}), "en") == "must be less than 2.5"
    assert sentence(one({"share": 0.5}), "en") == "must be greater than 0.5"
    assert sentence(one({"share": 0.5})) == "moet groter zijn dan 0.5"


def test_at_least_zero_is_not_negative() -> None:
    assert sentence(one({"count": -1})) == "mag niet negatief zijn"
    assert sentence(one({"count": -1}), "en") == "must not be negative"


def test_dutch_for_any_language_but_english_and_dutch_by_default() -> None:
    error = one({"name": "vier"})
    assert sentence(error) == "is te lang (hoogstens 3 tekens)"
    assert sentence(error, "de") == "is te lang (hoogstens 3 tekens)"
    assert sentence(error, "en") == "is too long (at most 3 characters)"


def test_an_unknown_error_type_gets_a_sentence_in_the_language() -> None:
    error: ErrorDetails = {"type": "something_new", "loc": ("a",), "msg": "English", "input": 1}
    assert sentence(error) == "heeft een waarde die hier niet kan"
    assert sentence(error, "en") == "has a value that is not allowed here"


def test_a_text_whose_context_is_missing_drops_the_part_with_the_number() -> None:
    error: ErrorDetails = {"type": "string_too_long", "loc": ("a",), "msg": "", "input": 1}
    assert sentence(error) == "is te lang"
    assert sentence(error, "en") == "is too long"
    enum: ErrorDetails = {"type": "enum", "loc": ("a",), "msg": "", "input": 1, "ctx": {}}
    assert sentence(enum) == "moet een van deze waarden zijn"


def test_expected_values_keep_the_values_and_drop_the_english_or() -> None:
    error: ErrorDetails = {
        "type": "enum",
        "loc": ("a",),
        "msg": "",
        "input": 1,
        "ctx": {"expected": "'a', 'b' or 'c'"},
    }
    assert sentence(error) == "moet een van deze waarden zijn: a, b, c"
    assert sentence(error, "en") == "must be one of: a, b, c"


def test_a_models_own_check_says_itself_what_is_wrong() -> None:
    class SaidError(ValueError):
        def text(self, language: str) -> str:
            return f"zelf gezegd ({language})"

    error: ErrorDetails = {
        "type": "value_error",
        "loc": (),
        "msg": "",
        "input": 1,
        "ctx": {"error": SaidError()},
    }
    assert sentence(error) == "zelf gezegd (nl)" and sentence(error, "en") == "zelf gezegd (en)"
    plain: ErrorDetails = {
        "type": "value_error",
        "loc": (),
        "msg": "",
        "input": 1,
        "ctx": {"error": ValueError()},
    }
    assert sentence(plain) == "heeft een waarde die hier niet kan"


def test_describe_leaves_union_members_out_of_the_path() -> None:
    error = one({"count": "x"})
    assert describe(error) == "items[0].count: moet een geheel getal zijn"
    assert describe(error, "en") == "items[0].count: must be a whole number"
    bare: ErrorDetails = {"type": "missing", "loc": (), "msg": "", "input": 1}
    assert describe(bare, "en") == "(top level): is missing"


def test_ten_problems_then_how_many_more() -> None:
    many = errors({"items": [{"kind": "x"} for _ in range(12)]})
    text = listing(many, "en")
    assert text.count("must be a whole number") == 10 and text.endswith(
        "; items[9].kind: must be a whole number (+2)"
    )
    assert listing(many[:10], "nl").endswith("items[9].kind: moet een geheel getal zijn")
    assert listing(many, "nl", shown=1) == "items[0].kind: moet een geheel getal zijn (+11)"
    assert listing([], "nl") == ""


class Either(BaseModel):
    pair: tuple[int, int] | str = ""


def test_describe_leaves_a_union_member_with_brackets_out_of_the_path() -> None:
    with pytest.raises(ValidationError) as caught:
        Either.model_validate({"pair": 5})
    as_list, as_text = caught.value.errors(include_url=False)
    assert describe(as_list) == "pair: moet een lijst zijn"
    assert describe(as_text, "en") == "pair: must be text"


def test_eleven_problems_are_ten_and_one_more() -> None:
    many = errors({"items": [{"kind": "x"} for _ in range(11)]})
    assert listing(many, "en").endswith("; items[9].kind: must be a whole number (+1)")
    assert listing(many, "nl", shown=11).endswith("items[10].kind: moet een geheel getal zijn")
