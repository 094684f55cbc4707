"""Changing a session's themes keeps every other theme's data intact (hypothesis), says what goes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ambitieweb.catalogue import Catalogue, default_catalogue
from ambitieweb.model import framework_edits as edits
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import check_framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import ChosenCriterion, Goal, Measure, Participant, Session
from ambitieweb.model.theme_change import change_themes, differences, dropped, moved_themes, newer_version

MVI = default_catalogue().framework("mvi-nationaal-plan")


def filled(session: Session) -> Session:
    """Every theme holds something of its own: levels, rationale, goal, measure, vote, criterion."""
    ann = Participant(name="Ann")
    session.participants = [ann]
    for number, entry in enumerate(session.themes):
        entry.ambition = Level(1 + number % 3)
        entry.current = Level(1 + (number + 1) % 3)
        entry.rationale = f"Waarom {entry.theme_id}"
        entry.goals = [Goal(indicator=f"KPI {entry.theme_id}", target=float(number))]
        entry.measures = [Measure(what=f"Actie {entry.theme_id}")]
        entry.votes = {ann.id: Level.BASIS}
        session.criteria.append(
            ChosenCriterion(
                theme_id=entry.theme_id, kind=CriterionKind.REQUIREMENT, title="Eis", text="Tekst"
            )
        )
    return session


def test_adding_innovatie_keeps_the_others_and_puts_it_in_the_frameworks_place() -> None:
    session = filled(Session.new(MVI, "Catering"))
    before = {e.theme_id: e.model_copy(deep=True) for e in session.themes}
    keep = [e.theme_id for e in session.themes] + ["innovatie"]
    assert dropped(session, MVI, keep) == []
    change_themes(session, MVI, keep)
    assert [e.theme_id for e in session.themes] == [t.id for t in MVI.themes]
    assert session.entry("innovatie").ambition is Level.UNSET
    assert all(session.entry(k) == v for k, v in before.items())


def test_dropping_a_theme_says_what_goes_with_it_first() -> None:
    session = filled(Session.new(MVI, "Catering"))
    keep = [e.theme_id for e in session.themes if e.theme_id != "klimaat"]
    [gone] = dropped(session, MVI, keep)
    assert gone.text("nl") == (
        "Klimaat: ambitie 1, huidig niveau 2, onderbouwing, 1 doel, 1 maatregel, 1 stem, 1 criterium"
    )
    assert gone.text("en").startswith("Klimaat: ambition 1, current level 2, rationale, 1 goal, 1 measure")
    two = dropped(session, MVI, [])[1]
    assert two.text("nl").endswith("1 stem, 1 criterium") and two.goals == 1
    change_themes(session, MVI, keep)
    assert "klimaat" not in [e.theme_id for e in session.themes]
    assert all(c.theme_id != "klimaat" for c in session.criteria) and len(session.criteria) == len(keep)


def test_an_unknown_theme_or_none_at_all_is_refused() -> None:
    session = Session.new(MVI, "Catering")
    with pytest.raises(KeyError):
        change_themes(session, MVI, ["ruimtegebruik"])
    with pytest.raises(ValueError, match="at least one"):
        change_themes(session, MVI, [])


def test_an_own_theme_moves_the_session_to_an_own_framework(catalogue: Catalogue) -> None:
    session = filled(Session.new(MVI, "Catering"))
    before = [e.model_copy(deep=True) for e in session.themes]
    data = edits.from_template(MVI, "mvi-eigen", "MVI (eigen)", "2027-01-01")
    own = check_framework(edits.add_theme(check_framework(data), "Welzijn"))
    keep = [e.theme_id for e in session.themes] + ["welzijn"]
    change_themes(session, own, keep)
    assert (session.framework_id, session.framework_version) == ("mvi-eigen", "1.0")
    assert session.themes[:-1] == before and session.themes[-1].theme_id == "welzijn"


def test_a_newer_version_is_found_and_its_differences_listed() -> None:
    data = edits.from_template(MVI, "mvi-eigen", "MVI (eigen)", "2027-01-01")
    first = check_framework(data)
    renamed = check_framework(edits.set_theme_field(first, 0, "name", "Klimaat en energie"))
    second = check_framework(edits.remove_theme(renamed, 1) | {"version": "1.1"})
    second = check_framework(edits.add_theme(second, "Welzijn") | {"version": "1.1"})
    session = Session.new(first, "Catering")
    assert newer_version(session, [first, second]) == second
    assert newer_version(session, [first]) is None
    notes = [nl for nl, _en in differences(first, second)]
    assert notes == [
        "Thema 'Klimaat' heet nu 'Klimaat en energie'",
        "Nieuw thema: Welzijn",
        f"Thema vervalt: {first.themes[1].name}",
    ]
    assert moved_themes(session, second) == [t.id for t in second.themes if not t.optional]


theme_ids = [t.id for t in MVI.themes]


@settings(max_examples=60, deadline=None)
@given(
    start=st.lists(st.sampled_from(theme_ids), min_size=1, unique=True),
    keep=st.lists(st.sampled_from(theme_ids), min_size=1, unique=True),
)
def test_a_theme_change_keeps_every_other_themes_data_intact(start: list[str], keep: list[str]) -> None:
    session = Session.new(MVI, "Eigenschap")
    change_themes(session, MVI, start)
    filled(session)
    before = {e.theme_id: e.model_copy(deep=True) for e in session.themes}
    criteria = {c.id: c.model_copy() for c in session.criteria}
    gone = {d.theme_id for d in dropped(session, MVI, keep)}
    change_themes(session, MVI, keep)
    assert [e.theme_id for e in session.themes] == [t for t in theme_ids if t in keep]
    for entry in session.themes:
        if entry.theme_id in before:
            assert entry == before[entry.theme_id]
        else:
            assert entry.ambition is Level.UNSET and entry.goals == []
    assert gone == set(before) - set(keep)
    assert {c.id: c for c in session.criteria} == {k: v for k, v in criteria.items() if v.theme_id in keep}
    Session.model_validate(session.model_dump())  # still a valid session
