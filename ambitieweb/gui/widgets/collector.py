"""Python's garbage collector, run on the GUI thread only.

Automatic collection runs in whichever thread allocates when a threshold is passed: often the radar's
worker, the save queue or an export. A garbage cycle that holds a Qt object (a closed radar widget
without a parent, a pixmap) was then deleted in that thread, which Qt does not allow: the window
crashed later (a segmentation fault in CI while the radar's worker built axes). So automatic
collection stays off and a timer here collects what is due (`memory.Collection`).
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from ambitieweb.memory import Collection, give_back

if TYPE_CHECKING:
    from ambitieweb.gui.window_base import WindowBase

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


LIST_AND_WORKSPACE_PAGES = 2  # the window's own pages; plans, contracts and the presenter add theirs


def freeze_long_lived(window: WindowBase) -> None:
    """What lives as long as the program (start-up, the modules imported: Qt, the core, matplotlib,
    reportlab — some 200,000 objects in the collector's view) is skipped by the collector from now
    on, so that a whole-heap collection costs a few ms instead of 100-200 ms on the GUI thread. Only
    while nothing but the list is open: a session, page or dialog frozen with them would never be
    freed after it is closed."""
    nothing_open = window.controller is None and window.ui.pages.count() == LIST_AND_WORKSPACE_PAGES
    if nothing_open and QApplication.activeModalWidget() is None:
        gc.freeze()


def give_back_and_freeze(window: WindowBase) -> None:
    """A while after a session is closed: its memory back to the system; if nothing is open now,
    what survived that whole collection lives long (modules imported later, caches): frozen too."""
    give_back()
    freeze_long_lived(window)
