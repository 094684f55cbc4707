"""The window's drawing thread and the radar's jobs for it, without matplotlib.

Building a radar's axes costs ~60 ms and a full draw ~100 ms (more on a projector): on the GUI thread
that froze the window when a session opened, on F5 and on every resize. One worker thread builds and
draws (matplotlib keeps its fonts per thread, and is not made for two threads drawing at once); the
radar's figure lives there and the widget only ever sees the results: plain images (QImage is safe off
the GUI thread, QPixmap is not) and the layout's geometry. The radar's draw (`radar_render`) is
imported by its first job, in the worker, so the window itself never waits for matplotlib.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QImage

from ambitieweb.charts.radar_data import RadarData
from ambitieweb.charts.radar_shapes import RadarGeometry
from ambitieweb.charts.radar_style import RadarStyle
from ambitieweb.gui.widgets.radar_paint_layers import Overlay

if TYPE_CHECKING:
    from ambitieweb.charts.radar import RadarPlot

T = TypeVar("T")
RADAR_DPI = 100  # the figure's dots per inch per logical pixel (times the device pixel ratio on screen)
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="radar")
_WORKER.submit(lambda: None)  # its thread starts now, as this module loads, not at the first draw


@dataclass(frozen=True)
class RenderJob:
    plot: RadarPlot | None  # None: build it (and its figure) first, for `data`
    data: RadarData  # what to show (the plot takes it before drawing)
    style: RadarStyle
    width: int  # device pixels; 0: build only (the widget has no size yet)
    height: int
    dpi: float  # the figure's dpi for this screen (RADAR_DPI times the device pixel ratio)
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


def submit_drawing(work: Callable[[], T]) -> Future[T]:
    """Another matplotlib drawing of the window (the plan's charts), in the same thread as the radar's."""
    return _WORKER.submit(work)


def wait_until_idle() -> None:
    """Block until the draws asked for so far are done (tests; the worker holds their figures)."""
    _WORKER.submit(lambda: None).result()
