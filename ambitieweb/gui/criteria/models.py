"""Qt item models for criteria: the catalogue for a theme, the chosen criteria.

Thin adapters: the panel hands them plain data computed by the core (ambitieweb.model.tender,
ambitieweb.text.numbering); they only present it. User text is returned as display text (item
views never interpret it); tooltips are escaped because Qt would render a tooltip that looks like HTML.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView

from ambitieweb.gui.widgets.table_model import Index, TableModel
from ambitieweb.model.criteria import Criterion, CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import ChosenCriterion, ScoringMethod, Session
from ambitieweb.model.tender import fill, has_newer_text, missing_values
from ambitieweb.text.fill import fill as fill_message
from ambitieweb.text.labels import format_weight, kind_plural, level_text
from ambitieweb.text.numbering import KIND_ORDER, numbered_criteria

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the catalogue id or the chosen criterion's id

_NO_PARENT = 0  # internalId of a top-level (kind) row; children carry their group's row + 1


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt renders tooltips that look like HTML) and wraps."""
    if not text.strip():
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class CatalogueCriteriaModel(QAbstractItemModel):
    """The catalogue criteria on offer for one theme, grouped by kind: a two-level tree.

    Within a kind the criteria keep the catalogue's order: the session's product group first.
    """

    TITLE, LEVEL, SOURCE, CHOSEN = range(4)

    def __init__(self, language: str = "nl", parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._groups: list[tuple[CriterionKind, list[Criterion]]] = []
        self._chosen: set[str] = set()
        self._group_names: Mapping[str, str] = {}  # product group id -> the name shown as source
        self._own: set[str] = set()  # the ids of the organisation's own (library) criteria

    # --- content ---------------------------------------------------------------------------------

    def set_content(
        self,
        criteria: Sequence[Criterion],
        chosen_ids: set[str],
        group_names: Mapping[str, str] | None = None,
        own_ids: set[str] | None = None,
    ) -> bool:
        """Show these criteria (`own_ids`: those of the organisation's library); True when the list
        itself changed (the view should expand it again)."""
        self._group_names = group_names or {}
        self._own = own_ids or set()
        groups = [(kind, [c for c in criteria if c.kind is kind]) for kind in KIND_ORDER]
        groups = [(kind, items) for kind, items in groups if items]
        same = [(k, [c.id for c in items]) for k, items in groups] == [
            (k, [c.id for c in items]) for k, items in self._groups
        ]
        if not same:
            self.beginResetModel()
            self._groups, self._chosen = groups, set(chosen_ids)
            self.endResetModel()
            return True
        self._groups = groups  # the same criteria (maybe a newer object): only the marks can change
        if chosen_ids != self._chosen:
            self._chosen = set(chosen_ids)
            for row, (_kind, items) in enumerate(self._groups):
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, self.TITLE, parent), self.index(len(items) - 1, self.CHOSEN, parent)
                )
        return False

    def criterion(self, index: Index) -> Criterion | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def index_of(self, criterion_id: str) -> QModelIndex:
        for group_row, (_kind, items) in enumerate(self._groups):
            for row, criterion in enumerate(items):
                if criterion.id == criterion_id:
                    return self.index(row, 0, self.index(group_row, 0))
        return QModelIndex()

    # --- the tree --------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.TITLE: self.tr("Criterium"),
            self.LEVEL: self.tr("Niveau"),
            self.SOURCE: self.tr("Bron"),
            self.CHOSEN: "",
        }.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _NO_PARENT:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == _NO_PARENT:
            kind, items = self._groups[index.row()]
            if column == self.TITLE and role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                return f"{kind_plural(kind, self._language)} ({len(items)})"
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            return None
        criterion = self._groups[index.internalId() - 1][1][index.row()]
        chosen = criterion.id in self._chosen
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TITLE:
                return criterion.title
            if column == self.LEVEL:
                return level_text(criterion.level, self._language)
            if column == self.SOURCE:  # short: the hint above the list names the group
                if criterion.id in self._own:
                    return self.tr("eigen bibliotheek")
                return self.tr("productgroep") if criterion.product_group else self.tr("algemeen")
            if column == self.CHOSEN:
                return self.tr("✓ gekozen") if chosen else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            group = criterion.product_group
            if column == self.SOURCE and group:
                return plain_tooltip(self._group_names.get(group, group))
            return plain_tooltip(criterion.guidance)
        if role == ID_ROLE:
            return criterion.id
        if role == Qt.ItemDataRole.FontRole and chosen and column == self.TITLE:
            font = QFont()
            font.setItalic(True)
            return font
        return None


@dataclass(frozen=True)
class ChosenRow:
    number: str  # as the documents number it: "W2"
    criterion: ChosenCriterion
    missing: tuple[str, ...]
    newer: bool


