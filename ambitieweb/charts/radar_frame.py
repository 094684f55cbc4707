"""The radar's frame, which stays put while the levels change: the polar axes, the grid, the ring and
theme labels, the title and the legend. One function per part; `RadarPlot` owns what they make."""

from __future__ import annotations

import math
import textwrap
from typing import Any, cast

import numpy as np
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.patheffects import withStroke
from matplotlib.projections.polar import PolarAxes
from matplotlib.text import Text
from matplotlib.transforms import Transform, offset_copy

from ambitieweb.charts.radar_data import LEVELS, RadarData
from ambitieweb.charts.radar_shapes import R_MAX
from ambitieweb.charts.radar_style import CURRENT_DASHES, EARLIER_DOTS, REALISED_DASH_DOT, RadarStyle


def wrap_label(text: str, width: int) -> str:
    """Wrap a theme name on word boundaries; a single long word stays whole."""
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=False)) or text


def label_alignment(theta: float) -> tuple[str, str]:
    """Text alignment that keeps a label outside the circle at angle `theta` (0 at 12 o'clock, clockwise)."""
    x, y = math.sin(theta), math.cos(theta)
    ha = "center" if abs(x) < 0.15 else ("left" if x > 0 else "right")
    va = "center" if abs(y) < 0.35 else ("bottom" if y > 0 else "top")
    return ha, va


def label_transform(axes: PolarAxes, figure: Figure, theta: float, pad: float) -> Transform:
    """Data coordinates shifted `pad` points outwards along the axis at `theta`."""
    return offset_copy(
        axes.transData,
        fig=figure,
        x=pad * math.sin(theta),
        y=pad * math.cos(theta),
        units="points",
    )


def polar_axes(figure: Figure, style: RadarStyle) -> PolarAxes:
    """Empty polar axes, 0 at 12 o'clock and clockwise, up to `R_MAX`: no ticks, spine or navigation."""
    ax = cast(PolarAxes, figure.add_axes((0.1, 0.1, 0.8, 0.8), projection="polar"))
    ax.set_theta_zero_location("N")
    ax.set_theta_direction(-1)
    ax.set_ylim(0, R_MAX)
    ax.set_autoscale_on(False)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    ax.spines["polar"].set_visible(False)
    ax.patch.set_facecolor(style.background)
    ax.set_navigate(False)
    return ax


def add_grid(ax: PolarAxes, thetas: np.ndarray[Any, Any], style: RadarStyle) -> None:
    """One ring per level and one axis line per theme."""
    circle = np.linspace(0, 2 * np.pi, 361)
    for level in LEVELS:
        ax.add_line(
            Line2D(circle, np.full_like(circle, level), color=style.grid, lw=style.grid_width, zorder=1)
        )
    for theta in thetas:
        ax.add_line(Line2D([theta, theta], [0, LEVELS[-1]], color=style.grid, lw=style.grid_width, zorder=1))


def ring_labels(ax: PolarAxes, figure: Figure, style: RadarStyle) -> list[Text]:
    """The level names, empty until filled, one per ring.

    In the first gap, clockwise of axis 0 and clear of its markers: just above rings 1 and 2 (axis 1's
    markers sit lower, at radius * cos(step)), just inside ring 3 (away from the theme labels). With a
    halo, above the data lines (readable) and below the markers (no level hidden).
    """
    halo = [withStroke(linewidth=3, foreground=style.background)]
    # Beside axis 0, clear of what is drawn on it: markers, the vote band and its median bar.
    aside = max(style.marker_size, style.vote_band_width, style.median_length + 2.5) / 2 + 2
    labels = []
    for level in LEVELS:
        inside = level == LEVELS[-1]
        offset = offset_copy(ax.transData, fig=figure, x=aside, y=-1 if inside else 1, units="points")
        labels.append(
            ax.text(
                0.0,
                level,
                "",
                transform=offset,
                ha="left",
                va="top" if inside else "bottom",
                zorder=6,
                fontsize=style.ring_label_size,
                color=style.ring_text,
                path_effects=halo,
            )
        )
    return labels


