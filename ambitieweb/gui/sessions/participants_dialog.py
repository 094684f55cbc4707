"""Edit a session's participants in a table: name, role (a combo box) and organisation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from ambitieweb.gui.forms.participants_dialog_ui import Ui_ParticipantsDialog
from ambitieweb.gui.sessions.session_dialog import problem_text, show_problem
from ambitieweb.gui.widgets.cell_delegate import CellDelegate
from ambitieweb.gui.widgets.table_model import Index, TableModel
from ambitieweb.model.session import Participant, Role, new_id
from ambitieweb.text.fill import fill

NAME, ROLE, ORGANISATION = 0, 1, 2
FIELDS = ("name", "role", "organisation")
MAX_TEXT = 500  # the model's limit for names and organisations
MAX_MESSAGES = 4  # problems listed in the dialog at once


@dataclass
class _Row:
    """One row as typed: kept even while invalid, so nothing the user typed is lost."""

    name: str = ""
    role: Role = Role.OVERIG
    organisation: str = ""
    problems: dict[int, str] = field(default_factory=dict)  # column -> message
    id: str = field(default_factory=new_id)  # kept, so votes stay with the person after a rename

    @property
    def blank(self) -> bool:
        return not self.name.strip()

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "role": self.role, "organisation": self.organisation}


class ParticipantTableModel(TableModel):
    """Participants as editable rows; each row is checked against the pydantic model as it changes."""

    def __init__(
        self, participants: list[Participant], language: str = "nl", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.headers = (self.tr("Naam"), self.tr("Rol"), self.tr("Organisatie"))  # in the order of FIELDS
        self._rows = [_Row(p.name, p.role, p.organisation, id=p.id) for p in participants]
        for row in self._rows:
            self._check(row)

    # --- results ------------------------------------------------------------------------------------

    def participants(self) -> list[Participant]:
        """Rows with a name, as model objects (ValidationError if a row is invalid)."""
        return [Participant.model_validate(row.as_dict()) for row in self._rows if not row.blank]

    def problems(self) -> list[str]:
        """One message per invalid cell, naming the row."""
        return [
            fill(self.tr("Rij %1: %2"), str(number), message)
            for number, row in enumerate(self._rows, start=1)
            for message in row.problems.values()
        ]

    def unnamed_rows(self) -> list[int]:
        """Row numbers (1-based) with other content but no name: they will not be kept."""
        return [n for n, row in enumerate(self._rows, start=1) if row.blank and row.organisation.strip()]

    # --- Qt model -----------------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ROLE:
                return (
                    row.role.label(self._language) if role == Qt.ItemDataRole.DisplayRole else row.role.value
                )
            return row.name if column == NAME else row.organisation
        problem = row.problems.get(column)
        if problem is None:
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return problem
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = self._rows[index.row()], index.column()
        if column == ROLE:
            if value not in {r.value for r in Role}:
                return False
            row.role = Role(value)
        elif column == NAME:
            row.name = str(value)
        else:
            row.organisation = str(value)
        self._check(row)
        # The whole row: a check may add or remove the warning on any of its cells.
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(FIELDS) - 1))
        return True

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._rows[row:row] = [_Row() for _ in range(count)]
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        return True

    # --- checking -----------------------------------------------------------------------------------

    def _check(self, row: _Row) -> None:
        row.problems = {}
        if row.blank:
            return  # dropped on OK, so nothing to complain about
        try:
            Participant.model_validate(row.as_dict())
        except ValidationError as exc:
            labels = {NAME: self.tr("Naam"), ROLE: self.tr("Rol"), ORGANISATION: self.tr("Organisatie")}
            for error in exc.errors():
                name = str(error["loc"][0]) if error["loc"] else "name"
                column = FIELDS.index(name) if name in FIELDS else NAME
                row.problems.setdefault(column, problem_text(error, labels[column]))


class TextDelegate(CellDelegate):
    """A line editor limited to the model's length, named for screen readers."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_TEXT)
            editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor


class RoleDelegate(CellDelegate):
    """Edits a role with a combo box of the Role labels; a choice is stored at once."""

    def __init__(self, language: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Rol"))
        for role in Role:
            combo.addItem(role.label(self._language), role.value)
        # activated: only the user's choice, not setEditorData, commits.
        combo.activated.connect(lambda _index: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def editor_size(self) -> QSize:
        """The size a role combo needs, so the column shows whole labels and the row fits it."""
        probe = QComboBox()
        probe.addItems([role.label(self._language) for role in Role])
        size = probe.sizeHint()
        probe.deleteLater()
        return size


class ParticipantsDialog(QDialog):
    """Add, edit and remove participants; read ``participants()`` after OK."""

    def __init__(
        self, participants: list[Participant], language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantsDialog()
        self.ui.setupUi(self)
        self.model = ParticipantTableModel(participants, language, self)
        table = self.ui.participantTable
        table.setModel(self.model)
        table.setItemDelegate(CellDelegate(table))
        self._role_delegate = RoleDelegate(language, table)
        self._text_delegate = TextDelegate(table)
        table.setItemDelegateForColumn(NAME, self._text_delegate)
        table.setItemDelegateForColumn(ROLE, self._role_delegate)
        table.setItemDelegateForColumn(ORGANISATION, self._text_delegate)
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        combo_size = self._role_delegate.editor_size()
        header.resizeSection(ROLE, combo_size.width() + 8)
        rows = table.verticalHeader()
        rows.setDefaultSectionSize(max(rows.defaultSectionSize(), combo_size.height() + 4))
        table.installEventFilter(self)  # the Delete key removes rows

        self._ok_button().setText(self.tr("OK"))
        self._ok_button().setAccessibleName(self.tr("OK"))
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))

        self.ui.addButton.clicked.connect(self.add_participant)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_message)
        self._update_buttons()
        self._update_message()

    def participants(self) -> list[Participant]:
        """The edited list; rows without a name are left out."""
        return self.model.participants()

    # --- actions ------------------------------------------------------------------------------------

    def add_participant(self) -> None:
        """Append a row and start typing its name."""
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, NAME)
        table = self.ui.participantTable
        table.setCurrentIndex(index)
        table.scrollTo(index)
        table.edit(index)

    def remove_selected(self) -> None:
        table = self.ui.participantTable
        rows = sorted({index.row() for index in table.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.model.removeRows(row, 1)
        if rows and self.model.rowCount():
            table.selectRow(min(rows[-1], self.model.rowCount() - 1))
        self._update_buttons()

    def accept(self) -> None:
        if self.model.problems():
            self._update_message()
            return
        super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        table = self.ui.participantTable
        if (
            watched is table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
            and table.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    # --- state --------------------------------------------------------------------------------------

    def _ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _update_buttons(self) -> None:
        self.ui.removeButton.setEnabled(self.ui.participantTable.selectionModel().hasSelection())

    def _update_message(self) -> None:
        problems = self.model.problems()
        self._ok_button().setEnabled(not problems)
        if problems:
            lines = problems[:MAX_MESSAGES]
            if len(problems) > MAX_MESSAGES:
                lines.append(fill(self.tr("… en nog %1 meldingen."), str(len(problems) - MAX_MESSAGES)))
            show_problem(self.ui.messageLabel, "\n".join(lines))
            return
        unnamed = self.model.unnamed_rows()
        note = ""
        if unnamed:
            note = fill(
                self.tr("Rij %1 heeft geen naam en wordt niet bewaard."), ", ".join(str(n) for n in unnamed)
            )
        show_problem(self.ui.messageLabel, note, error=False)
