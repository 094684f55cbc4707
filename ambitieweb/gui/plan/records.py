"""An editable table over one list of the plan (categories, goals, tenders, rules, actions).

Each edit is checked by the record's model first (a refused one is said, naming the field, and
changes nothing) and then becomes one undoable step of the plan controller. Choice columns edit with
a combo box (`ChoiceDelegate`), check columns with a check box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ambitieweb.gui.plan.controller import PlanController
from ambitieweb.gui.widgets.table_model import Index, TableModel
from ambitieweb.model.plan.problems import describe_all
from ambitieweb.text.labels import format_number

Choices = Callable[[], Sequence[tuple[str, object]]]  # (label, value), asked when shown


@dataclass(frozen=True)
class Column:
    field: str  # the record's field ("" for a computed column)
    header: str
    kind: str = "text"  # text, number, integer, choice, check, computed
    choices: Choices | None = None
    compute: Callable[[Any], str] | None = None
    width: int = 0  # characters, 0 = fit


def number_text(typed: str, language: str = "nl") -> str:
    """A typed number as Python reads it: '1.250.000,50' -> '1250000.50' in Dutch, '1,250,000.50' in
    English; '2.5' stays a decimal point in both (dots are thousands only in groups of three)."""
    text = typed.strip().replace(" ", "").replace("\u00a0", "").replace("€", "")
    decimal, group = (".", ",") if language == "en" else (",", ".")
    parts = text.split(group)
    if decimal in text or (len(parts) > 1 and all(len(p) == 3 and p.isdigit() for p in parts[1:])):
        text = text.replace(group, "")
    return text.replace(decimal, ".")


class RecordsModel(TableModel):
    def __init__(
        self,
        controller: PlanController,
        list_field: str,
        columns: Sequence[Column],
        record_type: type[BaseModel],
        describe: Callable[[Any], str],
        rows: Callable[[], Sequence[Any]] | None = None,
        commit: Callable[[Any, str, int], bool] | None = None,
    ) -> None:
        """`describe(record)` names a record in the undo text; `rows` (default: the list field) and
        `commit(record, text, row)` (default: put it into the list field) let a table show a part of a list
        or something derived from it."""
        super().__init__()
        self.controller = controller
        self.list_field = list_field
        self.columns = tuple(columns)
        self.headers = tuple(c.header for c in self.columns)
        self.record_type = record_type
        self.describe = describe
        self._rows = rows or (lambda: getattr(controller.plan, list_field))
        self._commit = commit or (lambda record, text, _row: controller.put(list_field, record, text))
        self.shown_rows = len(self._rows())
        controller.changed.connect(self.refresh)

    def refresh(self, _fields: object = None) -> None:
        self.sync_rows(len(self._rows()))

    def record(self, row: int) -> Any:
        return self._rows()[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = self.columns[index.column()].kind
        if kind == "check":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base if kind == "computed" else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows()):
            return None
        column = self.columns[index.column()]
        record = self.record(index.row())
        if column.kind == "computed":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column.compute:
                return column.compute(record)
            return None
        value = getattr(record, column.field)
        if column.kind == "check":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("aan") if value else self.tr("uit")
            return None
        if role == Qt.ItemDataRole.EditRole:
            return value if column.kind == "choice" else ("" if value is None else str(value))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column.kind == "choice" and column.choices is not None:
            return next(
                (label for label, v in column.choices() if v == value), "" if value is None else str(value)
            )
        if value is None:
            return ""
        if column.kind == "number":
            return format_number(float(value), self.controller.language)
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        raw: object = value
        if column.kind == "check":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            raw = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or column.kind == "computed":
            return False
        elif column.kind in ("number", "integer"):
            text = number_text(str(value), self.controller.language)
            raw = text or None
        elif column.kind == "text":
            raw = str(value)
        record = self.record(index.row())
        data = record.model_dump() | {column.field: raw}
        try:
            changed = self.record_type.model_validate(data)
        except ValidationError as exc:
            self.controller.problem.emit(describe_all(exc, self.controller.language))
            return False
        if changed == record:
            return False
        text = f"{column.header}: {self.describe(changed)}"
        return self._commit(changed, text, index.row())


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (label, value) choices for one column."""

    def __init__(self, choices: Choices, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._name = name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(self._name)
        for label, value in self._choices():
            editor.addItem(label, value)
        editor.activated.connect(lambda _i, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        found = next((i for i in range(editor.count()) if editor.itemData(i) == value), 0)
        editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def bind_table(view: QTableView, model: TableModel, name: str, stretch: int | None = None) -> None:
    """Show a model in a table view that Tab leaves (arrows move between cells) and that has a name."""
    view.setModel(model)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if isinstance(model, RecordsModel):
        metrics = view.fontMetrics()
        for number, column in enumerate(model.columns):
            if column.choices is not None:
                view.setItemDelegateForColumn(number, ChoiceDelegate(column.choices, column.header, view))
            if column.width:
                wide = max(
                    metrics.horizontalAdvance("n" * column.width),
                    metrics.horizontalAdvance(column.header) + 24,
                )
                view.setColumnWidth(number, wide)


def selected_row(view: QTableView) -> int | None:
    index = view.currentIndex()
    return index.row() if index.isValid() else None
