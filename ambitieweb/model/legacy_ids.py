"""Stable ids for participants saved before they had one (session files v1, database 0001).

The same person gets the same id wherever an old copy of a session turns up: in an old file, in
the upgraded database, in an agreed version. The id is derived from the session's id and the
person's position, and a snapshot reuses the id of the same person (same name, role and
organisation) in its session. The file upgrade 1 -> 2 and migration 0002 both rely on this:
do not change the derivation.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

_NAMESPACE = uuid.UUID("6f0c2a1e-8d4b-4c55-9a57-3e1b7d2c9f40")  # fixed once, for Ambitieweb


def derived_participant_id(owner_id: str, position: int) -> str:
    """The id of the participant at `position` in the session (or snapshot) `owner_id`."""
    return uuid.uuid5(_NAMESPACE, f"{owner_id}/participants/{position}").hex


def _person(participant: Mapping[str, Any]) -> tuple[str, str, str]:
    """Who someone is, as a key (any JSON value: a hand-made file may hold lists here)."""
    return tuple(repr(participant.get(k)) for k in ("name", "role", "organisation"))  # type: ignore[return-value]


def fill_participant_ids(
    participants: object, owner_id: str, same_people: Iterable[Mapping[str, Any]] = ()
) -> None:
    """Give every participant dict without an id a stable one, in place.

    `same_people` are participants with ids (the session's, for a snapshot): a participant equal
    to one of them in name, role and organisation takes that id, each id used once. Anything
    that is not a list of dicts is left alone for validation to report.
    """
    if not isinstance(participants, list):
        return
    taken = {p["id"] for p in participants if isinstance(p, dict) and isinstance(p.get("id"), str)}
    reusable: dict[tuple[object, object, object], list[str]] = {}
    for known in same_people:
        if isinstance(known.get("id"), str) and known["id"] not in taken:
            reusable.setdefault(_person(known), []).append(known["id"])
    for position, participant in enumerate(participants):
        if not isinstance(participant, dict) or "id" in participant:
            continue
        matches = reusable.get(_person(participant))
        new = matches.pop(0) if matches else derived_participant_id(owner_id, position)
        while new in taken:  # only a hostile or hand-made file gets here
            new = uuid.uuid5(_NAMESPACE, new).hex
        participant["id"] = new
        taken.add(new)


def fill_session_ids(session: object, snapshots: object = ()) -> None:
    """Participant ids for a session dict and the session dicts of its snapshot dicts."""
    people: list[Mapping[str, Any]] = []
    session_id = ""
    if isinstance(session, dict):
        session_id = str(session.get("id", ""))
        fill_participant_ids(session.get("participants"), session_id)
        if isinstance(session.get("participants"), list):
            people = [p for p in session["participants"] if isinstance(p, dict)]
    if not isinstance(snapshots, list):
        return
    for index, snapshot in enumerate(snapshots):
        if isinstance(snapshot, dict) and isinstance(snapshot.get("session"), dict):
            owner = str(snapshot.get("id") or f"{session_id}/snapshots/{index}")
            fill_participant_ids(snapshot["session"].get("participants"), owner, people)
