"""What an edit changed, pinned: the path of a field change, the stretch a list grew or shrank by (at
the start, in the middle, at the end), a field holding a dict changed whole, applying either way, and
merging the steps of typing in one field."""

from __future__ import annotations

from typing import Any

from ambitieweb.catalogue import default_catalogue
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.diff import Change, FieldChange, SliceChange, apply, diff, merge
from ambitieweb.model.levels import Level
from ambitieweb.model.session import ChosenCriterion, Goal, Participant, Session

MVI = default_catalogue().framework("mvi-nationaal-plan")


def web() -> Session:
    return Session.new(MVI, "Tender")


def crit(title: str) -> ChosenCriterion:
    return ChosenCriterion(theme_id="klimaat", kind=CriterionKind.REQUIREMENT, title=title, text="T")


def dump(session: Session) -> dict[str, Any]:
    return session.model_dump()


def test_no_change_is_no_change() -> None:
    session = web()
    assert diff(dump(session), dump(session)) == []


def test_a_field_deep_in_a_list_has_its_whole_path() -> None:
    before = web()
    after = before.model_copy(deep=True)
    after.themes[2].ambition = Level.SIGNIFICANT
    after.title = "Anders"
    changes = diff(dump(before), dump(after))
    assert sorted(changes, key=lambda c: str(c.path)) == [
        FieldChange(("themes", 2, "ambition"), Level.UNSET, Level.SIGNIFICANT),
        FieldChange(("title",), "Tender", "Anders"),
    ]


def test_a_dict_field_changes_whole() -> None:
    before = web()
    after = before.model_copy(deep=True)
    ann = Participant(name="Ann")
    after.participants = [ann]
    after.themes[0].votes = {ann.id: Level.BASIS}
    [votes] = [c for c in diff(dump(before), dump(after)) if c.path[0] == "themes"]
    assert votes == FieldChange(("themes", 0, "votes"), {}, {ann.id: Level.BASIS})


def slice_of(old: list[str], new: list[str]) -> list[Any]:
    before, after = web(), web()
    after.id = before.id
    after.created_at = before.created_at
    after.updated_at = before.updated_at
    before.criteria = [crit(t) for t in old]
    known = {c.title: c for c in before.criteria}
    after.criteria = [known.get(t) or crit(t) for t in new]
    changes = [c for c in diff(dump(before), dump(after)) if isinstance(c, SliceChange)]
    assert len(changes) == len(diff(dump(before), dump(after)))
    assert all(c.path == ("criteria",) for c in changes)
    return [(c.start, [x["title"] for x in c.old], [x["title"] for x in c.new]) for c in changes]


def test_a_list_that_grew_or_shrank_gives_the_stretch() -> None:
    assert slice_of([], ["a"]) == [(0, [], ["a"])]
    assert slice_of(["a", "b"], ["a", "b", "c"]) == [(2, [], ["c"])]
    assert slice_of(["b", "c"], ["a", "b", "c"]) == [(0, [], ["a"])]
    assert slice_of(["a", "c"], ["a", "b", "c"]) == [(1, [], ["b"])]
    assert slice_of(["a", "b", "c"], ["a"]) == [(1, ["b", "c"], [])]
    assert slice_of(["a", "x", "y", "c"], ["a", "z", "c"]) == [(1, ["x", "y"], ["z"])]


def test_a_list_of_the_same_length_changes_per_item() -> None:
    before = web()
    before.criteria = [crit("a"), crit("b")]
    after = before.model_copy(deep=True)
    after.criteria[1].title = "c"
    assert diff(dump(before), dump(after)) == [FieldChange(("criteria", 1, "title"), "b", "c")]


def test_a_list_of_plain_values_changes_whole() -> None:
    assert diff({"a": [1, 2]}, {"a": [1, 2, 3]}) == [FieldChange(("a",), [1, 2], [1, 2, 3])]
    assert diff([{"x": 1}], [{"x": 1}, 2], ("l",)) == [FieldChange(("l",), [{"x": 1}], [{"x": 1}, 2])]
    assert diff({"a": 1}, {"a": 1, "b": 2}) == [FieldChange(("b",), None, 2)]


def test_apply_forward_and_back_restores_the_session() -> None:
    before = web()
    before.criteria = [crit("a"), crit("b"), crit("c")]
    after = before.model_copy(deep=True)
    after.criteria = [after.criteria[0], crit("x"), after.criteria[2]]
    after.themes[1].goals = [Goal(indicator="KPI")]
    after.themes[0].ambition = Level.AMBITIOUS
    changes = diff(dump(before), dump(after))
    live = before.model_copy(deep=True)
    apply(live, changes)
    assert dump(live) == dump(after)
    assert isinstance(live.criteria[1], ChosenCriterion) and isinstance(live.themes[1].goals[0], Goal)
    apply(live, changes, forward=False)
    assert dump(live) == dump(before)


def test_apply_back_goes_in_reverse_order() -> None:
    session = web()
    first: Change = FieldChange(("title",), "Tender", "A")
    then: Change = FieldChange(("title",), "A", "B")
    apply(session, [first, then])
    assert session.title == "B"
    apply(session, [first, then], forward=False)
    assert session.title == "Tender"


def test_typing_in_one_field_merges_into_one_change_and_a_return_to_the_start_is_none() -> None:
    one: list[Change] = [FieldChange(("title",), "a", "ab")]
    two: list[Change] = [FieldChange(("title",), "ab", "abc"), FieldChange(("subject",), "", "x")]
    assert merge(one, two) == [FieldChange(("title",), "a", "abc"), FieldChange(("subject",), "", "x")]
    assert merge(one, [FieldChange(("title",), "ab", "a")]) == []
    grow: list[Change] = [SliceChange(("criteria",), 0, (), ({"t": 1},))]
    assert merge(one, grow) == [*one, *grow]
    assert merge(grow, one) == [*grow, *one]


def test_two_steps_on_a_new_field_in_one_merge_become_one() -> None:
    first: list[Change] = [FieldChange(("title",), "a", "b")]
    then: list[Change] = [FieldChange(("subject",), "", "x"), FieldChange(("subject",), "x", "xy")]
    assert merge(first, then) == [FieldChange(("title",), "a", "b"), FieldChange(("subject",), "", "xy")]


def test_one_of_two_equal_goals_removed_is_one_goal_less() -> None:
    before = web()
    before.themes[0].goals = [Goal(indicator="KPI"), Goal(indicator="KPI")]
    after = before.model_copy(deep=True)
    after.themes[0].goals = [Goal(indicator="KPI")]
    changes = diff(dump(before), dump(after))
    assert changes == [SliceChange(("themes", 0, "goals"), 1, (Goal(indicator="KPI").model_dump(),), ())]
    apply(before, changes)
    assert dump(before) == dump(after)
