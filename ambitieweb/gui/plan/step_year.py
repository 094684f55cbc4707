"""Step 6, jaarplanning (actions per quarter on a timeline) and step 7, evalueren (realised values per
goal and year, beside them the values from the contracts of the plan's tenders; per tender theme the
level planned, applied and realised; the inspanningsdoelen over the plan's tenders against their
targets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from ambitieweb.charts.plan_data import actions_timeline
from ambitieweb.charts.timeline import draw_timeline, timeline_size
from ambitieweb.gui.plan.chart_view import ChartView
from ambitieweb.gui.plan.controller import PlanController
from ambitieweb.gui.plan.realised_view import TakeOver, TenderRealisedModel, goal_values, sources, values_text
from ambitieweb.gui.plan.records import Column, RecordsModel, bind_table, number_text, selected_row
from ambitieweb.gui.plan.widgets import PlanStep, RowsModel, box, buttons, note
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.gui.widgets.table_model import Index, TableModel
from ambitieweb.model.plan.parts import ActionStatus, YearAction
from ambitieweb.model.plan.policy import indicators
from ambitieweb.model.plan.progress import reached
from ambitieweb.text.fill import fill
from ambitieweb.text.labels import format_number


class YearStep(PlanStep):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "Wat doen we wanneer? Acties per kwartaal, met wie ze trekt en voor welk thema of doel."
        )
        super().__init__(controller, intro, parent)
        layout = self.column
        language = controller.language
        names = controller.theme_names

        def years() -> list[tuple[str, object]]:
            return [(str(y), y) for y in range(controller.plan.start_year - 1, controller.plan.end_year + 2)]

        def themes() -> list[tuple[str, object]]:
            return [("", None), *((names().get(t.id, t.id), t.id) for t in controller.framework.themes)]

        def goals() -> list[tuple[str, object]]:
            return [("", None), *((g.indicator, g.id) for g in controller.plan.goals)]

        quarter = "Q" if language == "en" else "K"
        self.records = RecordsModel(
            controller,
            "actions",
            [
                Column("what", self.tr("Actie"), width=28),
                Column("owner", self.tr("Wie"), width=12),
                Column("year", self.tr("Jaar"), "choice", choices=years, width=5),
                Column(
                    "quarter",
                    self.tr("Kwartaal"),
                    "choice",
                    choices=lambda: [(f"{quarter}{q}", q) for q in range(1, 5)],
                    width=4,
                ),
                Column(
                    "status",
                    self.tr("Status"),
                    "choice",
                    choices=lambda: [(s.label(language), s) for s in ActionStatus],
                    width=7,
                ),
                Column("theme_id", self.tr("Thema"), "choice", choices=themes, width=12),
                Column("goal_id", self.tr("Doel"), "choice", choices=goals, width=16),
            ],
            YearAction,
            lambda a: a.what,
        )
        self.table = QTableView()
        bind_table(self.table, self.records, self.tr("Jaarplanning"))
        row, _ = buttons(
            (self.tr("&Actie toevoegen"), self._add), (self.tr("Actie &verwijderen"), self._remove)
        )
        self.timeline = ChartView(self.tr("Tijdlijn van de acties per kwartaal"), self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(box(self.tr("Acties"), self.table, row))
        splitter.addWidget(box(self.tr("Tijdlijn"), self.timeline))
        layout.addWidget(splitter, 1)
        controller.changed.connect(self.refresh)
        self.refresh({"actions"})

    def refresh(self, fields: object) -> None:
        if isinstance(fields, set) and not fields & {"actions", "start_year", "end_year"}:
            return
        data = actions_timeline(self.controller.plan, self.controller.language)
        self.timeline.set_chart(
            lambda figure, d=data: draw_timeline(figure, d),  # type: ignore[misc]
            timeline_size(data),
            fill(self.tr("%1 acties over %2 kwartalen"), str(len(data.items)), str(len(data.quarters))),
        )

    def _add(self) -> None:
        plan = self.controller.plan
        action = YearAction(what=self.tr("Nieuwe actie"), year=plan.start_year)
        if self.controller.put("actions", action, self.tr("Actie toevoegen")):
            index = self.records.index(len(self.controller.plan.actions) - 1, 0)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _remove(self) -> None:
        row = selected_row(self.table)
        actions = self.controller.plan.actions
        if row is not None and row < len(actions):
            self.controller.remove(
                "actions", actions[row].id, fill(self.tr("Actie '%1' verwijderen"), actions[row].what)
            )


class RealisedModel(TableModel):
    """Goals (rows) against the plan's years: the realised value, typed in; then the target, whether
    the latest value reaches it and the values from the contracts (their tooltip names the contracts)."""

    def __init__(self, controller: PlanController) -> None:
        super().__init__()
        self.controller = controller
        controller.changed.connect(lambda _f: self.reset())
        self.reset()

    def reset(self) -> None:
        plan = self.controller.plan
        self.beginResetModel()
        self.years = list(plan.years)
        self.headers = (
            self.tr("Doel"),
            self.tr("Nulmeting"),
            *(str(y) for y in self.years),
            self.tr("Streefwaarde"),
            self.tr("Gehaald"),
            self.tr("Uit contracten"),
        )
        self.contract = [goal_values(self.controller, g) for g in plan.goals]
        self.shown_rows = len(plan.goals)
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self._year(index.column()) is not None else base

    def _year(self, column: int) -> int | None:
        return self.years[column - 2] if 2 <= column < 2 + len(self.years) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._tooltip(index.row(), index.column())  # a screen reader reads it as the description
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        goal = self.controller.plan.goals[index.row()]
        language = self.controller.language
        column = index.column()
        year = self._year(column)
        if column == 4 + len(self.years):
            return values_text(self.controller, self.contract[index.row()])
        if column == 0:
            return f"{goal.indicator} ({goal.unit})" if goal.unit else goal.indicator
        if column == 1:
            return format_number(goal.baseline, language) if goal.baseline is not None else ""
        if year is not None:
            value = goal.realised.get(year)
            return "" if value is None else format_number(value, language)
        if column == 2 + len(self.years):
            return format_number(goal.target, language) if goal.target is not None else ""
        done = reached(goal)
        return "–" if done is None else (self.tr("ja") if done else self.tr("nee"))

    def _tooltip(self, row: int, column: int) -> str | None:
        """Where a value from the contracts comes from: on its year's cell and in 'Uit contracten'."""
        values = self.contract[row]
        year = self._year(column)
        if year is not None and year in values:
            found = values[year]
            number = format_number(found.value, self.controller.language)
            return fill(self.tr("Uit contracten: %1, van:\n%2"), number, sources(self.controller, found))
        if column == 4 + len(self.years) and values:
            return "\n".join(
                fill(self.tr("%1 uit:\n%2"), str(y), sources(self.controller, v)) for y, v in values.items()
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        year = self._year(index.column())
        if year is None or role != Qt.ItemDataRole.EditRole:
            return False
        goal = self.controller.plan.goals[index.row()]
        text = number_text(str(value), self.controller.language)
        realised = dict(goal.realised)
        if text:
            try:
                realised[year] = float(text)
            except ValueError:
                self.controller.problem.emit(
                    fill(self.tr("Gerealiseerd %1: '%2' is geen getal."), str(year), str(value))
                )
                return False
        else:
            realised.pop(year, None)
        return self.controller.put(
            "goals",
            goal.model_copy(update={"realised": realised}),
            fill(self.tr("Gerealiseerd %1: %2"), str(year), goal.indicator),
        )


class EvaluationStep(PlanStep):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "Zijn de doelen gehaald? Vul per doel en jaar de gerealiseerde waarde in, of neem ze over "
            "uit de voortgangsgesprekken van de contracten. De inspanningsdoelen worden gemeten over de "
            "aanbestedingen van het plan (uit hun projectwebs)."
        )
        super().__init__(controller, intro, parent)
        layout = self.column
        self.realised = RealisedModel(controller)
        self.realised_table = QTableView()
        bind_table(self.realised_table, self.realised, self.tr("Gerealiseerd per doel en jaar"), stretch=0)
        self.take_over = TakeOver(controller, self)
        take_row, (self.take_over_button,) = buttons(
            (self.tr("Waarden uit &contracten overnemen…"), self.take_over.run)
        )
        self.take_over_button.setObjectName("takeOverButton")
        # Why the button is disabled, on screen (a tooltip needs a mouse, and Tab passes a disabled button)
        self.no_contracts = note(self.tr("Geen van de aanbestedingen heeft (nog) een contractopvolging."))
        take_layout = take_row.layout()
        assert isinstance(take_layout, QHBoxLayout)
        take_layout.insertWidget(1, self.no_contracts, 1)
        layout.addWidget(box(self.tr("Doelen: gerealiseerd per jaar"), self.realised_table, take_row), 1)
        self.tenders = TenderRealisedModel(controller)
        self.tenders_table = QTableView()
        bind_table(self.tenders_table, self.tenders, self.tr("Gepland, toegepast en gerealiseerd"), stretch=0)
        self.short_note = note()  # what fell short, in words: read with the box, announced when it changes
        self.short_note.hide()
        layout.addWidget(
            box(
                self.tr("Aanbestedingen: gepland, toegepast en gerealiseerd (uit het contract)"),
                self.short_note,
                self.tenders_table,
            ),
            1,
        )
        controller.changed.connect(self.tenders.refresh)
        controller.changed.connect(self._contracts_changed)
        self._contracts_changed()
        year_row = QHBoxLayout()
        label = QLabel(self.tr("&Aanbestedingen tot en met:"))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Aanbestedingen tot en met jaar"))
        label.setBuddy(self.year)
        self.year.addItem(self.tr("alle jaren"), None)
        for year in controller.plan.years:
            self.year.addItem(str(year), year)
        year_row.addWidget(label)
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        self.effort = RowsModel(
            (
                self.tr("Inspanningsdoel"),
                self.tr("Aantal"),
                self.tr("Gemeten"),
                self.tr("Doel"),
                self.tr("Gehaald"),
            ),
            self._effort_rows,
        )
        self.effort_table = QTableView()
        bind_table(self.effort_table, self.effort, self.tr("Inspanningsdoelen"), stretch=0)
        effort_box = box(self.tr("Inspanningsdoelen over de aanbestedingen"), self.effort_table)
        effort_layout = effort_box.layout()
        assert isinstance(effort_layout, QVBoxLayout)
        effort_layout.insertLayout(0, year_row)
        layout.addWidget(effort_box, 1)
        self.year.currentIndexChanged.connect(lambda _i: self.effort.refresh())
        controller.changed.connect(self.effort.refresh)

    def _contracts_changed(self, _fields: object = None) -> None:
        short = self.tenders.short_text()
        if short != self.short_note.text():
            self.short_note.setText(short)
            self.short_note.setVisible(bool(short))
            if short and self.isVisible():  # the contracts were read, or a review changed a level
                announce(self, short)
        for column in range(1, self.tenders.columnCount()):  # dates and '▼ lager dan gepland' whole
            self.tenders_table.resizeColumnToContents(column)
        self.realised_table.resizeColumnToContents(self.realised.columnCount() - 1)  # 'Uit contracten'
        has = bool(self.controller.followed)
        self.take_over_button.setEnabled(has)
        self.take_over_button.setToolTip("" if has else self.no_contracts.text())
        self.no_contracts.setVisible(not has)

    def _effort_rows(self) -> list[tuple[str, ...]]:
        language = self.controller.language

        def percent(value: float | None) -> str:
            return "–" if value is None else f"{format_number(round(value, 1), language)}%"

        rows: list[tuple[str, ...]] = []
        for i in indicators(self.controller.plan, self.controller.webs, self.year.currentData()):
            met = "–" if i.met is None else (self.tr("ja") if i.met else self.tr("nee"))
            count = (
                f"{i.count} / {i.total}" if i.code != "award" else fill(self.tr("%1 bekend"), str(i.count))
            )
            rows.append((i.text(language), count, percent(i.value), percent(i.target), met))
        return rows
