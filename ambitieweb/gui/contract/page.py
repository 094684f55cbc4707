"""The contract follow-up's page in the main window: the contract data, when the next review is due,
the reviews (list and the one chosen) and agreed against realised per theme."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ambitieweb.charts.contract_data import contract_radar
from ambitieweb.charts.radar_data import RadarData
from ambitieweb.gui.contract.controller import ContractController
from ambitieweb.gui.contract.form import ContractForm
from ambitieweb.gui.contract.review_editor import ReviewEditor
from ambitieweb.gui.contract.tables import ComparisonTable
from ambitieweb.gui.contract.typed import date_text
from ambitieweb.gui.plan.records import bind_table
from ambitieweb.gui.plan.widgets import buttons, note
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.gui.widgets.radar_widget import RadarWidget
from ambitieweb.model.contract.rules import is_overdue, next_review_due, share_met
from ambitieweb.text.fill import fill

MESSAGE_MS = 12_000  # a refused edit's message stays this long (or until the next one)


class ContractPage(QWidget):
    backToWeb = Signal()
    exportReport = Signal()

    def __init__(self, controller: ContractController, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.today = dt.date.today  # a test sets the day
        layout = QVBoxLayout(self)
        layout.addLayout(self._header(title))
        self.message = note()
        self.message.setAccessibleDescription(self.tr("Melding"))
        self.message.setStyleSheet("QLabel { background: #fff4d6; color: #1a1a1a; padding: 4px; }")
        self.message.hide()
        layout.addWidget(self.message)
        self.due = note()
        layout.addWidget(self.due)

        self.form = ContractForm(controller, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Contractopvolging"))
        self.tabs.addTab(self._reviews_tab(), self.tr("V&oortgangsgesprekken"))
        self.tabs.addTab(self._comparison_tab(), self.tr("Vastgesteld tegenover &gerealiseerd"))
        layout.addWidget(self.form)
        layout.addWidget(self.tabs, 1)

        self._hide = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._hide.timeout.connect(self.message.hide)
        self.reviews.currentRowChanged.connect(self._chosen)
        controller.problem.connect(self.show_problem)
        controller.changed.connect(self.refresh)
        self.refresh()
        if self.reviews.count():
            self.reviews.setCurrentRow(self.reviews.count() - 1)

    def _header(self, title: str) -> QHBoxLayout:
        """The contract's title and the report and back buttons."""
        header = QHBoxLayout()
        self.title = QLabel(fill(self.tr("Contractopvolging: %1"), title))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        header.addWidget(self.title, 1)
        row, (self.report_button, _back) = buttons(
            (self.tr("Rapportage als PD&F of Word…"), self.exportReport.emit),
            (self.tr("Terug naar het &ambitieweb"), self.backToWeb.emit),
        )
        self.report_button.setToolTip(
            self.tr(
                "Monitoringsrapportage van dit contract: vastgesteld tegenover gerealiseerd, criteria, "
                "doelen en acties"
            )
        )
        header.addWidget(row)
        return header

    def _reviews_tab(self) -> QSplitter:
        """The reviews, with new and delete, beside the chosen review's editor."""
        controller = self.controller
        reviews = QSplitter(self)
        left = QWidget(reviews)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.reviews = QListWidget(left)
        self.reviews.setAccessibleName(self.tr("Voortgangsgesprekken"))
        self.reviews.setMinimumWidth(self.reviews.fontMetrics().horizontalAdvance("n" * 34))
        new, (self.new_button, self.delete_button) = buttons(
            (self.tr("Nieuw &voortgangsgesprek"), self.new_review),
            (self.tr("Gesprek verwi&jderen…"), self.delete_review),
        )
        self.delete_button.setToolTip(
            self.tr("Het gekozen voortgangsgesprek verwijderen (Delete); Ctrl+Z zet het terug")
        )
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.reviews)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_review)
        column.addWidget(self.reviews, 1)
        column.addWidget(new)
        self.editor = ReviewEditor(controller, reviews)
        reviews.addWidget(left)
        reviews.addWidget(self.editor)
        reviews.setStretchFactor(1, 3)
        return reviews

    def _comparison_tab(self) -> QSplitter:
        """The radar and the table of agreed against realised per theme."""
        controller = self.controller
        self.comparison = ComparisonTable(controller)
        self.comparison_view = QTableView(self)
        bind_table(
            self.comparison_view, self.comparison, self.tr("Vastgesteld tegenover gerealiseerd per thema")
        )
        theme_width = self.comparison_view.fontMetrics().horizontalAdvance("n" * 30)
        self.comparison_view.horizontalHeader().resizeSection(0, theme_width)  # whole theme names
        comparison = QSplitter(self)
        # Agreed against what the latest review found: the same drawing as the monitoring report's
        self.radar = RadarWidget(parent=comparison, data=self._radar_data())
        self.radar.setAccessibleName(self.tr("Radar: vastgesteld tegenover gerealiseerd"))
        comparison.addWidget(self.radar)
        comparison.addWidget(self.comparison_view)
        comparison.setStretchFactor(1, 1)
        return comparison

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        announce(self, text, assertive=True)  # a refused edit or a failed save: heard at once
        self._hide.start()

    def _radar_data(self) -> RadarData | None:
        controller = self.controller
        return contract_radar(
            controller.contract, controller.latest, controller.theme_names, controller.language
        )

    def refresh(self, _fields: object = None) -> None:
        contract = self.controller.contract
        data = self._radar_data()
        self.radar.setVisible(data is not None)
        if data is not None:
            self.radar.set_data(data)
        due = next_review_due(contract)
        if due is None:
            self.due.setText(self.tr("Geen volgend voortgangsgesprek gepland (vul de startdatum in)."))
        elif is_overdue(contract, self.today()):
            self.due.setText(fill(self.tr("⚠ Volgend voortgangsgesprek te laat: was %1."), date_text(due)))
        else:
            self.due.setText(fill(self.tr("Volgend voortgangsgesprek uiterlijk %1."), date_text(due)))
        chosen = self.editor.review_id
        self.reviews.blockSignals(True)
        self.reviews.clear()
        for review in contract.reviews:
            share = share_met(review)
            snapshot = self.controller.snapshot_of(review)
            text = fill(
                self.tr("%1 — versie %2 — %3"),
                date_text(review.date),
                str(snapshot.number),
                "–" if share is None else fill(self.tr("%1% nagekomen"), str(round(share * 100))),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, review.id)
            self.reviews.addItem(item)
            if review.id == chosen:
                self.reviews.setCurrentItem(item)
        self.reviews.blockSignals(False)
        if chosen is not None and all(r.id != chosen for r in contract.reviews):
            self.editor.show_review(None)
        self.delete_button.setEnabled(self.reviews.currentItem() is not None)

    def _chosen(self, row: int) -> None:
        item = self.reviews.item(row)
        self.editor.show_review(None if item is None else str(item.data(Qt.ItemDataRole.UserRole)))
        self.delete_button.setEnabled(item is not None)

    def delete_review(self) -> None:
        """Delete the chosen review, once asked (naming its date); Ctrl+Z puts it back."""
        item, row = self.reviews.currentItem(), self.reviews.currentRow()
        if item is None:
            return
        review = self.controller.contract.review(str(item.data(Qt.ItemDataRole.UserRole)))
        answer = QMessageBox.question(
            self,
            self.tr("Voortgangsgesprek verwijderen"),
            fill(
                self.tr(
                    "Het voortgangsgesprek van %1 verwijderen, met zijn beoordelingen, metingen en acties? "
                    "Ctrl+Z zet het terug."
                ),
                date_text(review.date),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes or not self.controller.remove_review(review.id):
            return
        if self.reviews.count():
            self.reviews.setCurrentRow(min(row, self.reviews.count() - 1))
        self.reviews.setFocus()

    def new_review(self) -> None:
        """A review on today's date (the contract's start if it has not started yet)."""
        contract = self.controller.contract
        day = self.today()
        if contract.start is not None and day < contract.start:
            day = contract.start
        review = self.controller.add_review(day)
        if review is None:
            return
        for row in range(self.reviews.count()):
            if self.reviews.item(row).data(Qt.ItemDataRole.UserRole) == review.id:
                self.reviews.setCurrentRow(row)
        self.editor.tabs.setCurrentIndex(0)
        self.editor.views["checks"].setFocus()
