"""A chart drawn by `ambitieweb.charts` shown in a widget: rendered when visible, at the widget's width."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

Draw = Callable[[Figure], None]


class ChartView(QWidget):
    """Keeps the chart's shape (width to height); the accessible description says what it shows."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._draw: Draw | None = None
        self._size = (7.0, 4.0)
        self._image: QImage | None = None
        self._for: tuple[int, int] | None = None

    def set_chart(self, draw: Draw, size_inches: tuple[float, float], description: str) -> None:
        self._draw, self._size = draw, size_inches
        self._image = None
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

    def render_now(self) -> QImage | None:
        if self._draw is None or self.width() < 10:
            return None
        ratio = self.devicePixelRatioF()
        pixels = (int(self.width() * ratio), int(self.heightForWidth(self.width()) * ratio))
        if self._image is None or self._for != pixels:
            figure = Figure(figsize=self._size, dpi=pixels[0] / self._size[0])
            canvas = FigureCanvasAgg(figure)
            self._draw(figure)
            canvas.draw()  # type: ignore[no-untyped-call]
            buffer = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
            width, height = canvas.get_width_height()
            self._image = QImage(bytes(buffer), width, height, QImage.Format.Format_RGBA8888)
            self._image.setDevicePixelRatio(ratio)
            self._for = pixels
        return self._image

    def paintEvent(self, event: QPaintEvent) -> None:
        image = self.render_now()
        if image is None:
            return
        painter = QPainter(self)
        painter.drawImage(0, 0, image)
        painter.end()
