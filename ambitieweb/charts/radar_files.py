"""The radar as a file (PNG, SVG, PDF) or as PNG bytes: a figure of its own, real text in SVG and PDF."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Literal, cast

from matplotlib import rc_context

from ambitieweb.charts.radar import DEFAULT_STYLE, build_figure
from ambitieweb.charts.radar_data import RadarData
from ambitieweb.charts.radar_style import RadarStyle

FORMATS = ("png", "svg", "pdf")

Format = Literal["png", "svg", "pdf"]


def _format_of(path: Path, format: str | None) -> Format:
    name = (format or path.suffix.lstrip(".")).lower()
    if name not in FORMATS:
        raise ValueError(f"unknown radar format {name!r}; use one of {', '.join(FORMATS)}")
    return cast(Format, name)


def _save(data: RadarData, target: Path | io.BytesIO, fmt: Format, style: RadarStyle, dpi: int) -> None:
    figure, _plot = build_figure(data, style)
    metadata = {"Title": data.title} if data.title and fmt != "png" else None
    # Real text in SVG and TrueType (not Type 3) fonts in PDF: searchable and selectable.
    with rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        figure.savefig(target, format=fmt, dpi=dpi, facecolor=style.background, metadata=metadata)


def save_radar(
    data: RadarData,
    path: Path,
    format: str | None = None,
    style: RadarStyle = DEFAULT_STYLE,
    dpi: int = 300,
) -> Path:
    """Write the radar as PNG, SVG or PDF (by `format`, else by the file suffix)."""
    path = Path(path)
    _save(data, path, _format_of(path, format), style, dpi)
    return path


def render_png_bytes(data: RadarData, dpi: int = 300, style: RadarStyle = DEFAULT_STYLE) -> bytes:
    """The radar as PNG bytes (the PDF reports skip PNG and embed raw pixels, see reports.radar_image)."""
    buffer = io.BytesIO()
    _save(data, buffer, "png", style, dpi)
    return buffer.getvalue()
