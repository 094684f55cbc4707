"""A chart drawn by `ambitieweb.charts` shown in a widget, rendered at the widget's width in the window's
drawing thread (`radar_jobs.submit_drawing`): the year plan's timeline took 0.5-2 s to draw, which
froze the window when the step was first shown."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from contextlib import suppress

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ambitieweb.gui.widgets.radar_jobs import submit_drawing

Draw = Callable[[Figure], None]
Key = tuple[int, tuple[int, int]]  # which chart (a count of set_chart calls) at which size in pixels


def render(draw: Draw, size_inches: tuple[float, float], pixels: tuple[int, int], ratio: float) -> QImage:
    """The chart as an image `pixels` wide and high (in the drawing thread; QImage may live there)."""
    figure = Figure(figsize=size_inches, dpi=pixels[0] / size_inches[0])
    canvas = FigureCanvasAgg(figure)
    draw(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    buffer = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
    width, height = canvas.get_width_height()
    image = QImage(bytes(buffer), width, height, QImage.Format.Format_RGBA8888).copy()  # its own pixels
    image.setDevicePixelRatio(ratio)
    return image


class _Delivery(QObject):
    """Brings a finished image from the drawing thread to the widget's thread."""

    done = Signal(object)


class ChartView(QWidget):
    """Keeps the chart's shape (width to height); the accessible description says what it shows. Until
    the chart is drawn for the current size the previous image (or nothing) is shown."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._draw: Draw | None = None
        self._size = (7.0, 4.0)
        self._charts = 0  # set_chart calls so far: which chart an image shows
        self._image: QImage | None = None
        self._for: Key | None = None  # what the image shows
        self._job: Future[QImage] | None = None  # a drawing under way
        self._job_for: Key | None = None
        self._delivery = _Delivery(self)
        self._delivery.done.connect(self._install, Qt.ConnectionType.QueuedConnection)

    def set_chart(self, draw: Draw, size_inches: tuple[float, float], description: str) -> None:
        self._draw, self._size = draw, size_inches
        self._charts += 1
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(width * self._size[1] / self._size[0])

    def sizeHint(self) -> QSize:
        return QSize(640, self.heightForWidth(640))

    def image(self) -> QImage | None:
        """The chart as last rendered (for tests and a look)."""
        return self._image

    @property
    def drawing(self) -> bool:
        return self._job is not None

    def render_now(self) -> QImage | None:
        """Draw the chart for the current size and wait for it (tests; the window never waits)."""
        self._request()
        while self._job is not None:  # one under way for an earlier chart or size starts the next
            job = self._job
            job.result()
            self._install(job)
        return self._image if self._for is not None and self._for == self._wanted() else None

    def _wanted(self) -> Key | None:
        if self._draw is None or self.width() < 10:
            return None
        ratio = self.devicePixelRatioF()
        return self._charts, (int(self.width() * ratio), int(self.heightForWidth(self.width()) * ratio))

    def _request(self) -> None:
        """Start drawing the chart for the current size unless that is shown or under way already."""
        wanted = self._wanted()
        if wanted is None or wanted == self._for or self._job is not None:
            return  # a drawing under way asks again when it is done
        draw, size, ratio = self._draw, self._size, self.devicePixelRatioF()
        assert draw is not None
        self._job_for = wanted
        self._job = submit_drawing(lambda: render(draw, size, wanted[1], ratio))
        self._job.add_done_callback(self._deliver)

    def _deliver(self, job: Future[QImage]) -> None:
        """In the drawing thread: hand the image to the widget's thread."""
        with suppress(RuntimeError):  # the widget is gone
            self._delivery.done.emit(job)

    def _install(self, job: Future[QImage]) -> None:
        if job is not self._job:
            return  # installed already (render_now)
        self._job = None
        self._image, self._for = job.result(), self._job_for  # a failed drawing raises here
        self.update()
        self._request()  # another chart or size came meanwhile

    def paintEvent(self, event: QPaintEvent) -> None:
        self._request()
        if self._image is None:
            return
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        painter.end()
