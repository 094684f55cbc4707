"""The plan's page in the main window: its title and period, a bar for messages, a tab per step."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ambitieweb.gui.plan.controller import PlanController
from ambitieweb.gui.plan.step_focus import FocusStep, GoalsStep
from ambitieweb.gui.plan.step_inventory import InventoryStep
from ambitieweb.gui.plan.step_tenders import ProcessStep, TendersStep
from ambitieweb.gui.plan.step_year import EvaluationStep, YearStep
from ambitieweb.gui.plan.widgets import buttons, note
from ambitieweb.model.plan.progress import plan_findings

MESSAGE_MS = 12_000  # a refused edit's message stays this long (or until the next one)


class PlanPage(QWidget):
    openWeb = Signal(str)  # a web to open in the workspace
    editDetails = Signal()
    exportPdf = Signal()

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        header.addWidget(self.title)
        header.addWidget(self.facts, 1)
        row, _ = buttons(
            (self.tr("&Gegevens van het plan…"), self.editDetails.emit),
            (self.tr("Actieplan als &PDF of Word…"), self.exportPdf.emit),
        )
        header.addWidget(row)
        layout.addLayout(header)
        self.message = note()
        self.message.setAccessibleDescription(self.tr("Melding"))
        self.message.setStyleSheet("QLabel { background: #fff4d6; color: #1a1a1a; padding: 4px; }")
        self.message.hide()
        layout.addWidget(self.message)
        self.warnings = note()
        self.warnings.setAccessibleDescription(self.tr("Aandachtspunten van het plan"))
        layout.addWidget(self.warnings)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Stappen van het actieplan"))
        self.tabs.tabBar().setAccessibleName(self.tr("Stappen van het actieplan"))
        self.inventory = InventoryStep(controller)
        self.focus_step = FocusStep(controller)
        self.goals = GoalsStep(controller)
        self.tenders = TendersStep(controller)
        self.process = ProcessStep(controller)
        self.year = YearStep(controller)
        self.evaluation = EvaluationStep(controller)
        steps = (
            (self.inventory, self.tr("&1 Inventarisatie")),
            (self.focus_step, self.tr("&2 Thema's kiezen")),
            (self.goals, self.tr("&3 Ambities en doelen")),
            (self.tenders, self.tr("&4 Kansrijke aanbestedingen")),
            (self.process, self.tr("&5 MVI in het inkoopproces")),
            (self.year, self.tr("&6 Jaarplanning")),
            (self.evaluation, self.tr("&7 Evalueren")),
        )
        for widget, text in steps:
            self.tabs.addTab(widget, text)
        layout.addWidget(self.tabs, 1)
        for step in (self.inventory, self.tenders, self.process):
            step.openWeb.connect(self.openWeb)
        self.inventory.chooseWebs.connect(self.editDetails)
        self._hide = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._hide.timeout.connect(self.message.hide)
        controller.problem.connect(self.show_problem)
        controller.changed.connect(self.refresh)
        self.refresh()

    def step(self, number: int) -> QWidget:
        """Step 1 to 7."""
        widget = self.tabs.widget(number - 1)
        assert widget is not None
        return widget

    def show_step(self, number: int) -> None:
        self.tabs.setCurrentIndex(number - 1)

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._hide.start()

    def refresh(self, _fields: object = None) -> None:
        plan = self.controller.plan
        language = self.controller.language
        self.title.setText(plan.title)
        period = f"{plan.start_year}–{plan.end_year}"
        self.facts.setText(" · ".join(p for p in (plan.organisation, period) if p))
        findings = plan_findings(plan, set(self.controller.webs), self.controller.theme_names())
        self.warnings.setText("\n".join(f"⚠ {f.text(language)}" for f in findings[:4]))
        self.warnings.setVisible(bool(findings))
