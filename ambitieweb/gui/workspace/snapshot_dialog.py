"""Agreed versions, read-only: what was agreed, when, with whom."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ambitieweb.charts.session_data import radar_data, theme_names
from ambitieweb.gui.forms.snapshot_dialog_ui import Ui_SnapshotDialog
from ambitieweb.gui.widgets.cell_delegate import use_cell_delegate
from ambitieweb.gui.widgets.radar_widget import RadarWidget
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Snapshot
from ambitieweb.text.fill import fill


class SnapshotDialog(QDialog):
    def __init__(
        self,
        snapshots: list[Snapshot],
        framework: Framework,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SnapshotDialog()
        self.ui.setupUi(self)
        self.snapshots = snapshots
        self.framework = framework
        self.language = language
        self.radar = RadarWidget(parent=self)
        self.radar.setEnabled(False)  # read-only: no clicks set levels here
        self.ui.radarLayout.addWidget(self.radar)
        table = self.ui.themeTable
        use_cell_delegate(table)
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Thema"), self.tr("Huidig"), self.tr("Ambitie"), self.tr("Onderbouwing")]
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for snapshot in snapshots:
            when = snapshot.agreed_at.astimezone().strftime("%d-%m-%Y %H:%M")
            self.ui.versionList.addItem(fill(self.tr("Versie %1 — %2"), str(snapshot.number), when))
        self.ui.versionList.currentRowChanged.connect(self.show_version)
        if snapshots:
            self.ui.versionList.setCurrentRow(len(snapshots) - 1)
        else:
            self.ui.versionInfo.setText(self.tr("Deze sessie heeft nog geen vastgestelde versie."))

    def show_version(self, row: int) -> None:
        if not 0 <= row < len(self.snapshots):
            return
        snapshot = self.snapshots[row]
        session = snapshot.session
        people = ", ".join(f"{p.name} ({p.role.label(self.language)})" for p in session.participants)
        self.ui.versionInfo.setText(
            fill(
                self.tr("Versie %1, vastgesteld op %2. Deelnemers: %3"),
                str(snapshot.number),
                snapshot.agreed_at.astimezone().strftime("%d-%m-%Y %H:%M"),
                people or "–",
            )
        )
        self.radar.set_data(radar_data(session, self.framework, title=session.title, language=self.language))
        table = self.ui.themeTable
        table.setRowCount(len(session.themes))
        for i, (name, entry) in enumerate(
            zip(theme_names(session, self.framework), session.themes, strict=True)
        ):
            cells = (
                name,
                entry.current.label(self.language),
                entry.ambition.label(self.language),
                entry.rationale,
            )
            for column, text in enumerate(cells):
                table.setItem(i, column, QTableWidgetItem(text))
        table.resizeRowsToContents()
