"""The whole award scheme of a tender in one table: price, the other quality criteria and the MVI award
criteria, each with its weight, or an MVI criterion as a fictieve korting with its maximum in euro.

The dialog edits copies; after OK, ``result()`` holds what to apply as one undoable edit
(``ambitieweb.model.award.set_award_model`` and ``set_scoring``).
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

from ambitieweb.gui.criteria.award_text import parse_amount
from ambitieweb.gui.forms.award_model_dialog_ui import Ui_AwardModelDialog
from ambitieweb.gui.sessions.session_dialog import problem_text, show_problem
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.award import (
    is_award,
    set_award_model,
    set_scoring,
)
from ambitieweb.model.session import QualityCriterion, ScoringMethod, Session, WeightUnit
from ambitieweb.text.fill import fill
from ambitieweb.text.labels import format_number
from ambitieweb.text.numbering import numbered_criteria

NAME, THEME, METHOD, WEIGHT, DISCOUNT = range(5)
PART_ROLE = Qt.ItemDataRole.UserRole + 1  # "price", "quality" or "mvi"
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the MVI criterion's id
METHOD_ROLE = Qt.ItemDataRole.UserRole + 3  # ScoringMethod value


@dataclass(frozen=True)
class AwardChoice:
    """What the dialog's OK means for the session."""

    price_weight: float | None
    quality: list[QualityCriterion]
    scoring: dict[str, tuple[ScoringMethod, float | None, float | None]]  # id -> method, weight, max


