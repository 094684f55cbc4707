"""Undo steps of the framework editor: each holds the framework before and after (frozen models)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from ambitieweb.gui.frameworks.saving import Change


class ShowsChanges(Protocol):
    """What a step asks of the framework editor (`editor.FrameworkEditor`, which pushes the steps)."""

    def put(self, change: Change, redo: bool) -> None: ...


class FrameworkStep(QUndoCommand):
    """One edit of an own framework, shown at once and stored in the background; None before: made;
    None after: removed."""

    def __init__(self, editor: ShowsChanges, change: Change, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.change = change

    def redo(self) -> None:
        self.editor.put(self.change, redo=True)

    def undo(self) -> None:
        self.editor.put(self.change, redo=False)
