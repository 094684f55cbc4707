"""One undo step that keeps the before and after of only the parts it changed (see `model.changes`).

Small by design, so a session's controller can use the same step later: `apply` puts a set of part
values into the document (already checked when the step was made).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QUndoCommand

from ambitieweb.model.changes import Part, Value

Apply = Callable[[Mapping[Part, Value]], None]


class PartStep(QUndoCommand):
    """An edit as {part: value} before and after; steps with the same merge key become one (typing)."""

    def __init__(
        self,
        text: str,
        before: Mapping[Part, Value],
        after: Mapping[Part, Value],
        apply: Apply,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.before, self.after = dict(before), dict(after)
        self._apply = apply
        self._merge_key = merge_key

    def id(self) -> int:
        return 17 if self._merge_key else -1

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, PartStep)
            or other._merge_key != self._merge_key
            or other.after.keys() != self.after.keys()
        ):
            return False
        self.after = other.after
        return True


class SideStep(QUndoCommand):
    """A step with an effect outside the document (a web created in the store), given as two actions."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()
