"""The radar on screen: a static matplotlib drawing with the session's data painted over it, clickable.

matplotlib draws only what stays put during a session (grid, theme labels, title, legend) on a full
draw, which is kept as a pixmap; the ring labels are rendered once per full draw to a transparent image.
Everything that changes (levels, highlight, votes, reference and earlier outlines, flags) is painted
with QPainter over it in `paintEvent` (see `radar_painter`), at once and only where it changed: a key
press costs 1-2 ms instead of a matplotlib draw (~100 ms). A full draw happens on resize, DPI change,
and when labels, title, level names, the number of themes or the legend entries change. The widget only
reports picks (`levelPicked`); the caller changes the model and calls `set_data`.
"""

from __future__ import annotations

import math
from typing import Any, cast

import numpy as np
from matplotlib.backend_bases import DrawEvent, MouseButton, MouseEvent, ResizeEvent
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ambitieweb.charts import RadarData, RadarPlot, RadarStyle
from ambitieweb.gui.widgets.radar_painter import Overlay, RadarPainter, device_rect, widget_region

DEFAULT_STYLE = RadarStyle()

# Shown until the first set_data: an empty web of three unnamed themes.
EMPTY = RadarData(("", "", ""), (0, 0, 0), (0, 0, 0))
MINIMUM_SIZE = 320  # logical pixels, each way
RADAR_DPI = 100  # the figure's dots per inch per logical pixel (times the device pixel ratio on screen)


class _RadarCanvas(FigureCanvasQTAgg):
    """A matplotlib canvas that shows its owner's static image and painted layers."""

    def __init__(self, figure: Figure, owner: RadarWidget) -> None:
        super().__init__(figure)  # type: ignore[no-untyped-call]  # matplotlib's Qt backend is untyped
        self._owner = owner

    def paintEvent(self, event: QPaintEvent) -> None:
        self._draw_idle()  # type: ignore[no-untyped-call]  # a pending full draw first, as matplotlib does
        painter = QPainter(self)
        try:
            self._owner._paint(painter, event.rect())
        finally:
            painter.end()
        self._owner._painted()


