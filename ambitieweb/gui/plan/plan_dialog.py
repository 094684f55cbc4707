"""The plan's form: a new plan for an organisation and a period, or the details of an open plan
(title, organisation, period, focus limit and the webs it draws on)."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.plan.widgets import note
from ambitieweb.gui.sessions.session_dialog import show_problem
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.problems import describe_all
from ambitieweb.model.plan.webs import WebFacts
from ambitieweb.text.fill import fill


class PlanDialog(QDialog):
    """New plan (`plan` is None) or its details; read `result()` after OK."""

    def __init__(
        self,
        catalogue: Catalogue,
        candidates: list[WebFacts],
        plan: ActionPlan | None = None,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Nieuw actieplan") if plan is None else self.tr("Gegevens van het actieplan")
        )
        self._catalogue = catalogue
        self._plan = plan
        self._language = language
        self._result: ActionPlan | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        this_year = dt.date.today().year

        def row(text: str, widget: QWidget, name: str) -> None:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)

        self.title = QLineEdit(plan.title if plan else "")
        self.title.setMaxLength(500)
        row(self.tr("&Titel:"), self.title, self.tr("Titel"))
        self.organisation = QLineEdit(plan.organisation if plan else "")
        self.organisation.setMaxLength(500)
        row(self.tr("&Organisatie:"), self.organisation, self.tr("Organisatie"))
        self.start = QSpinBox()
        self.end = QSpinBox()
        for spin, value in (
            (self.start, plan.start_year if plan else this_year + 1),
            (self.end, plan.end_year if plan else this_year + 3),
        ):
            spin.setRange(2000, 2100)
            spin.setValue(value)
        row(self.tr("&Beginjaar:"), self.start, self.tr("Beginjaar"))
        row(self.tr("&Eindjaar:"), self.end, self.tr("Eindjaar"))
        self.framework = self._framework_box(catalogue, plan)
        row(self.tr("&Kader:"), self.framework, self.tr("Kader (themaset)"))
        self.focus_limit = QSpinBox()
        self.focus_limit.setRange(1, 16)
        self.focus_limit.setValue(plan.focus_limit if plan else 3)
        row(self.tr("Hoogstens &focusthema's:"), self.focus_limit, self.tr("Hoogstens focusthema's"))
        self.webs = self._web_list(candidates, plan, language)
        row(self.tr("&Ambitiewebs:"), self.webs, self.tr("Ambitiewebs waar het plan op bouwt"))
        layout.addWidget(
            note(self.tr("Vink de generieke webs aan van de organisatie, haar afdelingen en impactgebieden."))
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Melding"))
        show_problem(self.message, "")
        layout.addWidget(self.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.organisation.textEdited.connect(self._tick_organisation)
        self.resize(640, 560)

    def _framework_box(self, catalogue: Catalogue, plan: ActionPlan | None) -> QComboBox:
        """The frameworks to choose from; a plan's own, fixed, when it exists."""
        box = QComboBox()
        for framework in catalogue.frameworks.values():
            box.addItem(f"{framework.title} ({framework.version})", framework.id)
        if plan is not None:
            box.setCurrentIndex(max(0, box.findData(plan.framework_id)))
            box.setEnabled(False)
        else:
            box.setCurrentIndex(max(0, box.findData("mvi-nationaal-plan")))
        return box

    def _web_list(self, candidates: list[WebFacts], plan: ActionPlan | None, language: str) -> QListWidget:
        """The webs to tick, the plan's ticked; a plan's web that is gone is listed by its id."""
        webs = QListWidget()
        chosen = set(plan.web_ids) if plan else set()
        known = {w.id for w in candidates}
        self._organisations = {w.id: w.organisation.strip().casefold() for w in candidates}
        for web in candidates:
            item = QListWidgetItem(f"{web.title} — {web.scope_text(language)}")
            item.setData(Qt.ItemDataRole.UserRole, web.id)
            item.setCheckState(Qt.CheckState.Checked if web.id in chosen else Qt.CheckState.Unchecked)
            webs.addItem(item)
        for web_id in plan.web_ids if plan else []:
            if web_id not in known:  # a web that is gone: kept unless unticked
                item = QListWidgetItem(fill(self.tr("ambitieweb niet gevonden (%1)"), web_id[:8]))
                item.setData(Qt.ItemDataRole.UserRole, web_id)
                item.setCheckState(Qt.CheckState.Checked)
                webs.addItem(item)
        return webs

    def _tick_organisation(self, text: str) -> None:
        """A new plan: the webs of the organisation typed are ticked for you (and others unticked)."""
        if self._plan is not None:
            return
        wanted = text.strip().casefold()
        for index in range(self.webs.count()):
            item = self.webs.item(index)
            mine = (
                bool(wanted) and self._organisations.get(str(item.data(Qt.ItemDataRole.UserRole))) == wanted
            )
            item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)

    def chosen_webs(self) -> list[str]:
        return [
            str(self.webs.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.webs.count())
            if self.webs.item(i).checkState() == Qt.CheckState.Checked
        ]

    def result(self) -> ActionPlan:  # type: ignore[override]  # QDialog.result() is the exit code
        assert self._result is not None
        return self._result

    def accept(self) -> None:
        fields = {
            "title": self.title.text(),
            "organisation": self.organisation.text(),
            "start_year": self.start.value(),
            "end_year": self.end.value(),
            "focus_limit": self.focus_limit.value(),
            "web_ids": self.chosen_webs(),
        }
        try:
            if self._plan is None:
                framework = self._catalogue.framework(str(self.framework.currentData()))
                title = str(fields.pop("title"))
                start, end = int(str(fields.pop("start_year"))), int(str(fields.pop("end_year")))
                self._result = ActionPlan.new(framework, title, start, end, **fields)
            else:
                self._result = ActionPlan.model_validate(self._plan.model_dump() | fields)
        except ValidationError as exc:
            show_problem(self.message, describe_all(exc, self._language))
            return
        super().accept()
