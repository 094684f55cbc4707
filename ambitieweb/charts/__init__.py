"""The radar chart (ambitieweb) as a matplotlib Figure built from plain data; no pyplot, no Qt."""

from ambitieweb.charts.radar import (
    RadarData,
    RadarGeometry,
    RadarPlot,
    RadarStyle,
    build_figure,
    contrast_ratio,
)
from ambitieweb.charts.radar_files import render_png_bytes, save_radar

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
