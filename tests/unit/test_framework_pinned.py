"""A framework's refusals, pinned in full in Dutch and English: the source, the framework's id (or
none), the theme by id or by place, the field in the editor's words; ten problems and a count; and
the level texts, theme look-up and version numbers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from ambitieweb.model.framework import (
    MIN_THEMES,
    FrameworkError,
    check_framework,
    framework_label,
    next_version,
    version_key,
)
from ambitieweb.model.levels import Level


def theme(n: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"thema-{n}",
        "name": f"Thema {n}",
        "description": "Waarover.",
        "levels": {"basis": "Basis.", "significant": "Significant.", "ambitious": "Ambitieus."},
    } | fields


def own(count: int = 3, **fields: Any) -> dict[str, Any]:
    return {
        "id": "eigen",
        "title": "Eigen",
        "version": "1.0",
        "date": "2027-01-15",
        "description": "Eigen kader.",
        "themes": [theme(n) for n in range(1, count + 1)],
    } | fields


def refusal(data: Any, source: str = "") -> tuple[str, str]:
    with pytest.raises(FrameworkError) as caught:
        check_framework(data, source)
    return caught.value.nl, caught.value.en


def test_a_field_of_a_theme_named_by_id_with_the_source() -> None:
    data = own()
    data["themes"][1]["levels"]["significant"] = " "
    assert refusal(data, "kader.toml") == (
        "kader.toml: kader 'eigen' klopt niet — thema 'thema-2', veld niveautekst significant: "
        "mag niet leeg zijn",
        "kader.toml: framework 'eigen' is invalid — theme 'thema-2', field level text significant: "
        "must not be empty",
    )


def test_a_theme_without_an_id_is_named_by_its_place_and_no_source_means_no_prefix() -> None:
    data = own()
    del data["themes"][2]["id"]
    assert refusal(data) == (
        "kader 'eigen' klopt niet — thema 3, veld id: ontbreekt",
        "framework 'eigen' is invalid — theme 3, field id: is missing",
    )
    data["themes"][2]["id"] = ""
    assert refusal(data)[0].startswith("kader 'eigen' klopt niet — thema 3, veld id: ")


def test_a_theme_that_is_not_a_table_is_named_by_its_place() -> None:
    data = own()
    data["themes"][0] = "geen thema"
    nl, en = refusal(data)
    assert nl.startswith("kader 'eigen' klopt niet — thema 1: ") and en.startswith(
        "framework 'eigen' is invalid — theme 1: "
    )


def test_a_theme_given_as_an_object_that_is_no_theme_is_named_by_its_id() -> None:
    @dataclass
    class Other:
        id: str

    data = own()
    data["themes"][2] = Other("los")
    assert refusal(data) == (
        "kader 'eigen' klopt niet — thema 'los': moet een object zijn",
        "framework 'eigen' is invalid — theme 'los': must be an object",
    )


def test_a_field_of_the_framework_and_a_field_unknown_to_the_editor() -> None:
    assert refusal(own(title=""))[0] == "kader 'eigen' klopt niet — veld titel: mag niet leeg zijn"
    nl, en = refusal(own(extra="x"))
    assert (nl, en) == (
        "kader 'eigen' klopt niet — veld extra: is geen veld van dit formaat",
        "framework 'eigen' is invalid — field extra: is not a field of this format",
    )


def test_a_framework_without_an_id_and_data_that_is_no_framework() -> None:
    data = own()
    del data["id"]
    assert refusal(data) == (
        "kader (zonder id) klopt niet — veld id: ontbreekt",
        "framework (no id) is invalid — field id: is missing",
    )
    assert refusal(["geen", "kader"]) == (
        "kader (zonder id) klopt niet — kader: moet een object zijn",
        "framework (no id) is invalid — framework: must be an object",
    )
    assert framework_label({"id": ""}) == "(zonder id)" and framework_label({"id": 3}) == "(zonder id)"
    assert framework_label({"id": "x"}) == "'x'"


def test_themes_twice_in_full() -> None:
    data = own()
    data["themes"][2]["id"] = "thema-1"
    assert refusal(data) == (
        "kader 'eigen' klopt niet — thema 'thema-1': dit id komt twee keer voor",
        "framework 'eigen' is invalid — theme 'thema-1': this id occurs twice",
    )
    data = own()
    data["themes"][2]["name"] = "THEMA 1"
    assert refusal(data) == (
        "kader 'eigen' klopt niet — thema 'THEMA 1': deze naam komt twee keer voor",
        "framework 'eigen' is invalid — theme 'THEMA 1': this name occurs twice",
    )


def test_too_few_themes_is_said_only_when_too_few_were_given() -> None:
    assert (
        refusal(own(2))[0]
        == "kader 'eigen' klopt niet — veld thema's: heeft te weinig elementen (ten minste 3)"
    )
    data = own(MIN_THEMES)
    data["themes"][0]["name"] = ""
    assert refusal(data)[0] == "kader 'eigen' klopt niet — thema 'thema-1', veld naam: mag niet leeg zijn"


def test_ten_problems_and_how_many_more() -> None:
    data = own(12)
    for item in data["themes"]:
        item["description"] = ""
    nl, en = refusal(data)
    assert nl.count("veld beschrijving") == 10 and nl.endswith("mag niet leeg zijn (+2)")
    assert en.count("field description") == 10 and en.endswith("must not be empty (+2)")
    data = own(10)
    for item in data["themes"]:
        item["description"] = ""
    nl, en = refusal(data)
    assert nl.count("veld beschrijving") == 10 and nl.endswith("mag niet leeg zijn")


def test_level_texts_by_level_and_none_for_unset() -> None:
    framework = check_framework(own())
    texts = framework.themes[0].levels
    assert [texts.for_level(level) for level in Level] == ["", "Basis.", "Significant.", "Ambitieus."]
    assert framework.theme("thema-2") is framework.themes[1]
    with pytest.raises(KeyError) as caught:
        framework.theme("onbekend")
    assert caught.value.args == ("onbekend",)


def test_version_numbers() -> None:
    assert version_key("1.10") == (1, 10) and version_key("2") == (2,)
    assert version_key("1.x.3") == (1, 3)
    assert next_version("1.9") == "1.10" and next_version("1.2.3") == "1.2.4" and next_version("2") == "3"


def test_without_a_source_there_is_no_prefix_and_problems_are_joined_by_semicolons() -> None:
    data = own(title="")
    data["themes"][0]["name"] = ""
    with pytest.raises(FrameworkError) as caught:
        check_framework(data)
    assert caught.value.nl == (
        "kader 'eigen' klopt niet — veld titel: mag niet leeg zijn; "
        "thema 'thema-1', veld naam: mag niet leeg zijn"
    )
    assert caught.value.en == (
        "framework 'eigen' is invalid — field title: must not be empty; "
        "theme 'thema-1', field name: must not be empty"
    )


def test_eleven_problems_show_ten_and_one_more() -> None:
    data = own(11)
    for item in data["themes"]:
        item["description"] = ""
    nl, en = refusal(data)
    assert nl.endswith("mag niet leeg zijn (+1)") and en.endswith("must not be empty (+1)")
