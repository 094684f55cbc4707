"""The radar's layers that change during a session: the highlighted theme and the data layers.

One function makes each layer's artist (empty), one `show_*` function fills it from the data; `RadarPlot`
owns the artists and calls these. Bottom to top: highlighted sector (zorder 0.5), highlighted axis (1.5),
vote bands (2), generic reference (2.8), earlier version (2.9), ambition (3), current situation (4),
highlighted label box (5.5), markers (7), realised line (7.05) and diamonds (7.1), vote dots (7.2), vote
medians (7.4, 7.5), flags (8).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, cast

import numpy as np
from matplotlib.artist import Artist
from matplotlib.collections import Collection, LineCollection, PathCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.patches import FancyBboxPatch, Polygon
from matplotlib.projections.polar import PolarAxes
from matplotlib.transforms import Affine2D, IdentityTransform

from ambitieweb.charts.radar_data import LEVELS
from ambitieweb.charts.radar_shapes import UNSET_RADIUS, highlight_half_angle, vote_band, vote_dot_diameter
from ambitieweb.charts.radar_style import CURRENT_DASHES, EARLIER_DOTS, REALISED_DASH_DOT, RadarStyle
from ambitieweb.model.votes import Distribution

Thetas = np.ndarray[Any, Any]


def add_to_axes(ax: PolarAxes, artists: Sequence[Artist]) -> None:
    """Put lines, patches and collections on the axes (collections without touching the limits)."""
    for artist in artists:
        if isinstance(artist, Line2D):
            ax.add_line(artist)
        elif isinstance(artist, Polygon):
            ax.add_patch(artist)
        else:
            ax.add_collection(cast(Collection, artist), autolim=False)


# -- the highlighted theme: a pale sector behind its axis, a thicker axis line and a box behind its label


def highlight_sector(style: RadarStyle) -> Polygon:
    return Polygon(
        np.zeros((1, 2)),
        closed=True,
        facecolor=to_rgba(style.highlight_fill, style.highlight_alpha),
        edgecolor="none",
        zorder=0.5,
    )


def highlight_axis(style: RadarStyle) -> Line2D:
    return Line2D([], [], color=style.text, lw=style.highlight_width, zorder=1.5)


def highlight_box(style: RadarStyle) -> FancyBboxPatch:
    """In display pixels: placed by the layout, which knows where the label lands."""
    return FancyBboxPatch(
        (0, 0),
        1,
        1,
        boxstyle="round,pad=0",
        facecolor=to_rgba(style.highlight_fill, style.highlight_alpha),
        edgecolor=style.text,
        lw=style.highlight_box_width,
        transform=IdentityTransform(),
        clip_on=False,
        zorder=5.5,
    )


def show_highlight_sector(sector: Polygon, axis: Line2D, theta: float, size: int) -> None:
    """The sector and axis line of the theme at `theta` (of `size` themes)."""
    half = highlight_half_angle(size)
    arc = np.linspace(theta - half, theta + half, 33)
    axis.set_data([theta, theta], [0, LEVELS[-1]])
    sector.set_xy(np.vstack([[theta, 0.0], np.column_stack([arc, np.full_like(arc, LEVELS[-1])])]))


# -- the data layers ----------------------------------------------------------------------------------


def closed(values: Sequence[float] | Thetas) -> Thetas:
    """The values with the first repeated at the end: a line round the circle."""
    return np.append(np.asarray(values, dtype=float), values[0])


def vote_bands(style: RadarStyle) -> LineCollection:
    return LineCollection(
        [],
        colors=[to_rgba(style.votes, style.votes_alpha)],
        linewidths=style.vote_band_width,
        capstyle="round",
        zorder=2,
    )


def reference_line(thetas: Thetas, style: RadarStyle) -> Line2D:
    """The generic web of the product group."""
    return Line2D(
        closed(thetas), np.zeros(len(thetas) + 1), color=style.reference, lw=style.reference_width, zorder=2.8
    )


def earlier_line(thetas: Thetas, style: RadarStyle) -> Line2D:
    """The ambition of an earlier version of the session, dotted."""
    return Line2D(
        closed(thetas),
        np.zeros(len(thetas) + 1),
        color=style.earlier,
        lw=style.earlier_width,
        ls=EARLIER_DOTS,
        dash_capstyle="round",
        zorder=2.9,
    )


def ambition_fill(thetas: Thetas, style: RadarStyle) -> Polygon:
    return Polygon(
        np.zeros((len(thetas), 2)),
        closed=True,
        facecolor=to_rgba(style.ambition, style.ambition_alpha),
        edgecolor=style.ambition,
        lw=style.line_width,
        joinstyle="round",
        zorder=3,
    )


def current_line(thetas: Thetas, style: RadarStyle) -> Line2D:
    return Line2D(
        closed(thetas),
        np.zeros(len(thetas) + 1),
        color=style.current,
        lw=style.line_width,
        ls=CURRENT_DASHES,
        zorder=4,
    )


def level_markers(thetas: Thetas, style: RadarStyle) -> tuple[Line2D, Line2D, Line2D]:
    """Ambition (dots), current situation (squares) and "not set" (open dots near the centre): above
    the ring labels (zorder 6), where the lines stay below them."""
    s, n = style, len(thetas)
    common: dict[str, Any] = {"ls": "none", "ms": s.marker_size, "zorder": 7}
    ambition = Line2D(thetas, np.zeros(n), marker="o", color=s.ambition, mec=s.background, mew=1.0, **common)
    current = Line2D(thetas, np.zeros(n), marker="s", color=s.current, mec=s.background, mew=1.0, **common)
    unset = Line2D(thetas, np.zeros(n), marker="o", mfc=s.background, mec=s.ambition, mew=1.5, **common)
    return ambition, current, unset


def realised_layer(thetas: Thetas, style: RadarStyle) -> tuple[Line2D, Line2D]:
    """What a contract review found: a dash-dotted line and diamonds, above the other markers (a
    realised level equal to the agreed one shows its diamond around the ambition's dot)."""
    s, n = style, len(thetas)
    line = Line2D(
        closed(thetas),
        np.zeros(n + 1),
        color=s.realised,
        lw=s.realised_width,
        ls=REALISED_DASH_DOT,
        zorder=7.05,
    )
    diamonds = Line2D(
        thetas,
        np.zeros(n),
        ls="none",
        marker="D",
        ms=s.realised_marker_size,
        mfc="none",
        mec=s.realised,
        mew=max(1.5, s.realised_width * 0.8),
        zorder=7.1,
    )
    return line, diamonds


def vote_dots(ax: PolarAxes, style: RadarStyle) -> PathCollection:
    """One dot per level that has votes, sized by its share (in points, set per dot)."""
    dot = MarkerStyle("o")
    dots = PathCollection(
        [dot.get_path().transformed(dot.get_transform())],  # diameter 1, sized per dot
        facecolors=[style.vote_dot],
        edgecolors=[style.background],
        linewidths=0.8,
        offsets=np.zeros((0, 2)),
        offset_transform=ax.transData,
        zorder=7.2,
    )
    dots.set_transform(IdentityTransform())
    return dots


def median_bars(ax: PolarAxes, figure: Figure, style: RadarStyle) -> tuple[LineCollection, LineCollection]:
    """Median bars across the vote bands, with a halo: segments in points around each median, like a
    scatter plot."""
    common: dict[str, Any] = {"offsets": np.zeros((0, 2)), "offset_transform": ax.transData}
    halo = LineCollection(
        [],
        colors=[style.background],
        linewidths=style.median_width + 2.5,
        capstyle="round",
        zorder=7.4,
        **common,
    )
    bars = LineCollection(
        [], colors=[style.median], linewidths=style.median_width, capstyle="butt", zorder=7.5, **common
    )
    points = Affine2D().scale(1 / 72) + figure.dpi_scale_trans  # points to display pixels
    for collection in (halo, bars):
        collection.set_transform(points)
    return halo, bars


def flag_markers(thetas: Thetas, style: RadarStyle) -> Line2D:
    """Flags just outside the outer ring (themes that need attention)."""
    return Line2D(
        thetas,
        np.zeros(len(thetas)),
        marker="v",
        ls="none",
        ms=style.flag_size,
        color=style.flag,
        mec=style.flag_edge,
        mew=max(1.0, style.flag_size / 9),
        zorder=8,
        clip_on=False,
    )


def show_ambition(
    fill: Polygon, markers: Line2D, unset: Line2D, thetas: Thetas, ambition: Sequence[int]
) -> None:
    levels = np.asarray(ambition, dtype=float)
    fill.set_xy(np.column_stack([thetas, levels]))
    markers.set_ydata(np.where(levels > 0, levels, np.nan))
    unset.set_ydata(np.where(levels > 0, np.nan, UNSET_RADIUS))


def show_current(line: Line2D, markers: Line2D, current: Sequence[int]) -> None:
    """Nothing when no current situation is recorded."""
    levels = np.asarray(current, dtype=float)
    visible = bool(levels.any())
    line.set_ydata(closed(current))
    markers.set_ydata(np.where(levels > 0, levels, np.nan))
    line.set_visible(visible)
    markers.set_visible(visible)


def show_realised(line: Line2D, markers: Line2D, realised: Sequence[int | None] | None) -> None:
    """The realised levels (a gap where a theme is not judged yet); hidden when there are none."""
    line.set_visible(realised is not None)
    markers.set_visible(realised is not None)
    if realised is not None:
        levels = [np.nan if level is None else float(level) for level in realised]
        line.set_ydata(closed(levels))
        markers.set_ydata(levels)


def show_outline(line: Line2D, levels: Sequence[int] | None) -> None:
    """A closed line through `levels` (reference, earlier version); hidden when there is none."""
    line.set_visible(levels is not None)
    if levels is not None:
        line.set_ydata(closed(levels))


def show_votes(
    artists: tuple[LineCollection, PathCollection, LineCollection, LineCollection],
    thetas: Thetas,
    votes: Sequence[Distribution | None],
    style: RadarStyle,
) -> None:
    """Bands, dots and median bars (with halo) of the themes that have votes; hidden when none has."""
    bands_artist, dots_artist, halo, median = artists
    bands, dots, sizes, medians, bars = [], [], [], [], []
    half = style.median_length / 2
    for theta, distribution in zip(thetas, votes, strict=False):
        if distribution is None:
            continue
        low, high = vote_band(distribution)
        bands.append([(theta, low), (theta, high)])
        for level, count in zip(LEVELS, distribution.counts, strict=True):
            if count:
                dots.append((theta, level))
                sizes.append(vote_dot_diameter(count, distribution.total, style.vote_band_width))
        medians.append((theta, distribution.median))
        across = (half * math.cos(theta), -half * math.sin(theta))  # at right angles to the axis
        bars.append([(-across[0], -across[1]), across])
    bands_artist.set_segments(bands)
    dots_artist.set_offsets(np.asarray(dots, dtype=float).reshape(-1, 2))
    dots_artist.set_sizes(np.square(sizes))  # points squared
    for collection in (halo, median):
        collection.set_segments(bars)
        collection.set_offsets(np.asarray(medians, dtype=float).reshape(-1, 2))
    for artist in artists:
        artist.set_visible(bool(bands))


def show_flags(markers: Line2D, flagged: Sequence[bool], radius: float) -> None:
    markers.set_ydata([radius if flag else np.nan for flag in flagged])
    markers.set_visible(any(flagged))
