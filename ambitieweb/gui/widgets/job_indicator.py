"""A progress bar with a stop button in the status bar, for work the window does in the background
(exporting the radar or a session file, importing a session)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ambitieweb.gui.widgets.tasks import Job


class JobIndicator(QWidget):
    """Shows one job at a time: what it does, how far it is (or that it is busy), and Afbreken."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Voortgang"))
        self.stop = QPushButton(self.tr("Afbreken"), self)
        self.stop.setAccessibleName(self.tr("Afbreken"))
        self.stop.clicked.connect(self.cancel)
        for widget in (self.label, self.bar, self.stop):
            layout.addWidget(widget)
        self.hide()

    def watch(self, job: Job, text: str) -> Job:
        """Show `job` until it ends (busy until it reports progress)."""
        self.job = job
        self.label.setText(text)
        self.bar.setRange(0, 0)
        job.progressed.connect(self._progressed)
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(self._ended)
        self.show()
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progressed(self, fraction: float) -> None:
        self.bar.setRange(0, 100)
        self.bar.setValue(round(100 * fraction))

    def _ended(self) -> None:
        self.job = None
        self.hide()
