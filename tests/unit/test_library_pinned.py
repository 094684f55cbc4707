"""The criteria library, pinned: each refusal in full in Dutch and English (the criterion's own checks
wholly in Dutch), placeholders taken from every text, ids, revisions and what an import says."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from ambitieweb.model.library import (
    LIBRARY_SET,
    MAX_CRITERIA,
    LibraryError,
    check_criterion,
    check_library,
    library_set,
    merged,
    new_id,
    revised,
    with_placeholders,
)


def data(ident: str = "eigen-a", **changes: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "theme": "klimaat",
        "level": 1,
        "kind": "requirement",
        "title": "Titel",
        "text": "Tekst.",
        "verification": "Bewijs.",
        "guidance": "Toelichting.",
    } | changes


def refusal(raw: Any, source: str = "", library: bool = False) -> tuple[str, str]:
    with pytest.raises(LibraryError) as caught:
        if library:
            check_library(raw, source)
        else:
            check_criterion(raw, source)
    return caught.value.nl, caught.value.en


@pytest.mark.parametrize(
    ("changes", "nl", "en"),
    [
        (
            {"kind": "award"},
            "veld beoordeling: een gunningscriterium heeft een beoordeling nodig",
            "field scoring: an award criterion needs a scoring method (scoring)",
        ),
        (
            {"scoring": "Punten."},
            "veld beoordeling: alleen een gunningscriterium heeft een beoordeling",
            "field scoring: only award criteria have a scoring method (scoring)",
        ),
        (
            {"text": "In {{zone}} en {{jaar}}."},
            "veld invulvelden: invulvelden zonder omschrijving: ['jaar', 'zone']",
            "field placeholders: placeholders without a description: ['jaar', 'zone']",
        ),
        (
            {"placeholders": {"zone": "De zone"}},
            "veld invulvelden: omschreven invulvelden die de tekst niet gebruikt: ['zone']",
            "field placeholders: described placeholders not used in the text: ['zone']",
        ),
    ],
)
def test_the_criterions_own_checks_are_said_wholly_in_dutch(
    changes: dict[str, Any], nl: str, en: str
) -> None:
    assert refusal(data(**changes), "bib.toml") == (
        f"bib.toml: criterium 'eigen-a', {nl}",
        f"bib.toml: criterion 'eigen-a', {en}",
    )


def test_a_field_refusal_names_criterion_and_field_and_no_source_means_no_prefix() -> None:
    nl, en = refusal(data(level=0))
    assert nl == "criterium 'eigen-a', veld niveau: " + nl.split(": ", 1)[1]
    assert en.startswith("criterion 'eigen-a', field level: ")
    nl, en = refusal(data(id=""))
    assert nl.startswith("criterium, veld id: ") and en.startswith("criterion, field id: ")


def test_a_library_names_each_criterion_by_id_or_by_number() -> None:
    raw = {"criteria": [data(), data(id="", title=""), data("eigen-b", kind="award")]}
    nl, en = refusal(raw, "bib.toml", library=True)
    parts = nl.removeprefix("bib.toml: ").split("; ")
    assert [p.split(":")[0] for p in parts] == [
        "criterium 2, veld id",
        "criterium 2, veld titel",
        "criterium 'eigen-b', veld beoordeling",
    ]
    assert en.startswith("bib.toml: criterion 2, field id: ")


def test_a_library_twice_the_same_id_and_a_wrong_shape() -> None:
    assert refusal({"criteria": [data(), data()]}, library=True) == (
        "criterium 'eigen-a': dit id komt twee keer voor",
        "criterion 'eigen-a': this id occurs twice",
    )
    nl, en = refusal({"criteria": "geen lijst"}, library=True)
    assert nl.startswith("bibliotheek, veld criteria: ") and en.startswith("library, field criteria: ")
    nl, en = refusal({"criteria": [], "extra": 1}, library=True)
    assert nl.startswith("bibliotheek, veld extra: ") and en.startswith("library, field extra: ")


def test_a_library_of_more_than_the_limit_is_refused() -> None:
    many = {"criteria": [data(f"eigen-{n}") for n in range(MAX_CRITERIA + 1)]}
    nl, en = refusal(many, library=True)
    assert (nl, en) == (
        f"bibliotheek: heeft te veel criteria (hoogstens {MAX_CRITERIA})",
        f"library: has too many criteria (at most {MAX_CRITERIA})",
    )
    assert len(check_library({"criteria": many["criteria"][:MAX_CRITERIA]}).criteria) == MAX_CRITERIA


def test_ten_problems_are_listed_and_the_rest_counted() -> None:
    raw = {"criteria": [data(f"eigen-{n}", title="") for n in range(12)]}
    nl, en = refusal(raw, library=True)
    assert nl.count("veld titel") == 10 and nl.endswith(" (+2)") and en.endswith(" (+2)")
    raw = {"criteria": [data(f"eigen-{n}", title="") for n in range(10)]}
    nl, en = refusal(raw, library=True)
    assert nl.count("veld titel") == 10 and not nl.endswith(")")


def test_placeholders_are_taken_from_text_verification_and_scoring_sorted() -> None:
    raw = data(
        text="In {{zone}}.",
        verification="Vanaf {{jaar}}.",
        scoring="Tot {{punten}} punten.",
        placeholders={"zone": "De zone", "weg": "Weg", "jaar": ""},
    )
    assert with_placeholders(raw)["placeholders"] == {"jaar": "jaar", "punten": "punten", "zone": "De zone"}
    bare = {"id": "x", "scoring": None}
    assert with_placeholders(bare) == {"id": "x", "scoring": None, "placeholders": {}}
    assert with_placeholders({"verification": "{{a}}"})["placeholders"] == {"a": "a"}


def test_new_ids_from_titles() -> None:
    assert new_id("Zero-emissie!", set()) == "eigen-zero-emissie"
    assert new_id("Één café", set()) == "eigen-een-cafe"
    assert new_id("!!!", set()) == "eigen-criterium"
    assert new_id("a" * 60, set()) == "eigen-" + "a" * 48
    assert new_id("a" * 47 + " b", set()) == "eigen-" + "a" * 47
    taken = {"eigen-zon", "eigen-zon-2"}
    assert new_id("Zon", taken) == "eigen-zon-3"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kind", "award"),
        ("level", 2),
        ("title", "Anders"),
        ("text", "Andere tekst."),
        ("verification", "Ander bewijs."),
        ("placeholders", {"x": "X"}),
    ],
)
def test_each_part_of_the_wording_raises_the_revision(field: str, value: Any) -> None:
    before = check_criterion(data(revision=3))
    changes: dict[str, Any] = {field: value}
    if field == "kind":
        changes["scoring"] = "Punten."
    if field == "placeholders":
        changes["text"] = "Met {{x}}."
    after = check_criterion(data(revision=3, **changes))
    assert revised(before, after).revision == 4
    assert revised(before, before.model_copy(update={"guidance": "Anders."})).revision == 3


def test_scoring_alone_raises_the_revision() -> None:
    before = check_criterion(data(kind="award", scoring="Punten."))
    after = check_criterion(data(kind="award", scoring="Andere punten."))
    assert revised(before, after).revision == 2


def test_the_library_as_a_criteria_set() -> None:
    criterion = check_criterion(data())
    library = library_set([criterion], 7)
    assert (library.id, library.title, library.version, library.frameworks) == (
        LIBRARY_SET,
        "Eigen bibliotheek",
        "7",
        (LIBRARY_SET,),
    )
    assert library.date == dt.date.today() and library.criteria == (criterion,)
    assert library_set(()).version == "1"


def test_an_import_says_what_it_added_and_how_many_were_there() -> None:
    stored = [check_criterion(data("eigen-a"))]
    imported = check_library(
        {"criteria": [data("eigen-d"), data("eigen-a", title="Anders"), data("eigen-c", title="Nieuw")]}
    )
    added, notes = merged(stored, imported, {"catalogus-x"})
    assert [c.id for c in added] == ["eigen-anders", "eigen-c"]
    assert notes == [
        ("Criterium 'Anders' is toegevoegd.", "Criterion 'Anders' was added."),
        ("Criterium 'Nieuw' is toegevoegd.", "Criterion 'Nieuw' was added."),
        ("1 criteria stonden er al.", "1 criteria were there already."),
    ]
    again, notes = merged([*stored, *added], imported, set())
    assert again == [] and notes == [("3 criteria stonden er al.", "3 criteria were there already.")]
    twice = check_library({"criteria": [data("eigen-x", title="Zelfde"), data("eigen-y", title="Zelfde")]})
    added, _notes = merged([], twice, set())
    assert [c.id for c in added] == ["eigen-x"]


def test_an_import_taking_a_taken_id_twice_gets_two_new_ids() -> None:
    stored = [check_criterion(data("eigen-a", title="Oud"))]
    imported = check_library(
        {"criteria": [data("eigen-a", title="Nieuw"), data("eigen-nieuw", title="Nieuw 2")]}
    )
    added, _notes = merged(stored, imported, set())
    assert [c.id for c in added] == ["eigen-nieuw", "eigen-nieuw-2"]


def test_a_catalogue_id_is_refused_with_file_and_criterion() -> None:
    imported = check_library({"criteria": [data("eigen-a"), data("cat-1")]})
    with pytest.raises(LibraryError) as caught:
        merged([], imported, {"cat-1"}, "bib.toml")
    assert (caught.value.nl, caught.value.en) == (
        "bib.toml: criterium 'cat-1', veld id: dit id is van een criterium uit de catalogus",
        "bib.toml: criterion 'cat-1', field id: this id is a catalogue criterion's",
    )
    with pytest.raises(LibraryError) as caught:
        merged([], imported, {"cat-1"})
    assert caught.value.nl.startswith("criterium 'cat-1'")


def test_a_criterion_that_is_no_table_is_named_by_its_place_or_by_its_id() -> None:
    @dataclass
    class Other:
        id: str

    nl, en = refusal({"criteria": [data(), "geen criterium"]}, library=True)
    assert (nl, en) == ("criterium 2: moet een object zijn", "criterion 2: must be an object")
    nl, en = refusal({"criteria": [Other("los")]}, library=True)
    assert (nl, en) == ("criterium 'los': moet een object zijn", "criterion 'los': must be an object")


def test_a_problem_inside_a_field_names_the_field() -> None:
    raw = data(text="In {{zone}}.", placeholders={"zone": ""})
    assert refusal(raw) == (
        "criterium 'eigen-a', veld invulvelden: mag niet leeg zijn",
        "criterion 'eigen-a', field placeholders: must not be empty",
    )


def test_data_of_the_wrong_shape_is_refused_with_a_message() -> None:
    assert refusal("geen criterium") == ("criterium: moet een object zijn", "criterion: must be an object")
    assert refusal("geen bibliotheek", library=True) == (
        "bibliotheek: moet een object zijn",
        "library: must be an object",
    )
    assert refusal(["geen", "bibliotheek"], library=True) == (
        "bibliotheek: moet een object zijn",
        "library: must be an object",
    )
    # criteria given as any sequence, not only a list: still named by their place
    raw = {"criteria": iter([data(), "geen criterium"])}
    assert refusal(raw, library=True) == (
        "criterium 2: moet een object zijn",
        "criterion 2: must be an object",
    )


def test_without_a_source_a_library_refusal_has_no_prefix() -> None:
    with pytest.raises(LibraryError) as caught:
        check_library({"criteria": [data(title="", text="")]})
    assert (caught.value.nl, caught.value.en) == (
        "criterium 'eigen-a', veld titel: mag niet leeg zijn; "
        "criterium 'eigen-a', veld tekst: mag niet leeg zijn",
        "criterion 'eigen-a', field title: must not be empty; "
        "criterion 'eigen-a', field text: must not be empty",
    )


def test_eleven_problems_show_ten_and_one_more_in_both_languages() -> None:
    raw = {"criteria": [data(f"eigen-{n}", title="") for n in range(11)]}
    nl, en = refusal(raw, "bib.toml", library=True)
    assert nl == (
        "bib.toml: "
        + "; ".join(f"criterium 'eigen-{n}', veld titel: mag niet leeg zijn" for n in range(10))
        + " (+1)"
    )
    assert en == (
        "bib.toml: "
        + "; ".join(f"criterion 'eigen-{n}', field title: must not be empty" for n in range(10))
        + " (+1)"
    )


def test_an_id_from_a_title_starting_with_punctuation_keeps_its_full_length() -> None:
    assert new_id("!" + "a" * 60, set()) == "eigen-" + "a" * 48
    assert new_id("  -- Zon --  ", set()) == "eigen-zon"
