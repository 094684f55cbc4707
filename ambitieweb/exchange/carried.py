"""What a session file carries besides its session (format 4, issue 16): the own frameworks the
session and its agreed versions use, and the agreed levels of the generic web a project web refers
to. On import an own framework whose id is taken by different content (a shipped preset, or another
framework in this database) gets a new id, and the file's sessions follow it; `notes` say so.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.framework import Framework, Slug
from ambitieweb.model.session import (
    LevelValue,
    Moment,
    Session,
    SessionId,
    SessionKind,
    ShortText,
    Snapshot,
    ThemeEntry,
    Title,
)

Note = tuple[str, str]  # (Dutch, English)
MAX_FRAMEWORKS = 32


class GenericLevel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    theme_id: Slug
    current: LevelValue
    ambition: LevelValue


class GenericReference(BaseModel):
    """The generic web a project web is drawn over: its agreed levels (or its draft's, if it was
    never agreed), enough to draw and compare it on a laptop that does not have it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: SessionId
    title: Title
    organisation: ShortText = ""
    framework_id: Slug
    framework_version: ShortText
    agreed_at: Moment | None = None  # None: the levels of a draft
    themes: Annotated[list[GenericLevel], Field(min_length=1, max_length=64)]


def own_frameworks_and_generic_web(data: dict[str, Any]) -> dict[str, Any]:
    """3 -> 4: a file from before carries no own framework and no generic web's levels."""
    data.setdefault("own_frameworks", [])
    data.setdefault("generic_web", None)
    return data


def _free_id(base: str, taken: set[str]) -> str:
    base = base[:56].rstrip("-")
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def _changed_preset(framework_id: str, new: str) -> Note:
    return (
        f"Kader '{framework_id}' in het bestand wijkt af van het meegeleverde kader met dat id; "
        f"het is opgenomen als eigen kader '{new}'.",
        f"Framework '{framework_id}' in the file differs from the shipped framework with that "
        f"id; it was taken in as own framework '{new}'.",
    )


def settle_frameworks(
    carried: list[Framework], catalogue: Catalogue
) -> tuple[list[Framework], dict[tuple[str, str], str], list[Note]]:
    """The file's frameworks as they will be stored, the new id of each (id, version) that had to
    move, and what the user is told about it. When one version of an own framework clashes, all its
    versions in the file move to the same new id, so its history stays one framework; so do the
    changed versions of a shipped framework's id."""
    taken = set(catalogue.frameworks) | {f.id for f in carried}
    new_ids: dict[str, str] = {}  # own frameworks that move, every version
    preset_ids: dict[str, str] = {}  # changed presets: every changed version gets the same new id
    notes: list[Note] = []
    settled: list[Framework] = []
    moved: dict[tuple[str, str], str] = {}
    for framework in carried:
        if framework.id in new_ids:
            continue
        if catalogue.is_preset(framework.id):
            if (framework.id, framework.version) in moved or catalogue.framework(
                framework.id, framework.version
            ) == framework:
                continue  # carried twice, or a preset as shipped: nothing to carry
            new = preset_ids.get(framework.id)
            if new is None:
                new = _free_id(f"{framework.id}-eigen", taken)
                notes.append(_changed_preset(framework.id, new))
                taken.add(new)
                preset_ids[framework.id] = new
            moved[(framework.id, framework.version)] = new
            settled.append(framework.model_copy(update={"id": new}))
            continue
        if any(
            f.id == framework.id and v.version == f.version and v != f
            for f in carried
            for v in catalogue.versions(framework.id)
        ):
            new = _free_id(framework.id, taken)
            taken.add(new)
            new_ids[framework.id] = new
            notes.append(
                (
                    f"Kader '{framework.id}' in het bestand wijkt af van het kader met die naam en versie in "
                    f"deze database; het is opgenomen als kader '{new}'.",
                    f"Framework '{framework.id}' in the file differs from the one with that id and version "
                    f"in this database; it was taken in as framework '{new}'.",
                )
            )
    for framework in carried:
        if catalogue.is_preset(framework.id):
            continue  # settled above
        if framework.id in new_ids:
            moved[(framework.id, framework.version)] = new_ids[framework.id]
            framework = framework.model_copy(update={"id": new_ids[framework.id]})
        settled.append(framework)
    return settled, moved, notes


def point_at(session: Session, moved: dict[tuple[str, str], str]) -> Session:
    """The session, using its framework's new id if that framework had to move."""
    new = moved.get((session.framework_id, session.framework_version))
    return session if new is None else session.model_copy(update={"framework_id": new})


def generic_levels(generic: Session, agreed: Snapshot | None) -> GenericReference:
    """What a file carries of a generic web: its last agreed levels, or its draft's if never agreed."""
    shown = agreed.session if agreed else generic
    return GenericReference(
        id=generic.id,
        title=shown.title,
        organisation=shown.organisation,
        framework_id=shown.framework_id,
        framework_version=shown.framework_version,
        agreed_at=agreed.agreed_at if agreed else None,
        themes=[
            GenericLevel(theme_id=e.theme_id, current=e.current, ambition=e.ambition) for e in shown.themes
        ],
    )


def generic_session(reference: GenericReference) -> tuple[Session, list[Snapshot]]:
    """A generic web made from the levels a file carried (with an agreed version if they were agreed)."""
    session = Session(
        id=reference.id,
        kind=SessionKind.ORGANISATION,
        title=reference.title,
        organisation=reference.organisation,
        framework_id=reference.framework_id,
        framework_version=reference.framework_version,
        themes=[
            ThemeEntry(theme_id=t.theme_id, current=t.current, ambition=t.ambition) for t in reference.themes
        ],
    )
    if reference.agreed_at is None:
        return session, []
    snapshot = session.agree(1, reference.agreed_at)
    return session, [snapshot]
