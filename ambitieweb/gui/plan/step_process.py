"""Step 5, MVI in het inkoopproces: how each tender applies MVI (its project web, planned against agreed
levels, the share in the award, the rules applied)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableView, QWidget

from ambitieweb.gui.plan.controller import PlanController
from ambitieweb.gui.plan.records import bind_table, selected_row
from ambitieweb.gui.plan.widgets import PlanStep, RowsModel, buttons
from ambitieweb.model.plan.policy import applies, award_share, rule_applied
from ambitieweb.model.plan.progress import planned_vs_applied
from ambitieweb.text.labels import format_number


class ProcessStep(PlanStep):
    """Step 5: how each tender applies MVI: its project web, planned against agreed levels, the rules."""

    openWeb = Signal(str)

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "Per aanbesteding het projectweb: de status, de geplande en de afgesproken niveaus "
            "(▼ = lager dan gepland), het aandeel MVI in de gunning en of de geldende "
            "beleidsregels zijn toegepast."
        )
        super().__init__(controller, intro, parent)
        layout = self.column
        self.model = RowsModel(
            (
                self.tr("Aanbesteding"),
                self.tr("Projectweb"),
                self.tr("Gepland"),
                self.tr("Afgesproken"),
                self.tr("MVI in gunning"),
                self.tr("Beleidsregels toegepast"),
            ),
            self._rows,
        )
        self.table = QTableView()
        bind_table(self.table, self.model, self.tr("MVI in het inkoopproces"), stretch=0)
        self.table.activated.connect(lambda _index: self._open())
        row, _ = buttons((self.tr("Projectweb &openen"), self._open))
        layout.addWidget(self.table, 1)
        layout.addWidget(row)
        controller.changed.connect(self.model.refresh)

    def _rows(self) -> list[tuple[str, ...]]:
        controller = self.controller
        language = controller.language
        names = controller.theme_names()
        rows: list[tuple[str, ...]] = []
        for tender in controller.plan.tenders:
            web = controller.web(tender.web_id)
            if web is not None:
                status = web.status.label(language)
            elif tender.web_id:
                status = self.tr("verwijderd")
            else:
                status = self.tr("nog niet gestart")
            compared = planned_vs_applied(tender, web)
            planned = (
                ", ".join(f"{names.get(c.theme_id, c.theme_id)} {int(c.planned)}" for c in compared) or "–"
            )
            agreed = (
                ", ".join(
                    f"{names.get(c.theme_id, c.theme_id)} {int(c.applied) if c.applied else '–'}"
                    + (" ▼" if c.short else "")
                    for c in compared
                )
                if web
                else "–"
            )
            share = award_share(tender, web)
            rules = [r for r in controller.plan.rules if applies(r, tender, controller.plan)]
            done = sum(1 for r in rules if rule_applied(r, tender, web))
            rows.append(
                (
                    tender.title,
                    status,
                    planned,
                    agreed,
                    "–" if share is None else f"{format_number(share, language)}%",
                    f"{done} / {len(rules)}" if rules else "–",
                )
            )
        return rows

    def _open(self) -> None:
        row = selected_row(self.table)
        tenders = self.controller.plan.tenders
        if row is not None and row < len(tenders) and self.controller.web(tenders[row].web_id) is not None:
            self.openWeb.emit(tenders[row].web_id or "")