class RadarWidget(QWidget):
    """One radar; emits `levelPicked(theme, level)` when a ring on an axis is clicked or dragged to,
    and `painted()` after every paint of the chart."""

    levelPicked = Signal(int, int)
    painted = Signal()

    def __init__(
        self,
        style: RadarStyle = DEFAULT_STYLE,
        parent: QWidget | None = None,
        data: RadarData | None = None,
    ) -> None:
        """`data` is the first web to show; given here, the axes are built once, for it (building them
        again for another number of themes costs ~60 ms)."""
        super().__init__(parent)
        self.full_draws = 0  # full matplotlib draws (each renews the static image)
        self.paints = 0  # paints of the widget (each paints the dynamic layers)
        self._painter: RadarPainter | None = None  # the static image and the layers over it
        self._draw_pending = False
        self._drag: tuple[int, int] | None = None  # (theme, last level) while the button is held
        self._pointing = False
        self._has_data = data is not None  # the placeholder web picks nothing
        self._described: object = None  # what the accessible description tells
        self._overlay: Overlay | None = None  # the ring labels, as an image
        self._overlay_key: object = None  # what they were rendered for

        self.figure = Figure(figsize=(5, 5), dpi=RADAR_DPI)
        self.canvas = _RadarCanvas(self.figure, self)
        self._plot = RadarPlot(self.figure, data or EMPTY, style)
        self._plot.set_animated(True)  # full draws leave the dynamic layers out

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self.canvas.setSizePolicy(policy)
        self.canvas.setMinimumSize(MINIMUM_SIZE, MINIMUM_SIZE)
        self.setMinimumSize(MINIMUM_SIZE, MINIMUM_SIZE)
        self.setAccessibleName(self.tr("Ambitieweb-diagram"))

        if data is not None:
            self._describe(data)
        self.canvas.mpl_connect("draw_event", self._on_draw)
        self.canvas.mpl_connect("resize_event", self._on_resize)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_release_event", self._on_release)

    def plot(self) -> RadarPlot:
        return self._plot

    @property
    def draw_pending(self) -> bool:
        """A full draw is on its way (after show, resize or a change that painting cannot show)."""
        return self._draw_pending

    def set_style(self, style: RadarStyle) -> None:
        """Another look (the projector's type sizes for its screen): a full draw follows."""
        if style != self._plot.style:
            self._plot.set_style(style)
            self._draw_pending = True
            self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def set_data(self, data: RadarData) -> None:
        """Show `data`: repaint at once when only the painted layers changed, else a full (idle) draw."""
        self._has_data = True
        old = self._plot.data
        changed = self._plot.update(data)
        self._describe(data)
        if not changed:
            return
        paintable = set(self._plot.dynamic_artists()).issuperset(changed)
        if self._painter is None or self._draw_pending or not paintable:
            self._draw_pending = True
            self.canvas.draw_idle()  # type: ignore[no-untyped-call]
        else:  # renew the layers where the change shows, and repaint only there, now (before the
            # caller's other work, such as the save, as a person sees it; a repaint costs ~1 ms)
            ratio = float(self.canvas.device_pixel_ratio)
            self.canvas.repaint(widget_region(self._painter.update(old, data), ratio))

    # -- drawing --------------------------------------------------------------------------------------

    def _on_draw(self, event: DrawEvent) -> None:
        """After every full draw: keep the static image and prepare the painter for its layout."""
        self.full_draws += 1
        self._draw_pending = False
        width, height = int(self.figure.bbox.width), int(self.figure.bbox.height)
        buffer = np.asarray(self.canvas.buffer_rgba())  # type: ignore[no-untyped-call]
        image = QImage(buffer.data, buffer.shape[1], buffer.shape[0], QImage.Format.Format_RGBA8888)
        static = QPixmap.fromImage(image.convertToFormat(QImage.Format.Format_RGB32))  # opaque: fast
        overlay = self._render_overlay(width, height)
        self._painter = RadarPainter(self._plot.style, self._plot.geometry(), static, overlay)

    def _on_resize(self, event: ResizeEvent) -> None:
        self._draw_pending = True  # the draw that follows a resize renews the image

    def _render_overlay(self, width: int, height: int) -> Overlay | None:
        """The ring labels on a transparent image, cropped to where they are."""
        texts = self._plot.overlay_artists()
        if not texts or width <= 0 or height <= 0:
            return None
        dpi = self.figure.dpi
        where = [t.get_transform().transform(t.get_position()).tolist() for t in texts]
        key = (width, height, dpi, [(t.get_text(), t.get_fontsize()) for t in texts], where)
        if key == self._overlay_key:  # text with a halo costs milliseconds: render it when it changes
            return self._overlay
        renderer = RendererAgg(width, height, dpi)  # type: ignore[no-untyped-call]
        for text in texts:
            text.draw(renderer)
        box = Bbox.union([t.get_window_extent(renderer) for t in texts]).padded(4 * dpi / 72)
        x0, x1 = max(0, math.floor(box.x0)), min(width, math.ceil(box.x1))
        top, bottom = max(0, math.floor(height - box.y1)), min(height, math.ceil(height - box.y0))
        if x1 <= x0 or bottom <= top:
            return None
        pixels: Any = np.asarray(cast(Any, renderer).buffer_rgba())  # first row at the top
        crop = np.ascontiguousarray(pixels[top:bottom, x0:x1])
        image = QImage(crop.data, x1 - x0, bottom - top, 4 * (x1 - x0), QImage.Format.Format_RGBA8888)
        self._overlay_key = key
        self._overlay = Overlay(image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied), x0, top)
        return self._overlay

    def _paint(self, painter: QPainter, rect: QRect) -> None:
        """The static image, then the dynamic layers over it (called by the canvas's paintEvent)."""
        if self._painter is None:
            painter.fillRect(rect, self.palette().window())
            return
        ratio = float(self.canvas.device_pixel_ratio)
        painter.scale(1 / ratio, 1 / ratio)  # the painter paints in device pixels
        self._painter.paint(painter, self._plot.data, device_rect(rect, ratio))

    def _painted(self) -> None:
        self.paints += 1
        self.painted.emit()

    def _describe(self, data: RadarData) -> None:
        """A text alternative for screen readers, in the data's language: each theme with its levels,
        the generic web's and the earlier version's, its votes and flags."""
        key: tuple[object, ...] = (data.labels, data.ambition, data.current, data.votes, data.flagged)
        key = (*key, data.reference, data.earlier, data.level_names, data.legend_entries())
        if key == self._described:
            return
        self._described = key
        names = ("–", *(f"{level} {name}" for level, name in enumerate(data.level_names, start=1)))
        votes_text, lowered = self.tr("stemmen %1 tot %2, mediaan %3"), data.legend_flagged.lower()
        locale = self.locale()
        parts = []
        for index, label in enumerate(data.labels):
            levels = [
                (data.legend_ambition, data.ambition),
                (data.legend_current, data.current),
                (data.legend_reference, data.reference),
                (data.legend_earlier, data.earlier),
            ]
            text = f"{label}: " + ", ".join(
                f"{name} {names[values[index]]}" for name, values in levels if values is not None
            )
            votes = data.votes[index] if data.votes is not None else None
            if votes is not None:
                median = locale.toString(votes.median, "g", 3)
                low, high = str(votes.low), str(votes.high)
                text += ", " + votes_text.replace("%1", low).replace("%2", high).replace("%3", median)
            if data.flagged is not None and data.flagged[index]:
                text += ", " + lowered
            parts.append(text)
        self.setAccessibleDescription("; ".join(parts))

    # -- mouse: matplotlib events carry device pixels with y up, as RadarPlot expects ---------------

    def _on_press(self, event: MouseEvent) -> None:
        if event.button != MouseButton.LEFT or not self._has_data:
            return
        hit = self._plot.hit_test(event.x, event.y)
        if hit is None:
            return
        self._drag = hit
        self.levelPicked.emit(*hit)

    def _on_motion(self, event: MouseEvent) -> None:
        if self._drag is None:
            self._set_pointing(self._has_data and self._plot.hit_test(event.x, event.y) is not None)
            return
        theme, last = self._drag
        level = self._plot.level_at(event.x, event.y)
        if level != last:
            self._drag = (theme, level)
            self.levelPicked.emit(theme, level)

    def _on_release(self, event: MouseEvent) -> None:
        self._drag = None

    def _set_pointing(self, pointing: bool) -> None:
        if pointing != self._pointing:
            self._pointing = pointing
            shape = Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor
            self.canvas.setCursor(shape)