class ChosenCriteriaModel(TableModel):
    """The criteria chosen for one theme, in the order (and with the numbers) of the documents."""

    NUMBER, KIND, TITLE, WEIGHT, NOTES = range(5)

    def __init__(self, language: str = "nl", parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self.headers = (
            self.tr("Nr."),
            self.tr("Soort"),
            self.tr("Criterium"),
            self.tr("Weging"),
            self.tr("Let op"),
        )  # NUMBER, KIND, TITLE, WEIGHT, NOTES
        self._rows: list[ChosenRow] = []
        self._session: Session | None = None

    def set_content(
        self, session: Session, theme_id: str, framework: Framework, newer: Mapping[str, int] | None
    ) -> None:
        rows = [
            ChosenRow(
                item.number,
                item.criterion,
                tuple(missing_values(item.criterion)),
                has_newer_text(item.criterion, newer),
            )
            for group in numbered_criteria(session, framework)
            for item in group.items
            if item.criterion.theme_id == theme_id
        ]
        self._session = session
        if [r.criterion.id for r in rows] != [r.criterion.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        else:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.NOTES))

    def chosen(self, row: int) -> ChosenCriterion:
        return self._rows[row].criterion

    def row_of(self, criterion_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.criterion.id == criterion_id), -1)

    def row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if index.isValid()
            else Qt.ItemFlag.NoItemFlags
        )

    def notes(self, row: ChosenRow) -> list[str]:
        """What to know about a chosen criterion; the ones starting with ⚠ need attention."""
        chosen = row.criterion
        notes: list[str] = []
        if row.missing:
            notes.append(fill_message(self.tr("⚠ nog invullen: %1"), ", ".join(row.missing)))
        if chosen.kind is CriterionKind.AWARD and chosen.weight is None:
            notes.append(self.tr("⚠ nog geen weging"))
        if row.newer:
            notes.append(self.tr("⚠ de catalogus heeft een nieuwere tekst"))
        if chosen.catalogue_id is None:
            notes.append(self.tr("eigen criterium"))
        elif chosen.edited:
            notes.append(self.tr("tekst aangepast voor deze aanbesteding"))
        return notes

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        chosen = row.criterion
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NUMBER:
                return row.number
            if column == self.KIND:
                return chosen.kind.label(self._language)
            if column == self.TITLE:
                return chosen.title
            if column == self.WEIGHT:
                if chosen.kind is not CriterionKind.AWARD or self._session is None:
                    return ""
                if chosen.scoring_method is ScoringMethod.NOTIONAL_DISCOUNT:
                    return self.tr("fictieve korting")
                return format_weight(chosen.weight, self._session.weight_unit, self._language)
            if column == self.NOTES:
                notes = self.notes(row)
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return "; ".join(notes)
                return "⚠" if any(n.startswith("⚠") for n in notes) else ""  # the column stays narrow
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return plain_tooltip(f"{chosen.title}\n\n{fill(chosen.text, chosen.values)}")
            if column == self.NOTES:
                return plain_tooltip("\n".join(self.notes(row)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.WEIGHT, self.NOTES):
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column == self.WEIGHT else Qt.AlignmentFlag.AlignHCenter
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return chosen.id
        return None


# Widths from the texts a column can hold, not from its rows: sizing to the contents made every layout
# of the Criteria tab ask each row for its text (the tab was slow to show). A model reset (another
# theme) forgets section sizes: they are set again then.


def size_offered_columns(tree: QTreeView, offered: CatalogueCriteriaModel, language: str) -> None:
    """The catalogue tree's columns: the title takes the room, the others fit what they can hold."""
    header = tree.header()
    header.setSectionResizeMode(CatalogueCriteriaModel.TITLE, QHeaderView.ResizeMode.Stretch)
    levels = [level_text(level, language) for level in Level if level]
    widths = {
        CatalogueCriteriaModel.LEVEL: [offered.headerData(1, Qt.Orientation.Horizontal), *levels],
        CatalogueCriteriaModel.SOURCE: [
            offered.headerData(CatalogueCriteriaModel.SOURCE, Qt.Orientation.Horizontal),
            translate("CatalogueCriteriaModel", "productgroep"),
            translate("CatalogueCriteriaModel", "algemeen"),
            translate("CatalogueCriteriaModel", "eigen bibliotheek"),
        ],
        CatalogueCriteriaModel.CHOSEN: [translate("CatalogueCriteriaModel", "✓ gekozen")],
    }
    _fit(header, widths)
    offered.modelReset.connect(lambda: _fit(tree.header(), widths))


def size_chosen_columns(table: QTableView, chosen: ChosenCriteriaModel, language: str) -> None:
    """The chosen criteria's columns: the title takes the room, the others fit what they can hold."""
    header = table.horizontalHeader()
    headers = chosen.headers
    widths = {
        ChosenCriteriaModel.NUMBER: [headers[0], "W99."],
        ChosenCriteriaModel.KIND: [headers[1], *(kind.label(language) for kind in CriterionKind)],
        ChosenCriteriaModel.WEIGHT: [headers[3], "100 %"],
        ChosenCriteriaModel.NOTES: [headers[4], translate("ChosenCriteriaModel", "⚠ nog geen weging")],
    }
    _fit(header, widths)
    chosen.modelReset.connect(lambda: _fit(table.horizontalHeader(), widths))
    header.setSectionResizeMode(ChosenCriteriaModel.TITLE, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)


translate = QCoreApplication.translate


def _fit(header: QHeaderView, widths: dict[int, list[str]]) -> None:
    """Each column as wide as the widest of its texts (what it can hold); the user may drag it."""
    metrics = header.fontMetrics()
    for column, texts in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + 24)
