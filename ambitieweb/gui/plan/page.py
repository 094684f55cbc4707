"""The plan's page in the main window: its title and period, a bar for messages, a tab per step."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ambitieweb.gui.plan.controller import PlanController
from ambitieweb.gui.plan.step_focus import FocusStep, GoalsStep
from ambitieweb.gui.plan.step_inventory import InventoryStep
from ambitieweb.gui.plan.step_process import ProcessStep
from ambitieweb.gui.plan.step_tenders import TendersStep
from ambitieweb.gui.plan.step_year import EvaluationStep, YearStep
from ambitieweb.gui.plan.widgets import buttons, note
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.model.plan.progress import plan_findings

MESSAGE_MS = 12_000  # a refused edit's message stays this long (or until the next one)


class _Step(QWidget):
    """A step's place in the tabs; the step itself is built the first time it is shown or asked for
    (building all seven at once took ~0.3 s of opening a plan with 200 tenders)."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build: Callable[[], QWidget] | None = build
        self._step: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def built(self) -> QWidget:
        if self._step is None:
            assert self._build is not None
            self._step, self._build = self._build(), None
            self._layout.addWidget(self._step)
            self.setFocusProxy(self._step)
        return self._step

    def showEvent(self, event: QShowEvent) -> None:
        self.built()
        super().showEvent(event)


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
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a title as typed, '<' and all
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        header.addWidget(self.title)
        header.addWidget(self.facts, 1)
        row, _ = buttons(
            (self.tr("&Gegevens van het plan…"), self.editDetails.emit),
            (self.tr("Actieplan als PD&F of Word…"), self.exportPdf.emit),
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
        self._steps = [
            _Step(builder)
            for builder in (
                self._build_inventory,
                lambda: FocusStep(controller),
                lambda: GoalsStep(controller),
                self._build_tenders,
                self._build_process,
                lambda: YearStep(controller),
                lambda: EvaluationStep(controller),
            )
        ]
        titles = (
            self.tr("&1 Inventarisatie"),
            self.tr("&2 Thema's kiezen"),
            self.tr("&3 Ambities en doelen"),
            self.tr("&4 Kansrijke aanbestedingen"),
            self.tr("&5 MVI in het inkoopproces"),
            self.tr("&6 Jaarplanning"),
            self.tr("&7 Evalueren"),
        )
        for place, text in zip(self._steps, titles, strict=True):
            self.tabs.addTab(place, text)
        layout.addWidget(self.tabs, 1)
        self._steps[0].built()  # the step shown first, laid out with the page (one radar draw, at its size)
        self._hide = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._hide.timeout.connect(self.message.hide)
        controller.problem.connect(self.show_problem)
        controller.changed.connect(self.refresh)
        self.refresh()

    def step(self, number: int) -> QWidget:
        """Step 1 to 7 (built now if it was not yet)."""
        return self._steps[number - 1].built()

    @property
    def inventory(self) -> InventoryStep:
        return cast(InventoryStep, self.step(1))

    @property
    def focus_step(self) -> FocusStep:
        return cast(FocusStep, self.step(2))

    @property
    def goals(self) -> GoalsStep:
        return cast(GoalsStep, self.step(3))

    @property
    def tenders(self) -> TendersStep:
        return cast(TendersStep, self.step(4))

    @property
    def process(self) -> ProcessStep:
        return cast(ProcessStep, self.step(5))

    @property
    def year(self) -> YearStep:
        return cast(YearStep, self.step(6))

    @property
    def evaluation(self) -> EvaluationStep:
        return cast(EvaluationStep, self.step(7))

    def _build_inventory(self) -> InventoryStep:
        step = InventoryStep(self.controller)
        step.openWeb.connect(self.openWeb)
        step.chooseWebs.connect(self.editDetails)
        return step

    def _build_tenders(self) -> TendersStep:
        step = TendersStep(self.controller)
        step.openWeb.connect(self.openWeb)
        return step

    def _build_process(self) -> ProcessStep:
        step = ProcessStep(self.controller)
        step.openWeb.connect(self.openWeb)
        return step

    def show_step(self, number: int) -> None:
        self.tabs.setCurrentIndex(number - 1)

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        announce(self, text, assertive=True)  # a refused edit or a failed save: heard at once
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
