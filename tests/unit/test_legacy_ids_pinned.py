"""Ids for participants saved before they had one, pinned: the derivation itself (an old file and the
upgraded database must agree for ever), who counts as the same person, and what is left alone."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from ambitieweb.model.legacy_ids import derived_participant_id, fill_participant_ids, fill_session_ids

NAMESPACE = uuid.UUID("6f0c2a1e-8d4b-4c55-9a57-3e1b7d2c9f40")
OWNER = "a" * 32


def person(name: str = "Ann", role: str = "overig", organisation: str = "", **more: Any) -> dict[str, Any]:
    return {"name": name, "role": role, "organisation": organisation} | more


def ids(participants: list[dict[str, Any]]) -> list[Any]:
    return [p.get("id") for p in participants]


def test_the_derivation_is_fixed() -> None:
    # Literal values: a file upgraded today and a database migrated last year give the same ids.
    assert derived_participant_id(OWNER, 0) == "b0469571d895536f9ae5f79e4596c1a3"
    assert derived_participant_id("", 0) == "46dd84228c0d5b35b4b506ec380288bf"
    assert derived_participant_id(OWNER, 1) == uuid.uuid5(NAMESPACE, f"{OWNER}/participants/1").hex
    assert derived_participant_id(OWNER, 1) != derived_participant_id(OWNER, 0)
    assert derived_participant_id("b" * 32, 0) != derived_participant_id(OWNER, 0)


def test_each_participant_without_an_id_gets_the_one_of_its_position() -> None:
    people = [person("Ann"), person("Bob", id="eigen"), 5, person("Cas")]
    fill_participant_ids(people, OWNER)
    assert people == [
        person("Ann", id=derived_participant_id(OWNER, 0)),
        person("Bob", id="eigen"),
        5,
        person("Cas", id=derived_participant_id(OWNER, 3)),
    ]


def test_an_id_that_is_there_is_kept_whatever_it_is() -> None:
    people = [person("Ann", id=None), person("Bob", id=7)]
    fill_participant_ids(people, OWNER)
    assert ids(people) == [None, 7]


def test_a_derived_id_already_in_use_is_derived_again_until_it_is_free() -> None:
    first = derived_participant_id(OWNER, 1)
    second = uuid.uuid5(NAMESPACE, first).hex
    third = uuid.uuid5(NAMESPACE, second).hex
    people = [person("Ann", id=first), person("Bob"), person("Cas", id=second)]
    fill_participant_ids(people, OWNER)
    assert ids(people) == [first, third, second]


def test_a_hand_made_numeric_id_does_not_count_as_in_use() -> None:
    # Only a text id takes an id: a number is an error validation reports, not a reason to move.
    people = [person("Ann", id=5), person("Bob")]
    fill_participant_ids(people, OWNER)
    assert ids(people) == [5, derived_participant_id(OWNER, 1)]


def test_the_same_person_takes_the_id_from_the_session() -> None:
    session_people = [person("Ann", id="ann-id"), person("Bob", "inkoper", "Gemeente", id="bob-id")]
    snapshot_people = [person("Bob", "inkoper", "Gemeente"), person("Ann")]
    fill_participant_ids(snapshot_people, "b" * 32, session_people)
    assert ids(snapshot_people) == ["bob-id", "ann-id"]


def test_name_role_and_organisation_each_make_another_person() -> None:
    session_people = [person("Ann", "inkoper", "Gemeente", id="ann-id")]
    others = [
        person("Anna", "inkoper", "Gemeente"),
        person("Ann", "overig", "Gemeente"),
        person("Ann", "inkoper", "Provincie"),
        person("Ann", "inkoper", "Gemeente", email="x"),  # other fields do not matter
    ]
    fill_participant_ids(others, "b" * 32, session_people)
    assert ids(others) == [derived_participant_id("b" * 32, i) for i in range(3)] + ["ann-id"]


def test_a_missing_field_is_not_an_empty_one() -> None:
    session_people = [{"name": "Ann", "role": "overig", "id": "ann-id"}]
    snapshot_people = [person("Ann", "overig", ""), {"name": "Ann", "role": "overig"}]
    fill_participant_ids(snapshot_people, "b" * 32, session_people)
    assert ids(snapshot_people) == [derived_participant_id("b" * 32, 0), "ann-id"]


def test_a_hand_made_name_that_is_a_list_is_still_compared() -> None:
    session_people = [{"name": ["Ann"], "role": "overig", "organisation": "", "id": "ann-id"}]
    snapshot_people: list[dict[str, Any]] = [
        {"name": ["Ann"], "role": "overig", "organisation": ""},
        {"name": ["Bob"]},
    ]
    fill_participant_ids(snapshot_people, "b" * 32, session_people)
    assert ids(snapshot_people) == ["ann-id", derived_participant_id("b" * 32, 1)]


def test_each_session_id_is_used_once_in_order() -> None:
    session_people = [person(id="first"), person(id="second")]
    snapshot_people = [person(), person(), person()]
    fill_participant_ids(snapshot_people, "b" * 32, session_people)
    assert ids(snapshot_people) == ["first", "second", derived_participant_id("b" * 32, 2)]


def test_a_session_id_already_in_the_snapshot_is_not_given_twice() -> None:
    session_people = [person(id="ann-id")]
    snapshot_people = [person("Ann", id="ann-id"), person("Ann")]
    fill_participant_ids(snapshot_people, "b" * 32, session_people)
    assert ids(snapshot_people) == ["ann-id", derived_participant_id("b" * 32, 1)]


def test_a_session_person_without_a_text_id_gives_none() -> None:
    session_people = [person(), person(id=3)]
    snapshot_people = [person()]
    fill_participant_ids(snapshot_people, "b" * 32, session_people)
    assert ids(snapshot_people) == [derived_participant_id("b" * 32, 0)]


def test_a_taken_over_id_is_not_given_again_to_a_later_position() -> None:
    # Ann takes the session's id, which happens to be the id position 1 derives: Bob moves on.
    taken_over = derived_participant_id("b" * 32, 1)
    snapshot_people = [person("Ann"), person("Bob")]
    fill_participant_ids(snapshot_people, "b" * 32, [person("Ann", id=taken_over)])
    assert ids(snapshot_people) == [taken_over, uuid.uuid5(NAMESPACE, taken_over).hex]


def test_anything_but_a_list_is_left_for_validation() -> None:
    for odd in (None, "x", {"name": "Ann"}, (person(),)):
        before = copy.deepcopy(odd)
        fill_participant_ids(odd, OWNER, [person(id="ann-id")])
        assert odd == before


def test_a_session_and_its_snapshots_agree_on_their_people() -> None:
    session: dict[str, Any] = {"id": OWNER, "participants": [person("Ann"), person("Bob")]}
    snapshots: list[Any] = [
        {"id": "c" * 32, "session": {"participants": [person("Bob"), person("Eva")]}},
        {"session": {"participants": [person("Ann")]}},
        {"id": "", "session": {"participants": [person("Eva")]}},
    ]
    fill_session_ids(session, snapshots)
    ann, bob = derived_participant_id(OWNER, 0), derived_participant_id(OWNER, 1)
    assert ids(session["participants"]) == [ann, bob]
    assert ids(snapshots[0]["session"]["participants"]) == [bob, derived_participant_id("c" * 32, 1)]
    assert ids(snapshots[1]["session"]["participants"]) == [ann]
    # no id of its own: the snapshot is named by the session and its place in the list
    assert ids(snapshots[2]["session"]["participants"]) == [derived_participant_id(f"{OWNER}/snapshots/2", 0)]


def test_a_snapshot_place_counts_the_odd_items_too() -> None:
    session = {"id": OWNER, "participants": []}
    snapshots: list[Any] = [5, {"session": None}, {"session": {"participants": [person("Eva")]}}]
    fill_session_ids(session, snapshots)
    assert ids(snapshots[2]["session"]["participants"]) == [derived_participant_id(f"{OWNER}/snapshots/2", 0)]


def test_a_session_without_an_id_derives_from_the_empty_text() -> None:
    session: dict[str, Any] = {"participants": [person("Ann")]}
    snapshots: list[Any] = [{"session": {"participants": [person("Eva")]}}]
    fill_session_ids(session, snapshots)
    assert ids(session["participants"]) == [derived_participant_id("", 0)]
    assert ids(snapshots[0]["session"]["participants"]) == [derived_participant_id("/snapshots/0", 0)]


def test_a_numeric_session_id_is_used_as_text() -> None:
    session: dict[str, Any] = {"id": 7, "participants": [person("Ann")]}
    fill_session_ids(session)
    assert ids(session["participants"]) == [derived_participant_id("7", 0)]


def test_snapshots_are_filled_without_a_session_to_match() -> None:
    snapshots: list[Any] = [{"id": "c" * 32, "session": {"participants": [person("Ann")]}}]
    snapshots.append({"session": {"participants": [person("Bob")]}})
    fill_session_ids(None, snapshots)
    assert ids(snapshots[0]["session"]["participants"]) == [derived_participant_id("c" * 32, 0)]
    assert ids(snapshots[1]["session"]["participants"]) == [derived_participant_id("/snapshots/1", 0)]
    snapshots = [{"session": {"participants": [person("Ann")]}}]
    fill_session_ids({"id": OWNER, "participants": "x"}, snapshots)
    assert ids(snapshots[0]["session"]["participants"]) == [derived_participant_id(f"{OWNER}/snapshots/0", 0)]


def test_odd_session_people_are_not_matched() -> None:
    session = {"id": OWNER, "participants": [5, person("Ann", id="ann-id")]}
    snapshots: list[Any] = [{"id": "c" * 32, "session": {"participants": [person("Ann")]}}]
    fill_session_ids(session, snapshots)
    assert ids(snapshots[0]["session"]["participants"]) == ["ann-id"]


def test_a_session_is_filled_when_the_snapshots_are_not_a_list() -> None:
    session: dict[str, Any] = {"id": OWNER, "participants": [person("Ann")]}
    fill_session_ids(session, {"session": {"participants": [person("Eva")]}})
    assert ids(session["participants"]) == [derived_participant_id(OWNER, 0)]
    fill_session_ids(session)  # without snapshots: nothing more to do, nothing changes
    assert ids(session["participants"]) == [derived_participant_id(OWNER, 0)]
