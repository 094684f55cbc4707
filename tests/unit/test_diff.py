"""Undo steps keep what an edit changed; applied forward or back they give exactly either session."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from ambitieweb.model.diff import FieldChange, SliceChange, apply, diff, merge
from ambitieweb.model.levels import Level
from ambitieweb.model.session import ChosenCriterion, Goal, Session
from tests.unit.test_properties import sessions

EXCLUDE = {"id", "revision", "created_at", "updated_at"}


def content(session: Session) -> dict[str, object]:
    return session.model_dump(exclude=EXCLUDE)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions(), sessions())
def test_changes_turn_one_session_into_the_other_and_back(first: Session, second: Session) -> None:
    live = first.model_copy(deep=True)
    changes = diff(content(first), content(second))
    apply(live, changes)
    assert content(live) == content(second)
    apply(live, changes, forward=False)
    assert content(live) == content(first)


def test_a_level_change_is_one_field() -> None:
    from ambitieweb.catalogue import default_catalogue

    session = Session.new(default_catalogue().framework("duurzaam-gww"), "Weg")
    session.criteria = [
        ChosenCriterion(theme_id="energie", kind="award", title=f"C{i}", text="t") for i in range(500)
    ]
    before = content(session)
    session.themes[3].ambition = Level.AMBITIOUS
    assert diff(before, content(session)) == [FieldChange(("themes", 3, "ambition"), 0, Level.AMBITIOUS)]


def test_a_criterion_added_in_the_middle_is_one_slice() -> None:
    from ambitieweb.catalogue import default_catalogue

    session = Session.new(default_catalogue().framework("duurzaam-gww"), "Weg")
    session.criteria = [
        ChosenCriterion(theme_id="energie", kind="award", title=f"C{i}", text="t") for i in range(50)
    ]
    before = content(session)
    extra = ChosenCriterion(theme_id="water", kind="requirement", title="Nieuw", text="t")
    session.criteria = [*session.criteria[:20], extra, *session.criteria[20:]]
    [change] = diff(before, content(session))
    assert isinstance(change, SliceChange) and (change.start, change.old) == (20, ())
    assert [c["title"] for c in change.new] == ["Nieuw"]


def test_typing_merges_into_one_change_and_a_goal_edit_touches_one_goal() -> None:
    from ambitieweb.catalogue import default_catalogue

    session = Session.new(default_catalogue().framework("mvi-nationaal-plan"), "Schoonmaak")
    session.themes[0].goals = [Goal(indicator="CO2"), Goal(indicator="Km")]
    steps = []
    for text in ("W", "We", "Wel"):
        before = content(session)
        session.themes[0].rationale = text
        steps.append(diff(before, content(session)))
    merged = merge(merge(steps[0], steps[1]), steps[2])
    assert merged == [FieldChange(("themes", 0, "rationale"), "", "Wel")]
    before = content(session)
    session.themes[0].goals = [session.themes[0].goals[0], Goal(indicator="Km", target=12)]
    assert diff(before, content(session)) == [FieldChange(("themes", 0, "goals", 1, "target"), None, 12.0)]
