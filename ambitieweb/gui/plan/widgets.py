"""Small building blocks of the plan's pages: a step's frame, a titled box, a row of buttons, a read-only
table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ambitieweb.gui.widgets.table_model import Index, TableModel

if TYPE_CHECKING:
    from ambitieweb.gui.plan.controller import PlanController


def box(title: str, *widgets: QWidget, parent: QWidget | None = None) -> QGroupBox:
    group = QGroupBox(title, parent)
    layout = QVBoxLayout(group)
    for widget in widgets:
        layout.addWidget(widget)
    return group


def buttons(*pairs: tuple[str, Callable[[], object]]) -> tuple[QWidget, list[QPushButton]]:
    """A row of push buttons (text with its & key, action), left-aligned."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    made = []
    for text, action in pairs:
        button = QPushButton(text, row)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _checked=False, a=action: a())
        layout.addWidget(button)
        made.append(button)
    layout.addStretch(1)
    return row, made


class PlanStep(QWidget):
    """One of the plan's steps: its controller, and a column that opens with what the step is for. The
    step translates `intro` itself (`self.tr` works before `__init__`), so the text keeps the step's
    translation context."""

    def __init__(self, controller: PlanController, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.column = QVBoxLayout(self)
        self.column.addWidget(note(intro))


def note(text: str = "") -> QLabel:
    """A wrapped line of plain text; its accessible name is its text (never hidden behind another)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RowsModel(TableModel):
    """A read-only table of text rows made by `rows()` whenever `refresh` is called."""

    def __init__(self, headers: Sequence[str], rows: Callable[[], Sequence[Sequence[str]]]) -> None:
        super().__init__()
        self.headers = tuple(headers)
        self._make = rows
        self._rows: Sequence[Sequence[str]] = []
        self.refresh()

    def refresh(self, _changed: object = None) -> None:
        self._rows = self._make()
        self.beginResetModel()
        self.shown_rows = len(self._rows)
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return str(self._rows[row][column])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.text(index.row(), index.column())
