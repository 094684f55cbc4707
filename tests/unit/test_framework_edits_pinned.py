"""The framework editor's edits, pinned: ids from names (accents, length, taken ones), where a theme
lands, what a split and a merge write, and that an edit never changes the framework it starts from."""

from __future__ import annotations

import json

from ambitieweb.model import framework_edits as edits
from ambitieweb.model.framework import Framework, check_framework

P = edits.PLACEHOLDER


def three() -> Framework:
    return check_framework(edits.empty_framework("eigen", "Eigen", "2027-01-01"))


def test_slugs_fold_accents_cap_the_length_and_count_past_taken_ones() -> None:
    assert edits.slug("Café Zoë", set()) == "cafe-zoe"
    assert edits.slug("--Water--", set()) == "water"
    assert edits.slug("", set()) == "thema"
    assert edits.slug("a" * 60, set()) == "a" * 56
    assert edits.slug("a" * 55 + " b", set()) == "a" * 55  # no dash left at the cut
    assert edits.slug("Water", {"water", "water-2", "water-3"}) == "water-4"
    assert edits.slug("Water", {"water-2"}) == "water"
    assert edits.slug("Water", {"water", "water-2"}) == "water-3"
    assert edits.slug("A", set()) == "a"
    assert edits.slug("7", set()) == "7"
    assert edits.slug("(" + "a" * 60, set()) == "a" * 56  # the cut counts from the first letter


def test_a_new_theme_in_full() -> None:
    assert edits.new_theme("Welzijn & zorg", {"welzijn-zorg"}) == {
        "id": "welzijn-zorg-2",
        "name": "Welzijn & zorg",
        "description": "Nog te beschrijven.",
        "levels": {"basis": P, "significant": P, "ambitious": P},
        "group": None,
        "optional": False,
    }


def test_an_empty_framework_in_full() -> None:
    data = edits.empty_framework("eigen", "Eigen kader", "2027-01-01")
    assert {k: v for k, v in data.items() if k != "themes"} == {
        "id": "eigen",
        "title": "Eigen kader",
        "version": "1.0",
        "date": "2027-01-01",
        "description": "Eigen kader.",
        "source": None,
    }
    assert [(t["id"], t["name"]) for t in data["themes"]] == [
        ("thema-1", "Thema 1"),
        ("thema-2", "Thema 2"),
        ("thema-3", "Thema 3"),
    ]


def test_a_copy_of_a_template_names_it_as_source() -> None:
    template = three()
    data = edits.from_template(template, "kopie", "Kopie", "2028-02-02")
    assert (data["id"], data["title"], data["version"], data["date"], data["source"], data["based_on"]) == (
        "kopie",
        "Kopie",
        "1.0",
        "2028-02-02",
        "Eigen",
        "eigen",
    )
    assert data["themes"] == edits.data_of(template)["themes"]


def test_a_theme_is_added_at_the_end_or_at_a_place() -> None:
    framework = three()
    assert [t["id"] for t in edits.add_theme(framework, "Nieuw")["themes"]] == [
        "thema-1",
        "thema-2",
        "thema-3",
        "nieuw",
    ]
    assert [t["id"] for t in edits.add_theme(framework, "Thema 1", 0)["themes"]] == [
        "thema-1-2",
        "thema-1",
        "thema-2",
        "thema-3",
    ]


def test_set_fields_of_a_theme_and_of_the_framework() -> None:
    framework = three()
    data = edits.set_theme_field(framework, 1, "levels.significant", "Meer.")
    assert data["themes"][1]["levels"] == {"basis": P, "significant": "Meer.", "ambitious": P}
    data = edits.set_theme_field(framework, 2, "name", "Water")
    assert [t["name"] for t in data["themes"]] == ["Thema 1", "Thema 2", "Water"]
    assert "levels.significant" not in data["themes"][2]
    assert edits.set_field(framework, "title", "Nieuw")["title"] == "Nieuw"
    assert framework.themes[1].levels.significant == P and framework.title == "Eigen"


