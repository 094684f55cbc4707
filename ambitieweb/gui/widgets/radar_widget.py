"""The radar on screen: a static matplotlib drawing with the session's data painted over it, clickable.

matplotlib draws only what stays put during a session (grid, theme labels, title, legend) on a full
draw, in the window's drawing thread (`radar_jobs`); the result is kept as a pixmap, the ring labels as
a transparent image. Everything that changes (levels, highlight, votes, reference and earlier outlines,
flags) is painted with QPainter over it in `paintEvent` (see `radar_painter`), at once and only where it
changed: a key press costs 1-2 ms instead of a matplotlib draw (~100 ms). A full draw happens on
resize, DPI change, and when labels, title, level names, the number of themes or the legend entries
change. Clicks are found from the drawing's geometry. So the window itself never imports matplotlib,
and a radar kept from the last run (`radar_image_cache`) is painted before matplotlib is loaded. The
widget only reports picks (`levelPicked`); the caller changes the model and calls `set_data`.
"""

from __future__ import annotations

from concurrent.futures import Future
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ambitieweb.charts.radar_data import RadarData
from ambitieweb.charts.radar_shapes import RadarGeometry
from ambitieweb.charts.radar_style import RadarStyle
from ambitieweb.gui.widgets import radar_image_cache, radar_jobs
from ambitieweb.gui.widgets.radar_canvas import Delivery, RadarCanvas, Waiting
from ambitieweb.gui.widgets.radar_image_cache import CachedRadar, key_of
from ambitieweb.gui.widgets.radar_jobs import RADAR_DPI, Rendered, RenderJob
from ambitieweb.gui.widgets.radar_paint_layers import Overlay
from ambitieweb.gui.widgets.radar_paint_tools import device_rect, widget_region
from ambitieweb.gui.widgets.radar_painter import RadarPainter
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ambitieweb.charts.radar import RadarPlot

DEFAULT_STYLE = RadarStyle()

# Shown until the first set_data: an empty web of three unnamed themes.
EMPTY = RadarData(("", "", ""), (0, 0, 0), (0, 0, 0))
MINIMUM_SIZE = 320  # logical pixels, each way


