"""The program's table cells: editors named for screen readers, and the focused cell framed so it shows
in a selected row too (the style's own focus mark is drawn in the selection's colour there)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex
FRAME = 2  # pixels: the focused cell's frame


class CellDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        name_editor(editor, index)
        return editor

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        state = option.state
        if state & QStyle.StateFlag.State_HasFocus and state & QStyle.StateFlag.State_Selected:
            frame_focus(painter, option.rect, option.palette)


def name_editor(editor: QWidget, index: Index) -> None:
    """Name a cell's editor after its column, unless it has a name."""
    if not editor.accessibleName():
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(str(header or ""))


def frame_focus(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """A frame in the selection's text colour inside a focused, selected cell (4.5:1 on it)."""
    painter.save()
    pen = QPen(palette.color(QPalette.ColorRole.HighlightedText), FRAME)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FRAME // 2 + 1
    painter.drawRect(rect.adjusted(inset, inset, -inset - 1, -inset - 1))
    painter.restore()


def use_cell_delegate(view: QAbstractItemView) -> CellDelegate:
    """Give `view` the program's cell delegate (columns with their own delegate keep theirs)."""
    delegate = CellDelegate(view)
    view.setItemDelegate(delegate)
    return delegate
