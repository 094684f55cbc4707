"""The ambitieweb radar: one axis per theme, rings for the levels 1-3, ambition, current and reference.

Drawn on a given `Figure` (never pyplot, never global rcParams), so the screen, the PDF reports and the
PNG/SVG/PDF exports share one drawing. `RadarPlot.update` changes the artists in place and never rebuilds
the axes while the number of themes stays the same.

Layers, bottom to top: highlighted sector, grid, highlighted axis, vote bands, generic reference, earlier
version, ambition, current situation, highlighted label box, labels, markers, vote dots, vote medians,
flags. Everything that changes during a session is in `dynamic_artists()`: the screen paints those itself
over a static image of the rest (see `geometry()`), so it never redraws the figure for a key press.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, cast

import numpy as np
from matplotlib import rc_context
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.collections import Collection, LineCollection, PathCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.patches import FancyBboxPatch, Patch, Polygon
from matplotlib.patheffects import withStroke
from matplotlib.projections.polar import PolarAxes
from matplotlib.text import Text
from matplotlib.transforms import Affine2D, IdentityTransform, Transform, offset_copy

from ambitieweb.charts.label_layout import fit_circle, overlaps
from ambitieweb.charts.radar_data import LEVELS as LEVELS
from ambitieweb.charts.radar_data import MAX_THEMES as MAX_THEMES
from ambitieweb.charts.radar_data import MIN_THEMES as MIN_THEMES
from ambitieweb.charts.radar_data import RadarData as RadarData
from ambitieweb.charts.radar_shapes import (
    HIGHLIGHT_BOX_PAD,
    highlight_box,
    highlight_box_rounding,
    highlight_half_angle,
    vote_band,
    vote_dot_diameter,
)
from ambitieweb.charts.radar_shapes import R_MAX as R_MAX
from ambitieweb.charts.radar_shapes import UNSET_RADIUS as UNSET_RADIUS
from ambitieweb.charts.radar_shapes import RadarGeometry as RadarGeometry
from ambitieweb.charts.radar_shapes import level_for_radius as level_for_radius
from ambitieweb.charts.radar_style import CURRENT_DASHES as CURRENT_DASHES
from ambitieweb.charts.radar_style import EARLIER_DOTS as EARLIER_DOTS
from ambitieweb.charts.radar_style import RadarStyle as RadarStyle
from ambitieweb.charts.radar_style import contrast_ratio as contrast_ratio

HIT_R_MAX = 3.65  # clicks further out land on the theme labels and pick nothing
HIT_GAP_SHARE = 0.45  # a click picks the nearest axis within this share of the angle between axes ...
HIT_MAX_ANGLE = math.radians(30)  # ... and never further off, so with few themes the gaps pick nothing
MAX_NUDGES = 40  # outward steps (a quarter of the type size each) to pull crowded labels apart
SMALL_CIRCLE = 0.5  # labels also shrink while the circle is narrower than this part of the space
FLAG_GAP = 1.0  # points between a marker on the outer ring and a flag
FORMATS = ("png", "svg", "pdf")

Format = Literal["png", "svg", "pdf"]
DEFAULT_STYLE = RadarStyle()  # frozen: one instance serves every default


def wrap_label(text: str, width: int) -> str:
    """Wrap a theme name on word boundaries; a single long word stays whole."""
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=False)) or text


def _alignment(theta: float) -> tuple[str, str]:
    """Text alignment that keeps a label outside the circle at angle `theta` (0 at 12 o'clock, clockwise)."""
    x, y = math.sin(theta), math.cos(theta)
    ha = "center" if abs(x) < 0.15 else ("left" if x > 0 else "right")
    va = "center" if abs(y) < 0.35 else ("bottom" if y > 0 else "top")
    return ha, va


def _extent(artist: Text, renderer: RendererAgg) -> tuple[float, float, float, float]:
    """An artist's box on the figure now: x0, y0, x1, y1 in display pixels."""
    x0, y0, x1, y1 = (float(v) for v in artist.get_window_extent(renderer).extents)
    return x0, y0, x1, y1


class _RadarLayout(LayoutEngine):
    """Runs `RadarPlot.layout` before every full draw (resize, DPI change, savefig)."""

    _adjust_compatible = False
    _colorbar_gridspec = False

    def __init__(self, plot: RadarPlot) -> None:
        super().__init__()
        self._plot = plot

    def set(self) -> None:  # no parameters
        pass

    def execute(self, fig: Figure) -> None:
        self._plot.layout()


class RadarPlot:
    """Owns the axes and the data artists of one radar on a given Figure."""

    figure: Figure
    axes: PolarAxes

    def __init__(self, figure: Figure, data: RadarData, style: RadarStyle = DEFAULT_STYLE) -> None:
        self.figure = figure
        self.style = style
        self.data = data
        self.builds = 0  # full (re)builds of the axes; update() with the same theme count adds none
        self._animated = False
        self._stale: dict[str, Callable[[], None]] = {}  # updates of animated artists, put off
        self._measure: RendererAgg | None = None
        figure.set_facecolor(style.background)
        self._build()
        figure.set_layout_engine(_RadarLayout(self))

    # -- building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        s, n = self.style, self.data.size
        self.figure.clear()
        self.builds += 1
        self._stale.clear()  # the new artists start from the data
        self._thetas = np.arange(n) * (2 * np.pi / n)
        ax = cast(PolarAxes, self.figure.add_axes((0.1, 0.1, 0.8, 0.8), projection="polar"))
        self.axes = ax
        ax.set_theta_zero_location("N")
        ax.set_theta_direction(-1)
        ax.set_ylim(0, R_MAX)
        ax.set_autoscale_on(False)
        ax.set_xticks([])
        ax.set_yticks([])
        ax.grid(False)
        ax.spines["polar"].set_visible(False)
        ax.patch.set_facecolor(s.background)
        ax.set_navigate(False)
        self.flag_radius = LEVELS[-1] + 0.2  # set by layout(), from the flag's size in points

        circle = np.linspace(0, 2 * np.pi, 361)
        for level in LEVELS:
            ax.add_line(Line2D(circle, np.full_like(circle, level), color=s.grid, lw=s.grid_width, zorder=1))
        for theta in self._thetas:
            ax.add_line(Line2D([theta, theta], [0, LEVELS[-1]], color=s.grid, lw=s.grid_width, zorder=1))

        # The selected theme: a pale sector behind its axis, a thicker axis line and a box behind its label.
        highlight = to_rgba(s.highlight_fill, s.highlight_alpha)
        self.highlight_sector = Polygon(
            np.zeros((1, 2)), closed=True, facecolor=highlight, edgecolor="none", zorder=0.5
        )
        ax.add_patch(self.highlight_sector)
        self.highlight_axis = Line2D([], [], color=s.text, lw=s.highlight_width, zorder=1.5)
        ax.add_line(self.highlight_axis)
        self.highlight_box = FancyBboxPatch(
            (0, 0),
            1,
            1,
            boxstyle="round,pad=0",
            facecolor=highlight,
            edgecolor=s.text,
            lw=s.highlight_box_width,
            transform=IdentityTransform(),  # display pixels, placed by layout() and _set_highlight()
            clip_on=False,
            zorder=5.5,
        )
        ax.add_artist(self.highlight_box)

        # Ring labels in the first gap, clockwise of axis 0 and clear of its markers: just above rings 1
        # and 2 (axis 1's markers sit lower, at radius * cos(step)), just inside ring 3 (away from the
        # theme labels). With a halo, above the data lines (readable) and below the markers (no level
        # hidden).
        halo = [withStroke(linewidth=3, foreground=s.background)]
        self._ring_labels = []
        # Beside axis 0, clear of what is drawn on it: markers, the vote band and its median bar.
        aside = max(s.marker_size, s.vote_band_width, s.median_length + 2.5) / 2 + 2
        for level in LEVELS:
            inside = level == LEVELS[-1]
            offset = offset_copy(
                ax.transData, fig=self.figure, x=aside, y=-1 if inside else 1, units="points"
            )
            self._ring_labels.append(
                ax.text(
                    0.0,
                    level,
                    "",
                    transform=offset,
                    ha="left",
                    va="top" if inside else "bottom",
                    zorder=6,
                    fontsize=s.ring_label_size,
                    color=s.ring_text,
                    path_effects=halo,
                )
            )

        # Theme labels outside the outer ring, aligned away from the centre.
        self._labels: list[Text] = []
        for theta in self._thetas:
            ha, va = _alignment(float(theta))
            transform = self._label_transform(float(theta), s.label_pad)
            label = ax.text(
                theta,
                R_MAX,
                "",
                transform=transform,
                ha=ha,
                va=va,
                multialignment=ha,
                fontsize=s.label_size,
                color=s.text,
                zorder=6,
                clip_on=False,
                parse_math=False,  # user text: "$5 tot $10" stays text, not a formula
            )
            self._labels.append(label)

        # Data artists, bottom to top.
        points = Affine2D().scale(1 / 72) + self.figure.dpi_scale_trans  # points to display pixels
        self.vote_bands = LineCollection(
            [],
            colors=[to_rgba(s.votes, s.votes_alpha)],
            linewidths=s.vote_band_width,
            capstyle="round",
            zorder=2,
        )
        closed = np.append(self._thetas, self._thetas[0])
        self.reference_line = Line2D(
            closed, np.zeros(n + 1), color=s.reference, lw=s.reference_width, zorder=2.8
        )
        self.earlier_line = Line2D(
            closed,
            np.zeros(n + 1),
            color=s.earlier,
            lw=s.earlier_width,
            ls=EARLIER_DOTS,
            dash_capstyle="round",
            zorder=2.9,
        )
        self.ambition_fill = Polygon(
            np.zeros((n, 2)),
            closed=True,
            facecolor=to_rgba(s.ambition, s.ambition_alpha),
            edgecolor=s.ambition,
            lw=s.line_width,
            joinstyle="round",
            zorder=3,
        )
        self.current_line = Line2D(
            closed, np.zeros(n + 1), color=s.current, lw=s.line_width, ls=CURRENT_DASHES, zorder=4
        )
        # Markers go above the ring labels (zorder 6), lines below them.
        markers: dict[str, Any] = {"ls": "none", "ms": s.marker_size, "zorder": 7}
        self.ambition_markers = Line2D(
            self._thetas, np.zeros(n), marker="o", color=s.ambition, mec=s.background, mew=1.0, **markers
        )
        self.current_markers = Line2D(
            self._thetas, np.zeros(n), marker="s", color=s.current, mec=s.background, mew=1.0, **markers
        )
        self.unset_markers = Line2D(
            self._thetas, np.zeros(n), marker="o", mfc=s.background, mec=s.ambition, mew=1.5, **markers
        )
        dot = MarkerStyle("o")
        self.vote_dots = PathCollection(
            [dot.get_path().transformed(dot.get_transform())],  # diameter 1, sized per dot
            facecolors=[s.vote_dot],
            edgecolors=[s.background],
            linewidths=0.8,
            offsets=np.zeros((0, 2)),
            offset_transform=ax.transData,
            zorder=7.2,
        )
        self.vote_dots.set_transform(IdentityTransform())
        # Median bars across the bands: segments in points around each median, like a scatter plot.
        bars: dict[str, Any] = {"offsets": np.zeros((0, 2)), "offset_transform": ax.transData}
        self.median_halo = LineCollection(
            [], colors=[s.background], linewidths=s.median_width + 2.5, capstyle="round", zorder=7.4, **bars
        )
        self.median_bars = LineCollection(
            [], colors=[s.median], linewidths=s.median_width, capstyle="butt", zorder=7.5, **bars
        )
        for bar in (self.median_halo, self.median_bars):
            bar.set_transform(points)
        self.flag_markers = Line2D(
            self._thetas,
            np.zeros(n),
            marker="v",
            ls="none",
            ms=s.flag_size,
            color=s.flag,
            mec=s.flag_edge,
            mew=max(1.0, s.flag_size / 9),
            zorder=8,
            clip_on=False,  # just outside the outer ring
        )
        for artist in self.data_artists():
            if isinstance(artist, Line2D):
                ax.add_line(artist)
            elif isinstance(artist, Polygon):
                ax.add_patch(artist)
            else:
                ax.add_collection(cast(Collection, artist), autolim=False)
        for artist in self.animated_artists():
            artist.set_animated(self._animated)

        self.title_text = self.figure.text(
            0.5,
            1.0,
            "",
            ha="center",
            va="top",
            fontsize=s.title_size,
            fontweight="bold",
            color=s.text,
            parse_math=False,
        )
        # One legend per number of columns; layout() shows the widest that fits. (Artists made during a
        # draw would not be drawn: the figure lists its artists before it runs the layout.)
        self._legends: list[Legend] = []
        self.label_scale = 1.0  # how much layout() shrank the theme labels to keep them apart
        self._label_boxes: list[tuple[float, float, float, float]] = []  # set by layout(), for:
        self._label_boxes_for = (0.0, 0.0, 0.0)  # dpi, width, height

        self._set_labels()
        self._set_ring_labels()
        self._set_title()
        self._set_legend()
        self._set_ambition()
        self._set_current()
        self._set_reference()
        self._set_earlier()
        self._set_votes()
        self.layout()
        self._set_highlight()
        self._set_flags()

    def _set_labels(self) -> None:
        for label, text in zip(self._labels, self.data.labels, strict=True):
            label.set_text(wrap_label(text, self.style.label_wrap))

    def _set_ring_labels(self) -> None:
        for label, level, name in zip(self._ring_labels, LEVELS, self.data.level_names, strict=True):
            label.set_text(f"{level} {name}")

    def _set_highlight(self) -> None:
        selected = self.data.highlight
        visible = selected is not None
        for artist in self.highlight_artists():
            artist.set_visible(visible)
        if selected is None:
            return
        theta = float(self._thetas[selected])
        half = highlight_half_angle(self.data.size)
        arc = np.linspace(theta - half, theta + half, 33)
        self.highlight_axis.set_data([theta, theta], [0, LEVELS[-1]])
        self.highlight_sector.set_xy(
            np.vstack([[theta, 0.0], np.column_stack([arc, np.full_like(arc, LEVELS[-1])])])
        )  # the label's box follows in layout(), before every draw: its place depends on the layout

    def _place_highlight_box(self, renderer: RendererAgg) -> None:
        """The box behind the highlighted label, in display pixels (for this layout)."""
        selected = self.data.highlight
        if selected is None:
            return
        label, dpi = self._labels[selected], self.figure.dpi
        size = float(label.get_fontsize())
        x0, y0, x1, y1 = highlight_box(self._label_box(selected, renderer), size, dpi)
        self.highlight_box.set_bounds(x0, y0, x1 - x0, y1 - y0)
        rounding = highlight_box_rounding(size, dpi)
        self.highlight_box.set_boxstyle("round", pad=0, rounding_size=rounding)

    def _set_title(self) -> None:
        self.title_text.set_text(self.data.title or "")
        self.title_text.set_visible(bool(self.data.title))

    @property
    def legend(self) -> Legend:
        """The legend on show."""
        return next((legend for legend in self._legends if legend.get_visible()), self._legends[-1])

    def _legend_handles(self) -> list[Any]:
        s, data = self.style, self.data
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

    def _set_legend(self) -> None:
        """(Re)create the legend, in every arrangement from one column to one row."""
        s = self.style
        for legend in self._legends:
            legend.remove()
        handles = self._legend_handles()
        texts = list(self.data.legend_entries())
        self._legends = [
            self.figure.legend(
                handles,
                texts,
                ncols=columns,
                loc="lower center",
                frameon=False,
                fontsize=s.legend_size,
                labelcolor=s.text,
                handlelength=2.6,
                columnspacing=1.6,
                borderaxespad=0.0,
            )
            for columns in range(1, len(handles) + 1)
        ]
        for legend in self._legends[:-1]:
            legend.set_visible(False)  # until layout() picks one; one row by default

    def _closed(self, levels: tuple[int, ...]) -> np.ndarray[Any, Any]:
        return np.append(np.asarray(levels, dtype=float), levels[0])

    def _set_ambition(self) -> None:
        levels = np.asarray(self.data.ambition, dtype=float)
        self.ambition_fill.set_xy(np.column_stack([self._thetas, levels]))
        self.ambition_markers.set_ydata(np.where(levels > 0, levels, np.nan))
        self.unset_markers.set_ydata(np.where(levels > 0, np.nan, UNSET_RADIUS))

    def _set_current(self) -> None:
        levels = np.asarray(self.data.current, dtype=float)
        visible = bool(levels.any())  # no current situation recorded: draw nothing
        self.current_line.set_ydata(self._closed(self.data.current))
        self.current_markers.set_ydata(np.where(levels > 0, levels, np.nan))
        self.current_line.set_visible(visible)
        self.current_markers.set_visible(visible)

    def _set_reference(self) -> None:
        reference = self.data.reference
        self.reference_line.set_visible(reference is not None)
        if reference is not None:
            self.reference_line.set_ydata(self._closed(reference))

    def _set_earlier(self) -> None:
        earlier = self.data.earlier
        self.earlier_line.set_visible(earlier is not None)
        if earlier is not None:
            self.earlier_line.set_ydata(self._closed(earlier))

    def _set_votes(self) -> None:
        s, votes = self.style, self.data.votes or ()
        bands, dots, sizes, medians, bars = [], [], [], [], []
        half = s.median_length / 2
        for theta, distribution in zip(self._thetas, votes, strict=False):
            if distribution is None:
                continue
            low, high = vote_band(distribution)
            bands.append([(theta, low), (theta, high)])
            for level, count in zip(LEVELS, distribution.counts, strict=True):
                if count:
                    dots.append((theta, level))
                    sizes.append(vote_dot_diameter(count, distribution.total, s.vote_band_width))
            medians.append((theta, distribution.median))
            across = (half * math.cos(theta), -half * math.sin(theta))  # at right angles to the axis
            bars.append([(-across[0], -across[1]), across])
        self.vote_bands.set_segments(bands)
        self.vote_dots.set_offsets(np.asarray(dots, dtype=float).reshape(-1, 2))
        self.vote_dots.set_sizes(np.square(sizes))  # points squared
        for collection in (self.median_halo, self.median_bars):
            collection.set_segments(bars)
            collection.set_offsets(np.asarray(medians, dtype=float).reshape(-1, 2))
        visible = bool(bands)
        for artist in self.vote_artists():
            artist.set_visible(visible)

    def _set_flags(self) -> None:
        flagged = self.data.flagged or (False,) * self.data.size
        self.flag_markers.set_ydata([self.flag_radius if flag else np.nan for flag in flagged])
        self.flag_markers.set_visible(any(flagged))

    # -- public ---------------------------------------------------------------------------------------

    def set_style(self, style: RadarStyle) -> None:
        """Another look (such as type sizes for another screen): the axes are built again."""
        if style != self.style:
            self.style = style
            self.figure.set_facecolor(style.background)
            self._build()

    def update(self, data: RadarData) -> list[Artist]:
        """Show `data`; return the artists that changed.

        Artists change in place; only a different number of themes rebuilds the axes (then every
        artist of the figure is returned). Levels, votes, flags and the highlight change only
        `dynamic_artists()`; labels, title, level names and legend change other artists, which need a
        full draw on screen.
        """
        old, self.data = self.data, data
        if data.size != old.size:
            self._build()
            return [*self.figure.axes, *self.figure.texts, *self.figure.legends]
        changed: list[Artist] = []
        dynamic: list[Callable[[], None]] = []  # what brings the dynamic artists up to date
        if data.ambition != old.ambition:
            dynamic.append(self._set_ambition)
            changed += [self.ambition_fill, self.ambition_markers, self.unset_markers]
        if data.current != old.current:
            dynamic.append(self._set_current)
            changed += [self.current_line, self.current_markers]
        if data.reference != old.reference:
            dynamic.append(self._set_reference)
            changed.append(self.reference_line)
        if data.earlier != old.earlier:
            dynamic.append(self._set_earlier)
            changed.append(self.earlier_line)
        if data.votes != old.votes:
            dynamic.append(self._set_votes)
            changed += self.vote_artists()
        relayout = False
        if data.labels != old.labels:
            self._set_labels()
            changed += self._labels
            relayout = True
        if data.level_names != old.level_names:
            self._set_ring_labels()
            changed += self._ring_labels
        if data.title != old.title:
            self._set_title()
            changed.append(self.title_text)
            relayout = True
        if data.legend_entries() != old.legend_entries():
            self._set_legend()
            changed += self._legends
            relayout = True
        if relayout:
            self.layout()
        if relayout or data.highlight != old.highlight:
            dynamic.append(self._set_highlight)
            changed += self.highlight_artists()
        if relayout or data.flagged != old.flagged:
            dynamic.append(self._set_flags)
            changed.append(self.flag_markers)
        for setter in dynamic:
            if self._animated:  # not drawn by matplotlib now: catch up when that changes
                self._stale[setter.__name__] = setter
            else:
                setter()
        return list(dict.fromkeys(changed))  # unique, in order

    def needs_draw(self, data: RadarData) -> bool:
        """Whether showing `data` changes more than `dynamic_artists()` (labels, title, level names,
        legend or the number of themes): a full draw on screen."""
        old = self.data
        return (
            data.size != old.size
            or data.labels != old.labels
            or data.level_names != old.level_names
            or data.title != old.title
            or data.legend_entries() != old.legend_entries()
        )

    def highlight_artists(self) -> list[Artist]:
        """The selected theme's sector, axis line and label box."""
        return [self.highlight_sector, self.highlight_axis, self.highlight_box]

    def vote_artists(self) -> list[Artist]:
        """Vote bands, dots per level and median bars (with their halo)."""
        return [self.vote_bands, self.vote_dots, self.median_halo, self.median_bars]

    def data_artists(self) -> list[Artist]:
        """The artists that change with the levels, votes and flags, in z-order."""
        return [
            self.vote_bands,
            self.reference_line,
            self.earlier_line,
            self.ambition_fill,
            self.current_line,
            self.ambition_markers,
            self.current_markers,
            self.unset_markers,
            self.vote_dots,
            self.median_halo,
            self.median_bars,
            self.flag_markers,
        ]

    def dynamic_artists(self) -> list[Artist]:
        """Everything that changes during a session without a new layout: the data and the highlight.
        The screen paints these itself (see `geometry()`); a change elsewhere needs a full draw."""
        return sorted([*self.highlight_artists(), *self.data_artists()], key=lambda a: a.get_zorder())

    def overlay_artists(self) -> list[Text]:
        """Unchanging artists drawn among the data: the ring labels, above the lines (their halo keeps
        them readable) and below the markers (so no level is hidden). Use z-order to interleave."""
        return list(self._ring_labels)

    def animated_artists(self) -> list[Artist]:
        """Everything `set_animated` marks: the dynamic artists and the overlay."""
        return [*self.dynamic_artists(), *self.overlay_artists()]

    def set_animated(self, animated: bool) -> None:
        """Mark the dynamic artists and the overlay animated: a full draw then leaves them out.

        For the screen, which draws the static rest once and paints the dynamic layers over it (the
        overlay best as an image rendered once per full draw: drawing text costs milliseconds). While
        animated, `update` leaves the dynamic artists as they are (only `data` tells what to paint);
        they catch up when animation is switched off.
        """
        self._animated = animated
        for artist in self.animated_artists():
            artist.set_animated(animated)
        if not animated:
            for setter in self._stale.values():
                setter()
            self._stale.clear()

    def label_artists(self) -> list[Text]:
        """The theme labels, one per theme."""
        return list(self._labels)

    def geometry(self) -> RadarGeometry:
        """Where the radar lies now (after a draw or `layout()`), for painting the dynamic layers."""
        centre = self.axes.transData.transform((0.0, 0.0))
        _x, top = self.axes.transData.transform((0.0, 1.0))
        return RadarGeometry(
            width=float(self.figure.bbox.width),
            height=float(self.figure.bbox.height),
            dpi=float(self.figure.dpi),
            centre=(float(centre[0]), float(centre[1])),
            unit=float(top - centre[1]),
            thetas=tuple(float(theta) for theta in self._thetas),
            label_boxes=tuple(self._label_box(index, self._measurer()) for index in range(self.data.size)),
            label_sizes=tuple(float(label.get_fontsize()) for label in self._labels),
            flag_radius=self.flag_radius,
        )

    def level_at(self, x_pixels: float, y_pixels: float) -> int:
        """The level (0..3) of the ring nearest to a display point, whatever its angle (for dragging)."""
        _theta, radius = self.axes.transData.inverted().transform((x_pixels, y_pixels))
        return level_for_radius(float(radius))

    def hit_test(self, x_pixels: float, y_pixels: float) -> tuple[int, int] | None:
        """(theme index, level 0..3) for a display point near an axis, else None.

        Display coordinates are matplotlib's: device pixels, y up. Near the centre (radius < 0.5)
        the level is 0 (not set) for the nearest axis.
        """
        theta, radius = (float(v) for v in self.axes.transData.inverted().transform((x_pixels, y_pixels)))
        if radius > HIT_R_MAX:
            return None
        step = 2 * math.pi / self.data.size
        index = math.floor((theta % (2 * math.pi)) / step + 0.5) % self.data.size
        delta = abs((theta - index * step + math.pi) % (2 * math.pi) - math.pi)
        level = level_for_radius(radius)
        if level > 0 and delta > min(HIT_GAP_SHARE * step, HIT_MAX_ANGLE):
            return None
        return index, level

    def point(self, index: int, radius: float) -> tuple[float, float]:
        """Display coordinates (device pixels, y up) of `radius` on the axis of theme `index`."""
        x, y = self.axes.transData.transform((float(self._thetas[index]), radius))
        return float(x), float(y)

    def layout(self) -> None:
        """Fit the circle and its labels, the title above and the legend below, into the figure.

        Runs before every full draw (the layout engine). Theme labels shrink, down to the style's
        `min_label_scale` of their size, until no two of them overlap and the circle is not too small;
        if they still overlap, one label of each overlapping pair moves outwards until they are apart.
        Where flags may show, the labels keep clear of them.
        """
        fig, s = self.figure, self.style
        width, height = fig.bbox.width, fig.bbox.height
        if width <= 1 or height <= 1:
            return
        renderer = self._measurer()
        points = fig.dpi / 72
        margin = s.margin * points
        gap = 4 * points
        top, bottom, left, right = height - margin, margin, margin, width - margin
        if self.title_text.get_visible():
            top -= self._layout_title(right - left, margin / height, renderer) + gap
        bottom += self._layout_legend(right - left, margin / height, renderer) + gap

        directions = [(math.sin(t), math.cos(t)) for t in self._thetas]
        area = (left, right, bottom, top)
        smallest = min(s.min_label_scale, 1.0)
        scale = 1.0
        while True:
            for label in self._labels:
                label.set_fontsize(s.label_size * scale)
            boxes = []  # each label's box relative to its anchor, `pads` points outside the circle
            for label in self._labels:
                anchor_x, anchor_y = label.get_transform().transform(label.get_position())
                box = label.get_window_extent(renderer)
                boxes.append((box.x0 - anchor_x, box.x1 - anchor_x, box.y0 - anchor_y, box.y1 - anchor_y))
            pads = [s.label_pad] * len(boxes)
            cx, cy, radius, placed = fit_circle(directions, boxes, [p * points for p in pads], area)
            small = radius < SMALL_CIRCLE * min(right - left, top - bottom) / 2
            crowded = overlaps(placed, 2 * points)
            if scale <= smallest or not (small or crowded):
                break
            scale = max(smallest, scale - 0.1)
        # Still crowded at the smallest type: move one label of each overlapping pair outwards.
        step = 0.25 * s.label_size * scale
        for _ in range(MAX_NUDGES):
            if not crowded:
                break
            for i, j in crowded:
                pads[j if j % 2 or not i % 2 else i] += step  # the odd one, for an even zigzag
            cx, cy, radius, placed = fit_circle(directions, boxes, [p * points for p in pads], area)
            crowded = overlaps(placed, 2 * points)
        outside = s.flag_size / 2 + s.marker_size / 2 + FLAG_GAP  # points: clear of the ring's markers
        if self.data.flagged is not None:  # keep the labels (and a highlight box) clear of the flags
            clear = outside + s.flag_size / 2 + 2 + HIGHLIGHT_BOX_PAD * s.label_size * scale
            for _ in range(3):
                short = clear - (R_MAX - LEVELS[-1]) * radius / R_MAX / points - min(pads)
                if short <= 0:
                    break
                pads = [pad + short + 1 for pad in pads]
                cx, cy, radius, placed = fit_circle(directions, boxes, [p * points for p in pads], area)
        self.label_scale = scale
        self._label_boxes = [(x0, y0, x1, y1) for x0, x1, y0, y1 in placed]  # where they land now
        self._label_boxes_for = self._figure_size()
        for label, theta, pad in zip(self._labels, self._thetas, pads, strict=True):
            label.set_transform(self._label_transform(float(theta), pad))
        self.axes.set_position(
            ((cx - radius) / width, (cy - radius) / height, 2 * radius / width, 2 * radius / height)
        )
        self.flag_radius = LEVELS[-1] + outside * points * R_MAX / radius
        self._layout_ring_labels(renderer)
        self._set_flags()
        self._place_highlight_box(renderer)

    def _label_box(self, index: int, renderer: RendererAgg) -> tuple[float, float, float, float]:
        """Where theme `index`'s label lies (x0, y0, x1, y1): as the last layout placed it."""
        if self._label_boxes_for == self._figure_size() and len(self._label_boxes) == self.data.size:
            return self._label_boxes[index]
        return _extent(self._labels[index], renderer)  # measured again after a savefig at another dpi

    def _figure_size(self) -> tuple[float, float, float]:
        return float(self.figure.dpi), float(self.figure.bbox.width), float(self.figure.bbox.height)

    def _measurer(self) -> RendererAgg:
        """A renderer at the figure's dpi to measure text with. (A text otherwise measures itself with
        the renderer of its last draw: after a DPI change, as in savefig, at the old dpi.)"""
        dpi = self.figure.dpi
        if self._measure is None or self._measure.dpi != dpi:
            self._measure = RendererAgg(1, 1, dpi)  # type: ignore[no-untyped-call]
        return self._measure

    def _label_transform(self, theta: float, pad: float) -> Transform:
        """Data coordinates shifted `pad` points outwards along the axis at `theta`."""
        return offset_copy(
            self.axes.transData,
            fig=self.figure,
            x=pad * math.sin(theta),
            y=pad * math.cos(theta),
            units="points",
        )

    def _layout_title(self, available: float, margin: float, renderer: RendererAgg) -> float:
        """Place the title at the top, wrapped to the width; return its height."""
        text = self.data.title or ""
        self.title_text.set_text(text)
        self.title_text.set_position((0.5, 1 - margin))
        extent = self.title_text.get_window_extent(renderer)
        if extent.width > available:
            self.title_text.set_text(wrap_label(text, max(8, int(len(text) * available / extent.width))))
            extent = self.title_text.get_window_extent(renderer)
        return float(extent.height)

    def _layout_legend(self, available: float, margin: float, renderer: RendererAgg) -> float:
        """Show the legend at the bottom in as few rows as fit the width; return its height."""
        chosen = self._legends[0]
        for legend in self._legends:  # one column first, one row last
            legend.set_bbox_to_anchor((0.5, margin), transform=self.figure.transFigure)
            if legend.get_window_extent(renderer).width <= available:
                chosen = legend
        for legend in self._legends:
            legend.set_visible(legend is chosen)
        return float(chosen.get_window_extent(renderer).height)

    def _layout_ring_labels(self, renderer: RendererAgg) -> None:
        """Full ring labels ("2 significant") where they stay clear of the theme labels, the markers
        of the next axis and the flags; else just the number."""
        points = self.figure.dpi / 72
        size = self.style.ring_label_size * max(self.label_scale, 0.9, self.style.min_label_scale)
        air = points  # a little air around what the labels must keep clear of
        keep_clear = [(x0 - air, y0, x1 + air, y1) for x0, y0, x1, y1 in self._label_boxes]
        spots = [(self.point(1, level), self.style.marker_size / 2) for level in LEVELS]  # next axis
        if self.data.flagged is not None:
            spots += [(self.point(index, self.flag_radius), self.style.flag_size / 2) for index in (0, 1)]
        for (x, y), half in spots:
            reach = half * points + air
            keep_clear.append((x - reach, y - reach, x + reach, y + reach))
        width = self.figure.bbox.width
        for label, level, name in zip(self._ring_labels, LEVELS, self.data.level_names, strict=True):
            label.set_fontsize(size)
            label.set_text(f"{level} {name}")
            x0, y0, x1, y1 = _extent(label, renderer)
            hit = any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in keep_clear)
            if hit or x1 > width:
                label.set_text(str(level))


def build_figure(
    data: RadarData,
    style: RadarStyle = DEFAULT_STYLE,
    size_inches: tuple[float, float] = (6, 6),
    dpi: int = 100,
) -> tuple[Figure, RadarPlot]:
    """A new Figure (with an Agg canvas) holding one radar."""
    figure = Figure(figsize=size_inches, dpi=dpi)
    FigureCanvasAgg(figure)
    return figure, RadarPlot(figure, data, style)


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
