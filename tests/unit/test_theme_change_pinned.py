"""Changing themes, pinned: what a dropped theme says in Dutch and English (one and more, nothing),
the order themes get, and each difference between two framework versions."""

from __future__ import annotations

import pytest

from ambitieweb.catalogue import default_catalogue
from ambitieweb.model import framework_edits as edits
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Framework, check_framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import ChosenCriterion, Goal, Measure, Participant, Session
from ambitieweb.model.theme_change import (
    Dropped,
    change_themes,
    differences,
    dropped,
    moved_themes,
    newer_version,
)

MVI = default_catalogue().framework("mvi-nationaal-plan")


def gone(**counts: int) -> Dropped:
    fields: dict[str, int] = {"goals": 0, "measures": 0, "votes": 0, "criteria": 0} | counts
    return Dropped(
        theme_id="klimaat",
        name="Klimaat",
        ambition=Level.UNSET,
        current=Level.UNSET,
        rationale=False,
        **fields,
    )


def test_a_theme_holding_nothing_says_so_and_dutch_is_the_default() -> None:
    empty = gone()
    assert empty.text() == "Klimaat: nog geen gegevens"
    assert empty.text("nl") == "Klimaat: nog geen gegevens"
    assert empty.text("en") == "Klimaat: no data yet"


def test_each_count_is_singular_for_one_and_plural_for_more() -> None:
    one = gone(goals=1, measures=1, votes=1, criteria=1)
    two = gone(goals=2, measures=3, votes=4, criteria=5)
    assert one.text() == "Klimaat: 1 doel, 1 maatregel, 1 stem, 1 criterium"
    assert one.text("en") == "Klimaat: 1 goal, 1 measure, 1 vote, 1 criterion"
    assert two.text() == "Klimaat: 2 doelen, 3 maatregelen, 4 stemmen, 5 criteria"
    assert two.text("en") == "Klimaat: 2 goals, 3 measures, 4 votes, 5 criteria"


def test_levels_and_rationale_come_first_in_both_languages() -> None:
    full = Dropped("klimaat", "Klimaat", Level.AMBITIOUS, Level.BASIS, True, 0, 2, 0, 0)
    assert full.text() == "Klimaat: ambitie 3, huidig niveau 1, onderbouwing, 2 maatregelen"
    assert full.text("en") == "Klimaat: ambition 3, current level 1, rationale, 2 measures"


def test_dropped_counts_named_votes_and_tallies_and_a_blank_rationale_is_none() -> None:
    session = Session.new(MVI, "Catering")
    ann = Participant(name="Ann")
    session.participants = [ann]
    entry = session.themes[0]
    entry.rationale = "  \n "
    entry.votes = {ann.id: Level.BASIS}
    entry.tally = (1, 2, 3)
    entry.goals = [Goal(indicator="a"), Goal(indicator="b")]
    entry.measures = [Measure(what="m")]
    crit = ChosenCriterion(theme_id=entry.theme_id, kind=CriterionKind.REQUIREMENT, title="E", text="T")
    other = ChosenCriterion(
        theme_id=session.themes[1].theme_id, kind=CriterionKind.AWARD, title="G", text="T"
    )
    session.criteria = [crit, crit.model_copy(update={"id": "f" * 32}), other]
    keep = [e.theme_id for e in session.themes[1:]]
    [first] = dropped(session, MVI, keep)
    assert first == Dropped(
        theme_id=entry.theme_id,
        name=MVI.theme(entry.theme_id).name,
        ambition=Level.UNSET,
        current=Level.UNSET,
        rationale=False,
        goals=2,
        measures=1,
        votes=7,
        criteria=2,
    )


def test_a_theme_the_framework_does_not_know_is_named_by_its_id() -> None:
    session = Session.new(MVI, "Catering")
    own = check_framework(edits.add_theme(MVI, "Welzijn") | {"id": "eigen"})
    change_themes(session, own, [session.themes[0].theme_id, "welzijn"])
    [welzijn] = dropped(session, MVI, [session.themes[0].theme_id])
    assert (welzijn.theme_id, welzijn.name) == ("welzijn", "welzijn")


