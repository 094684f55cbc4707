"""One chosen criterion: its wording, verification, scoring, weight and placeholder values.

The dialog edits a copy; after OK, ``criterion()`` is the revised criterion (built and validated by
``ambitieweb.model.tender.revise``) for the caller to apply as one undoable edit.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from ambitieweb.gui.criteria.models import plain_tooltip
from ambitieweb.gui.forms.criterion_dialog_ui import Ui_CriterionDialog
from ambitieweb.gui.sessions.session_dialog import problem_text, show_problem
from ambitieweb.model.criteria import CriteriaSet, Criterion, CriterionKind
from ambitieweb.model.library import LIBRARY_SET
from ambitieweb.model.session import ChosenCriterion, ScoringMethod, WeightUnit
from ambitieweb.model.tender import catalogue_wording, placeholder_label, placeholders_in_order, revise
from ambitieweb.text.fill import fill
from ambitieweb.text.labels import level_text
from ambitieweb.text.numbering import KIND_ORDER

MAX_WEIGHT = {WeightUnit.PERCENT: 100.0, WeightUnit.POINTS: 100_000.0}


class CriterionDialog(QDialog):
    """Edit a chosen criterion, or write a new own one (``new=True``: the kind can be chosen)."""

    def __init__(
        self,
        chosen: ChosenCriterion,
        weight_unit: WeightUnit,
        *,
        source: tuple[CriteriaSet, Criterion] | None = None,
        new: bool = False,
        theme_name: str = "",
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CriterionDialog()
        self.ui.setupUi(self)
        self._chosen = chosen
        self._source = source if chosen.catalogue_id is not None else None
        self._language = language
        self._result: ChosenCriterion | None = None
        self._names: list[str] | None = None  # the placeholders the form shows (None: none yet)
        self._typed: dict[str, str] = dict(chosen.values)
        self.value_edits: dict[str, QLineEdit] = {}
        if language != "en":
            self.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        ok = self._ok_button()
        ok.setText(self.tr("OK"))
        ok.setAccessibleName(self.tr("OK"))
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        show_problem(self.ui.messageLabel, "")

        for kind in KIND_ORDER:
            self.ui.kindCombo.addItem(kind.label(language), kind.value)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(chosen.kind.value))
        self.ui.kindCombo.setEnabled(new and chosen.catalogue_id is None)
        self.ui.titleEdit.setText(chosen.title)
        self.ui.titleEdit.setCursorPosition(0)
        self.ui.textEdit.setPlainText(chosen.text)
        self.ui.verificationEdit.setPlainText(chosen.verification)
        self.ui.scoringEdit.setPlainText(chosen.scoring)
        spin = self.ui.weightSpin
        spin.setMaximum(MAX_WEIGHT[weight_unit])
        spin.setDecimals(1)
        spin.setSuffix(self.tr(" %") if weight_unit is WeightUnit.PERCENT else self.tr(" punten"))
        spin.setSpecialValueText(self.tr("nog geen"))  # 0 stands for "no weight yet"
        spin.setValue(chosen.weight or 0.0)
        if chosen.scoring_method is ScoringMethod.NOTIONAL_DISCOUNT:
            # counted as a fictieve korting: no weight; the award model sets how it counts
            spin.setEnabled(False)
            spin.setSpecialValueText(self.tr("fictieve korting (zie gunningsmodel)"))
        if new:
            self.setWindowTitle(
                fill(self.tr("Eigen criterium voor %1"), theme_name)
                if theme_name
                else self.tr("Eigen criterium")
            )
        else:
            self.setWindowTitle(self.tr("Criterium bewerken"))
        self._show_origin(theme_name)

        self.ui.kindCombo.currentIndexChanged.connect(self._update_kind)
        for edit in (self.ui.textEdit, self.ui.verificationEdit, self.ui.scoringEdit):
            edit.textChanged.connect(self._update_placeholders)
            edit.textChanged.connect(self._update_state)
        self.ui.titleEdit.textChanged.connect(self._update_state)
        self.ui.restoreButton.clicked.connect(self.adopt_catalogue_text)
        self._update_kind()
        self._update_state()
        (self.ui.kindCombo if new else self.ui.titleEdit).setFocus()

    # --- result --------------------------------------------------------------------------------

    def criterion(self) -> ChosenCriterion:
        """The revised criterion (after OK); raises pydantic's ValidationError if called on invalid input."""
        return self._result if self._result is not None else self._build()

    def accept(self) -> None:
        try:
            self._result = self._build()
        except ValidationError as exc:
            error = exc.errors()[0]
            field = str(error["loc"][0]) if error["loc"] else ""
            show_problem(self.ui.messageLabel, problem_text(error, self._field_label(field)))
            return
        super().accept()

    def adopt_catalogue_text(self) -> None:
        """Put the catalogue's current wording back (or in place of an older one)."""
        if self._source is None:
            return
        title, text, verification, scoring = catalogue_wording(self._source[1])
        # The catalogue may have moved the criterion to another kind (a minimumeis that is really
        # a contractbepaling): the form shows, and OK keeps, the kind that goes with the text.
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(self._source[1].kind.value))
        self.ui.titleEdit.setText(title)
        self.ui.titleEdit.setCursorPosition(0)
        self.ui.textEdit.setPlainText(text)
        self.ui.verificationEdit.setPlainText(verification)
        self.ui.scoringEdit.setPlainText(scoring)

    # --- building ------------------------------------------------------------------------------

    def _kind(self) -> CriterionKind:
        return CriterionKind(self.ui.kindCombo.currentData())

    def _build(self) -> ChosenCriterion:
        weight = self.ui.weightSpin.value()
        return revise(
            self._chosen,
            kind=self._kind(),
            title=self.ui.titleEdit.text(),
            text=self.ui.textEdit.toPlainText(),
            verification=self.ui.verificationEdit.toPlainText(),
            scoring=self.ui.scoringEdit.toPlainText(),
            weight=weight if weight > 0 else None,
            values=self._values(),
            source=self._source,
        )

    def _values(self) -> dict[str, str]:
        self._remember_typed()
        return dict(self._typed)

    def _field_label(self, field: str) -> str:
        labels = {
            "title": self.ui.titleLabel,
            "text": self.ui.textLabel,
            "verification": self.ui.verificationLabel,
            "scoring": self.ui.scoringLabel,
            "weight": self.ui.weightLabel,
        }
        label = labels.get(field)
        return label.text().replace("&", "") if label else self.ui.valuesBox.title().replace("&", "")

    # --- keeping the form consistent -------------------------------------------------------------

    def _ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _show_origin(self, theme_name: str) -> None:
        chosen = self._chosen
        if chosen.catalogue_id is None:
            text = (
                fill(self.tr("Eigen criterium voor het thema %1."), theme_name)
                if theme_name
                else self.tr("Eigen criterium.")
            )
            self.ui.restoreButton.hide()
        elif chosen.catalogue_set == LIBRARY_SET:
            text = fill(
                self.tr("Uit de eigen bibliotheek (versie %1), niveau %2."),
                chosen.catalogue_version or "?",
                level_text(chosen.level, self._language),
            )
            if chosen.edited:
                text += " " + self.tr("De tekst is aangepast voor deze aanbesteding.")
            if self._source is None:
                text += " " + self.tr("Dit criterium staat niet (meer) in de eigen bibliotheek.")
                self.ui.restoreButton.hide()
            elif chosen.catalogue_revision and self._source[1].revision > chosen.catalogue_revision:
                text += " " + self.tr(
                    "De bibliotheek heeft een nieuwere tekst; ‘Catalogustekst overnemen’ neemt die over."
                )
        else:
            text = fill(
                self.tr("Uit de catalogus (%1, versie %2), niveau %3."),
                chosen.catalogue_set or "?",
                chosen.catalogue_version or "?",
                level_text(chosen.level, self._language),
            )
            if chosen.edited:
                text += " " + self.tr("De tekst is aangepast voor deze aanbesteding.")
            if self._source is None:
                text += " " + self.tr("Dit criterium staat niet meer in de catalogus.")
                self.ui.restoreButton.hide()
            else:
                criterion = self._source[1]
                if chosen.catalogue_revision and criterion.revision > chosen.catalogue_revision:
                    text += " " + self.tr(
                        "De catalogus heeft een nieuwere tekst; ‘Catalogustekst overnemen’ neemt die over."
                    )
                self.ui.originLabel.setToolTip(plain_tooltip(criterion.guidance))
                self.ui.restoreButton.setToolTip(
                    self.tr("Titel, tekst, bewijsmiddel en beoordeling van de catalogus terugzetten")
                )
        self.ui.originLabel.setText(text)

    def _update_kind(self) -> None:
        award = self._kind() is CriterionKind.AWARD
        self.ui.formLayout.setRowVisible(self.ui.scoringEdit, award)
        self.ui.formLayout.setRowVisible(self.ui.weightSpin, award)
        self._update_placeholders()

    def _update_state(self) -> None:
        complete = bool(self.ui.titleEdit.text().strip() and self.ui.textEdit.toPlainText().strip())
        self._ok_button().setEnabled(complete)
        if self._source is not None:
            current = (
                self.ui.titleEdit.text().strip(),
                self.ui.textEdit.toPlainText().strip(),
                self.ui.verificationEdit.toPlainText().strip(),
                self.ui.scoringEdit.toPlainText().strip() if self._kind() is CriterionKind.AWARD else "",
            )
            self.ui.restoreButton.setEnabled(current != catalogue_wording(self._source[1]))

    def _remember_typed(self) -> None:
        for name, edit in self.value_edits.items():
            self._typed[name] = edit.text()

    def _update_placeholders(self) -> None:
        """One line edit per {{placeholder}} in the texts, following the texts as they are typed."""
        scoring = self.ui.scoringEdit.toPlainText() if self._kind() is CriterionKind.AWARD else ""
        names = placeholders_in_order(
            self.ui.textEdit.toPlainText(), self.ui.verificationEdit.toPlainText(), scoring
        )
        if names == self._names:
            return
        self._remember_typed()
        layout = self.ui.valuesLayout
        while layout.rowCount():
            layout.removeRow(0)
        self.value_edits = {}
        self._names = names
        source = self._source[1] if self._source else None
        previous: QWidget = self.ui.weightSpin
        for name in names:
            text = placeholder_label(name, source)
            label = QLabel(text, self.ui.valuesBox)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            edit = QLineEdit(self._typed.get(name, ""), self.ui.valuesBox)
            edit.setObjectName(f"value_{name}")
            edit.setAccessibleName(text)
            edit.setPlaceholderText(name)
            edit.setMaxLength(500)
            label.setBuddy(edit)
            layout.addRow(label, edit)
            self.value_edits[name] = edit
            QWidget.setTabOrder(previous, edit)
            previous = edit
        QWidget.setTabOrder(previous, self.ui.restoreButton)
        self.ui.valuesHint.setText(
            self.tr(
                "Deze waarden komen op de plaats van {{naam}} in de tekst. "
                "Wat leeg blijft, staat in de documenten als [naam]."
            )
            if names
            else self.tr(
                "Deze tekst heeft geen invulwaarden. Schrijf {{naam}} in de tekst voor een waarde "
                "die per aanbesteding wordt ingevuld."
            )
        )
