"""What a session file must hold beyond its schema: a known framework and themes, votes by the
session's participants, agreed versions of this session, unique ids and numbers; and the error a file
that fails gets (`SessionFileError`, saying what is wrong and where)."""

from __future__ import annotations

from typing import Any

from ambitieweb.catalogue import Catalogue, UnknownFrameworkError
from ambitieweb.errors import AmbitiewebError
from ambitieweb.model.session import Session, Snapshot


class SessionFileError(AmbitiewebError):
    """A session file that cannot be imported; says what is wrong and where."""


def file_error(
    name: str, nl: str, en: str, kind: type[SessionFileError] = SessionFileError
) -> SessionFileError:
    return kind(f"{name}: {nl}", f"{name}: {en}")


def check_session(
    session: Session,
    snapshots: list[Snapshot],
    catalogue: Catalogue,
    name: str,
    where: str = "",
    kind: type[SessionFileError] = SessionFileError,
) -> None:
    """A session and its agreed versions against the catalogue: known framework and themes, votes
    by participants, versions of this session; `where` prefixes the field paths."""
    prefix = f"{where}." if where else ""
    try:
        for path, shown in [
            (f"{prefix}session", session),
            *((f"{prefix}snapshots[{i}].session", s.session) for i, s in enumerate(snapshots)),
        ]:
            _check_against_catalogue(shown, catalogue, name, path)
            _check_votes(shown, name, path)
    except SessionFileError as exc:
        raise kind(exc.nl, exc.en) from None
    if any(s.session_id != session.id for s in snapshots):
        raise file_error(
            name,
            f"{prefix}snapshots: een vastgestelde versie hoort bij een andere sessie.",
            f"{prefix}snapshots: an agreed version belongs to another session.",
            kind,
        )
    _check_unique(session, snapshots, name, prefix, kind)


def _check_unique(
    session: Session, snapshots: list[Snapshot], name: str, prefix: str, kind: type[SessionFileError]
) -> None:
    """What the database keeps unique is unique in the file: criteria per session, agreed versions'
    numbers and ids."""
    sessions = [(f"{prefix}session", session)]
    sessions += [(f"{prefix}snapshots[{i}].session", s.session) for i, s in enumerate(snapshots)]
    for where, shown in sessions:
        _first_repeat(
            name, [c.id for c in shown.criteria], f"{where}.criteria", ("criterium-id", "criterion id"), kind
        )
    numbers = [s.number for s in snapshots]
    _first_repeat(name, numbers, f"{prefix}snapshots", ("versienummer", "version number"), kind)
    _first_repeat(name, [s.id for s in snapshots], f"{prefix}snapshots", ("versie-id", "version id"), kind)


def _first_repeat(
    name: str, values: list[Any], where: str, what: tuple[str, str], kind: type[SessionFileError]
) -> None:
    seen: set[Any] = set()
    for index, value in enumerate(values):
        if value in seen:
            raise file_error(
                name,
                f"{where}[{index}]: {what[0]} {value!r} komt twee keer voor.",
                f"{where}[{index}]: {what[1]} {value!r} occurs twice.",
                kind,
            )
        seen.add(value)


def _check_votes(session: Session, name: str, where: str) -> None:
    """Participant ids are unique and every vote is by one of the session's participants."""
    present: set[str] = set()
    for index, participant in enumerate(session.participants):
        if participant.id in present:
            raise file_error(
                name,
                f"{where}.participants[{index}].id: deelnemer-id '{participant.id}' komt twee keer voor.",
                f"{where}.participants[{index}].id: participant id '{participant.id}' occurs twice.",
            )
        present.add(participant.id)
    for index, entry in enumerate(session.themes):
        unknown = next((p for p in entry.votes if p not in present), None)
        if unknown is not None:
            raise file_error(
                name,
                f"{where}.themes[{index}].votes.{unknown}: stem van iemand die geen deelnemer is.",
                f"{where}.themes[{index}].votes.{unknown}: vote by someone who is not a participant.",
            )


def _check_against_catalogue(session: Session, catalogue: Catalogue, name: str, where: str) -> None:
    try:
        framework = catalogue.framework(session.framework_id, session.framework_version)
    except UnknownFrameworkError as exc:
        raise file_error(name, exc.nl, exc.en) from None
    known = {t.id for t in framework.themes}
    seen: set[str] = set()
    for index, entry in enumerate(session.themes):
        if entry.theme_id not in known:
            raise file_error(
                name,
                f"{where}.themes[{index}]: thema '{entry.theme_id}' hoort niet bij kader '{framework.id}'.",
                f"{where}.themes[{index}]: theme '{entry.theme_id}' is not part of framework "
                f"'{framework.id}'.",
            )
        if entry.theme_id in seen:
            raise file_error(
                name,
                f"{where}.themes[{index}]: thema '{entry.theme_id}' staat er twee keer in.",
                f"{where}.themes[{index}]: theme '{entry.theme_id}' occurs twice.",
            )
        seen.add(entry.theme_id)