def test_themes_take_the_frameworks_order_not_the_order_asked() -> None:
    session = Session.new(MVI, "Catering")
    ids = [t.id for t in MVI.themes]
    change_themes(session, MVI, [ids[2], ids[0]])
    assert [e.theme_id for e in session.themes] == [ids[0], ids[2]]
    assert (session.framework_id, session.framework_version) == (MVI.id, MVI.version)


def test_the_first_unknown_theme_is_named() -> None:
    session = Session.new(MVI, "Catering")
    with pytest.raises(KeyError) as raised:
        change_themes(session, MVI, [MVI.themes[0].id, "onbekend", "ook-onbekend"])
    assert raised.value.args == ("onbekend",)
    with pytest.raises(ValueError, match=r"^a session keeps at least one theme$"):
        change_themes(session, MVI, [])


def test_criteria_of_kept_themes_stay_in_their_order() -> None:
    session = Session.new(MVI, "Catering")
    a, b = session.themes[0].theme_id, session.themes[1].theme_id
    criteria = [
        ChosenCriterion(theme_id=t, kind=CriterionKind.REQUIREMENT, title=f"{t}{n}", text="x")
        for n, t in enumerate([b, a, b, a])
    ]
    session.criteria = criteria
    change_themes(session, MVI, [a])
    assert session.criteria == [criteria[1], criteria[3]]


def own(**changes: object) -> Framework:
    return check_framework(edits.from_template(MVI, "mvi-eigen", "MVI (eigen)", "2027-01-01") | changes)


def test_moving_keeps_the_themes_it_had_and_adds_only_the_compulsory_new_ones() -> None:
    first = own()
    session = Session.new(first, "Catering")
    optional = [t.id for t in first.themes if t.optional]
    assert optional, "the MVI plan has an optional theme (innovatie)"
    newer = check_framework(edits.add_theme(first, "Welzijn") | {"version": "1.1"})
    assert moved_themes(session, newer) == [t.id for t in newer.themes if not t.optional]
    change_themes(session, first, [t.id for t in first.themes])
    assert moved_themes(session, newer) == [t.id for t in newer.themes]


def test_every_difference_between_two_versions_in_both_languages() -> None:
    first = own()
    data = edits.set_theme_field(first, 1, "description", "Andere beschrijving.")
    second = check_framework(edits.move_theme(check_framework(data), 0, 2) | {"title": "MVI anders"})
    name = first.themes[1].name
    assert differences(first, second) == [
        (
            f"Thema '{name}': andere beschrijving of niveauteksten",
            f"Theme '{name}': other description or level texts",
        ),
        ("Andere volgorde van de thema's", "Themes in another order"),
        ("Nieuwe titel: MVI anders", "New title: MVI anders"),
    ]
    levels = check_framework(edits.set_theme_field(first, 0, "levels.basis", "Anders."))
    assert differences(first, levels) == [
        (
            f"Thema '{first.themes[0].name}': andere beschrijving of niveauteksten",
            f"Theme '{first.themes[0].name}': other description or level texts",
        )
    ]
    assert differences(first, first) == []


def test_added_removed_and_renamed_themes_in_english_too() -> None:
    first = own()
    renamed = check_framework(edits.set_theme_field(first, 0, "name", "Klimaat en energie"))
    second = check_framework(edits.add_theme(check_framework(edits.remove_theme(renamed, 1)), "Welzijn"))
    assert [en for _nl, en in differences(first, second)] == [
        "Theme 'Klimaat' is now called 'Klimaat en energie'",
        "New theme: Welzijn",
        f"Theme removed: {first.themes[1].name}",
    ]


def test_the_newest_of_several_newer_versions_of_the_same_framework() -> None:
    first, second, third = own(), own(version="1.2"), own(version="1.10")
    other = own(id="ander", version="9.0")
    session = Session.new(second, "Catering")
    assert newer_version(session, [first, second, other, third]) == third
    assert newer_version(session, [first, second, other]) is None
    assert newer_version(Session.new(third, "x"), [first, second, third]) is None


def test_a_new_theme_first_does_not_hide_the_changes_after_it() -> None:
    first = own()
    renamed = check_framework(edits.set_theme_field(first, 0, "name", "Klimaat en energie"))
    second = check_framework(edits.add_theme(renamed, "Welzijn", 0))
    assert [nl for nl, _en in differences(first, second)] == [
        "Nieuw thema: Welzijn",
        "Thema 'Klimaat' heet nu 'Klimaat en energie'",
    ]
