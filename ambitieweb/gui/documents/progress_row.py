"""The export dialog's progress bar and stop button, shown while a job runs in the background."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from ambitieweb.gui.widgets.tasks import Job


class ProgressRow:
    """Shows one job at a time; the buttons that would start another wait meanwhile."""

    def __init__(
        self, bar: QProgressBar, stop: QPushButton, status: QLabel, buttons: list[QPushButton]
    ) -> None:
        self.bar, self.stop, self.status, self.buttons = bar, stop, status, buttons
        self.job: Job | None = None
        bar.hide()
        stop.hide()
        stop.clicked.connect(self.cancel)

    def start(self, job: Job, text: str, ended: Callable[[], None]) -> Job:
        """Show `job` (with `text`) until it ends, then call `ended`; and start it."""
        self.job = job
        self.status.setText(text)
        self.bar.setValue(0)
        self.bar.show()
        self.stop.show()
        for button in self.buttons:
            button.setEnabled(False)
        job.progressed.connect(lambda fraction: self.bar.setValue(round(100 * fraction)))
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(lambda *_: self._ended(ended))
        return job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _ended(self, ended: Callable[[], None]) -> None:
        self.job = None
        self.bar.hide()
        self.stop.hide()
        for button in self.buttons:
            button.setEnabled(True)
        ended()
