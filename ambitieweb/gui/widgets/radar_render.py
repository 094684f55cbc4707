"""The radar's full matplotlib draws, off the GUI thread.

Building a radar's axes costs ~60 ms and a full draw ~100 ms (more on a projector): on the GUI thread
that froze the window when a session opened, on F5 and on every resize. Here one worker thread builds
and draws (matplotlib keeps its fonts per thread); the widget hands it its Figure for the time of one
job and touches the figure again only when the job is done. The result is plain images (QImage is
safe off the GUI thread; QPixmap is not) and the layout's geometry, for the widget's painter.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import numpy as np
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from PySide6.QtGui import QImage

from ambitieweb.charts import RadarData, RadarGeometry, RadarPlot, RadarStyle
from ambitieweb.gui.widgets.radar_paint_layers import Overlay

T = TypeVar("T")
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="radar")
_WORKER.submit(lambda: None)  # its thread starts now, as this module loads, not at the first draw


@dataclass(frozen=True)
class RenderJob:
    figure: Figure
    plot: RadarPlot | None  # None: build it first, for `data`
    data: RadarData  # what to show (the plot takes it before drawing)
    style: RadarStyle
    width: int  # device pixels; 0: build only (the widget has no size yet)
    height: int
    dpi: float  # the figure's dpi for this screen (its own dpi times the device pixel ratio)
    overlay_key: object  # what the last overlay was rendered for
    overlay: Overlay | None


@dataclass(frozen=True)
class Rendered:
    job: RenderJob
    plot: RadarPlot
    static: QImage | None  # None when the job only built the plot
    overlay: Overlay | None
    overlay_key: object
    geometry: RadarGeometry | None


def submit(job: RenderJob) -> Future[Rendered]:
    return _WORKER.submit(render, job)


def submit_drawing(work: Callable[[], T]) -> Future[T]:
    """Another matplotlib drawing of the window (the plan's charts), in the same thread as the radar's:
    matplotlib is not made for two threads drawing at once."""
    return _WORKER.submit(work)


def wait_until_idle() -> None:
    """Block until the draws asked for so far are done (tests; the worker holds their figures)."""
    _WORKER.submit(lambda: None).result()


def render(job: RenderJob) -> Rendered:
    """Build (if needed) and draw the static part of the radar; runs in the worker."""
    figure = job.figure
    plot = job.plot
    if plot is None:
        plot = RadarPlot(figure, job.data, job.style)
        plot.set_animated(True)  # full draws leave the dynamic layers out: the widget paints those
    else:
        if plot.style != job.style:  # another look (the projector's type for its screen): new axes
            plot.set_style(job.style)
            plot.set_animated(True)
        plot.update(job.data)
    if job.width <= 0 or job.height <= 0:
        return Rendered(job, plot, None, job.overlay, job.overlay_key, None)
    figure._set_dpi(job.dpi, forward=False)  # type: ignore[attr-defined]  # as matplotlib's Qt canvas does
    figure.set_size_inches(job.width / job.dpi, job.height / job.dpi, forward=False)
    renderer = RendererAgg(job.width, job.height, job.dpi)  # type: ignore[no-untyped-call]
    figure.draw(renderer)  # runs the layout first
    buffer: Any = np.asarray(cast(Any, renderer).buffer_rgba())
    image = QImage(buffer.data, buffer.shape[1], buffer.shape[0], QImage.Format.Format_RGBA8888)
    static = image.convertToFormat(QImage.Format.Format_RGB32)  # a copy, opaque: fast to paint
    overlay, key = _overlay(plot, job)
    return Rendered(job, plot, static, overlay, key, plot.geometry())


def _overlay(plot: RadarPlot, job: RenderJob) -> tuple[Overlay | None, object]:
    """The ring labels on a transparent image, cropped to where they are (text with a halo costs
    milliseconds: rendered again only when it changes)."""
    texts = plot.overlay_artists()
    width, height, dpi = job.width, job.height, job.dpi
    if not texts:
        return None, None
    where = [t.get_transform().transform(t.get_position()).tolist() for t in texts]
    key = (width, height, dpi, [(t.get_text(), t.get_fontsize()) for t in texts], where)
    if key == job.overlay_key:
        return job.overlay, key
    renderer = RendererAgg(width, height, dpi)  # type: ignore[no-untyped-call]
    for text in texts:
        text.draw(renderer)
    box = Bbox.union([t.get_window_extent(renderer) for t in texts]).padded(4 * dpi / 72)
    x0, x1 = max(0, math.floor(box.x0)), min(width, math.ceil(box.x1))
    top, bottom = max(0, math.floor(height - box.y1)), min(height, math.ceil(height - box.y0))
    if x1 <= x0 or bottom <= top:
        return None, key
    pixels: Any = np.asarray(cast(Any, renderer).buffer_rgba())  # first row at the top
    crop = np.ascontiguousarray(pixels[top:bottom, x0:x1])
    image = QImage(crop.data, x1 - x0, bottom - top, 4 * (x1 - x0), QImage.Format.Format_RGBA8888)
    return Overlay(image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied), x0, top), key