class _MethodDelegate(QStyledItemDelegate):
    """A drop-down for how an MVI criterion counts; other rows have no editor in that column."""

    def __init__(self, labels: dict[ScoringMethod, str], parent: QWidget) -> None:
        super().__init__(parent)
        self._labels = labels

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(str(index.model().headerData(METHOD, Qt.Orientation.Horizontal)))
        for method, text in self._labels.items():
            combo.addItem(text, method.value)
        # a choice counts at once (the weight and discount cells follow), not only when leaving the cell
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(METHOD_ROLE))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), METHOD_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class AwardModelDialog(QDialog):
    def __init__(
        self,
        session: Session,
        numbers: dict[str, str],
        theme_names: dict[str, str],
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        """``numbers``: the MVI criteria's numbers in the documents (W1, W2, ...) by id."""
        super().__init__(parent)
        self.ui = Ui_AwardModelDialog()
        self.ui.setupUi(self)
        self._language = language
        self._unit = session.weight_unit
        self._result: AwardChoice | None = None
        if language != "en":
            self.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self._labels = {
            ScoringMethod.WEIGHT: self.tr("weging"),
            ScoringMethod.NOTIONAL_DISCOUNT: self.tr("fictieve korting"),
        }
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("OK"))
        ok.clicked.connect(self._accept)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        show_problem(self.ui.messageLabel, "")

        table = self.ui.schemeTable
        table.setColumnCount(5)
        unit = "%" if self._unit is WeightUnit.PERCENT else self.tr("punten")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Onderdeel"),
                self.tr("Thema"),
                self.tr("Telt mee als"),
                fill(self.tr("Weging (%1)"), unit),
                self.tr("Max. korting (€)"),
            ]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (METHOD, WEIGHT, DISCOUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # the theme's name is context: a fifth of the width, whole in its tooltip; the title stretches
        header.setSectionResizeMode(THEME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(THEME, table.fontMetrics().horizontalAdvance("Circulair (incl. biobased)") + 16)
        table.setItemDelegateForColumn(METHOD, _MethodDelegate(self._labels, table))

        model = session.award_model
        self._add_row("price", self.tr("Prijs"), "", ScoringMethod.WEIGHT, model.price_weight, None)
        for quality in model.quality:
            self._add_row("quality", quality.name, "", ScoringMethod.WEIGHT, quality.weight, None)
        for chosen in (c for c in session.criteria if is_award(c)):
            number = numbers.get(chosen.id, "")
            title = f"{number}. {chosen.title}" if number else chosen.title
            theme = theme_names.get(chosen.theme_id, chosen.theme_id)
            self._add_row(
                "mvi", title, theme, chosen.scoring_method, chosen.weight, chosen.max_discount, chosen.id
            )
        table.itemChanged.connect(lambda _item: self._changed())
        table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.ui.addButton.clicked.connect(self.add_quality)
        self.ui.removeButton.clicked.connect(self.remove_quality)
        self._changed()
        table.setCurrentCell(0, WEIGHT)

    # --- rows ------------------------------------------------------------------------------------

    def _add_row(
        self,
        part: str,
        name: str,
        theme: str,
        method: ScoringMethod,
        weight: float | None,
        discount: float | None,
        criterion_id: str | None = None,
        at: int | None = None,
    ) -> int:
        table = self.ui.schemeTable
        row = table.rowCount() if at is None else at
        table.insertRow(row)
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = fixed | Qt.ItemFlag.ItemIsEditable
        name_item = QTableWidgetItem(name)
        name_item.setToolTip(name)
        name_item.setData(PART_ROLE, part)
        name_item.setData(ID_ROLE, criterion_id)
        name_item.setFlags(editable if part == "quality" else fixed)
        method_item = QTableWidgetItem(self._labels[method])
        method_item.setData(METHOD_ROLE, method.value)
        method_item.setFlags(editable if part == "mvi" else fixed)
        items = [
            name_item,
            _item(theme, fixed, tooltip=theme),
            method_item,
            _item(self._number(weight), editable),
            _item(self._number(discount), editable),
        ]
        blocked = table.blockSignals(True)  # a half-made row is not read
        for column, item in enumerate(items):
            table.setItem(row, column, item)
        table.blockSignals(blocked)
        self._enable(row)
        return row

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.ui.schemeTable.item(row, column)
        assert item is not None  # every cell gets an item in _add_row
        return item

    def _number(self, value: float | None) -> str:
        return "" if value is None else format_number(value, self._language)

    def _part(self, row: int) -> str:
        return str(self._cell(row, NAME).data(PART_ROLE))

    def _method(self, row: int) -> ScoringMethod:
        return ScoringMethod(self._cell(row, METHOD).data(METHOD_ROLE))

    def _enable(self, row: int) -> None:
        """Weight for what counts with a weight; the maximum discount for a fictieve korting."""
        table = self.ui.schemeTable
        discount = self._method(row) is ScoringMethod.NOTIONAL_DISCOUNT
        blocked = table.blockSignals(True)
        for column, on in ((WEIGHT, not discount), (DISCOUNT, discount)):
            item = self._cell(row, column)
            base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            item.setFlags(base | Qt.ItemFlag.ItemIsEditable if on else base)
            if not on:
                item.setText("")
        table.blockSignals(blocked)

    def add_quality(self) -> None:
        """A new other quality criterion after the last one (before the MVI criteria)."""
        at = 1 + sum(1 for row in range(self.ui.schemeTable.rowCount()) if self._part(row) == "quality")
        row = self._add_row(
            "quality", self.tr("Plan van aanpak"), "", ScoringMethod.WEIGHT, None, None, at=at
        )
        self.ui.schemeTable.setCurrentCell(row, NAME)
        self.ui.schemeTable.editItem(self._cell(row, NAME))
        self._changed()

    def remove_quality(self) -> None:
        row = self.ui.schemeTable.currentRow()
        if row >= 0 and self._part(row) == "quality":
            self.ui.schemeTable.removeRow(row)
            self._changed()

    def _update_buttons(self) -> None:
        row = self.ui.schemeTable.currentRow()
        self.ui.removeButton.setEnabled(row >= 0 and self._part(row) == "quality")

    # --- reading the table --------------------------------------------------------------------------

    def _changed(self) -> None:
        table = self.ui.schemeTable
        for row in range(table.rowCount()):
            self._enable(row)
        try:
            choice = self._read()
        except ValueError as exc:
            self.ui.totalLabel.setText("")
            show_problem(self.ui.messageLabel, str(exc))
        else:
            show_problem(self.ui.messageLabel, "")
            self.ui.totalLabel.setText(self._total_text(choice))
        self._update_buttons()

    def _total_text(self, choice: AwardChoice) -> str:
        price = choice.price_weight or 0.0
        quality = sum(q.weight or 0.0 for q in choice.quality)
        mvi = sum(w or 0.0 for m, w, _d in choice.scoring.values() if m is ScoringMethod.WEIGHT)
        sign = "%" if self._unit is WeightUnit.PERCENT else " " + self.tr("punten")
        parts = [self._number(v) + sign for v in (price, quality, mvi)]
        total = self._number(price + quality + mvi) + sign
        return fill(self.tr("Totaal %1 (prijs %2, overige kwaliteit %3, MVI %4)"), total, *parts)

    def _read(self) -> AwardChoice:
        """The table as an award choice; ValueError with a message naming the row and field."""
        table = self.ui.schemeTable
        price: float | None = None
        quality: list[QualityCriterion] = []
        scoring: dict[str, tuple[ScoringMethod, float | None, float | None]] = {}
        for row in range(table.rowCount()):
            name = self._cell(row, NAME).text()
            part = self._part(row)
            weight = self._amount(row, WEIGHT, name)
            if part == "price":
                price = weight
            elif part == "quality":
                try:
                    quality.append(QualityCriterion(name=name, weight=weight))
                except ValidationError as exc:
                    field = fill(self.tr("De naam van kwaliteitscriterium %1"), str(len(quality) + 1))
                    raise ValueError(problem_text(exc.errors()[0], field)) from None
            else:
                method = self._method(row)
                discount = self._amount(row, DISCOUNT, name)
                scoring[str(self._cell(row, NAME).data(ID_ROLE))] = (method, weight, discount)
        return AwardChoice(price, quality, scoring)

    def _amount(self, row: int, column: int, name: str) -> float | None:
        text = self._cell(row, column).text()
        try:
            value = parse_amount(text)
        except ValueError:
            what = self.tr("De weging") if column == WEIGHT else self.tr("De maximale korting")
            raise ValueError(
                fill(self.tr("%1 van '%2' is geen getal van 0 of meer: %3"), what, name, text)
            ) from None
        if column == WEIGHT and value is not None and self._unit is WeightUnit.PERCENT and value > 100:
            raise ValueError(fill(self.tr("De weging van '%1' is meer dan 100%."), name))
        return value

    def _accept(self) -> None:
        try:
            self._result = self._read()
        except ValueError as exc:
            show_problem(self.ui.messageLabel, str(exc))
            return
        self.accept()

    def result_choice(self) -> AwardChoice | None:
        """What OK chose (None before OK)."""
        return self._result


def _item(text: str, flags: Qt.ItemFlag, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(flags)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def open_award_dialog(controller: SessionController, parent: QWidget, language: str) -> AwardModelDialog:
    """Open the award model of the controller's session (window-modal); OK applies the whole scheme as
    one undoable, saved edit."""
    framework = controller.framework
    session = controller.session
    numbers = {
        item.criterion.id: item.number
        for group in numbered_criteria(session, framework)
        for item in group.items
    }
    dialog = AwardModelDialog(session, numbers, framework.theme_names(), language=language, parent=parent)

    def apply_choice() -> None:
        choice = dialog.result_choice()
        if choice is None:
            return

        def apply(target: Session) -> None:
            set_award_model(target, choice.price_weight, choice.quality)
            present = {c.id for c in target.criteria if is_award(c)}
            for criterion_id, (method, weight, discount) in choice.scoring.items():
                if criterion_id in present:  # not removed meanwhile (an undo)
                    set_scoring(target, criterion_id, method, weight, discount)

        controller.edit(
            QCoreApplication.translate("AwardModelDialog", "Gunningsmodel aanpassen"),
            apply,
            touches=("award_model", "criteria"),
        )

    dialog.accepted.connect(apply_choice)
    dialog.finished.connect(lambda _code: dialog.deleteLater())
    dialog.open()
    return dialog
