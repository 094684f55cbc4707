"""Undo steps of the framework editor: each holds the framework before and after (frozen models)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from ambitieweb.gui.frameworks.editor import FrameworkEditor
    from ambitieweb.gui.frameworks.saving import Change


class FrameworkStep(QUndoCommand):
    """One edit of an own framework, shown at once and stored in the background; None before: made;
    None after: removed."""

    def __init__(self, editor: FrameworkEditor, change: Change, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.change = change

    def redo(self) -> None:
        self.editor.put(self.change, redo=True)

    def undo(self) -> None:
        self.editor.put(self.change, redo=False)
