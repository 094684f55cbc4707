"""Undo steps that keep the before and after of only the parts they changed (see `model.changes`), and
the document they edit, saved after every step (the action plan; a contract follow-up uses both).

Small by design, so a session's controller can use the same step later: `apply` puts a set of part
values into the document (already checked when the step was made).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ambitieweb.errors import AmbitiewebError, first_line
from ambitieweb.model.changes import Part, Value
from ambitieweb.text.fill import fill

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


class SavedDocument(QObject):
    """A document edited in undoable steps and written after each (the action plan, a contract
    follow-up): `changed(fields)` after an edit, `problem(text)` for a refused edit or a failed save,
    `saved()` after a save. Subclasses write the document in `_write`."""

    changed = Signal(object)  # the set of field names that changed
    problem = Signal(str)
    saved = Signal()

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.undo_stack = QUndoStack(self)
        self.unsaved = False

    def _write(self) -> None:
        raise NotImplementedError

    def save_now(self) -> bool:
        """Write the document; on failure keep it in memory and say so (the edit is never lost)."""
        try:
            self._write()
        except AmbitiewebError as exc:
            self.unsaved = True
            self.problem.emit(exc.text(self.language))
            return False
        except Exception as exc:  # a vanished file or a dropped server
            self.unsaved = True
            failed = QCoreApplication.translate("SavedDocument", "Opslaan mislukt: %1")
            self.problem.emit(fill(failed, first_line(exc)))
            return False
        self.unsaved = False
        self.saved.emit()
        return True
