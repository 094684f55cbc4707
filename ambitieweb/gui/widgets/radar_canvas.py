"""The radar widget's surface and its hand-over with the drawing thread.

The surface is a plain widget: a paint shows its owner's static image and painted layers, a resize, a
show or a change of the screen's pixel ratio asks the owner (`RadarWidget`) for a draw in the worker,
and the mouse is handed to the owner in device pixels. No matplotlib here: the figure lives in the
worker. `Waiting` holds the draw that has not started yet (to cancel), `Delivery` brings a finished
draw back to the GUI thread.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from concurrent.futures import Future
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from ambitieweb.gui.widgets.radar_jobs import Rendered


class CanvasOwner(Protocol):
    """What the surface asks of the widget that holds it."""

    def _request_draw(self) -> None: ...

    def _paint(self, painter: QPainter, rect: QRect) -> bool: ...

    def _painted(self) -> None: ...

    def _press(self, x: float, y: float) -> None: ...

    def _move(self, x: float, y: float) -> None: ...

    def _release(self) -> None: ...


class RadarCanvas(QWidget):
    """Shows its owner's static image and painted layers; the owner's worker draws the figure."""

    def __init__(self, owner: CanvasOwner) -> None:
        super().__init__()
        # Weakly: the owner holds the canvas, and a cycle would leave a dropped radar to the collector.
        self._owner_ref: Callable[[], CanvasOwner | None] = weakref.ref(owner)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # the owner paints every pixel
        self.setMouseTracking(True)  # the hand over an axis

    @property
    def device_pixel_ratio(self) -> float:
        return self.devicePixelRatioF() or 1.0  # rarely 0

    def _redraw(self) -> None:
        owner = self._owner_ref()
        if owner is not None:
            owner._request_draw()

    def paintEvent(self, event: QPaintEvent) -> None:
        owner = self._owner_ref()
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
        super().resizeEvent(event)
        self._redraw()  # the figure takes the size in the worker's next draw

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._redraw()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:  # moved to another screen
            self._redraw()
        return super().event(event)

    def _device(self, at: QPointF) -> tuple[float, float]:
        ratio = self.device_pixel_ratio
        return at.x() * ratio, at.y() * ratio

    def mousePressEvent(self, event: QMouseEvent) -> None:
        owner = self._owner_ref()
        if owner is not None and event.button() == Qt.MouseButton.LeftButton:
            owner._press(*self._device(event.position()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)  # a second click picks again, as the first did

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        owner = self._owner_ref()
        if owner is not None:
            owner._move(*self._device(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        owner = self._owner_ref()
        if owner is not None:
            owner._release()


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
