"""The radar's full matplotlib draws, in the window's drawing thread (`radar_jobs`): build the plot
(and its figure) if needed, draw the static part, and render the ring labels to an image."""

from __future__ import annotations

import math
from typing import Any, cast

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from PySide6.QtGui import QImage

from ambitieweb.charts.radar import RadarPlot
from ambitieweb.gui.widgets.radar_jobs import RADAR_DPI, Rendered, RenderJob
from ambitieweb.gui.widgets.radar_paint_layers import Overlay


def render(job: RenderJob) -> Rendered:
    """Build (if needed) and draw the static part of the radar; runs in the worker."""
    plot = job.plot
    if plot is None:
        figure = Figure(figsize=(5, 5), dpi=RADAR_DPI)
        FigureCanvasAgg(figure)  # the figure's own canvas: no window of its own, only Agg
        plot = RadarPlot(figure, job.data, job.style)
        plot.set_animated(True)  # full draws leave the dynamic layers out: the widget paints those
    else:
        if plot.style != job.style:  # another look (the projector's type for its screen): new axes
            plot.set_style(job.style)
            plot.set_animated(True)
        plot.update(job.data)
    if job.width <= 0 or job.height <= 0:
        return Rendered(job, plot, None, job.overlay, job.overlay_key, None)
    figure = plot.figure
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
