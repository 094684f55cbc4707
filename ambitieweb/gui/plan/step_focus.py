"""Step 2, thema's kiezen (focus themes with their reason, within the plan's limit), and step 3, ambities
en doelen (per focus theme the ambition and measurable goals: effect, resultaat or inspanning)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTableView, QWidget

from ambitieweb.gui.plan.controller import PlanController
from ambitieweb.gui.plan.records import Column, RecordsModel, bind_table, selected_row
from ambitieweb.gui.plan.widgets import PlanStep, box, buttons
from ambitieweb.gui.widgets.table_model import Index, TableModel
from ambitieweb.model.changes import Part
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import FocusTheme, GoalType, PlanGoal
from ambitieweb.model.plan.webs import combine
from ambitieweb.text.fill import fill
from ambitieweb.text.labels import format_number, level_text


class FocusModel(TableModel):
    """Every theme of the framework: focus or not, the reason, what the webs and the heat map say."""

    FOCUS, THEME, REASON, WEBS, IMPACT = range(5)

    def __init__(self, controller: PlanController) -> None:
        super().__init__()
        self.controller = controller
        self.theme_ids = [t.id for t in controller.framework.themes]
        self.headers = (
            self.tr("Focus"),
            self.tr("Thema"),
            self.tr("Waarom dit thema"),
            self.tr("Ambitie van de webs (mediaan)"),
            self.tr("Impact (som over de categorieën)"),
        )
        self.shown_rows = len(self.theme_ids)
        controller.changed.connect(lambda _fields: self.sync_rows(len(self.theme_ids)))

    def focus(self, theme_id: str) -> FocusTheme | None:
        return next((f for f in self.controller.plan.focus if f.theme_id == theme_id), None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.FOCUS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.REASON else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        theme_id = self.theme_ids[index.row()]
        chosen = self.focus(theme_id)
        column = index.column()
        if column == self.FOCUS:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("focusthema") if chosen else self.tr("geen focusthema")
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.THEME:
            return self.controller.theme_names().get(theme_id, theme_id)
        if column == self.REASON:
            return chosen.reason if chosen else ""
        if column == self.WEBS:
            webs = [
                self.controller.webs[w] for w in self.controller.plan.web_ids if w in self.controller.webs
            ]
            [combined] = combine(webs, [theme_id])
            median = combined.ambition_spread.median
            return "–" if median is None else format_number(median, self.controller.language)
        scores = [c.impact.get(theme_id, 0) for c in self.controller.plan.categories]
        return str(sum(scores)) if any(scores) else "–"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        theme_id = self.theme_ids[index.row()]
        name = self.controller.theme_names().get(theme_id, theme_id)
        plan = self.controller.plan
        chosen = self.focus(theme_id)
        if index.column() == self.FOCUS and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            if on and chosen is None:
                if len(plan.focus) >= plan.focus_limit:
                    self.controller.problem.emit(
                        fill(
                            self.tr(
                                "Hoogstens %1 focusthema's: haal er eerst een weg of verhoog het maximum."
                            ),
                            str(plan.focus_limit),
                        )
                    )
                    return False
                return self.controller.put(
                    "focus", FocusTheme(theme_id=theme_id), fill(self.tr("Focusthema %1"), name)
                )
            if not on and chosen is not None:
                return self.controller.remove(
                    "focus", theme_id, fill(self.tr("Geen focusthema meer: %1"), name)
                )
            return False
        if index.column() == self.REASON and role == Qt.ItemDataRole.EditRole:
            if chosen is None:
                self.controller.problem.emit(
                    fill(self.tr("Kies '%1' eerst als focusthema; dan kunt u de reden vastleggen."), name)
                )
                return False
            return self.controller.put(
                "focus",
                chosen.model_copy(update={"reason": str(value)}),
                fill(self.tr("Reden %1"), name),
                merge_key=f"reason-{theme_id}",
            )
        return False


class FocusStep(PlanStep):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "Kies de thema's waar de organisatie zich op richt: waar de impact groot is en de webs "
            "hoog willen. Vink aan en schrijf waarom. Minder thema's geven meer resultaat."
        )
        super().__init__(controller, intro, parent)
        layout = self.column
        limit_row = QHBoxLayout()
        label = QLabel(self.tr("Hoogstens f&ocusthema's:"))
        self.limit = QSpinBox()
        self.limit.setRange(1, 16)
        self.limit.setAccessibleName(self.tr("Hoogstens focusthema's"))
        label.setBuddy(self.limit)
        self.count = QLabel()
        limit_row.addWidget(label)
        limit_row.addWidget(self.limit)
        limit_row.addWidget(self.count)
        limit_row.addStretch(1)
        layout.addLayout(limit_row)
        self.model = FocusModel(controller)
        self.table = QTableView()
        bind_table(self.table, self.model, self.tr("Thema's kiezen"), stretch=FocusModel.REASON)
        self.table.resizeColumnToContents(FocusModel.FOCUS)
        self.table.setColumnWidth(FocusModel.THEME, self.table.fontMetrics().horizontalAdvance("m" * 18))
        layout.addWidget(self.table, 1)
        self.limit.valueChanged.connect(
            lambda value: controller.set_field(
                "focus_limit",
                value,
                fill(self.tr("Hoogstens %1 focusthema's"), str(value)),
                "focus-limit",
            )
        )
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _fields: object = None) -> None:
        plan = self.controller.plan
        blocked = self.limit.blockSignals(True)
        self.limit.setValue(plan.focus_limit)
        self.limit.blockSignals(blocked)
        over = len(plan.focus) > plan.focus_limit
        text = self.tr("⚠ %1 gekozen: te veel") if over else self.tr("%1 gekozen")
        self.count.setText(fill(text, str(len(plan.focus))))


class GoalsStep(PlanStep):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "Per focusthema de ambitie (1 basis, 2 significant, 3 ambitieus) en meetbare doelen. Een "
            "effectdoel zegt wat er in de wereld verandert, een resultaatdoel wat de organisatie "
            "oplevert, een inspanningsdoel wat zij doet."
        )
        super().__init__(controller, intro, parent)
        layout = self.column
        language = controller.language
        names = controller.theme_names
        levels = [(level_text(level, language), level) for level in Level]
        self.ambitions = RecordsModel(
            controller,
            "focus",
            [
                Column(
                    "",
                    self.tr("Focusthema"),
                    "computed",
                    compute=lambda f: names().get(f.theme_id, f.theme_id),
                    width=16,
                ),
                Column("ambition", self.tr("Ambitie"), "choice", choices=lambda: levels, width=12),
                Column("reason", self.tr("Waarom"), width=30),
            ],
            FocusTheme,
            lambda f: names().get(f.theme_id, f.theme_id),
        )
        self.ambition_table = QTableView()
        bind_table(self.ambition_table, self.ambitions, self.tr("Ambitie per focusthema"))
        layout.addWidget(box(self.tr("Ambitie per focusthema"), self.ambition_table), 1)

        def themes() -> list[tuple[str, object]]:
            focus = controller.plan.focus_ids()
            rest = [t.id for t in controller.framework.themes if t.id not in focus]
            return [(names().get(t, t), t) for t in [*focus, *rest]]

        self.goals = RecordsModel(
            controller,
            "goals",
            [
                Column("theme_id", self.tr("Thema"), "choice", choices=themes, width=14),
                Column(
                    "type",
                    self.tr("Soort doel"),
                    "choice",
                    choices=lambda: [(t.label(language), t) for t in GoalType],
                    width=11,
                ),
                Column("indicator", self.tr("Indicator"), width=26),
                Column("baseline", self.tr("Nulmeting"), "number", width=7),
                Column("target", self.tr("Streefwaarde"), "number", width=7),
                Column("unit", self.tr("Eenheid"), width=9),
                Column("year", self.tr("Jaar"), "integer", width=4),
                Column("owner", self.tr("Eigenaar"), width=12),
            ],
            PlanGoal,
            lambda g: g.indicator,
        )
        self.goal_table = QTableView()
        bind_table(self.goal_table, self.goals, self.tr("Doelen"))
        row, _ = buttons(
            (self.tr("&Doel toevoegen"), self._add), (self.tr("Doel &verwijderen"), self._remove)
        )
        layout.addWidget(box(self.tr("Doelen"), self.goal_table, row), 3)

    def _add(self) -> None:
        plan = self.controller.plan
        theme = (plan.focus_ids() or [t.id for t in self.controller.framework.themes])[0]
        goal = PlanGoal(theme_id=theme, indicator=self.tr("Nieuw doel"), year=plan.end_year)
        if self.controller.put("goals", goal, self.tr("Doel toevoegen")):
            index = self.goals.index(len(self.controller.plan.goals) - 1, 2)
            self.goal_table.setCurrentIndex(index)
            self.goal_table.edit(index)

    def _remove(self) -> None:
        row = selected_row(self.goal_table)
        plan = self.controller.plan
        if row is None or row >= len(plan.goals):
            return
        goal = plan.goals[row]
        # One step: the goal goes, and the actions that served it keep their theme but no longer the goal.
        self.controller.edit(
            fill(self.tr("Doel '%1' verwijderen"), goal.indicator),
            {
                Part("goals", goal.id): None,
                Part("actions"): [
                    a.model_dump() | ({"goal_id": None} if a.goal_id == goal.id else {}) for a in plan.actions
                ],
            },
        )