def _draw(job: RenderJob) -> Rendered:
    """A full draw, in the drawing thread (which imports matplotlib with the first one)."""
    from ambitieweb.gui.widgets.radar_render import render

    return render(job)


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
        cache: Path | None = None,
    ) -> None:
        """`data` is the first web to show; given here, the axes are built once, for it (building them
        again for another number of themes costs ~60 ms). The axes are built, and every full draw
        made, in a worker thread: the window goes on meanwhile. `cache`: where this radar keeps its
        last full draw, and finds one to paint at once (see `radar_image_cache`)."""
        super().__init__(parent)
        self.full_draws = 0  # full matplotlib draws (each renews the static image)
        self.paints = 0  # paints of the chart (each paints the dynamic layers)
        self._style = style
        self._plot: RadarPlot | None = None  # built by the worker
        self._data = data or EMPTY  # the web to show (the worker draws for the latest)
        self._shown = self._data  # the web the painter paints
        self._painter: RadarPainter | None = None  # the static image and the layers over it
        self._geometry: RadarGeometry | None = None  # where the image has its axes (for clicks)
        self._cache = cache
        self._cached: CachedRadar | None = None  # a kept drawing, until the first draw or paint
        if cache is not None and data is not None:
            self._cached = radar_image_cache.load(cache, key_of(data, style))
        self._draw_after_paint = False  # a kept drawing is shown: the worker's draw follows it
        self._job: Future[Rendered] | None = None  # the worker's draw in progress
        self._again = False  # another draw is wanted when this one is done
        # A draw asked for, after the event under way. A timer of its own, not QTimer.singleShot:
        # PySide keeps a single shot's slot (and so this widget) when the widget goes first.
        self._draw_soon = QTimer(self)
        self._draw_soon.setSingleShot(True)
        self._draw_soon.setInterval(0)
        self._draw_soon.timeout.connect(self._submit_draw)
        self._drawn_for: tuple[int, int, float] | None = None  # size and dpi of the static image
        self._drag: tuple[int, int] | None = None  # (theme, last level) while the button is held
        self._pointing = False
        self._has_data = data is not None  # the placeholder web picks nothing
        self._described: object = None  # what the accessible description tells
        self._overlay: Overlay | None = None  # the ring labels, as an image
        self._overlay_key: object = None  # what they were rendered for
        self._delivery = Delivery(self)
        self._delivery.done.connect(self._install, Qt.ConnectionType.QueuedConnection)
        waiting = self._waiting = Waiting()
        self.destroyed.connect(lambda *_: waiting.cancel())  # a closed window's draws are not made

        self.canvas = RadarCanvas(self)

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
        # The axes are built once the event that made the widget is over, not during it: the worker
        # holds Python's lock through matplotlib's C++ (Agg, text layout), and the window's own work
        # (building the workspace or the presenter's windows) waited for it in every call into Python.
        self._request_draw()

    def plot(self) -> RadarPlot:
        """The chart (once the worker has built it; wait for `full_draws`)."""
        assert self._plot is not None and not self.rendering, "the radar is being drawn"
        return self._plot

    @property
    def figure(self) -> Figure:
        """The chart's figure (once the worker has built it)."""
        return self.plot().figure

    @property
    def data(self) -> RadarData:
        """The web the radar shows (or will show, when a full draw for it is under way)."""
        return self._data

    @property
    def rendering(self) -> bool:
        """The worker is building or drawing the figure."""
        return self._job is not None

    @property
    def draw_pending(self) -> bool:
        """A full draw is on its way (after show, resize or a change that painting cannot show)."""
        return (
            self.rendering
            or self._again
            or self._draw_soon.isActive()
            or self._draw_after_paint
            or (self._wanted() is not None and self._wanted() != self._drawn_for)
        )

    def set_style(self, style: RadarStyle) -> None:
        """Another look (the projector's type sizes for its screen): a full draw follows."""
        if style != self._style:
            self._style = style  # the worker's next draw builds the axes again in it
            self._drawn_for = None
            self._request_draw()

    def set_data(self, data: RadarData) -> None:
        """Show `data`: repaint at once when only the painted layers changed, else a full draw (in
        the worker; the chart keeps showing the last drawing until it is done)."""
        self._has_data = True
        self._describe(data)
        if data == self._data:
            return
        self._data = data
        if self.rendering:
            return  # the worker's job takes the latest data when it is done
        if self._painter is None or data.static_part() != self._shown.static_part():
            self._request_draw()
            return
        old, self._shown = self._shown, data
        if self._plot is not None:
            self._plot.update(data)
        # renew the layers where the change shows, and repaint only there, now (before the caller's
        # other work, such as the save, as a person sees it; a repaint costs ~1 ms)
        ratio = float(self.canvas.device_pixel_ratio)
        self.canvas.repaint(widget_region(self._painter.update(old, data), ratio))

    # -- drawing --------------------------------------------------------------------------------------

    def _wanted(self) -> tuple[int, int, float] | None:
        """The device-pixel size and dpi a full draw is for now (None before the widget has a size)."""
        ratio = float(self.canvas.device_pixel_ratio)
        width, height = round(self.canvas.width() * ratio), round(self.canvas.height() * ratio)
        if width <= 0 or height <= 0 or not self.canvas.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
            return None
        return width, height, ratio * RADAR_DPI

    def _request_draw(self) -> None:
        """Have the worker build the axes and make a full draw at the present size (one at a time),
        once the event that asks for it is handled: the window's own work (building the workspace
        or the presenter's windows, laying them out) is not slowed by the drawing, and the resizes
        of one layout make one draw, at the final size."""
        self._draw_soon.start()  # once, however often asked before it runs

    def _submit_draw(self) -> None:
        wanted = self._wanted()
        cached = self._cached
        if cached is not None and self._painter is None and wanted == cached.size:
            self._cached = None
            if cached.key == key_of(self._data, self._style):
                self._show_cached(cached)  # the worker draws once it is painted
                return
        if self.rendering:
            self._again = True
            return
        self._again = False
        if self._plot is not None and (
            wanted is None or (wanted == self._drawn_for and not self._plot.needs_draw(self._data))
        ):
            return
        width, height, dpi = wanted or (0, 0, float(RADAR_DPI))
        job = RenderJob(
            self._plot,
            self._data,
            self._style,
            width,
            height,
            dpi,
            self._overlay_key,
            self._overlay,
        )
        self._job = self._waiting.add(radar_jobs.submit_drawing(lambda: _draw(job)))
        self._job.add_done_callback(self._deliver)

    def _deliver(self, job: Future[Rendered]) -> None:
        """In the worker thread: hand the finished job to the widget's thread."""
        if job.cancelled():
            return
        with suppress(RuntimeError):  # the widget is gone
            self._delivery.done.emit(job)

    def _install(self, job: Future[Rendered]) -> None:
        """Back on the GUI thread: take the new plot, static image and layout."""
        if job is not self._job:
            return
        self._job = None
        result = job.result()  # a failed draw raises here, as a draw on this thread would have
        self._plot = result.plot
        self._shown = result.job.data
        if result.static is not None and result.geometry is not None:
            self.full_draws += 1
            work = result.job
            self._drawn_for = (work.width, work.height, work.dpi)
            self._overlay, self._overlay_key = result.overlay, result.overlay_key
            self._geometry = result.geometry
            self._cached = None  # drawn: a kept drawing would be older
            static = QPixmap.fromImage(result.static)
            self._painter = RadarPainter(self._plot.style, result.geometry, static, result.overlay)
            self.canvas.update()
            self._keep(result)
        if self._data != self._shown:  # what came while the worker drew
            data, self._data = self._data, self._shown
            self.set_data(data)
        self._request_draw()  # if the size changed meanwhile, or it only built the axes

    def _show_cached(self, cached: CachedRadar) -> None:
        """Paint a kept drawing for the present data and size until the worker's own is done."""
        self._drawn_for = cached.size
        self._geometry = cached.geometry
        self._overlay, self._overlay_key = cached.overlay, None  # the worker renders its own
        static = QPixmap.fromImage(cached.static)
        self._painter = RadarPainter(self._style, cached.geometry, static, cached.overlay)
        self._shown = self._data
        self._draw_after_paint = True
        self.canvas.update()

    def _keep(self, result: Rendered) -> None:
        """Keep a full draw for the next start (in the drawing thread: PNG takes milliseconds)."""
        path, work, static, geometry = self._cache, result.job, result.static, result.geometry
        if path is None or static is None or geometry is None:
            return
        size = (work.width, work.height, work.dpi)
        kept = CachedRadar(key_of(work.data, work.style), size, geometry, static, result.overlay)
        radar_jobs.submit_drawing(lambda: radar_image_cache.save(path, kept))

    def _paint(self, painter: QPainter, rect: QRect) -> bool:
        """The static image, then the dynamic layers over it (called by the canvas's paintEvent);
        False while there is no image yet."""
        if self._painter is None:
            painter.fillRect(rect, QColor(self._style.background))
            return False
        ratio = float(self.canvas.device_pixel_ratio)
        painter.scale(1 / ratio, 1 / ratio)  # the painter paints in device pixels
        self._painter.paint(painter, self._shown, device_rect(rect, ratio))
        return True

    def _painted(self) -> None:
        self.paints += 1
        if self._draw_after_paint:  # a kept drawing is on screen: now the worker's own
            self._draw_after_paint = False
            self._request_draw()
        self.painted.emit()

    def _describe(self, data: RadarData) -> None:
        """A text alternative for screen readers, in the data's language: each theme with its levels,
        the generic web's and the earlier version's, its votes and flags."""
        key: tuple[object, ...] = (data.labels, data.ambition, data.current, data.votes, data.flagged)
        key = (*key, data.reference, data.earlier, data.realised, data.level_names, data.legend_entries())
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
                text += ", " + fill(votes_text, low, high, median)
            if data.realised is not None:
                found = data.realised[index]
                level = self.tr("niet beoordeeld") if found is None else names[found] if found else "0"
                text += f", {data.legend_realised} {level}"
            if data.flagged is not None and data.flagged[index]:
                text += ", " + lowered
            parts.append(text)
        self.setAccessibleDescription("; ".join(parts))

    # -- mouse: the canvas hands over device pixels (y down); the geometry has y up ---------------

    def _hit(self, x: float, y: float) -> tuple[int, int] | None:
        geometry = self._geometry
        return geometry.hit_test(x, geometry.height - y) if geometry is not None else None

    def _press(self, x: float, y: float) -> None:
        hit = self._hit(x, y) if self._has_data else None
        if hit is None:
            return
        self._drag = hit
        self.levelPicked.emit(*hit)

    def _move(self, x: float, y: float) -> None:
        geometry = self._geometry
        if geometry is None:
            return
        if self._drag is None:
            self._set_pointing(self._has_data and self._hit(x, y) is not None)
            return
        theme, last = self._drag
        level = geometry.level_at(x, geometry.height - y)
        if level != last:
            self._drag = (theme, level)
            self.levelPicked.emit(theme, level)

    def _release(self) -> None:
        self._drag = None

    def _set_pointing(self, pointing: bool) -> None:
        if pointing != self._pointing:
            self._pointing = pointing
            shape = Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor
            self.canvas.setCursor(shape)
