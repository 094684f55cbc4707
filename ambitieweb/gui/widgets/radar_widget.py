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

from concurrent.futures import Future
from contextlib import suppress

from matplotlib.backend_bases import MouseButton, MouseEvent
from matplotlib.figure import Figure
from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ambitieweb.charts import RadarData, RadarPlot, RadarStyle
from ambitieweb.gui.widgets import radar_render
from ambitieweb.gui.widgets.radar_canvas import Delivery, RadarCanvas, Waiting
from ambitieweb.gui.widgets.radar_paint_layers import Overlay
from ambitieweb.gui.widgets.radar_paint_tools import device_rect, widget_region
from ambitieweb.gui.widgets.radar_painter import RadarPainter
from ambitieweb.gui.widgets.radar_render import Rendered, RenderJob
from ambitieweb.text.fill import fill

DEFAULT_STYLE = RadarStyle()

# Shown until the first set_data: an empty web of three unnamed themes.
EMPTY = RadarData(("", "", ""), (0, 0, 0), (0, 0, 0))
MINIMUM_SIZE = 320  # logical pixels, each way
RADAR_DPI = 100  # the figure's dots per inch per logical pixel (times the device pixel ratio on screen)


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
        again for another number of themes costs ~60 ms). The axes are built, and every full draw
        made, in a worker thread: the window goes on meanwhile."""
        super().__init__(parent)
        self.full_draws = 0  # full matplotlib draws (each renews the static image)
        self.paints = 0  # paints of the chart (each paints the dynamic layers)
        self._style = style
        self._plot: RadarPlot | None = None  # built by the worker
        self._data = data or EMPTY  # the web to show (the worker draws for the latest)
        self._shown = self._data  # the web the painter paints
        self._painter: RadarPainter | None = None  # the static image and the layers over it
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

        self.figure = Figure(figsize=(5, 5), dpi=RADAR_DPI)
        self.canvas = RadarCanvas(self.figure, self)

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
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_release_event", self._on_release)
        # The axes are built once the event that made the widget is over, not during it: the worker
        # holds Python's lock through matplotlib's C++ (Agg, text layout), and the window's own work
        # (building the workspace or the presenter's windows) waited for it in every call into Python.
        self._request_draw()

    def plot(self) -> RadarPlot:
        """The chart (once the worker has built it; wait for `full_draws`)."""
        assert self._plot is not None and not self.rendering, "the radar is being drawn"
        return self._plot

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
        plot = self._plot
        if plot is None or self.rendering:
            return  # the worker's job takes the latest data when it is done
        if plot.needs_draw(data) or self._painter is None:
            self._request_draw()
            return
        old, self._shown = self._shown, data
        plot.update(data)
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
        return width, height, ratio * float(self.figure._original_dpi)  # type: ignore[attr-defined]

    def _request_draw(self) -> None:
        """Have the worker build the axes and make a full draw at the present size (one at a time),
        once the event that asks for it is handled: the window's own work (building the workspace
        or the presenter's windows, laying them out) is not slowed by the drawing, and the resizes
        of one layout make one draw, at the final size."""
        self._draw_soon.start()  # once, however often asked before it runs

    def _submit_draw(self) -> None:
        if self.rendering:
            self._again = True
            return
        self._again = False
        wanted = self._wanted()
        if self._plot is not None and (
            wanted is None or (wanted == self._drawn_for and not self._plot.needs_draw(self._data))
        ):
            return
        width, height, dpi = wanted or (0, 0, float(self.figure.dpi))
        job = RenderJob(
            self.figure,
            self._plot,
            self._data,
            self._style,
            width,
            height,
            dpi,
            self._overlay_key,
            self._overlay,
        )
        self._job = self._waiting.add(radar_render.submit(job))
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
            static = QPixmap.fromImage(result.static)
            self._painter = RadarPainter(self._plot.style, result.geometry, static, result.overlay)
            self.canvas.update()
        if self._data != self._shown:  # what came while the worker drew
            data, self._data = self._data, self._shown
            self.set_data(data)
        self._request_draw()  # if the size changed meanwhile, or it only built the axes

    def _paint(self, painter: QPainter, rect: QRect) -> bool:
        """The static image, then the dynamic layers over it (called by the canvas's paintEvent);
        False while there is no image yet."""
        if self._painter is None:
            painter.fillRect(rect, self.palette().window())
            return False
        ratio = float(self.canvas.device_pixel_ratio)
        painter.scale(1 / ratio, 1 / ratio)  # the painter paints in device pixels
        self._painter.paint(painter, self._shown, device_rect(rect, ratio))
        return True

    def _painted(self) -> None:
        self.paints += 1
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

    # -- mouse: matplotlib events carry device pixels with y up, as RadarPlot expects ---------------

    def _on_press(self, event: MouseEvent) -> None:
        if event.button != MouseButton.LEFT or not self._has_data or self._plot is None:
            return
        hit = self._plot.hit_test(event.x, event.y)
        if hit is None:
            return
        self._drag = hit
        self.levelPicked.emit(*hit)

    def _on_motion(self, event: MouseEvent) -> None:
        if self._plot is None:
            return
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
