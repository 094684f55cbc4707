"""One undoable edit of a session, kept as what it changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from ambitieweb.model.diff import Change, merge
from ambitieweb.model.session import Session

Mutation = Callable[[Session], None]


class EditedSession(Protocol):
    """What an edit needs of the session it changes (the workspace's SessionController)."""

    session: Session

    def emit_changed(self) -> None: ...

    def changes_since_last(self, touches: tuple[str, ...] | None = None) -> list[Change]: ...

    def apply_changes(self, changes: list[Change], forward: bool) -> None: ...

    def save_now(self) -> bool: ...


class SessionEdit(QUndoCommand):
    """One edit, kept as what it changed (`model.diff`), so undo and redo are exact and small: a
    level change is one field, whatever the size of the session."""

    def __init__(
        self,
        controller: EditedSession,
        text: str,
        mutate: Mutation,
        merge_key: str | None,
        touches: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._mutate: Mutation | None = mutate
        self._merge_key = merge_key
        self._touches = touches
        self._changes: list[Change] = []

    def id(self) -> int:
        return 1 if self._merge_key else -1

    def redo(self) -> None:
        if self._mutate is not None:
            controller = self._controller
            self._mutate(controller.session)
            controller.session.mark_edited()
            controller.emit_changed()  # the chart first, as a person sees it; then the undo step and the save
            self._changes = controller.changes_since_last(self._touches)
            self._mutate = None
            controller.save_now()
        else:
            self._controller.apply_changes(self._changes, forward=True)

    def undo(self) -> None:
        self._controller.apply_changes(self._changes, forward=False)

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing in one field, or dragging along one axis, is one step to undo.
        if not isinstance(other, SessionEdit) or other._merge_key != self._merge_key:
            return False
        self._changes = merge(self._changes, other._changes)
        return True
