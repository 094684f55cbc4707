"""The radar widget's matplotlib canvas and its hand-over with the drawing worker.

The canvas never draws the figure itself: a resize, a DPI change or matplotlib's own draw request asks
its owner (`RadarWidget`) for a draw in the worker, and a paint shows the owner's static image and
painted layers. `Waiting` holds the draw that has not started yet (to cancel), `Delivery` brings a
finished draw back to the GUI thread.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from concurrent.futures import Future
from typing import Protocol

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QObject, QRect, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from ambitieweb.gui.widgets.radar_render import Rendered

# While the worker draws, the figure is its own: input that matplotlib would look up in it waits.
_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Enter,
    QEvent.Type.Leave,
}


class CanvasOwner(Protocol):
    """What the canvas asks of the widget that holds it."""

    @property
    def rendering(self) -> bool: ...

    def _request_draw(self) -> None: ...

    def _paint(self, painter: QPainter, rect: QRect) -> bool: ...

    def _painted(self) -> None: ...


class RadarCanvas(FigureCanvasQTAgg):
    """A matplotlib canvas that shows its owner's static image and painted layers; the owner's
    worker draws the figure, never the canvas itself."""

    def __init__(self, figure: Figure, owner: CanvasOwner) -> None:
        self._owner_ref: Callable[[], CanvasOwner | None] = lambda: None  # not while matplotlib sets up
        super().__init__(figure)  # type: ignore[no-untyped-call]  # matplotlib's Qt backend is untyped
        # Weakly: the owner holds the canvas, and a cycle would leave a dropped radar to the collector.
        self._owner_ref = weakref.ref(owner)

    @property
    def _owner(self) -> CanvasOwner | None:
        return self._owner_ref()

    def _redraw(self) -> None:
        owner = self._owner
        if owner is not None:
            owner._request_draw()

    def paintEvent(self, event: QPaintEvent) -> None:
        owner = self._owner
        if owner is None:
            return
        painter = QPainter(self)
        try:
            drawn = owner._paint(painter, event.rect())
        finally:
            painter.end()
        if drawn:
            owner._painted()

    def resizeEvent(self, event: QResizeEvent) -> None:
        QWidget.resizeEvent(self, event)  # the figure takes the size in the worker's next draw
        self._redraw()

    def _set_device_pixel_ratio(self, ratio: float) -> bool:
        if self._device_pixel_ratio == ratio:  # type: ignore[has-type]
            return False
        self._device_pixel_ratio = ratio  # the figure's dpi follows in the worker's next draw
        self._redraw()
        return True

    def draw(self) -> None:
        self._redraw()

    def draw_idle(self) -> None:
        self._redraw()

    def event(self, event: QEvent) -> bool:
        owner = self._owner
        if owner is not None and owner.rendering and event.type() in _INPUT:
            return False
        return bool(super().event(event))


class Waiting:
    """The widget's draw that has not started yet, to cancel when the widget goes (holds nothing
    once the draw is done: a finished draw holds the figure)."""

    def __init__(self) -> None:
        self._job: Future[Rendered] | None = None

    def add(self, job: Future[Rendered]) -> Future[Rendered]:
        self._job = job
        job.add_done_callback(self._done)
        return job

    def _done(self, job: Future[Rendered]) -> None:
        if self._job is job:
            self._job = None

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()


class Delivery(QObject):
    """Brings a finished draw from the worker thread to the widget's thread."""

    done = Signal(object)
