"""Python's garbage collector, run on the GUI thread only.

Automatic collection runs in whichever thread allocates when a threshold is passed: often the radar's
worker, the save queue or an export. A garbage cycle that holds a Qt object (a closed radar widget
without a parent, a pixmap) was then deleted in that thread, which Qt does not allow: the window
crashed later (a segmentation fault in CI while the radar's worker built axes). So automatic
collection stays off and a timer here collects what is due (`memory.Collection`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from ambitieweb.memory import Collection

INTERVAL_MS = 200  # a young generation collected now costs well under a millisecond


class Collector(QObject):
    """Turns automatic collection off and collects on the GUI thread, for as long as it lives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self.collection = Collection()
        self._timer.timeout.connect(self.collection.collect_due)
        self._timer.start()
