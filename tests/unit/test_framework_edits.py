"""The editor's theme actions as pure edits: ids kept where data hangs on them."""

from __future__ import annotations

from ambitieweb.catalogue import Catalogue
from ambitieweb.model import framework_edits as edits
from ambitieweb.model.framework import check_framework


def test_slugs_are_plain_and_unique() -> None:
    assert edits.slug("Welzijn & zorg", set()) == "welzijn-zorg"
    assert edits.slug("Ëcologie", {"ecologie"}) == "ecologie-2"
    assert edits.slug("!!!", set()) == "thema"


def test_split_and_merge_keep_the_first_id(catalogue: Catalogue) -> None:
    mvi = catalogue.framework("mvi-nationaal-plan")
    split = check_framework(edits.split_theme(mvi, 0))
    assert [t.id for t in split.themes[:2]] == ["klimaat", "klimaat-2"]
    again = check_framework(edits.split_theme(split, 0))
    assert again.themes[1].name == "Klimaat (deel 3)" or again.themes[1].name.startswith("Klimaat (deel")
    merged = check_framework(edits.merge_themes(split, 0))
    assert merged.themes[0].id == "klimaat" and len(merged.themes) == len(mvi.themes)
    assert merged.themes[0].levels.basis == mvi.themes[0].levels.basis  # the same text is not doubled


def test_an_empty_framework_is_valid_and_names_its_placeholders() -> None:
    framework = check_framework(edits.empty_framework("eigen", "Eigen", "2027-01-01"))
    assert [t.id for t in framework.themes] == ["thema-1", "thema-2", "thema-3"]
    assert framework.themes[0].levels.ambitious == edits.PLACEHOLDER


def test_an_own_framework_from_a_preset_is_offered_the_presets_criteria_and_groups(
    catalogue: Catalogue,
) -> None:
    mvi = catalogue.framework("mvi-nationaal-plan")
    own = check_framework(edits.from_template(mvi, "mvi-eigen", "MVI (eigen)", "2027-01-01"))
    assert own.based_on == "mvi-nationaal-plan"
    again = check_framework(edits.from_template(own, "mvi-eigen-2", "MVI (eigen 2)", "2027-01-01"))
    assert again.based_on == "mvi-nationaal-plan"
    mine = catalogue.with_own([own, again])
    offered = catalogue.criteria("mvi-nationaal-plan", "klimaat")
    assert offered and mine.criteria("mvi-eigen", "klimaat") == offered == mine.criteria(
        "mvi-eigen-2", "klimaat"
    )
    assert mine.groups_for("mvi-eigen") == catalogue.groups_for("mvi-nationaal-plan")
    empty = check_framework(edits.empty_framework("leeg", "Leeg", "2027-01-01"))
    assert catalogue.with_own([empty]).criteria("leeg", "thema-1") == []
