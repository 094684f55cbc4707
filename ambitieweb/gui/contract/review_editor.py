"""One review (voortgangsgesprek) to fill in: its date and who took part, and per tab the criteria of the
agreed version it checks, the goals' measured values, the realised level per theme and the actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ambitieweb.gui.contract.controller import ContractController
from ambitieweb.gui.contract.tables import Column, ReviewTable, bind
from ambitieweb.gui.contract.typed import date_text, read_date, realised_text
from ambitieweb.gui.plan.records import selected_row
from ambitieweb.gui.plan.widgets import buttons, note
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.model.contract.parts import CriterionStatus, FollowUpAction, Review
from ambitieweb.model.contract.rules import below_agreed, share_met
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.text.fill import fill
from ambitieweb.text.labels import format_number, level_text


class ReviewEditor(QWidget):
    def __init__(self, controller: ContractController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.review_id: str | None = None
        self._below: tuple[str, set[str]] | None = None  # the review shown and its themes below agreed
        self._share: tuple[str, float | None] | None = None  # the review shown and its share met
        layout = QVBoxLayout(self)
        self.checks_version = note()
        layout.addWidget(self.checks_version)
        self._build_fields(layout)
        self.summary = note()
        layout.addWidget(self.summary)
        self._build_tables()
        self._build_tabs(layout)
        controller.changed.connect(self.refresh)
        self.show_review(None)

    # --- building ---------------------------------------------------------------------------------

    def _build_fields(self, layout: QVBoxLayout) -> None:
        """The review's date, who took part and its note."""
        form = QFormLayout()
        self.date = QLineEdit(self)
        self.date.setAccessibleName(self.tr("Datum gesprek"))
        self.date.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.date.setAccessibleDescription(self.tr("Datum als dd-mm-jjjj"))
        self.participants = QLineEdit(self)
        self.participants.setAccessibleName(self.tr("Aanwezig bij het gesprek"))
        self.note = QLineEdit(self)
        self.note.setMaxLength(200_000)  # a line edit's own limit is 32,767
        self.note.setAccessibleName(self.tr("Toelichting bij het gesprek"))
        for text, edit in (
            (self.tr("Datum gespre&k"), self.date),
            (self.tr("Aanwe&zig"), self.participants),
            (self.tr("Toelichting"), self.note),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addLayout(form)
        self.date.editingFinished.connect(self._date)
        self.participants.editingFinished.connect(
            lambda: self._text("participants", self.participants, self.tr("Aanwezig"))
        )
        self.note.editingFinished.connect(lambda: self._text("note", self.note, self.tr("Toelichting")))

    def _build_tables(self) -> None:
        """The four lists of a review: criteria checked, goals measured, themes realised, actions."""
        controller = self.controller
        language = controller.language
        statuses = [(s.label(language), s) for s in CriterionStatus]
        levels: list[tuple[str, object]] = [(realised_text(None, language), None)]
        levels += [(realised_text(level, language), level) for level in Level]
        self.checks = ReviewTable(
            controller,
            "checks",
            (
                Column("", self.tr("Criterium"), "computed", compute=self._criterion, width=40),
                Column("status", self.tr("Status"), "choice", choices=lambda: statuses, width=20),
                Column(
                    "promised",
                    self.tr("Toegezegd in de inschrijving"),
                    editable=lambda check: self._kind(check) is CriterionKind.AWARD,
                    long=True,
                ),
                Column("evidence", self.tr("Bewijs ontvangen"), long=True),
                Column("note", self.tr("Toelichting"), long=True),
            ),
        )
        self.measurements = ReviewTable(
            controller,
            "measurements",
            (
                Column(
                    "", self.tr("Thema"), "computed", compute=lambda _r, m: controller.theme_name(m.theme_id)
                ),
                Column(
                    "",
                    self.tr("Indicator"),
                    "computed",
                    compute=lambda _r, m: self._goal(m).indicator,
                    width=40,
                ),
                Column("", self.tr("Streefwaarde"), "computed", compute=self._target),
                Column("value", self.tr("Gemeten waarde"), "number"),
                Column("unit", self.tr("Eenheid")),
            ),
        )
        self.themes = ReviewTable(
            controller,
            "themes",
            (
                Column(
                    "", self.tr("Thema"), "computed", compute=lambda _r, t: controller.theme_name(t.theme_id)
                ),
                Column("", self.tr("Vastgesteld"), "computed", compute=self._agreed),
                Column("level", self.tr("Gerealiseerd"), "choice", choices=lambda: levels),
                Column("", self.tr("Signaal"), "computed", compute=self._flag),
            ),
        )
        self.follow_ups = ReviewTable(
            controller,
            "actions",
            (
                Column("what", self.tr("Actie"), width=40),
                Column("owner", self.tr("Eigenaar")),
                Column("due", self.tr("Uiterlijk"), "date"),
                Column("done", self.tr("Gedaan"), "check"),
            ),
        )

    def _build_tabs(self, layout: QVBoxLayout) -> None:
        """A tab per list; the actions' tab has its add and remove buttons."""
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen van het gesprek"))
        self.views: dict[str, QTableView] = {}
        for model, title, name in (
            (self.checks, self.tr("&Criteria"), self.tr("Criteria van de vastgestelde versie")),
            (self.measurements, self.tr("&Doelen"), self.tr("Gemeten waarden per doel")),
            (self.themes, self.tr("Thema's"), self.tr("Gerealiseerd niveau per thema")),
            (self.follow_ups, self.tr("Vervolgacties"), self.tr("Vervolgacties")),
        ):
            view = QTableView(self)
            bind(view, model, name)
            self.views[model.list_name] = view
            if model is self.follow_ups:
                page = QWidget(self)
                inner = QVBoxLayout(page)
                row, _ = buttons(
                    (self.tr("Actie toevoegen"), self.add_action),
                    (self.tr("Actie verwijderen"), self.remove_action),
                )
                inner.addWidget(view)
                inner.addWidget(row)
                self.tabs.addTab(page, title)
            else:
                self.tabs.addTab(view, title)
        layout.addWidget(self.tabs, 1)

    # --- what the tables show -------------------------------------------------------------------

    def review(self) -> Review | None:
        if self.review_id is None:
            return None
        try:
            return self.controller.contract.review(self.review_id)
        except KeyError:
            return None

    def _criterion_of(self, check: Any) -> Any:
        review = self.review()
        assert review is not None
        session = self.controller.snapshot_of(review).session
        return next(c for c in session.criteria if c.id == check.criterion_id)

    def _kind(self, check: Any) -> CriterionKind:
        return CriterionKind(self._criterion_of(check).kind)

    def _criterion(self, _row: int, check: Any) -> str:
        criterion = self._criterion_of(check)
        return f"{criterion.kind.label(self.controller.language)}: {criterion.title}"

    def _goal(self, measurement: Any) -> Any:
        review = self.review()
        assert review is not None
        entry = self.controller.snapshot_of(review).session.entry(measurement.theme_id)
        return entry.goals[measurement.goal_index]

    def _target(self, _row: int, measurement: Any) -> str:
        goal = self._goal(measurement)
        target = format_number(goal.target, self.controller.language)
        return f"{target} {goal.unit}".strip() + (f" ({goal.year})" if goal.year else "")

    def _agreed(self, _row: int, realisation: Any) -> str:
        review = self.review()
        assert review is not None
        entry = self.controller.snapshot_of(review).session.entry(realisation.theme_id)
        return level_text(entry.ambition, self.controller.language)

    def _flag(self, _row: int, realisation: Any) -> str:
        review = self.review()
        assert review is not None
        below = below_agreed(review, self.controller.snapshot_of(review))
        return self.tr("⚠ onder het vastgestelde niveau") if realisation.theme_id in below else ""

    # --- showing and editing --------------------------------------------------------------------

    def show_review(self, review_id: str | None) -> None:
        for view in self.views.values():  # an open cell editor is committed and closed first
            view.setCurrentIndex(QModelIndex())
        self.review_id = review_id
        for model in (self.checks, self.measurements, self.themes, self.follow_ups):
            model.show(review_id)
        self.setEnabled(review_id is not None)
        self.refresh()

    def refresh(self, _fields: object = None) -> None:
        review = self.review()
        if review is None:
            if self.review_id is not None:  # undone: nothing to show
                self.show_review(None)
                return
            self.checks_version.setText(self.tr("Kies een voortgangsgesprek of begin een nieuw."))
            self.summary.setText("")
            for edit in (self.date, self.participants, self.note):
                edit.setText("")
            return
        snapshot = self.controller.snapshot_of(review)
        self.checks_version.setText(
            fill(
                self.tr("Toetst vastgestelde versie %1 van %2."),
                str(snapshot.number),
                date_text(snapshot.agreed_at.astimezone().date()),
            )
        )
        for edit, text in (
            (self.date, date_text(review.date)),
            (self.participants, review.participants),
            (self.note, review.note),
        ):
            if edit.text() != text:
                edit.setText(text)
        share = share_met(review)
        below = below_agreed(review, snapshot)
        parts = [
            self.tr("Nog geen criterium beoordeeld.")
            if share is None
            else fill(self.tr("Nagekomen: %1% van de beoordeelde criteria."), str(round(share * 100)))
        ]
        self._say_share(review.id, share, parts[0])
        if below:
            names = ", ".join(self.controller.theme_name(t) for t in below)
            parts.append(fill(self.tr("⚠ Onder het vastgestelde niveau: %1."), names))
        self._say_below(review.id, set(below), parts[-1] if below else "")
        parts.append(fill(self.tr("Open vervolgacties: %1."), str(len(review.open_actions()))))
        self.summary.setText(" ".join(parts))

    def _say_share(self, review_id: str, share: float | None, text: str) -> None:
        """A criterion's status just set changes the share met: read out, politely (the summary
        changes out of the screen reader's sight)."""
        before, self._share = self._share, (review_id, share)
        if before is not None and before[0] == review_id and before[1] != share:
            announce(self, text)

    def _say_below(self, review_id: str, below: set[str], text: str) -> None:
        """A realised level just set below the agreed one (or back up) is read out: the signal column
        and the summary change out of the screen reader's sight."""
        before, self._below = self._below, (review_id, below)
        if before is None or before[0] != review_id or before[1] == below:
            return  # another review chosen: its summary is read with it
        announce(self, text or self.tr("Geen thema meer onder het vastgestelde niveau."))

    def _date(self) -> None:
        review = self.review()
        if review is None:
            return
        typed = self.date.text()
        try:
            date = read_date(typed)
        except ValueError:
            date = None
        if date is None:
            self.controller.problem.emit(
                fill(self.tr("Datum gesprek: '%1' is geen datum (dd-mm-jjjj)"), typed)
            )
            self.refresh()
            return
        if date != review.date and not self.controller.change_review(
            review.id, {"date": date}, self.tr("Datum gesprek")
        ):
            self.refresh()

    def _text(self, field: str, edit: QLineEdit, name: str) -> None:
        review = self.review()
        if review is None or edit.text() == getattr(review, field):
            return
        if not self.controller.change_review(review.id, {field: edit.text()}, name):
            self.refresh()

    def add_action(self) -> None:
        review = self.review()
        if review is None:
            return
        action = FollowUpAction(what=self.tr("Nieuwe actie"))
        actions = [*review.model_dump()["actions"], action.model_dump()]
        if self.controller.change_review(review.id, {"actions": actions}, self.tr("Actie toevoegen")):
            view = self.views["actions"]
            view.setCurrentIndex(self.follow_ups.index(len(actions) - 1, 0))
            view.setFocus()

    def remove_action(self) -> None:
        review = self.review()
        row = selected_row(self.views["actions"])
        if review is None or row is None or row >= len(review.actions):
            return
        actions = [a.model_dump() for i, a in enumerate(review.actions) if i != row]
        self.controller.change_review(review.id, {"actions": actions}, self.tr("Actie verwijderen"))
