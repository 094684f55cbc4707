"""The radar on screen: the chart core's Figure in a Qt canvas, blitted on level changes, clickable.

A level change redraws only the data artists over a saved background, with the ring labels laid in
between (above the lines, below the markers) as an image made at the last full draw: drawing text costs
2-3 ms a label here, so it stays out of the blit. A full draw happens on resize, DPI change, and when
labels, highlight, title or legend change. The widget only reports picks (`levelPicked`); the caller
changes the model and calls `set_data`.
"""

from __future__ import annotations

from typing import Any, Protocol, cast

import numpy as np
from matplotlib.backend_bases import DrawEvent, MouseButton, MouseEvent, ResizeEvent
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox, BboxBase
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ambitieweb.charts import RadarData, RadarPlot, RadarStyle

DEFAULT_STYLE = RadarStyle()


class _AggCanvas(Protocol):
    """The canvas methods used for blitting (matplotlib's Agg and Qt backends carry no annotations)."""

    def copy_from_bbox(self, bbox: BboxBase) -> object: ...
    def restore_region(self, region: object) -> None: ...
    def blit(self, bbox: BboxBase | None = None) -> None: ...
    def draw_idle(self) -> None: ...
    def get_renderer(self) -> RendererAgg: ...


class _Layer(Protocol):
    """An off-screen Agg renderer, as used for the overlay."""

    def buffer_rgba(self) -> memoryview: ...


# Shown until the first set_data: an empty web of three unnamed themes.
EMPTY = RadarData(("", "", ""), (0, 0, 0), (0, 0, 0))
MINIMUM_SIZE = 320  # logical pixels, each way


class RadarWidget(QWidget):
    """One radar; emits `levelPicked(theme, level)` when a ring on an axis is clicked or dragged to."""

    levelPicked = Signal(int, int)

    def __init__(self, style: RadarStyle = DEFAULT_STYLE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_draws = 0  # full figure draws (each captures a new background)
        self.blits = 0  # level changes drawn by blitting
        self._background: object = None  # the figure without its animated artists, in device pixels
        self._overlay: tuple[int, int, np.ndarray[Any, Any]] | None = None  # x, y, RGBA of the overlay
        self._overlay_key: object = None  # what the overlay was rendered for
        self._draw_pending = False
        self._drag: tuple[int, int] | None = None  # (theme, last level) while the button is held
        self._pointing = False
        self._has_data = False  # the placeholder web picks nothing

        self.figure = Figure(figsize=(5, 5), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self._agg = cast(_AggCanvas, self.canvas)
        self._plot = RadarPlot(self.figure, EMPTY, style)
        self._plot.set_animated(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self.canvas.setSizePolicy(policy)
        self.canvas.setMinimumSize(MINIMUM_SIZE, MINIMUM_SIZE)
        self.setMinimumSize(MINIMUM_SIZE, MINIMUM_SIZE)
        self.setAccessibleName("Ambitieweb-diagram")

        self.canvas.mpl_connect("draw_event", self._on_draw)
        self.canvas.mpl_connect("resize_event", self._on_resize)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_release_event", self._on_release)

    def plot(self) -> RadarPlot:
        return self._plot

    @property
    def draw_pending(self) -> bool:
        """A full draw is on its way (after show, resize or a change that blitting cannot show)."""
        return self._draw_pending

    def set_data(self, data: RadarData) -> None:
        """Show `data`: blit when only levels changed, else a full (idle) draw."""
        self._has_data = True
        changed = self._plot.update(data)
        self._describe(data)
        if not changed:
            return
        blittable = set(self._plot.data_artists())
        if self._background is None or self._draw_pending or not blittable.issuperset(changed):
            self._draw_pending = True
            self._agg.draw_idle()
        else:
            self._blit()

    # -- drawing --------------------------------------------------------------------------------------

    def _on_draw(self, event: DrawEvent) -> None:
        """After every full draw: keep the background, render the overlay, draw the animated artists."""
        self.full_draws += 1
        self._draw_pending = False
        self._background = self._agg.copy_from_bbox(self.figure.bbox)
        self._overlay = self._render_overlay()
        self._draw_animated()

    def _on_resize(self, event: ResizeEvent) -> None:
        self._background = None  # wrong size; the draw that follows a resize captures a new one
        self._draw_pending = True

    def _render_overlay(self) -> tuple[int, int, np.ndarray[Any, Any]] | None:
        """The overlay artists on a transparent layer, cropped to where they are; reused while unchanged."""
        texts = self._plot.overlay_artists()
        width, height = int(self.figure.bbox.width), int(self.figure.bbox.height)
        if not texts or width <= 0 or height <= 0:
            return None
        key = (
            width,
            height,
            self.figure.dpi,
            tuple(
                (t.get_text(), t.get_fontsize(), *t.get_transform().transform(t.get_position()))
                for t in texts
            ),
        )
        if key == self._overlay_key:
            return self._overlay
        renderer = RendererAgg(width, height, self.figure.dpi)  # type: ignore[no-untyped-call]
        for text in texts:
            text.draw(renderer)
        box = Bbox.union([t.get_window_extent(renderer) for t in texts]).padded(4 * self.figure.dpi / 72)
        x0, y0 = max(0, int(box.x0)), max(0, int(box.y0))
        x1, y1 = min(width, int(box.x1) + 1), min(height, int(box.y1) + 1)
        # The buffer's first row is the top; draw_image wants the bottom row first.
        rgba = np.asarray(cast(_Layer, renderer).buffer_rgba())[::-1]
        self._overlay_key = key
        return x0, y0, rgba[y0:y1, x0:x1].copy()

    def _draw_animated(self) -> None:
        """The data artists and the overlay image, in z-order (as a full export draws them)."""
        overlay_z = max((a.get_zorder() for a in self._plot.overlay_artists()), default=0.0)
        below = [a for a in self._plot.data_artists() if a.get_zorder() <= overlay_z]
        above = [a for a in self._plot.data_artists() if a.get_zorder() > overlay_z]
        for artist in below:
            self.figure.draw_artist(artist)
        if self._overlay is not None:
            x, y, image = self._overlay
            renderer = self._agg.get_renderer()
            gc = renderer.new_gc()
            renderer.draw_image(gc, x, y, image)
            gc.restore()
        for artist in above:
            self.figure.draw_artist(artist)

    def _blit(self) -> None:
        self._agg.restore_region(self._background)
        self._draw_animated()
        self._agg.blit(self._plot.axes.bbox)  # the data never leaves the axes
        self.blits += 1

    def _describe(self, data: RadarData) -> None:
        """A text alternative for screen readers: each theme with its levels."""
        names = ("–", *(f"{level} {name}" for level, name in enumerate(data.level_names, start=1)))
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: {data.legend_ambition} {names[ambition]}, {data.legend_current} {names[current]}"
                for label, ambition, current in zip(data.labels, data.ambition, data.current, strict=True)
            )
        )

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
