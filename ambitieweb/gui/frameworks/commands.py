"""Undo steps of the framework editor: each holds the framework before and after (frozen models)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from ambitieweb.gui.frameworks.editor import FrameworkEditor
    from ambitieweb.model.framework import Framework


class FrameworkStep(QUndoCommand):
    """One edit of an own framework, stored at once; None before: made; None after: removed."""

    def __init__(
        self, editor: FrameworkEditor, before: Framework | None, after: Framework | None, text: str
    ) -> None:
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.after = self.editor.put(self.after, self.before)

    def undo(self) -> None:
        self.before = self.editor.put(self.before, self.after)
