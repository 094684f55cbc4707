"""The evaluation step's view of the contracts (issue 18): per tender theme the level planned, applied
in the project web and realised in its contract follow-up, and taking the goals' values per year over
from the contracts' reviews as one undoable edit (see `model.plan.realised`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ambitieweb.gui.plan.controller import PlanController
from ambitieweb.gui.plan.widgets import RowsModel
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.model.changes import Part, Value
from ambitieweb.model.plan.parts import PlanGoal
from ambitieweb.model.plan.progress import planned_vs_applied
from ambitieweb.model.plan.realised import ContractValue, Difference, contract_values, differences, taken_over
from ambitieweb.text.fill import fill
from ambitieweb.text.labels import format_date, format_number

MAX_LISTED = 15  # differences named in the question; the rest counted


class TenderRealisedModel(RowsModel):
    """A row per tender theme: planned, applied (project web), realised (contract) and when judged."""

    def __init__(self, controller: PlanController) -> None:
        self.controller = controller
        self.short: list[str] = []  # 'theme (tender)' realised lower than planned
        super().__init__(
            (
                self.tr("Aanbesteding"),
                self.tr("Thema"),
                self.tr("Gepland"),
                self.tr("Toegepast"),
                self.tr("Gerealiseerd"),
                self.tr("Voortgangsgesprek"),
            ),
            self._make_rows,
        )

    def short_text(self) -> str:
        """In words above the table: which tender themes fell short (empty when none did)."""
        if not self.short:
            return ""
        return fill(self.tr("▼ Lager gerealiseerd dan gepland: %1."), "; ".join(self.short))

    def _make_rows(self) -> list[tuple[str, ...]]:
        controller = self.controller
        language, names = controller.language, controller.theme_names()
        rows: list[tuple[str, ...]] = []
        self.short = []
        for tender in controller.plan.tenders:
            web = controller.web(tender.web_id)
            followed = controller.followed.get(tender.id)
            for c in planned_vs_applied(tender, web, followed):
                if c.realised is None:
                    realised = self.tr("nog niet beoordeeld") if followed is not None else "–"
                else:
                    realised = str(int(c.realised))
                    if c.realised_short:
                        realised += " ▼ " + self.tr("lager dan gepland")
                        self.short.append(f"{names.get(c.theme_id, c.theme_id)} ({tender.title})")
                rows.append(
                    (
                        tender.title,
                        names.get(c.theme_id, c.theme_id),
                        str(int(c.planned)),
                        str(int(c.applied)) if web is not None and c.applied else "–",
                        realised,
                        format_date(c.reviewed, language) if c.reviewed is not None else "–",
                    )
                )
        return rows


def goal_values(controller: PlanController, goal: PlanGoal) -> dict[int, ContractValue]:
    """The goal's values from the contracts, in the plan's years only."""
    years = set(controller.plan.years)
    found = contract_values(goal, controller.followed.values())
    return {year: value for year, value in found.items() if year in years}


def sources(controller: PlanController, value: ContractValue) -> str:
    """The contracts a value comes from: 'Schoonmaak (Schoon & Zo ZH-14)', one a line."""
    tenders = {t.id: t.title for t in controller.plan.tenders}
    return "\n".join(
        f"{tenders.get(c.tender_id, '–')} ({c.label})" if c.label else tenders.get(c.tender_id, "–")
        for c in value.contracts
    )


def values_text(controller: PlanController, values: dict[int, ContractValue]) -> str:
    language = controller.language
    return " · ".join(f"{year}: {format_number(v.value, language)}" for year, v in values.items())


class TakeOver(QObject):
    """'Waarden uit contracten overnemen': the contracts' values into the plan's goals as one undoable
    edit; asks first when a value typed in would be overwritten by another, naming each."""

    def __init__(self, controller: PlanController, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.widget = parent

    def run(self) -> bool:
        """False when nothing changed (nothing to take over, or the user kept the typed values)."""
        controller = self.controller
        after: dict[Part, Value] = {}
        changed: list[tuple[PlanGoal, Difference]] = []
        count = 0  # values per goal and year that change
        for position, goal in enumerate(controller.plan.goals):
            values = goal_values(controller, goal)
            new = taken_over(goal, values)
            if new.realised != goal.realised:
                after[Part("goals", goal.id)] = (position, new.model_dump())
                count += sum(goal.realised.get(y) != v for y, v in new.realised.items())
                changed += [(goal, d) for d in differences(goal, values)]
        title = self.tr("Waarden uit contracten overnemen")
        if not after:
            QMessageBox.information(
                self.widget, title, self.tr("De gerealiseerde waarden staan al zoals de contracten ze geven.")
            )
            return False
        if changed and not self._overwrite(title, changed):
            return False
        if not controller.edit(title, after):
            return False
        # The table changes out of sight of a screen reader, which stays on the button: say what happened
        announce(self.widget, fill(self.tr("Waarden uit de contracten overgenomen: %1"), str(count)))
        return True

    def _overwrite(self, title: str, changed: Sequence[tuple[PlanGoal, Difference]]) -> bool:
        language = self.controller.language
        lines = [
            fill(
                self.tr("%1, %2: %3 wordt %4"),
                goal.indicator,
                str(d.year),
                format_number(d.typed, language),
                format_number(d.contracts, language),
            )
            for goal, d in changed[:MAX_LISTED]
        ]
        if len(changed) > MAX_LISTED:
            lines.append(fill(self.tr("en nog %1 andere"), str(len(changed) - MAX_LISTED)))
        question = self.tr(
            "Deze ingevulde waarden verschillen van wat de contracten zeggen en worden overschreven:"
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            question + "\n\n" + "\n".join(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Overschrijven"))
        return box.exec() == QMessageBox.StandardButton.Yes
