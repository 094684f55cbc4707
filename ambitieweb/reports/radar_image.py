"""The session's radar, drawn by ambitieweb.charts, as a 300 dpi image flowable for the PDFs."""

from __future__ import annotations

import io
import math

from PIL import Image as PILImage
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from ambitieweb.charts.radar import MAX_THEMES, MIN_THEMES, RadarData, RadarStyle, build_figure
from ambitieweb.charts.session_data import radar_data
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import RATED_LEVELS
from ambitieweb.model.session import Session
from ambitieweb.reports.labels import label

DPI = 300
POINTS_PER_INCH = 72


def session_radar(
    session: Session, framework: Framework, generic: Session | None, language: str
) -> RadarData:
    data = radar_data(session, framework, generic)
    names = tuple(level.label(language) for level in RATED_LEVELS)
    return RadarData(
        labels=data.labels,
        ambition=data.ambition,
        current=data.current,
        reference=data.reference,
        level_names=(names[0], names[1], names[2]),
        legend_ambition=label("ambition", language),
        legend_current=label("current", language),
        legend_reference=label("generic", language),
    )


class PixelImage(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """An in-memory image drawn at a given size (platypus' Image wants a file)."""

    def __init__(self, pixels: PILImage.Image, width: float, height: float) -> None:
        super().__init__()
        self.reader = ImageReader(pixels)
        self.width = width
        self.height = height
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask=None)


def radar_image(data: RadarData, width: float, figure_inches: float) -> PixelImage:
    """The radar `width` points wide; `figure_inches` sets the type size (10 pt labels at that size).

    Rendered straight to raw pixels at 300 dpi of the printed size: no PNG encode and decode in between.
    """
    dpi = math.ceil(DPI * (width / POINTS_PER_INCH) / figure_inches)  # 300 pixels per printed inch
    figure, _plot = build_figure(data, RadarStyle(), size_inches=(figure_inches, figure_inches), dpi=dpi)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="rgba", dpi=dpi)  # raw pixels: no PNG encoding only to decode it again
    size = figure.canvas.get_width_height()
    pixels = PILImage.frombuffer("RGBA", size, buffer.getvalue(), "raw", "RGBA", 0, 1)
    pixels = pixels.convert("RGB")  # opaque: no soft mask, one image object in the PDF
    return PixelImage(pixels, width, width)


def session_radar_image(
    session: Session,
    framework: Framework,
    generic: Session | None,
    language: str,
    width: float,
    figure_inches: float,
) -> PixelImage | None:
    """The session's radar, or None when it has too few (or too many) themes to draw one."""
    if not MIN_THEMES <= len(session.themes) <= MAX_THEMES:
        return None
    return radar_image(session_radar(session, framework, generic, language), width, figure_inches)
