"""The list of action plans: open one, start a new one, import or delete."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView, QVBoxLayout, QWidget

from ambitieweb.gui.plan.records import bind_table, selected_row
from ambitieweb.gui.plan.widgets import RowsModel
from ambitieweb.store.plans import PlanRepository, PlanSummary


class PlanList(QDialog):
    """The organisation's plans: open one, start a new one, import or delete."""

    def __init__(self, plans: PlanRepository, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Actieplannen"))
        self.chosen: tuple[str, str] | None = None
        self._summaries: list[PlanSummary] = plans.list_plans()
        layout = QVBoxLayout(self)
        self.model = RowsModel(
            (self.tr("Actieplan"), self.tr("Organisatie"), self.tr("Looptijd")),
            lambda: [(p.title, p.organisation, f"{p.start_year}–{p.end_year}") for p in self._summaries],
        )
        self.table = QTableView()
        bind_table(self.table, self.model, self.tr("Actieplannen"), stretch=0)
        self.table.activated.connect(lambda _i: self._choose("open"))
        layout.addWidget(self.table)
        box = QDialogButtonBox()
        for text, what in (
            (self.tr("&Openen"), "open"),
            (self.tr("&Nieuw actieplan…"), "new"),
            (self.tr("&Importeren…"), "import"),
            (self.tr("&Verwijderen…"), "delete"),
        ):
            button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _c=False, w=what: self._choose(w))
        close = box.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Sluiten"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        if self._summaries:
            self.table.selectRow(0)
        self.resize(720, 360)

    def _choose(self, what: str) -> None:
        row = selected_row(self.table)
        if what in ("open", "delete") and (row is None or row >= len(self._summaries)):
            return
        self.chosen = (
            what,
            self._summaries[row].id if row is not None and row < len(self._summaries) else "",
        )
        self.accept()
