"""An editable table over a list of small pydantic records (goals, measures), one row per record.

Edits are validated by the model class first; a valid edit hands the whole new list to ``commit``
(which makes it one undoable step), an invalid one is refused with a message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import Qt, Signal

from ambitieweb.gui.widgets.table_model import Index, TableModel

R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    numeric: bool = False


class RecordTableModel(TableModel, Generic[R]):
    invalid = Signal(str)  # a message for the user about a refused edit

    def __init__(
        self,
        record_type: type[R],
        columns: Sequence[Column],
        records: Callable[[], list[R]],
        commit: Callable[[list[R]], None],
    ) -> None:
        super().__init__()
        self._type = record_type
        self._columns = tuple(columns)
        self.headers = tuple(column.header for column in self._columns)
        self._records = records
        self._commit = commit
        self.shown_rows = len(records())

    def refresh(self) -> None:
        self.sync_rows(len(self._records()))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        value = getattr(self._records()[index.row()], self._columns[index.column()].field)
        if value is None:
            return ""
        if isinstance(value, float) and role == Qt.ItemDataRole.DisplayRole:
            return f"{value:g}"
        return str(value) if not isinstance(value, str) else value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self._columns[index.column()]
        text = str(value).strip()
        raw: object = text
        if column.numeric:
            raw = None if not text else text.replace(",", ".")  # Dutch decimal comma
        records = [r.model_copy() for r in self._records()]
        try:
            records[index.row()] = self._type.model_validate(
                records[index.row()].model_dump() | {column.field: raw}
            )
        except ValidationError as exc:
            self.invalid.emit(f"{column.header}: {exc.errors()[0]['msg']}")
            return False
        if records[index.row()] == self._records()[index.row()]:
            return False
        self._commit(records)
        return True

    def append(self, record: R) -> None:
        self._commit([*self._records(), record])

    def remove_rows(self, rows: Sequence[int]) -> None:
        drop = set(rows)
        self._commit([r for i, r in enumerate(self._records()) if i not in drop])
