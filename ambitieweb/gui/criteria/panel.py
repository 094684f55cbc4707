"""The Criteria tab of the workspace: catalogue criteria on offer for the selected theme, the chosen
ones, their weights, and the tender warnings.

Every change goes through ``controller.edit`` with a mutation from ``ambitieweb.model.tender``; the
panel redraws from the session when the controller says it changed.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.criteria.award_dialog import AwardModelDialog, open_award_dialog
from ambitieweb.gui.criteria.award_text import scheme_summary
from ambitieweb.gui.criteria.criterion_dialog import CriterionDialog
from ambitieweb.gui.criteria.models import (
    ID_ROLE,
    CatalogueCriteriaModel,
    ChosenCriteriaModel,
    size_chosen_columns,
    size_offered_columns,
)
from ambitieweb.gui.forms.criteria_panel_ui import Ui_CriteriaPanel
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.gui.widgets.cell_delegate import use_cell_delegate
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.criteria import Criterion
from ambitieweb.model.levels import Level
from ambitieweb.model.session import ChosenCriterion, Session, WeightUnit
from ambitieweb.model.tender import (
    add_criterion,
    can_move,
    choose,
    chosen_catalogue_ids,
    move_criterion,
    offered_up_to,
    own_criterion,
    remove_criterion,
    replace_criterion,
    theme_findings,
)
from ambitieweb.text.fill import fill


class CriteriaPanel(QWidget):
    def __init__(
        self, controller: SessionController, catalogue: Catalogue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CriteriaPanel()
        self.ui.setupUi(self)
        self.controller = controller
        self.catalogue = catalogue
        self.language = controller.language
        self.newer = catalogue.revisions()
        self.dialog: CriterionDialog | None = None  # the open criterion dialog, if any
        self.award_dialog: AwardModelDialog | None = None  # the award model dialog last opened
        self._theme = 0
        self._stale = False  # the session changed while the panel was hidden

        self.offered = CatalogueCriteriaModel(self.language, self)
        tree = self.ui.catalogueTree
        tree.setModel(self.offered)
        size_offered_columns(tree, self.offered, self.language)
        tree.activated.connect(lambda _index: self.choose_selected())
        tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.chosen = ChosenCriteriaModel(self.language, self)
        table = self.ui.chosenTable
        table.setModel(self.chosen)
        use_cell_delegate(table)
        use_cell_delegate(tree)
        size_chosen_columns(table, self.chosen, self.language)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.activated.connect(lambda _index: self.edit_selected())
        table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        for keys, slot in (
            ((QKeySequence.StandardKey.Delete,), self.remove_selected),
            ((QKeySequence("Ctrl+Up"),), lambda: self.move_selected(-1)),
            ((QKeySequence("Ctrl+Down"),), lambda: self.move_selected(1)),
        ):
            action = QAction(table)
            action.setShortcuts(list(keys))  # type: ignore[arg-type]
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, s=slot: s())
            table.addAction(action)

        self.ui.unitCombo.addItem(self.tr("%"), WeightUnit.PERCENT.value)
        self.ui.unitCombo.addItem(self.tr("punten"), WeightUnit.POINTS.value)
        # Warnings get up to five lines, then scroll, so the lists keep their room.
        lines = self.ui.warningsLabel.fontMetrics().lineSpacing()
        self._warnings_height = (lines + 4, 5 * lines + 4)
        self.ui.listSplitter.setStretchFactor(0, 3)
        self.ui.listSplitter.setStretchFactor(1, 2)

        self.ui.chooseButton.clicked.connect(self.choose_selected)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.ownButton.clicked.connect(self.write_own)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.upButton.clicked.connect(lambda: self.move_selected(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_selected(1))
        self.ui.thresholdSpin.valueChanged.connect(self._threshold_changed)
        self.ui.unitCombo.currentIndexChanged.connect(self._unit_changed)
        self.ui.awardButton.clicked.connect(self.edit_award_model)
        controller.changed.connect(self._session_changed)
        self.refresh()

    def sizeHint(self) -> QSize:
        # Modest, like the other tabs: the views' own hints would take room from the theme list.
        return QSize(self.minimumSizeHint().width(), max(self.minimumSizeHint().height(), 240))

    def hasHeightForWidth(self) -> bool:
        return False  # the wrapped labels would otherwise make the tab ask for far more height

    # --- reading -------------------------------------------------------------------------------

    @property
    def session(self) -> Session:
        return self.controller.session

    @property
    def theme_id(self) -> str:
        return self.session.themes[self._theme].theme_id

    def selected_offer(self) -> Criterion | None:
        return self.offered.criterion(self.ui.catalogueTree.currentIndex())

    def selected_chosen(self) -> ChosenCriterion | None:
        index = self.ui.chosenTable.currentIndex()
        return self.chosen.chosen(index.row()) if index.isValid() else None

    # --- following the workspace -----------------------------------------------------------------

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The window's catalogue changed (own frameworks, the library of own criteria): offer its."""
        self.catalogue = catalogue
        self.newer = catalogue.revisions()
        self._session_changed()

    def set_theme(self, index: int) -> None:
        if index != self._theme:
            self._theme = index
            self.refresh()

    def _session_changed(self) -> None:
        # Hidden (another tab, or presenting): catch up when shown; a refresh costs ~3 ms.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Redraw from the session (after any change, undo included, and for another theme)."""
        self._stale = False
        session = self.session
        self._theme = min(self._theme, len(session.themes) - 1)
        entry = session.themes[self._theme]
        offer_id = self._current_id(self.ui.catalogueTree.currentIndex())
        chosen_id = self._current_id(self.ui.chosenTable.currentIndex())

        up_to = offered_up_to(entry.ambition)
        # The session's product group first, then the generic criteria (catalogue.criteria orders them).
        offers = self.catalogue.criteria(session.framework_id, entry.theme_id, up_to, session.product_group)
        own = self.catalogue.library_criteria(entry.theme_id, up_to)  # the organisation's library first
        groups = {g.id: g.label(self.language) for g in self.catalogue.product_groups.values()}
        if self.offered.set_content(
            [*own, *offers], chosen_catalogue_ids(session), groups, {c.id for c in own}
        ):
            self.ui.catalogueTree.expandAll()  # a group the user folded stays folded while working
        if entry.ambition is Level.UNSET:
            hint = self.tr("alle niveaus (de ambitie is nog niet bepaald)")
        elif up_to is Level.BASIS:
            hint = self.tr("niveau 1, de ambitie")
        else:
            hint = fill(self.tr("niveau 1 t/m %1, de ambitie"), str(int(up_to)))
        if session.product_group in groups:
            hint = fill(self.tr("%1; eerst %2, dan algemeen"), hint, groups[str(session.product_group)])
        self.ui.catalogueHint.setText(hint)
        self.chosen.set_content(session, entry.theme_id, self.controller.framework, self.newer)
        self._reselect(offer_id, chosen_id)

        blocked = self.ui.thresholdSpin.blockSignals(True)
        self.ui.thresholdSpin.setValue(session.max_criteria_per_theme)
        self.ui.thresholdSpin.blockSignals(blocked)
        blocked = self.ui.unitCombo.blockSignals(True)
        self.ui.unitCombo.setCurrentIndex(self.ui.unitCombo.findData(session.weight_unit.value))
        self.ui.unitCombo.blockSignals(blocked)
        self.ui.totalLabel.setText(self._total_text(session))
        findings = theme_findings(
            session, entry.theme_id, self.newer, self.controller.framework.theme_names()
        )
        warnings = "\n".join(f"⚠ {f.text(self.language)}" for f in findings)
        if findings and warnings != self.ui.warningsLabel.text():
            announce(self, warnings, assertive=True)
        self.ui.warningsLabel.setText(warnings or self.tr("Geen waarschuwingen voor dit thema."))
        self._fit_warnings()
        self._update_buttons()

    def _fit_warnings(self) -> None:
        """As tall as the warnings need, up to the maximum; beyond that the area scrolls."""
        area = self.ui.warningsArea
        low, high = self._warnings_height
        needed = self.ui.warningsLabel.heightForWidth(max(area.width(), 200)) + 4
        area.setFixedHeight(max(low, min(needed, high)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_warnings()

    def _total_text(self, session: Session) -> str:
        return scheme_summary(session, self.language)

    def edit_award_model(self) -> None:
        """The whole award scheme in a dialog; OK applies it as one undoable edit."""
        self.award_dialog = open_award_dialog(self.controller, self, self.language)

    def _current_id(self, index: QModelIndex) -> str | None:
        value = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        return str(value) if value else None

    def _reselect(self, offer_id: str | None, chosen_id: str | None) -> None:
        if offer_id is not None and self._current_id(self.ui.catalogueTree.currentIndex()) != offer_id:
            index = self.offered.index_of(offer_id)
            if index.isValid():
                self.ui.catalogueTree.setCurrentIndex(index)
        if chosen_id is not None:
            self.select_chosen(chosen_id)

    def select_chosen(self, criterion_id: str) -> None:
        row = self.chosen.row_of(criterion_id)
        if row < 0 or self.ui.chosenTable.currentIndex().row() == row:
            return
        self.ui.chosenTable.selectionModel().setCurrentIndex(
            self.chosen.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _update_buttons(self) -> None:
        offer = self.selected_offer()
        self.ui.chooseButton.setEnabled(
            offer is not None and offer.id not in chosen_catalogue_ids(self.session)
        )
        chosen = self.selected_chosen()
        for button in (self.ui.editButton, self.ui.removeButton):
            button.setEnabled(chosen is not None)
        self.ui.upButton.setEnabled(chosen is not None and can_move(self.session, chosen.id, -1))
        self.ui.downButton.setEnabled(chosen is not None and can_move(self.session, chosen.id, 1))

    # --- actions -------------------------------------------------------------------------------

    def choose_selected(self) -> None:
        """Add the selected catalogue criterion to this theme (nothing when it is already chosen)."""
        offer = self.selected_offer()
        if offer is None or offer.id in chosen_catalogue_ids(self.session):
            return
        found = self.catalogue.criterion(offer.id)
        if found is None:
            return
        chosen = choose(found[1], found[0])
        self.controller.edit(
            fill(self.tr("Criterium kiezen: %1"), offer.title), lambda s: _ignore(add_criterion(s, chosen))
        )
        self.select_chosen(chosen.id)

    def edit_selected(self) -> None:
        chosen = self.selected_chosen()
        if chosen is None:
            return
        source = self.catalogue.criterion(chosen.catalogue_id) if chosen.catalogue_id else None
        self._open_dialog(
            CriterionDialog(
                chosen,
                self.session.weight_unit,
                source=source,
                theme_name=self.controller.theme_name(self._theme),
                language=self.language,
                parent=self,
            ),
            new=False,
        )

    def write_own(self) -> None:
        self._open_dialog(
            CriterionDialog(
                own_criterion(self.session, self.theme_id),
                self.session.weight_unit,
                new=True,
                theme_name=self.controller.theme_name(self._theme),
                language=self.language,
                parent=self,
            ),
            new=True,
        )

    def _open_dialog(self, dialog: CriterionDialog, new: bool) -> None:
        """Window-modal, not a nested event loop: the result is applied when the user presses OK."""
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._apply(dialog, new))
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: CriterionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _apply(self, dialog: CriterionDialog, new: bool) -> None:
        updated = dialog.criterion()
        if new:
            self.controller.edit(
                fill(self.tr("Eigen criterium: %1"), updated.title),
                lambda s: _ignore(add_criterion(s, updated)),
            )
        else:
            try:
                before = next(c for c in self.session.criteria if c.id == updated.id)
            except StopIteration:
                return  # removed meanwhile (e.g. by an undo)
            if before == updated:
                return
            self.controller.edit(
                fill(self.tr("Criterium bewerken: %1"), updated.title),
                lambda s: replace_criterion(s, updated),
            )
        self.select_chosen(updated.id)
        self.ui.chosenTable.setFocus()

    def remove_selected(self) -> None:
        chosen = self.selected_chosen()
        if chosen is None:
            return
        row = self.ui.chosenTable.currentIndex().row()
        self.controller.edit(
            fill(self.tr("Criterium verwijderen: %1"), chosen.title), lambda s: remove_criterion(s, chosen.id)
        )
        if self.chosen.rowCount():
            self.select_chosen(self.chosen.chosen(min(row, self.chosen.rowCount() - 1)).id)

    def move_selected(self, step: int) -> None:
        chosen = self.selected_chosen()
        if chosen is None or not can_move(self.session, chosen.id, step):
            return
        self.controller.edit(
            fill(self.tr("Criterium verplaatsen: %1"), chosen.title),
            lambda s: _ignore(move_criterion(s, chosen.id, step)),
        )
        self.select_chosen(chosen.id)

    def _threshold_changed(self, value: int) -> None:
        if value == self.session.max_criteria_per_theme:
            return
        self.controller.edit(
            fill(self.tr("Drempel per thema: %1"), str(value)),
            lambda s: setattr(s, "max_criteria_per_theme", value),
            merge_key="criteria-threshold",
        )

    def _unit_changed(self, _index: int) -> None:
        unit = WeightUnit(self.ui.unitCombo.currentData())
        if unit is self.session.weight_unit:
            return
        self.controller.edit(
            fill(self.tr("Weging in %1"), self.ui.unitCombo.currentText()),
            lambda s: setattr(s, "weight_unit", unit),
        )


def _ignore(_result: object) -> None:
    """Mutations return nothing; the tender functions report whether they changed anything."""
