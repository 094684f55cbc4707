"""The contract's data: supplier, number, dates, value, manager and the review rhythm. Each field is
saved when it is left (Tab, Enter), as one undoable step; a refused value says why and shows the old."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from ambitieweb.gui.contract.controller import ContractController
from ambitieweb.gui.contract.typed import date_text, read_date, read_number
from ambitieweb.text.labels import format_number


class ContractForm(QGroupBox):
    def __init__(self, controller: ContractController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Contractgegevens"))
        self.controller = controller
        layout = QGridLayout(self)  # two columns of label and field
        self.edits: dict[str, QLineEdit] = {}
        fields: tuple[tuple[str, str, str, Callable[[str], object]], ...] = (
            ("supplier", self.tr("&Leverancier"), self.tr("Leverancier"), str.strip),
            ("number", self.tr("Contract&nummer"), self.tr("Contractnummer"), str.strip),
            ("start", self.tr("Startdat&um"), self.tr("Startdatum"), read_date),
            ("end", self.tr("&Einddatum"), self.tr("Einddatum"), read_date),
            ("value", self.tr("Waa&rde (€, excl. btw)"), self.tr("Waarde"), self._number),
            ("manager", self.tr("Contract&manager"), self.tr("Contractmanager"), str.strip),
        )
        for place, (field, label, name, read) in enumerate(fields):
            edit = QLineEdit(self)
            edit.setAccessibleName(label.replace("&", ""))  # what the label shows, unit and all
            if field in ("start", "end"):
                edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
                edit.setAccessibleDescription(self.tr("Datum als dd-mm-jjjj"))
            edit.editingFinished.connect(lambda f=field, r=read, n=name: self._commit(f, r, n))
            self.edits[field] = edit
            shown = QLabel(label, self)
            shown.setBuddy(edit)
            layout.addWidget(shown, place // 2, place % 2 * 2)
            layout.addWidget(edit, place // 2, place % 2 * 2 + 1)
        self.rhythm = QSpinBox(self)
        self.rhythm.setRange(1, 120)
        self.rhythm.setSuffix(self.tr(" maanden"))
        self.rhythm.setAccessibleName(self.tr("Ritme van de gesprekken"))
        self.rhythm.editingFinished.connect(self._rhythm)
        shown = QLabel(self.tr("R&itme van de gesprekken"), self)
        shown.setBuddy(self.rhythm)
        layout.addWidget(shown, 3, 0)
        layout.addWidget(self.rhythm, 3, 1)
        controller.changed.connect(self.refresh)
        self.refresh()

    def _number(self, typed: str) -> float | None:
        return read_number(typed, self.controller.language)

    def refresh(self, _fields: object = None) -> None:
        contract = self.controller.contract
        language = self.controller.language
        texts = {
            "supplier": contract.supplier,
            "number": contract.number,
            "start": date_text(contract.start),
            "end": date_text(contract.end),
            "value": "" if contract.value is None else format_number(contract.value, language),
            "manager": contract.manager,
        }
        for field, text in texts.items():
            edit = self.edits[field]
            if edit.text() != text:
                edit.setText(text)
        if self.rhythm.value() != contract.rhythm_months:
            self.rhythm.setValue(contract.rhythm_months)

    def _commit(self, field: str, read: Callable[[str], object], name: str) -> None:
        typed = self.edits[field].text()
        try:
            value = read(typed)
        except ValueError:
            what = (
                self.tr("is geen datum (dd-mm-jjjj)")
                if field in ("start", "end")
                else self.tr("is geen getal")
            )
            self.controller.problem.emit(f"{name}: '{typed}' {what}")
            self.refresh()
            return
        if value == getattr(self.controller.contract, field):
            return
        if not self.controller.set_field(field, value, name):
            self.refresh()

    def _rhythm(self) -> None:
        value = self.rhythm.value()
        if value != self.controller.contract.rhythm_months:
            self.controller.set_field("rhythm_months", value, self.tr("Ritme van de gesprekken"))
