"""An own framework's rules, in the model: 3..16 themes, unique ids and names, level texts, plain text."""

from __future__ import annotations

from typing import Any

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.framework import (
    MAX_THEMES,
    Framework,
    FrameworkError,
    check_framework,
    next_version,
    version_key,
)


def theme(n: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"thema-{n}",
        "name": f"Thema {n}",
        "description": f"Waar thema {n} over gaat.",
        "levels": {
            "basis": "Weten waar het zit.",
            "significant": "Meetbare doelen.",
            "ambitious": "Netto nul.",
        },
    } | fields


def own(count: int = 3, **fields: Any) -> dict[str, Any]:
    return {
        "id": "zuiderhaven-beleid",
        "title": "Beleidsweb Zuiderhaven",
        "version": "1.0",
        "date": "2027-01-15",
        "description": "Het eigen kader van de gemeente.",
        "themes": [theme(n) for n in range(1, count + 1)],
    } | fields


def problem(data: dict[str, Any]) -> FrameworkError:
    with pytest.raises(FrameworkError) as caught:
        check_framework(data, "beleid.toml")
    return caught.value


def test_a_framework_of_three_to_sixteen_themes_is_taken() -> None:
    assert len(check_framework(own(3)).themes) == 3
    assert len(check_framework(own(MAX_THEMES)).themes) == 16


@pytest.mark.parametrize("count", [0, 2, 17])
def test_too_few_or_too_many_themes_are_named(count: int) -> None:
    error = problem(own(count))
    assert "beleid.toml: kader 'zuiderhaven-beleid'" in error.nl
    assert "veld thema's" in error.nl and ("ten minste 3" in error.nl or "hoogstens 16" in error.nl)
    assert "field themes" in error.en


def test_a_theme_id_twice_is_named() -> None:
    data = own(4)
    data["themes"][3]["id"] = "thema-2"
    error = problem(data)
    assert "thema 'thema-2': dit id komt twee keer voor" in error.nl
    assert "theme 'thema-2': this id occurs twice" in error.en


def test_a_theme_name_twice_is_named_whatever_its_case() -> None:
    data = own(4)
    data["themes"][3]["name"] = "  THEMA 1 "
    error = problem(data)
    assert "deze naam komt twee keer voor" in error.nl and "THEMA 1" in error.nl


@pytest.mark.parametrize("level", ["basis", "significant", "ambitious"])
@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_an_empty_level_text_names_theme_and_level(level: str, text: str) -> None:
    data = own(3)
    data["themes"][1]["levels"][level] = text
    error = problem(data)
    dutch = {"basis": "basis", "significant": "significant", "ambitious": "ambitieus"}[level]
    assert f"thema 'thema-2', veld niveautekst {dutch}: mag niet leeg zijn" in error.nl
    assert "te weinig" not in error.nl  # only the level text is wrong
    assert f"theme 'thema-2', field level text {level}: must not be empty" in error.en


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f"])
def test_control_characters_are_refused_in_every_text(char: str) -> None:
    for path in (("title",), ("description",)):
        error = problem(own(3, **{path[0]: f"a{char}b"}))
        assert "stuurteken" in error.nl
    data = own(3)
    data["themes"][0]["name"] = f"Klimaat{char}"
    data["themes"][2]["levels"]["ambitious"] = f"Netto{char} nul"
    error = problem(data)
    assert "thema 'thema-1', veld naam: bevat een onzichtbaar stuurteken" in error.nl
    assert "thema 'thema-3', veld niveautekst ambitieus: bevat" in error.nl


def test_a_line_end_in_a_name_is_refused_but_kept_in_a_description() -> None:
    data = own(3)
    data["themes"][0]["description"] = "Eerste regel.\nTweede regel.\tMet tab."
    assert check_framework(data).themes[0].description.endswith("Met tab.")
    data["themes"][0]["name"] = "Klimaat\nen energie"
    assert "veld naam" in problem(data).nl


def test_a_theme_without_an_id_is_named_by_its_place() -> None:
    data = own(3)
    data["themes"][2]["id"] = "Geen Slug!"
    assert "thema 'Geen Slug!', veld id" in problem(data).nl
    del data["themes"][2]["id"]
    assert "thema 3, veld id: ontbreekt" in problem(data).nl


def test_the_shipped_presets_pass_the_same_rules(catalogue: Catalogue) -> None:
    for framework in catalogue.frameworks.values():
        assert check_framework(framework.model_dump()) == framework


def test_versions_compare_by_number_and_count_on() -> None:
    assert version_key("1.10") > version_key("1.9")
    assert [next_version(v) for v in ("1.0", "2", "1.2.9")] == ["1.1", "3", "1.2.10"]


def test_a_framework_is_frozen() -> None:
    framework = check_framework(own(3))
    assert isinstance(framework, Framework)
    with pytest.raises(ValueError, match="frozen"):
        framework.title = "Anders"  # type: ignore[misc]
