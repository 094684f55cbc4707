"""Step 4, kansrijke aanbestedingen: the tenders, their themes and levels, which policy rules apply,
and the editable rules themselves."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from ambitieweb.gui.plan.controller import PlanController
from ambitieweb.gui.plan.records import Column, RecordsModel, bind_table, selected_row
from ambitieweb.gui.plan.widgets import PlanStep, RowsModel, box, buttons, note
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import PlannedTender, PolicyRule, TenderKind, TenderTheme
from ambitieweb.model.plan.policy import applies, unmet
from ambitieweb.model.plan.problems import field_label
from ambitieweb.reports.actieplan_content import tender_themes
from ambitieweb.text.fill import fill
from ambitieweb.text.labels import level_text


def _names(values: list[str]) -> str:
    return ", ".join(values)


class ThemeLevel(BaseModel):
    """A row of the selected tender's themes: every theme, level 0 where the tender leaves it out."""

    theme_id: str
    level: Level = Level.UNSET


class TendersStep(PlanStep):
    """The tenders (table), and for the selected one its themes, the rules and its project web."""

    openWeb = Signal(str)

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "De aanbestedingen van de komende jaren waar de ambities het verschil maken. Per "
            "aanbesteding de thema's en niveaus, welke beleidsregels gelden, en het projectweb."
        )
        super().__init__(controller, intro, parent)
        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("Aanbestedingen en beleidsregels"))
        tabs.tabBar().setAccessibleName(self.tr("Aanbestedingen en beleidsregels"))
        self.column.addWidget(tabs)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        tabs.addTab(page, self.tr("Aanbestedingen"))
        self._build_tenders(page_layout)
        self._build_detail(page_layout)
        tabs.addTab(self._rules_page(), self.tr("Beleidsregels"))

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        controller.changed.connect(lambda _fields: self._selected())
        if self.tenders.rowCount():
            self.table.selectRow(0)
        self._selected()

    # --- building ---------------------------------------------------------------------------------

    def _build_tenders(self, page_layout: QVBoxLayout) -> None:
        """The tenders' table and its buttons."""
        controller = self.controller
        language = controller.language
        names = controller.theme_names

        def categories() -> list[tuple[str, object]]:
            return [("", ""), *((c.name, c.name) for c in controller.plan.categories)]

        def years() -> list[tuple[str, object]]:
            plan = controller.plan
            return [("", None), *((str(y), y) for y in range(plan.start_year - 1, plan.end_year + 2))]

        self.tenders = RecordsModel(
            controller,
            "tenders",
            [
                Column("title", self.tr("Aanbesteding"), width=22),
                Column("category", self.tr("Categorie"), "choice", choices=categories, width=14),
                Column("estimated_value", self.tr("Waarde (€)"), "number", width=9),
                Column(
                    "kind",
                    self.tr("Soort"),
                    "choice",
                    choices=lambda: [(k.label(language), k) for k in TenderKind],
                    width=7,
                ),
                Column("publication_year", self.tr("Jaar"), "choice", choices=years, width=5),
                Column(
                    "publication_quarter",
                    self.tr("Kwartaal"),
                    "choice",
                    choices=lambda: [
                        ("", None),
                        *((f"K{q}" if language != "en" else f"Q{q}", q) for q in range(1, 5)),
                    ],
                    width=4,
                ),
                Column("duration_months", self.tr("Looptijd (mnd)"), "integer", width=5),
                Column("department", self.tr("Afdeling"), width=10),
                Column("client", self.tr("Opdrachtgever"), width=10),
                Column("award_share", self.tr("MVI in gunning (%)"), "number", width=5),
                Column(
                    "",
                    self.tr("Thema's (niveau)"),
                    "computed",
                    compute=lambda t: tender_themes(t, names(), language),
                    width=16,
                ),
            ],
            PlannedTender,
            lambda t: t.title,
        )
        self.table = QTableView()
        bind_table(self.table, self.tenders, self.tr("Kansrijke aanbestedingen"))
        row, _ = buttons(
            (self.tr("&Aanbesteding toevoegen"), self._add),
            (self.tr("Aanbesteding &verwijderen"), self._remove),
        )
        page_layout.addWidget(self.table, 3)
        page_layout.addWidget(row)

    def _build_detail(self, page_layout: QVBoxLayout) -> None:
        """Below the table, for the selected tender: its themes and levels, the rules, its project web."""
        language = self.controller.language
        names = self.controller.theme_names
        detail = QSplitter(Qt.Orientation.Horizontal)
        self.levels = RecordsModel(
            self.controller,
            "tenders",
            [
                Column(
                    "",
                    self.tr("Thema"),
                    "computed",
                    compute=lambda r: names().get(r.theme_id, r.theme_id),
                    width=16,
                ),
                Column(
                    "level",
                    self.tr("Niveau"),
                    "choice",
                    choices=lambda: [(level_text(lv, language), lv) for lv in Level],
                    width=12,
                ),
            ],
            ThemeLevel,
            lambda r: names().get(r.theme_id, r.theme_id),
            rows=self._theme_rows,
            commit=self._commit_level,
        )
        self.level_table = QTableView()
        bind_table(self.level_table, self.levels, self.tr("Thema's en niveaus van de aanbesteding"))
        self.rules = RowsModel(
            (self.tr("Beleidsregel"), self.tr("Geldt?"), self.tr("Waarom")), self._rule_rows
        )
        self.rule_table = QTableView()
        bind_table(self.rule_table, self.rules, self.tr("Beleidsregels voor deze aanbesteding"), stretch=2)
        self.web_text = note()
        self.web_text.setAccessibleDescription(self.tr("Projectweb van de aanbesteding"))
        web_row, (self.start_button, self.open_button) = buttons(
            (self.tr("Projectweb sta&rten"), self._start_web), (self.tr("Projectweb &openen"), self._open_web)
        )
        detail.addWidget(box(self.tr("Thema's en niveaus (0 = niet toepassen)"), self.level_table))
        detail.addWidget(box(self.tr("Welke beleidsregels gelden"), self.rule_table))
        detail.addWidget(box(self.tr("Projectweb"), self.web_text, web_row))
        page_layout.addWidget(detail, 2)

    def _rules_page(self) -> QWidget:
        """The policy rules, editable: the Rijk's rules as a starting point."""
        language = self.controller.language
        rules_page = QWidget()
        rules_layout = QVBoxLayout(rules_page)
        rules_layout.addWidget(
            note(
                self.tr(
                    "De regels van het Rijk als startpunt; elke drempel is aan te passen. Een drempel "
                    "geldt vanaf de waarde zelf. Leeg = geen voorwaarde."
                )
            )
        )
        self.rule_records = RecordsModel(
            self.controller,
            "rules",
            [
                Column("enabled", self.tr("Aan"), "check"),
                Column("name", self.tr("Beleidsregel"), width=30),
                Column(
                    "",
                    self.tr("Soorten opdracht"),
                    "computed",
                    compute=lambda r: _names([k.label(language) for k in r.kinds]) or "–",
                    width=12,
                ),
                Column(
                    "",
                    self.tr("Categorieën"),
                    "computed",
                    compute=lambda r: _names(list(r.categories)) or "–",
                    width=16,
                ),
                Column("min_value", self.tr("Vanaf waarde (€)"), "number", width=9),
                Column("min_months", self.tr("Vanaf looptijd (mnd)"), "integer", width=5),
                Column("target_percent", self.tr("Doel (%)"), "number", width=5),
            ],
            PolicyRule,
            lambda r: r.name,
        )
        self.rule_edit_table = QTableView()
        bind_table(self.rule_edit_table, self.rule_records, self.tr("Beleidsregels"))
        rules_layout.addWidget(self.rule_edit_table)
        return rules_page

    # --- the selected tender ----------------------------------------------------------------------

    def current(self) -> PlannedTender | None:
        row = selected_row(self.table)
        tenders = self.controller.plan.tenders
        return tenders[row] if row is not None and row < len(tenders) else None

    def _theme_rows(self) -> list[ThemeLevel]:
        tender = self.current()
        if tender is None:
            return []
        return [ThemeLevel(theme_id=t.id, level=tender.level(t.id)) for t in self.controller.framework.themes]

    def _commit_level(self, record: Any, text: str, _row: int) -> bool:
        tender = self.current()
        if tender is None:
            return False
        themes = [t for t in tender.themes if t.theme_id != record.theme_id]
        if record.level != Level.UNSET:
            order = [t.id for t in self.controller.framework.themes]
            themes = sorted(
                [*themes, TenderTheme(theme_id=record.theme_id, level=record.level)],
                key=lambda t: order.index(t.theme_id),
            )
        return self.controller.put("tenders", tender.model_copy(update={"themes": themes}), text)

    def _rule_rows(self) -> list[tuple[str, str, str]]:
        tender = self.current()
        if tender is None:
            return []
        language = self.controller.language
        rows = []
        for rule in self.controller.plan.rules:
            missing = unmet(rule, tender, self.controller.plan)
            why = (
                self.tr("voldoet aan alle voorwaarden")
                if not missing
                else fill(self.tr("niet: %1"), ", ".join(field_label(m, language).lower() for m in missing))
            )
            rows.append(
                (
                    rule.name,
                    self.tr("ja") if applies(rule, tender, self.controller.plan) else self.tr("nee"),
                    why,
                )
            )
        return rows

    def _selected(self) -> None:
        self.levels.refresh()
        self.rules.refresh()
        tender = self.current()
        web = self.controller.web(tender.web_id if tender else None)
        self.start_button.setEnabled(tender is not None and web is None)
        self.open_button.setEnabled(web is not None)
        if tender is None:
            self.web_text.setText(self.tr("Kies een aanbesteding."))
        elif web is None and tender.web_id:
            self.web_text.setText(
                self.tr(
                    "Het projectweb van deze aanbesteding is verwijderd. Start een nieuw projectweb of "
                    "maak het verwijderen ongedaan."
                )
            )
        elif web is None:
            self.web_text.setText(
                self.tr(
                    "Nog geen projectweb. Start er een: de thema's en niveaus hiernaast worden de "
                    "eerste ambities."
                )
            )
        else:
            names = self.controller.theme_names()
            levels = ", ".join(f"{names.get(t, t)} {int(lv)}" for t, lv in web.ambition.items() if lv)
            self.web_text.setText(
                fill(
                    self.tr("'%1' — %2.\nAfgesproken niveaus: %3.\nCriteria gekozen: %4."),
                    web.title,
                    web.status.label(self.controller.language),
                    levels or "–",
                    str(len(web.criteria)),
                )
            )

    # --- actions ----------------------------------------------------------------------------------

    def _add(self) -> None:
        plan = self.controller.plan
        tender = PlannedTender(
            title=self.tr("Nieuwe aanbesteding"), publication_year=plan.start_year, publication_quarter=1
        )
        if self.controller.put("tenders", tender, self.tr("Aanbesteding toevoegen")):
            index = self.tenders.index(len(self.controller.plan.tenders) - 1, 0)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _remove(self) -> None:
        tender = self.current()
        if tender is not None:
            self.controller.remove(
                "tenders", tender.id, fill(self.tr("Aanbesteding '%1' verwijderen"), tender.title)
            )

    def _start_web(self) -> None:
        tender = self.current()
        if tender is not None:
            session = self.controller.start_project_web(tender.id)
            if session is not None:
                self.openWeb.emit(session.id)

    def _open_web(self) -> None:
        tender = self.current()
        if tender is not None and self.controller.web(tender.web_id) is not None:
            self.openWeb.emit(tender.web_id or "")
