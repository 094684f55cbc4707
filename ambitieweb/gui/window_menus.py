"""The main window's own menu entries: undo and redo for whichever stack is active, and the entries
the window itself answers (the rooms connect their own)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from ambitieweb.gui.window_base import WindowBase


def undo_actions(window: WindowBase) -> tuple[QAction, QAction]:
    """Undo and redo at the top of the Edit menu, for whichever stack is active (the list's first)."""
    ui, group = window.ui, window.undo_group
    group.addStack(window.list_page.undo_stack)
    group.setActiveStack(window.list_page.undo_stack)
    undo = group.createUndoAction(window, QCoreApplication.translate("MainWindow", "Ongedaan maken"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = group.createRedoAction(window, QCoreApplication.translate("MainWindow", "Opnieuw"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    first = ui.editMenu.actions()[0]
    ui.editMenu.insertActions(first, [undo, redo])
    ui.editMenu.insertSeparator(first)
    return undo, redo


def connect_menus(window: WindowBase) -> None:
    """The menu entries the window itself answers."""
    ui = window.ui
    connections: list[tuple[QAction, Callable[[], object]]] = [
        (ui.actionNew, window.new_session),
        (ui.actionOpen, window.open_selected),
        (ui.actionBackToList, window.show_list),
        (ui.actionQuit, window.close),
        (ui.actionDetails, window.edit_details),
        (ui.actionParticipants, window.edit_participants),
        (ui.actionDuplicate, window.duplicate_selected),
        (ui.actionDelete, window.delete_selected),
        (ui.actionAgree, window.agree),
        (ui.actionSnapshots, window.show_snapshots),
        (ui.actionHelp, window.show_help),
        (ui.actionDutch, lambda: window.choose_language("nl")),
        (ui.actionEnglish, lambda: window.choose_language("en")),
    ]
    for action, slot in connections:
        action.triggered.connect(lambda _checked=False, s=slot: s())