def theme_labels(
    ax: PolarAxes, figure: Figure, thetas: np.ndarray[Any, Any], style: RadarStyle
) -> list[Text]:
    """The theme names, empty until filled: outside the outer ring, aligned away from the centre."""
    labels = []
    for theta in thetas:
        ha, va = label_alignment(float(theta))
        labels.append(
            ax.text(
                theta,
                R_MAX,
                "",
                transform=label_transform(ax, figure, float(theta), style.label_pad),
                ha=ha,
                va=va,
                multialignment=ha,
                fontsize=style.label_size,
                color=style.text,
                zorder=6,
                clip_on=False,
                parse_math=False,  # user text: "$5 tot $10" stays text, not a formula
            )
        )
    return labels


def title_text(figure: Figure, style: RadarStyle) -> Text:
    """The title at the top of the figure, empty until filled."""
    return figure.text(
        0.5,
        1.0,
        "",
        ha="center",
        va="top",
        fontsize=style.title_size,
        fontweight="bold",
        color=style.text,
        parse_math=False,
    )


def legend_handles(style: RadarStyle, data: RadarData) -> list[Any]:
    """One legend key per layer `data` shows, in the order of `RadarData.legend_entries()`."""
    s = style
    handles: list[Any] = [
        (
            Patch(facecolor=to_rgba(s.ambition, s.ambition_alpha), edgecolor=s.ambition, lw=s.line_width),
            Line2D([], [], ls="none", marker="o", ms=s.marker_size, color=s.ambition, mec=s.background),
        ),
        Line2D(
            [],
            [],
            color=s.current,
            lw=s.line_width,
            ls=CURRENT_DASHES,
            marker="s",
            ms=s.marker_size,
            mec=s.background,
        ),
    ]
    if data.reference is not None:
        handles.append(Line2D([], [], color=s.reference, lw=s.reference_width))
    if data.earlier is not None:
        handles.append(
            Line2D([], [], color=s.earlier, lw=s.earlier_width, ls=EARLIER_DOTS, dash_capstyle="round")
        )
    if data.realised is not None:
        handles.append(
            Line2D(
                [],
                [],
                color=s.realised,
                lw=s.realised_width,
                ls=REALISED_DASH_DOT,
                marker="D",
                ms=s.realised_marker_size,
                mfc="none",
                mew=max(1.5, s.realised_width * 0.8),
            )
        )
    if data.votes is not None:
        band = Line2D(
            [],
            [],
            color=to_rgba(s.votes, s.votes_alpha),
            lw=min(s.vote_band_width, 0.8 * s.legend_size),
            solid_capstyle="round",
        )
        # In the legend no taller than its text, so it stays within its row.
        median = Line2D(
            [],
            [],
            ls="none",
            marker="|",
            ms=min(s.median_length, s.legend_size),
            mew=s.median_width,
            color=s.median,
        )
        handles.append((band, median))
    if data.flagged is not None:
        handles.append(
            Line2D(
                [],
                [],
                ls="none",
                marker="v",
                ms=s.flag_size,
                color=s.flag,
                mec=s.flag_edge,
                mew=max(1.0, s.flag_size / 9),
            )
        )
    return handles


def legends(figure: Figure, style: RadarStyle, data: RadarData) -> list[Legend]:
    """The legend in every arrangement from one column to one row; only the last (one row) visible.

    The layout shows the widest that fits. (Artists made during a draw would not be drawn: the figure
    lists its artists before it runs the layout.)
    """
    handles = legend_handles(style, data)
    texts = list(data.legend_entries())
    made = [
        figure.legend(
            handles,
            texts,
            ncols=columns,
            loc="lower center",
            frameon=False,
            fontsize=style.legend_size,
            labelcolor=style.text,
            handlelength=2.6,
            columnspacing=1.6,
            borderaxespad=0.0,
        )
        for columns in range(1, len(handles) + 1)
    ]
    for legend in made[:-1]:
        legend.set_visible(False)  # until the layout picks one; one row by default
    return made
