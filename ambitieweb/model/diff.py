"""What an edit changed in a session, as a short list of changes that can be applied either way.

Undo used to keep two whole copies of the session per step (78 KB for a level change, 660 KB with
500 criteria, without end). A step now keeps only what differs between the session's content before
and after the edit: one field (`FieldChange`, e.g. themes[3].ambition 1 -> 2) or a stretch of a list
of models that grew or shrank (`SliceChange`, e.g. one criterion added). Content is the session as
plain data (`model_dump`); the changes are applied to the live models with validated assignments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

Path = tuple[str | int, ...]  # attribute names and list positions from the session down


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one model: `path` ends with the field's name."""

    path: Path
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class SliceChange:
    """Items `start:start+len(old)` of the list of models at `path` became `new` (plain data)."""

    path: Path
    start: int
    old: tuple[Any, ...]
    new: tuple[Any, ...]


Change = FieldChange | SliceChange


def diff(old: Any, new: Any, path: Path = ()) -> list[Change]:
    """The changes that make content `old` into `new` (both from `model_dump` of one model)."""
    if old == new:
        return []
    if isinstance(old, dict) and isinstance(new, dict) and _is_model(path):
        changes: list[Change] = []
        for key in old.keys() | new.keys():
            changes += diff(old.get(key), new.get(key), (*path, key))
        return changes
    if isinstance(old, list) and isinstance(new, list) and _models(old) and _models(new):
        if len(old) == len(new):
            return [c for i, (a, b) in enumerate(zip(old, new, strict=True)) for c in diff(a, b, (*path, i))]
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        end_old, end_new = len(old), len(new)
        while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
            end_old, end_new = end_old - 1, end_new - 1
        return [SliceChange(path, start, tuple(old[start:end_old]), tuple(new[start:end_new]))]
    return [FieldChange(path, old, new)]


def apply(root: BaseModel, changes: Sequence[Change], forward: bool = True) -> None:
    """Make the changes on `root` (forward: to their new values; else back to the old ones, in
    reverse order). Each assignment is validated, so the models stay models."""
    for change in changes if forward else reversed(changes):
        owner, name = _owner(root, change.path)
        if isinstance(change, FieldChange):
            setattr(owner, name, change.new if forward else change.old)
        else:
            items = list(getattr(owner, name))
            gone, come = (change.old, change.new) if forward else (change.new, change.old)
            items[change.start : change.start + len(gone)] = come
            setattr(owner, name, items)  # validates the new items; models already there stay


def merge(first: list[Change], then: list[Change]) -> list[Change]:
    """One list of changes doing what `first` and then `then` do (typing in one field: one step)."""
    if any(isinstance(c, SliceChange) for c in (*first, *then)):
        return [*first, *then]
    merged = list(first)
    at = {c.path: i for i, c in enumerate(merged)}
    for change in then:
        if change.path in at:
            before = merged[at[change.path]]
            merged[at[change.path]] = FieldChange(change.path, before.old, change.new)
        else:
            at[change.path] = len(merged)
            merged.append(change)
    return [c for c in merged if not (isinstance(c, FieldChange) and c.old == c.new)]


def _is_model(path: Path) -> bool:
    """A dict in a model's dump is a model at the root and as an item of a list; elsewhere it is a
    field's value (votes, placeholder values)."""
    return not path or isinstance(path[-1], int)


def _models(items: list[Any]) -> bool:
    return all(isinstance(item, dict) for item in items)


def _owner(root: BaseModel, path: Path) -> tuple[Any, str]:
    """The model holding the field at `path`, and the field's name."""
    target: Any = root
    for step in path[:-1]:
        target = target[step] if isinstance(step, int) else getattr(target, step)
    name = path[-1]
    assert isinstance(name, str)
    return target, name
