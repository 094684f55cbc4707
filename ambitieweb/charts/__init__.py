"""The radar chart (ambitieweb) as a matplotlib Figure built from plain data; no pyplot, no Qt.

The names load their modules when first used: the radar's data, style and geometry need no matplotlib
(the screen paints a kept radar with them before matplotlib is loaded), the figure does.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ambitieweb.charts.radar import RadarPlot, build_figure
    from ambitieweb.charts.radar_data import RadarData
    from ambitieweb.charts.radar_files import render_png_bytes, save_radar
    from ambitieweb.charts.radar_shapes import RadarGeometry
    from ambitieweb.charts.radar_style import RadarStyle, contrast_ratio

_MODULE_OF = {
    "RadarData": "radar_data",
    "RadarGeometry": "radar_shapes",
    "RadarPlot": "radar",
    "RadarStyle": "radar_style",
    "build_figure": "radar",
    "contrast_ratio": "radar_style",
    "render_png_bytes": "radar_files",
    "save_radar": "radar_files",
}

__all__ = [
    "RadarData",
    "RadarGeometry",
    "RadarPlot",
    "RadarStyle",
    "build_figure",
    "contrast_ratio",
    "render_png_bytes",
    "save_radar",
]


def __getattr__(name: str) -> object:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
