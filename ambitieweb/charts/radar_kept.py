"""The documents' radars drawn on kept figures: one per size, dpi, style and number of themes, updated in
place (`RadarPlot.update`, as on screen) instead of built anew for every document.

Building a radar (the polar axes, its grid, labels and legend) took more time than drawing it: half the
radar's share of an actieplan. The figures are used one at a time (a lock: documents are made in
worker threads) and the last few kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

from matplotlib.figure import Figure

from ambitieweb.charts.radar import RadarPlot, build_figure
from ambitieweb.charts.radar_data import RadarData
from ambitieweb.charts.radar_style import RadarStyle

KEPT = 4  # figures; each is a few hundred kilobytes

_Key = tuple[tuple[float, float], int, RadarStyle, int]
_kept: OrderedDict[_Key, RadarPlot] = OrderedDict()
_lock = threading.Lock()


@contextmanager
def radar_figure(
    data: RadarData, style: RadarStyle, size_inches: tuple[float, float], dpi: int
) -> Iterator[Figure]:
    """A figure showing `data`, the same as `build_figure` makes, to draw or save inside the block."""
    key = (size_inches, dpi, style, data.size)
    with _lock:
        plot = _kept.pop(key, None)
        if plot is None:
            _figure, plot = build_figure(data, style, size_inches=size_inches, dpi=dpi)
        else:
            plot.update(data)
        _kept[key] = plot  # the newest last
        while len(_kept) > KEPT:
            _kept.popitem(last=False)
        yield plot.figure


def forget() -> None:
    """Drop the kept figures (tests; memory)."""
    with _lock:
        _kept.clear()
