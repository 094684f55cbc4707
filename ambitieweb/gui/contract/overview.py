"""The contract manager's overview: every contract follow-up in one table, overdue reviews first and
said in words (not by colour alone), then a column per theme: realised against agreed at the last
review, a theme below its agreed level flagged in words; Enter or "Openen" opens the chosen contract."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from ambitieweb.gui.contract.typed import date_text
from ambitieweb.gui.plan.records import bind_table
from ambitieweb.gui.widgets.table_model import Index, TableModel
from ambitieweb.model.contract.overview import OverviewLine, ThemeState, theme_columns
from ambitieweb.text.fill import fill

LATE = QColor("#a4000f")  # dark red: 7:1 against white, and the words say it too


FIXED = 8  # columns before the themes'


class OverviewModel(TableModel):
    def __init__(self, lines: list[OverviewLine], theme_names: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.lines = lines
        self.themes = theme_columns(lines)
        names = theme_names or {}
        self.theme_names = [names.get(theme, theme) for theme in self.themes]
        self.headers = (
            self.tr("Projectweb"),
            self.tr("Leverancier"),
            self.tr("Contractmanager"),
            self.tr("Volgend gesprek"),
            self.tr("Stand"),
            self.tr("Gesprekken"),
            self.tr("Open acties"),
            self.tr("Nagekomen"),
            *self.theme_names,
        )
        self.below_text = self.tr("onder vastgesteld")
        self.rows = [self._row(line) for line in lines]
        self.shown_rows = len(self.rows)

    def _row(self, line: OverviewLine) -> tuple[str, ...]:
        if line.overdue:
            state = fill(self.tr("⚠ te laat (%1 dagen)"), str(line.days_late))
        elif line.next_due is None:
            state = self.tr("geen gesprek gepland")
        else:
            state = self.tr("op tijd")
        return (
            line.web_title,
            line.supplier,
            line.manager,
            date_text(line.next_due) or "–",
            state,
            str(line.reviews),
            str(line.open_actions),
            "–" if line.share_met is None else f"{round(line.share_met * 100)}%",
            *self._themes(line),
        )

    def _themes(self, line: OverviewLine) -> list[str]:
        """Per theme column "realised / agreed" ("⚠" when below; "–" not judged; empty: not in this web)."""
        found = {state.theme_id: state for state in line.themes}
        return [self._state(found[theme]) if theme in found else "" for theme in self.themes]

    def _state(self, state: ThemeState) -> str:
        realised = "–" if state.realised is None else str(state.realised)
        text = f"{realised} / {state.agreed}"
        return f"⚠ {text} {self.below_text}" if state.below else text

    def _theme_below(self, row: int, column: int) -> bool:
        theme = self.themes[column - FIXED]
        return any(s.theme_id == theme and s.below for s in self.lines[row].themes)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """A theme's whole name as the header's tooltip (its column is narrow)."""
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column >= FIXED and self.rows[row][column]:
                return fill(
                    self.tr("%1: gerealiseerd / vastgesteld bij het laatste gesprek: %2"),
                    self.theme_names[column - FIXED],
                    self.rows[row][column],
                )
            return self.rows[row][column]
        if role == Qt.ItemDataRole.ForegroundRole and (
            (self.lines[row].overdue and column in (3, 4))
            or (column >= FIXED and self._theme_below(row, column))
        ):
            return QBrush(LATE)
        return None


class ContractOverview(QDialog):
    openContract = Signal(str)  # the web whose contract follow-up to open

    def __init__(
        self,
        lines: list[OverviewLine],
        parent: QWidget | None = None,
        theme_names: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contracten"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        late = sum(line.overdue for line in lines)
        self.summary = QLabel(
            fill(
                self.tr(
                    "%1 contracten, waarvan %2 met een te laat voortgangsgesprek. Per thema: gerealiseerd / "
                    "vastgesteld bij het laatste gesprek (⚠ onder vastgesteld)."
                ),
                str(len(lines)),
                str(late),
            )
        )
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.model = OverviewModel(lines, theme_names)
        self.table = QTableView(self)
        bind_table(self.table, self.model, self.tr("Contracten"), stretch=0)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setResizeContentsPrecision(50)  # the first rows tell the widths
        for column in range(1, FIXED):
            self.table.resizeColumnToContents(column)
        # The theme columns all hold the same short text: one width from the font, not measured per
        # cell (13 columns measured cost 90 ms of 200 contracts); a long theme name is elided, its
        # cells' tooltips name it whole.
        metrics = self.table.fontMetrics()
        theme_width = metrics.horizontalAdvance(f"⚠ 3 / 3 {self.model.below_text}") + 16
        for column in range(FIXED, len(self.model.headers)):
            self.table.setColumnWidth(column, theme_width)
        self.table.activated.connect(lambda index: self._open(index.row()))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(self.tr("&Openen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAccessibleName(self.tr("Contract openen"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex().row()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if lines:
            self.table.selectRow(0)
        self.table.setFocus()

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.model.lines):
            self.openContract.emit(self.model.lines[row].session_id)
            self.accept()
