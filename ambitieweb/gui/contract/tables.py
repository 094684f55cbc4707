"""The tables of a review (criteria, goals, themes, actions) and agreed against realised.

A review's table shows one of its lists; an edit of a cell becomes one undoable step of the contract
controller (checked first: a refused one is said, naming the field, and changes nothing). Choice
columns edit with a combo box (the plan's `ChoiceDelegate`), the done column with a check box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from ambitieweb.gui.contract.controller import ContractController
from ambitieweb.gui.contract.typed import date_text, read_date, read_number, realised_text
from ambitieweb.gui.plan.records import ChoiceDelegate, bind_table
from ambitieweb.gui.widgets.table_model import Index, TableModel
from ambitieweb.model.contract.parts import Review
from ambitieweb.model.contract.rules import agreed_against_realised
from ambitieweb.text.labels import format_number, level_text

Choices = Callable[[], Sequence[tuple[str, object]]]


@dataclass(frozen=True)
class Column:
    field: str  # the record's field ("" for a computed column)
    header: str
    kind: str = "text"  # text, number, date, choice, check, computed
    choices: Choices | None = None
    compute: Callable[[int, Any], str] | None = None  # (row, record) -> text
    editable: Callable[[Any], bool] | None = None  # per record; default: every record
    width: int = 0  # characters; 0: as wide as the header
    long: bool = False  # a text of many lines (evidence, notes): edited whole in a text box


class ReviewTable(TableModel):
    """One list of the shown review (`list_name`: checks, measurements, themes or actions)."""

    def __init__(self, controller: ContractController, list_name: str, columns: Sequence[Column]) -> None:
        super().__init__()
        self.controller = controller
        self.list_name = list_name
        self.columns = tuple(columns)
        self.headers = tuple(c.header for c in self.columns)
        self.review_id: str | None = None
        controller.changed.connect(self.refresh)

    def review(self) -> Review | None:
        if self.review_id is None:
            return None
        try:
            return self.controller.contract.review(self.review_id)
        except KeyError:  # undone
            return None

    def records(self) -> list[Any]:
        review = self.review()
        return [] if review is None else list(getattr(review, self.list_name))

    def show(self, review_id: str | None) -> None:
        self.review_id = review_id
        self.beginResetModel()
        self.shown_rows = len(self.records())
        self.endResetModel()

    def refresh(self, _fields: object = None) -> None:
        self.sync_rows(len(self.records()))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or index.row() >= len(self.records()):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.kind == "computed":
            return base
        if column.editable is not None and not column.editable(self.records()[index.row()]):
            return base
        if column.kind == "check":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def text(self, row: int, column: Column) -> str:
        record = self.records()[row]
        if column.compute is not None:
            return column.compute(row, record)
        value = getattr(record, column.field)
        if column.kind == "choice" and column.choices is not None:
            return next((label for label, v in column.choices() if v == value), str(value))
        if column.kind == "number":
            return "" if value is None else format_number(float(value), self.controller.language)
        if column.kind == "date":
            return date_text(value)
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.records()):
            return None
        column = self.columns[index.column()]
        if column.kind == "check":
            value = getattr(self.records()[index.row()], column.field)
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DisplayRole):
                return self.tr("gedaan") if value else self.tr("open")
            return None
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(self.records()[index.row()], column.field) if column.field else None
            return value if column.kind == "choice" else self.text(index.row(), column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.text(index.row(), column)
            return text[:2000] if role == Qt.ItemDataRole.ToolTipRole else text.split("\n", 1)[0][:300]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.review_id is None:
            return False
        column = self.columns[index.column()]
        raw: object = value
        try:
            if column.kind == "check":
                if role != Qt.ItemDataRole.CheckStateRole:
                    return False
                raw = Qt.CheckState(value) == Qt.CheckState.Checked
            elif role != Qt.ItemDataRole.EditRole or column.kind == "computed":
                return False
            elif column.kind == "number":
                raw = read_number(str(value), self.controller.language)
            elif column.kind == "date":
                raw = read_date(str(value))
        except ValueError:
            what = self.tr("geen datum (dd-mm-jjjj)") if column.kind == "date" else self.tr("geen getal")
            self.controller.problem.emit(f"{column.header}: '{value}' {what}")
            return False
        text = f"{column.header}: {str(raw)[:40]}"
        change = {self.list_name: (index.row(), {column.field: raw})}
        return self.controller.change_review(self.review_id, change, text)


class LongTextDelegate(QStyledItemDelegate):
    """Edits a long text whole, lines and all (a line edit would cut it at 32,767 characters and
    fold its lines): Tab or leaving the box keeps it, Esc leaves it as it was."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setAccessibleName(self._name)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        if editor.toPlainText() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), 360), max(rect.height(), 120))


def bind(view: QTableView, model: ReviewTable, name: str, stretch: int | None = None) -> None:
    """Show a review's table in a view (Tab leaves it, arrows move), combos for choice columns, a text
    box for long texts."""
    bind_table(view, model, name, stretch)
    for number, column in enumerate(model.columns):
        if column.choices is not None:
            view.setItemDelegateForColumn(number, ChoiceDelegate(column.choices, column.header, view))
        elif column.long:
            view.setItemDelegateForColumn(number, LongTextDelegate(column.header, view))
        metrics = view.fontMetrics()
        wide = max(
            metrics.horizontalAdvance("n" * column.width), metrics.horizontalAdvance(column.header) + 24
        )
        view.setColumnWidth(number, max(120, wide))


class ComparisonTable(TableModel):
    """Per theme: the agreed level, each review's realised level (oldest first), the trend and a flag
    in words when the last judgement is below the agreed level."""

    def __init__(self, controller: ContractController) -> None:
        super().__init__()
        self.controller = controller
        self.rows: list[list[str]] = []
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _fields: object = None) -> None:
        controller, language = self.controller, self.controller.language
        reviews = controller.contract.by_date()
        self.beginResetModel()
        self.headers = (
            self.tr("Thema"),
            self.tr("Vastgesteld"),
            *(date_text(r.date) for r in reviews),
            self.tr("Trend"),
            self.tr("Signaal"),
        )
        trends = {1: self.tr("↑ hoger"), -1: self.tr("↓ lager"), 0: self.tr("= gelijk")}
        self.rows = [
            [
                controller.theme_name(row.theme_id),
                level_text(row.agreed, language),
                *(realised_text(level, language) for level in row.realised),
                trends[row.trend] if sum(level is not None for level in row.realised) > 1 else "–",
                self.tr("⚠ onder het vastgestelde niveau") if row.below else "",
            ]
            for row in agreed_against_realised(controller.contract, controller.latest)
        ]
        self.shown_rows = len(self.rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.rows[index.row()][index.column()]
