"""The session's radar in the PDFs: drawn by ambitieweb.charts, placed as vector paths and real text."""

from __future__ import annotations

from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from ambitieweb.charts.radar import MAX_THEMES, MIN_THEMES, RadarData, RadarStyle
from ambitieweb.charts.radar_kept import radar_figure
from ambitieweb.charts.session_data import radar_data
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import RATED_LEVELS
from ambitieweb.model.session import Session
from ambitieweb.reports.canvas_renderer import POINTS_PER_INCH, draw_figure
from ambitieweb.text.labels import label


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


class RadarFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The radar `width` points square; `figure_inches` sets the type size (10 pt labels at that size).

    The figure is drawn when the page is drawn, at 72 dpi and scaled to `width`, so the same
    matplotlib code as on screen makes the paths and the text (on a kept figure, see radar_kept).
    """

    def __init__(self, data: RadarData, width: float, figure_inches: float) -> None:
        super().__init__()
        self.data = data
        self.width = width
        self.height = width
        self.figure_inches = figure_inches
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        size = (self.figure_inches, self.figure_inches)
        scale = self.width / (self.figure_inches * POINTS_PER_INCH)
        self.canv.saveState()
        self.canv.scale(scale, scale)
        with radar_figure(self.data, RadarStyle(), size, POINTS_PER_INCH) as figure:
            draw_figure(figure, self.canv)
        self.canv.restoreState()


def session_radar_flowable(
    session: Session,
    framework: Framework,
    generic: Session | None,
    language: str,
    width: float,
    figure_inches: float,
) -> RadarFlowable | None:
    """The session's radar, or None when it has too few (or too many) themes to draw one."""
    if not MIN_THEMES <= len(session.themes) <= MAX_THEMES:
        return None
    return RadarFlowable(session_radar(session, framework, generic, language), width, figure_inches)