def test_remove_and_move() -> None:
    framework = check_framework(edits.add_theme(three(), "Vier"))
    assert [t["id"] for t in edits.remove_theme(framework, 1)["themes"]] == ["thema-1", "thema-3", "vier"]
    assert [t["id"] for t in edits.move_theme(framework, 0, 2)["themes"]] == [
        "thema-2",
        "thema-3",
        "thema-1",
        "vier",
    ]


def test_a_split_copies_the_texts_after_it_under_a_new_id_and_name() -> None:
    framework = check_framework(edits.set_theme_field(three(), 0, "levels.basis", "Basis."))
    data = edits.split_theme(framework, 0)
    first, second = data["themes"][0], data["themes"][1]
    assert (second["id"], second["name"]) == ("thema-1-2", "Thema 1 (deel 2)")
    assert second["levels"] == first["levels"] and second["levels"] is not first["levels"]
    assert second["description"] == first["description"]
    assert [t["id"] for t in data["themes"]] == ["thema-1", "thema-1-2", "thema-2", "thema-3"]
    again = edits.split_theme(check_framework(data), 0)
    assert [t["name"] for t in again["themes"][:3]] == ["Thema 1", "Thema 1 (deel 3)", "Thema 1 (deel 2)"]
    assert again["themes"][1]["id"] == "thema-1-2-2"


def test_a_split_name_skips_taken_names_whatever_their_case() -> None:
    framework = check_framework(edits.set_theme_field(three(), 1, "name", "THEMA 1 (DEEL 2)"))
    assert edits.split_theme(framework, 0)["themes"][1]["name"] == "Thema 1 (deel 3)"


def test_a_long_name_is_shortened_so_the_part_number_fits() -> None:
    """A name of 200 characters used to be cut back to itself: the split never ended."""
    long = check_framework(edits.set_theme_field(three(), 0, "name", "x" * 200))
    data = edits.split_theme(long, 0)
    assert data["themes"][1]["name"] == "x" * 191 + " (deel 2)"
    again = edits.split_theme(check_framework(data), 0)
    assert again["themes"][1]["name"] == "x" * 191 + " (deel 3)"
    assert edits.split_theme(check_framework(again), 1)["themes"][2]["name"] == "x" * 191 + " (deel 4)"


def test_a_merge_joins_names_and_texts_unless_they_are_the_same() -> None:
    framework = check_framework(edits.set_theme_field(three(), 1, "description", "Tweede."))
    framework = check_framework(edits.set_theme_field(framework, 1, "levels.ambitious", "Hoog."))
    data = edits.merge_themes(framework, 0)
    first = data["themes"][0]
    assert [t["id"] for t in data["themes"]] == ["thema-1", "thema-3"]
    assert first["name"] == "Thema 1 en Thema 2"
    assert first["description"] == f"{P}\n\nTweede."
    assert first["levels"] == {"basis": P, "significant": P, "ambitious": f"{P}\n\nHoog."}


def test_a_merge_stays_within_the_lengths() -> None:
    framework = check_framework(edits.set_theme_field(three(), 0, "name", "a" * 150))
    framework = check_framework(edits.set_theme_field(framework, 1, "name", "b" * 150))
    framework = check_framework(edits.set_theme_field(framework, 0, "description", "c" * 3000))
    framework = check_framework(edits.set_theme_field(framework, 1, "description", "d" * 3000))
    first = edits.merge_themes(framework, 0)["themes"][0]
    assert first["name"] == ("a" * 150 + " en " + "b" * 150)[:200]
    assert first["description"] == ("c" * 3000 + "\n\n" + "d" * 3000)[:4000]


def test_the_edits_give_plain_json_data() -> None:
    framework = three()
    assert edits.data_of(framework)["date"] == "2027-01-01"
    assert json.loads(json.dumps(edits.add_theme(framework, "Vier"))) == edits.add_theme(framework, "Vier")
