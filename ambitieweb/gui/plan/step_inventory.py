"""Step 1, inventarisatie: the organisation's webs side by side and combined, spend per purchasing
category and the impact per category and theme (the heat map)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QSplitter, QTableView, QTabWidget, QWidget

from ambitieweb.charts.heatmap import draw_heatmap, heatmap_size
from ambitieweb.charts.plan_data import combined_radar, heatmap_data, web_levels
from ambitieweb.charts.radar_data import RadarData
from ambitieweb.gui.plan.chart_view import ChartView
from ambitieweb.gui.plan.controller import PlanController
from ambitieweb.gui.plan.records import Column, RecordsModel, bind_table, selected_row
from ambitieweb.gui.plan.widgets import PlanStep, RowsModel, box, buttons
from ambitieweb.gui.widgets.radar_widget import RadarWidget
from ambitieweb.gui.widgets.table_model import Index, TableModel
from ambitieweb.model.changes import Part
from ambitieweb.model.plan.parts import SpendCategory
from ambitieweb.model.plan.plan import PRODUCT_GROUPS, key
from ambitieweb.model.plan.webs import combine
from ambitieweb.text.fill import fill
from ambitieweb.text.labels import format_number


class ImpactModel(TableModel):
    """Categories (rows) against themes (columns): the impact score 1-5, empty when not scored."""

    def __init__(self, controller: PlanController) -> None:
        super().__init__()
        self.controller = controller
        self.theme_ids = [t.id for t in controller.framework.themes]
        names = controller.theme_names()
        self.headers = tuple(names[t] for t in self.theme_ids)
        self.shown_rows = len(controller.plan.categories)
        controller.changed.connect(self._changed)

    def _changed(self, fields: set[str]) -> None:
        if "categories" in fields:
            self.sync_rows(len(self.controller.plan.categories))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            categories = self.controller.plan.categories
            return categories[section].name if section < len(categories) else None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        score = self.controller.plan.categories[index.row()].impact.get(self.theme_ids[index.column()])
        return "" if score is None else str(score)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        categories = list(self.controller.plan.categories)
        category = categories[index.row()]
        theme = self.theme_ids[index.column()]
        text = str(value).strip()
        impact = dict(category.impact)
        if text:
            impact[theme] = text  # type: ignore[assignment]  # checked by the model: 1-5
        else:
            impact.pop(theme, None)
        data = category.model_dump() | {"impact": impact}
        from pydantic import ValidationError

        from ambitieweb.model.plan.problems import describe_all

        try:
            categories[index.row()] = SpendCategory.model_validate(data)
        except ValidationError as exc:
            self.controller.problem.emit(describe_all(exc, self.controller.language))
            return False
        return self.controller.set_field(
            "categories",
            categories,
            fill(self.tr("Impact %1 op %2"), category.name, self.headers[index.column()]),
        )


class InventoryStep(PlanStep):
    openWeb = Signal(str)
    chooseWebs = Signal()

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "Waar staan we? De ambitiewebs van de organisatie naast elkaar en samen (per thema de "
            "laagste, middelste en hoogste ambitie), en waar de inkoop en haar impact zitten."
        )
        super().__init__(controller, intro, parent)
        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("Inventarisatie"))
        tabs.tabBar().setAccessibleName(self.tr("Inventarisatie"))
        self.column.addWidget(tabs, 1)
        self.tabs = tabs
        tabs.addTab(self._webs_tab(), self.tr("Ambitiewebs samen"))
        tabs.addTab(self._spend_tab(), self.tr("Inkoop en impact"))
        controller.changed.connect(self.refresh)
        self.refresh({"web_ids", "categories", "focus"})

    def _webs_tab(self) -> QWidget:
        """The plan's webs, their themes together and the radar of them together."""
        controller, language = self.controller, self.controller.language
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.webs = RowsModel(
            (self.tr("Ambitieweb"), self.tr("Voor"), self.tr("Status")),
            lambda: [
                (w.title, w.scope_text(language), w.status.label(language))
                for w in web_levels(controller.webs, controller.plan.web_ids)
            ],
        )
        self.web_table = QTableView()
        bind_table(self.web_table, self.webs, self.tr("Ambitiewebs van het plan"), stretch=0)
        row, _ = buttons(
            (self.tr("Ambitiewebs &kiezen…"), self.chooseWebs.emit), (self.tr("Web &openen"), self._open)
        )
        self.combined = RowsModel(
            (
                self.tr("Thema"),
                self.tr("Nu, per web"),
                self.tr("Ambitie, per web"),
                self.tr("Laagste / mediaan / hoogste"),
            ),
            self._combined_rows,
        )
        self.combined_table = QTableView()
        bind_table(self.combined_table, self.combined, self.tr("Thema's van de webs samen"), stretch=0)
        left = box(self.tr("Ambitiewebs"), self.web_table, row, self.combined_table)
        self.radar = RadarWidget(parent=self, data=self._radar())
        self.radar.setAccessibleName(self.tr("Radar van de webs samen"))
        splitter.addWidget(left)
        splitter.addWidget(box(self.tr("De webs samen"), self.radar))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _spend_tab(self) -> QWidget:
        """Spend per category, its impact per theme and the heatmap of it."""
        controller = self.controller
        self.categories = RecordsModel(
            controller,
            "categories",
            [
                Column("name", self.tr("Inkoopcategorie"), width=18),
                Column(
                    "product_group",
                    self.tr("Productgroep"),
                    "choice",
                    choices=lambda: [("", ""), *((g, g) for g in PRODUCT_GROUPS)],
                    width=12,
                ),
                Column("yearly_spend", self.tr("Inkoop per jaar (€)"), "number", width=10),
                Column("contracts", self.tr("Contracten"), "integer", width=6),
            ],
            SpendCategory,
            lambda c: c.name,
            commit=self._commit_category,
        )
        self.category_table = QTableView()
        bind_table(self.category_table, self.categories, self.tr("Inkoopcategorieën"), stretch=0)
        category_buttons, _ = buttons(
            (self.tr("Categorie &toevoegen"), self._add_category),
            (self.tr("Categorie &verwijderen"), self._remove_category),
        )
        self.impact = ImpactModel(controller)
        self.impact_table = QTableView()
        bind_table(self.impact_table, self.impact, self.tr("Impact per categorie en thema (1 tot 5)"))
        self.impact_table.verticalHeader().setVisible(True)
        self.heatmap = ChartView(self.tr("Heatmap: waar zit onze impact"), self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.heatmap)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        left_column = QSplitter(Qt.Orientation.Vertical)
        left_column.addWidget(box(self.tr("Inkoop per categorie"), self.category_table, category_buttons))
        left_column.addWidget(
            box(self.tr("Impact per thema (1 laag – 5 hoog; leeg = niet gescoord)"), self.impact_table)
        )
        lower.addWidget(left_column)
        lower.addWidget(box(self.tr("Heatmap: waar zit onze impact?"), scroll))
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        return lower

    def _combined_rows(self) -> list[tuple[str, str, str, str]]:
        controller = self.controller
        names = controller.theme_names()
        webs = web_levels(controller.webs, controller.plan.web_ids)
        rows = []
        for theme in combine(webs, [t.id for t in controller.framework.themes]):
            spread = theme.ambition_spread
            levels = (
                "–"
                if spread.low is None
                else f"{spread.low} / {format_number(spread.median, controller.language)} / {spread.high}"
            )
            rows.append(
                (
                    names.get(theme.theme_id, theme.theme_id),
                    " · ".join(str(v) if v else "–" for v in theme.current),
                    " · ".join(str(v) if v else "–" for v in theme.ambition),
                    levels,
                )
            )
        return rows

    def _radar(self) -> RadarData | None:
        controller = self.controller
        return combined_radar(
            controller.plan,
            web_levels(controller.webs, controller.plan.web_ids),
            controller.framework,
            controller.language,
        )

    def refresh(self, fields: object) -> None:
        changed = set(fields) if isinstance(fields, set) else set()
        if changed & {"web_ids", "tenders"}:
            self.webs.refresh()
            self.combined.refresh()
            radar = self._radar()
            if radar is not None:
                self.radar.set_data(radar)
        if changed & {"categories", "focus"}:
            data = heatmap_data(self.controller.plan, self.controller.framework, self.controller.language)
            self.heatmap.set_chart(
                lambda figure, d=data: draw_heatmap(figure, d),  # type: ignore[misc]
                heatmap_size(data),
                fill(self.tr("%1 inkoopcategorieën, impact per thema van 1 tot 5"), str(len(data.rows))),
            )

    def _open(self) -> None:
        row = selected_row(self.web_table)
        webs = web_levels(self.controller.webs, self.controller.plan.web_ids)
        if row is not None and row < len(webs):
            self.openWeb.emit(webs[row].id)

    # --- categories ---------------------------------------------------------------------------

    def _commit_category(self, record: Any, text: str, row: int) -> bool:
        """One category changed: when its name changed, the tenders and rules that name it follow."""
        plan = self.controller.plan
        old = plan.categories[row].name
        categories = [c.model_dump() for c in plan.categories]
        categories[row] = record.model_dump()
        values = {Part("categories"): categories}
        if key(old) != key(record.name):
            values[Part("tenders")] = [
                t.model_dump() | ({"category": record.name} if key(t.category) == key(old) else {})
                for t in plan.tenders
            ]
            values[Part("rules")] = [
                r.model_dump()
                | {"categories": [record.name if key(c) == key(old) else c for c in r.categories]}
                for r in plan.rules
            ]
        return self.controller.edit(text, values)

    def _add_category(self) -> None:
        existing = {key(c.name) for c in self.controller.plan.categories}
        number = 1
        name = self.tr("Nieuwe categorie")
        while key(name) in existing:
            number += 1
            name = fill(self.tr("Nieuwe categorie %1"), str(number))
        categories = [*self.controller.plan.categories, SpendCategory(name=name)]
        if self.controller.set_field("categories", categories, self.tr("Categorie toevoegen")):
            self.category_table.setCurrentIndex(self.categories.index(len(categories) - 1, 0))
            self.category_table.edit(self.categories.index(len(categories) - 1, 0))

    def _remove_category(self) -> None:
        row = selected_row(self.category_table)
        plan = self.controller.plan
        if row is None or row >= len(plan.categories):
            return
        name = plan.categories[row].name
        values = {
            Part("categories"): [c.model_dump() for i, c in enumerate(plan.categories) if i != row],
            Part("tenders"): [
                t.model_dump() | ({"category": ""} if key(t.category) == key(name) else {})
                for t in plan.tenders
            ],
        }
        self.controller.edit(fill(self.tr("Categorie '%1' verwijderen"), name), values)
