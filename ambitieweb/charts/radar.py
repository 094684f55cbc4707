"""The ambitieweb radar: one axis per theme, rings for the levels 1-3, ambition, current and reference.

Drawn on a given `Figure` (never pyplot, never global rcParams), so the screen, the PDF reports and the
PNG/SVG/PDF exports share one drawing. On screen the data artists change in place and are blitted:
`RadarPlot.update` never rebuilds the axes while the number of themes stays the same.
"""

from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import numpy as np
from matplotlib import rc_context
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb, to_rgba
from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Polygon
from matplotlib.patheffects import withStroke
from matplotlib.projections.polar import PolarAxes
from matplotlib.text import Text
from matplotlib.transforms import Transform, offset_copy

MIN_THEMES = 3
MAX_THEMES = 16
LEVELS = (1, 2, 3)
R_MAX = 3.3  # radial limit: a little air outside the outer ring
HIT_R_MAX = 3.65  # clicks further out land on the theme labels and pick nothing
HIT_GAP_SHARE = 0.45  # a click picks the nearest axis within this share of the angle between axes ...
HIT_MAX_ANGLE = math.radians(30)  # ... and never further off, so with few themes the gaps pick nothing
HIGHLIGHT_MAX_HALF_ANGLE = math.radians(20)  # the selected theme's sector stays narrow with few themes
MIN_LABEL_SCALE = 0.7  # theme labels shrink to this fraction of their size before they may overlap
MAX_NUDGES = 40  # outward steps (a quarter of the type size each) to pull crowded labels apart
SMALL_CIRCLE = 0.5  # labels also shrink while the circle is narrower than this part of the space
UNSET_RADIUS = 0.3  # where the "not set" marker of a theme sits on its axis
CURRENT_DASHES = (0, (3.0, 1.6))  # dash pattern of the current situation, in line widths
FORMATS = ("png", "svg", "pdf")

Format = Literal["png", "svg", "pdf"]


@dataclass(frozen=True)
class RadarData:
    """Plain data for one radar; levels are 0 (not set) to 3. Lists and `Level`s are normalised."""

    labels: tuple[str, ...]
    ambition: tuple[int, ...]
    current: tuple[int, ...]
    reference: tuple[int, ...] | None = None
    highlight: int | None = None
    title: str | None = None
    level_names: tuple[str, str, str] = ("basis", "significant", "ambitieus")
    legend_ambition: str = "Ambitie"
    legend_current: str = "Huidige situatie"
    legend_reference: str = "Generiek ambitieweb"

    def __post_init__(self) -> None:
        count = len(self.labels)
        if not MIN_THEMES <= count <= MAX_THEMES:
            raise ValueError(f"a radar needs {MIN_THEMES} to {MAX_THEMES} themes, got {count}")
        object.__setattr__(self, "labels", tuple(str(label) for label in self.labels))
        for name in ("ambition", "current", "reference"):
            levels = getattr(self, name)
            if levels is None:
                continue
            normalised = tuple(int(level) for level in levels)
            if len(normalised) != count:
                raise ValueError(f"{name} has {len(normalised)} levels for {count} themes")
            if any(not 0 <= level <= LEVELS[-1] for level in normalised):
                raise ValueError(f"{name} levels must be 0..{LEVELS[-1]}: {normalised}")
            object.__setattr__(self, name, normalised)
        if self.highlight is not None and not 0 <= self.highlight < count:
            raise ValueError(f"highlight {self.highlight} is not a theme index (0..{count - 1})")
        if len(self.level_names) != len(LEVELS):
            raise ValueError("level_names needs one name per level 1..3")

    @property
    def size(self) -> int:
        return len(self.labels)


# Okabe-Ito colours: told apart with every common colour-vision deficiency.
OKABE_BLUE = "#0072B2"
OKABE_VERMILLION = "#D55E00"
OKABE_YELLOW = "#F0E442"


@dataclass(frozen=True)
class RadarStyle:
    """Colours, line widths and type sizes (points). Text colours keep >= 4.5:1 on the background."""

    background: str = "#FFFFFF"
    text: str = "#1A1A1A"
    ring_text: str = "#4D4D4D"
    grid: str = "#B0B0B0"
    ambition: str = OKABE_BLUE
    ambition_alpha: float = 0.22
    current: str = OKABE_VERMILLION
    reference: str = "#767676"  # grey at 4.5:1: faint but still visible
    highlight_fill: str = OKABE_YELLOW
    highlight_alpha: float = 0.35
    label_size: float = 10.0
    ring_label_size: float = 8.0
    title_size: float = 13.0
    legend_size: float = 9.0
    line_width: float = 2.0
    reference_width: float = 1.3
    grid_width: float = 0.8
    highlight_width: float = 2.4
    marker_size: float = 6.5
    label_wrap: int = 18  # characters per line of a theme label
    label_pad: float = 5.0  # points between the outer ring area and a theme label
    margin: float = 6.0  # points around the figure's content

    @classmethod
    def projector(cls) -> RadarStyle:
        """For a room: bigger type, thicker lines, black text."""
        return cls(
            text="#000000",
            ring_text="#333333",
            grid="#8F8F8F",
            label_size=16.0,
            ring_label_size=12.0,
            title_size=20.0,
            legend_size=14.0,
            line_width=3.5,
            reference_width=2.2,
            grid_width=1.3,
            highlight_width=4.0,
            marker_size=11.0,
            label_wrap=16,
            label_pad=8.0,
            margin=10.0,
        )


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(colour)]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def wrap_label(text: str, width: int) -> str:
    """Wrap a theme name on word boundaries; a single long word stays whole."""
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=False)) or text


def level_for_radius(radius: float) -> int:
    """The ring nearest to a radius: < 0.5 is 0 (not set), then 1, 2, 3 (anything beyond is 3)."""
    return max(0, min(LEVELS[-1], math.floor(radius + 0.5)))


def _alignment(theta: float) -> tuple[str, str]:
    """Text alignment that keeps a label outside the circle at angle `theta` (0 at 12 o'clock, clockwise)."""
    x, y = math.sin(theta), math.cos(theta)
    ha = "center" if abs(x) < 0.15 else ("left" if x > 0 else "right")
    va = "center" if abs(y) < 0.35 else ("bottom" if y > 0 else "top")
    return ha, va


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

    def __init__(self, figure: Figure, data: RadarData, style: RadarStyle = RadarStyle()) -> None:
        self.figure = figure
        self.style = style
        self.data = data
        self.builds = 0  # full (re)builds of the axes; update() with the same theme count adds none
        self._animated = False
        figure.set_facecolor(style.background)
        self._build()
        figure.set_layout_engine(_RadarLayout(self))

    # -- building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        s, n = self.style, self.data.size
        self.figure.clear()
        self.builds += 1
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

        circle = np.linspace(0, 2 * np.pi, 361)
        for level in LEVELS:
            ax.add_line(Line2D(circle, np.full_like(circle, level), color=s.grid, lw=s.grid_width, zorder=1))
        for theta in self._thetas:
            ax.add_line(Line2D([theta, theta], [0, LEVELS[-1]], color=s.grid, lw=s.grid_width, zorder=1))

        # The selected theme: a pale sector behind its axis and a thicker axis line.
        self.highlight_sector = Polygon(
            np.zeros((1, 2)),
            closed=True,
            facecolor=to_rgba(s.highlight_fill, s.highlight_alpha),
            edgecolor="none",
            zorder=0.5,
        )
        ax.add_patch(self.highlight_sector)
        self.highlight_axis = Line2D([], [], color=s.text, lw=s.highlight_width, zorder=1.5)
        ax.add_line(self.highlight_axis)

        # Ring labels in the first gap, clockwise of axis 0 and clear of its markers: just above rings 1
        # and 2 (axis 1's markers sit lower, at radius * cos(step)), just inside ring 3 (away from the
        # theme labels). With a halo, above the data lines (readable) and below the markers (no level
        # hidden).
        halo = [withStroke(linewidth=3, foreground=s.background)]
        self._ring_labels = []
        for level in LEVELS:
            inside = level == LEVELS[-1]
            offset = offset_copy(
                ax.transData, fig=self.figure, x=s.marker_size / 2 + 2, y=-1 if inside else 1, units="points"
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
            )
            self._labels.append(label)

        # Data artists, bottom to top.
        closed = np.append(self._thetas, self._thetas[0])
        self.reference_line = Line2D(
            closed, np.zeros(n + 1), color=s.reference, lw=s.reference_width, zorder=2.8
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
        ax.add_line(self.reference_line)
        ax.add_patch(self.ambition_fill)
        for line in (self.current_line, self.ambition_markers, self.current_markers, self.unset_markers):
            ax.add_line(line)
        for artist in self.animated_artists():
            artist.set_animated(self._animated)

        self.title_text = self.figure.text(
            0.5, 1.0, "", ha="center", va="top", fontsize=s.title_size, fontweight="bold", color=s.text
        )
        # One legend per number of columns; layout() shows the widest that fits. (Artists made during a
        # draw would not be drawn: the figure lists its artists before it runs the layout.)
        self._legends: list[Legend] = []
        self.label_scale = 1.0  # how much layout() shrank the theme labels to keep them apart

        self._set_labels()
        self._set_ring_labels()
        self._set_highlight()
        self._set_title()
        self._set_legend()
        self._set_ambition()
        self._set_current()
        self._set_reference()
        self.layout()

    def _set_labels(self) -> None:
        for label, text in zip(self._labels, self.data.labels, strict=True):
            label.set_text(wrap_label(text, self.style.label_wrap))

    def _set_ring_labels(self) -> None:
        for label, level, name in zip(self._ring_labels, LEVELS, self.data.level_names, strict=True):
            label.set_text(f"{level} {name}")

    def _set_highlight(self) -> None:
        selected = self.data.highlight
        for index, label in enumerate(self._labels):
            label.set_fontweight("bold" if index == selected else "normal")
        visible = selected is not None
        self.highlight_axis.set_visible(visible)
        self.highlight_sector.set_visible(visible)
        if selected is None:
            return
        theta = float(self._thetas[selected])
        half = min(math.pi / self.data.size, HIGHLIGHT_MAX_HALF_ANGLE)
        arc = np.linspace(theta - half, theta + half, 33)
        self.highlight_axis.set_data([theta, theta], [0, LEVELS[-1]])
        self.highlight_sector.set_xy(
            np.vstack([[theta, 0.0], np.column_stack([arc, np.full_like(arc, LEVELS[-1])])])
        )

    def _set_title(self) -> None:
        self.title_text.set_text(self.data.title or "")
        self.title_text.set_visible(bool(self.data.title))

    @property
    def legend(self) -> Legend:
        """The legend on show."""
        return next((legend for legend in self._legends if legend.get_visible()), self._legends[-1])

    def _set_legend(self) -> None:
        """(Re)create the legend, in every arrangement from one column to one row."""
        s, data = self.style, self.data
        for legend in self._legends:
            legend.remove()
        ambition = (
            Patch(facecolor=to_rgba(s.ambition, s.ambition_alpha), edgecolor=s.ambition, lw=s.line_width),
            Line2D([], [], ls="none", marker="o", ms=s.marker_size, color=s.ambition, mec=s.background),
        )
        current = Line2D(
            [],
            [],
            color=s.current,
            lw=s.line_width,
            ls=CURRENT_DASHES,
            marker="s",
            ms=s.marker_size,
            mec=s.background,
        )
        handles: list[Any] = [ambition, current]
        texts = [data.legend_ambition, data.legend_current]
        if data.reference is not None:
            handles.append(Line2D([], [], color=s.reference, lw=s.reference_width))
            texts.append(data.legend_reference)
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

    # -- public ---------------------------------------------------------------------------------------

    def update(self, data: RadarData) -> list[Artist]:
        """Show `data`; return the artists that changed.

        Artists change in place; only a different number of themes rebuilds the axes (then every
        artist of the figure is returned). Levels change only `data_artists()`; labels, highlight,
        title, level names and legend change other artists, which need a full draw on screen.
        """
        old, self.data = self.data, data
        if data.size != old.size:
            self._build()
            return [*self.figure.axes, *self.figure.texts, *self.figure.legends]
        changed: list[Artist] = []
        if data.ambition != old.ambition:
            self._set_ambition()
            changed += [self.ambition_fill, self.ambition_markers, self.unset_markers]
        if data.current != old.current:
            self._set_current()
            changed += [self.current_line, self.current_markers]
        if data.reference != old.reference:
            self._set_reference()
            changed.append(self.reference_line)
        relayout = False
        if data.labels != old.labels:
            self._set_labels()
            changed += self._labels
            relayout = True
        if data.highlight != old.highlight:
            self._set_highlight()
            changed += [*self._labels, self.highlight_axis, self.highlight_sector]
            relayout = True
        if data.level_names != old.level_names:
            self._set_ring_labels()
            changed += self._ring_labels
        if data.title != old.title:
            self._set_title()
            changed.append(self.title_text)
            relayout = True
        legend_fields = (data.legend_ambition, data.legend_current, data.legend_reference)
        old_legend_fields = (old.legend_ambition, old.legend_current, old.legend_reference)
        if legend_fields != old_legend_fields or (data.reference is None) != (old.reference is None):
            self._set_legend()
            changed += self._legends
            relayout = True
        if relayout:
            self.layout()
        return list(dict.fromkeys(changed))  # unique, in order

    def data_artists(self) -> list[Artist]:
        """The artists that change with the levels, in z-order (for blitting)."""
        return [
            self.reference_line,
            self.ambition_fill,
            self.current_line,
            self.ambition_markers,
            self.current_markers,
            self.unset_markers,
        ]

    def overlay_artists(self) -> list[Text]:
        """Unchanging artists drawn among the data: the ring labels, above the lines (their halo keeps
        them readable) and below the markers (so no level is hidden). Use z-order to interleave."""
        return list(self._ring_labels)

    def animated_artists(self) -> list[Artist]:
        """Everything `set_animated` marks: the data and the overlay."""
        return [*self.data_artists(), *self.overlay_artists()]

    def set_animated(self, animated: bool) -> None:
        """Mark the data artists and the overlay animated, for blitting on screen.

        A full draw then skips them: a blitter draws them over the saved background in z-order, the
        overlay best as an image rendered once per full draw (drawing text costs milliseconds).
        """
        self._animated = animated
        for artist in self.animated_artists():
            artist.set_animated(animated)

    def label_artists(self) -> list[Text]:
        """The theme labels, one per theme."""
        return list(self._labels)

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

        Runs before every full draw (the layout engine). Theme labels shrink, down to
        `MIN_LABEL_SCALE` of their size, until no two of them overlap and the circle is not too small;
        if they still overlap, one label of each overlapping pair moves outwards until they are apart.
        """
        fig, s = self.figure, self.style
        width, height = fig.bbox.width, fig.bbox.height
        if width <= 1 or height <= 1:
            return
        points = fig.dpi / 72
        margin = s.margin * points
        gap = 4 * points
        top, bottom, left, right = height - margin, margin, margin, width - margin
        if self.title_text.get_visible():
            top -= self._layout_title(right - left, margin / height) + gap
        bottom += self._layout_legend(right - left, margin / height) + gap

        directions = [(math.sin(t), math.cos(t)) for t in self._thetas]
        area = (left, right, bottom, top)
        scale = 1.0
        while True:
            for label in self._labels:
                label.set_fontsize(s.label_size * scale)
            boxes = []  # each label's box relative to its anchor, `pads` points outside the circle
            for label in self._labels:
                anchor_x, anchor_y = label.get_transform().transform(label.get_position())
                box = label.get_window_extent()
                boxes.append((box.x0 - anchor_x, box.x1 - anchor_x, box.y0 - anchor_y, box.y1 - anchor_y))
            pads = [s.label_pad] * len(boxes)
            cx, cy, radius, placed = _fit_circle(directions, boxes, [p * points for p in pads], area)
            small = radius < SMALL_CIRCLE * min(right - left, top - bottom) / 2
            crowded = _overlaps(placed, 2 * points)
            if scale <= MIN_LABEL_SCALE or not (small or crowded):
                break
            scale = max(MIN_LABEL_SCALE, scale - 0.1)
        # Still crowded at the smallest type: move one label of each overlapping pair outwards.
        step = 0.25 * s.label_size * scale
        for _ in range(MAX_NUDGES):
            if not crowded:
                break
            for i, j in crowded:
                pads[j if j % 2 or not i % 2 else i] += step  # the odd one, for an even zigzag
            cx, cy, radius, placed = _fit_circle(directions, boxes, [p * points for p in pads], area)
            crowded = _overlaps(placed, 2 * points)
        self.label_scale = scale
        for label, theta, pad in zip(self._labels, self._thetas, pads, strict=True):
            label.set_transform(self._label_transform(float(theta), pad))
        self.axes.set_position(
            ((cx - radius) / width, (cy - radius) / height, 2 * radius / width, 2 * radius / height)
        )
        self._layout_ring_labels(radius)

    def _label_transform(self, theta: float, pad: float) -> Transform:
        """Data coordinates shifted `pad` points outwards along the axis at `theta`."""
        return offset_copy(
            self.axes.transData,
            fig=self.figure,
            x=pad * math.sin(theta),
            y=pad * math.cos(theta),
            units="points",
        )

    def _layout_title(self, available: float, margin: float) -> float:
        """Place the title at the top, wrapped to the width; return its height."""
        text = self.data.title or ""
        self.title_text.set_text(text)
        self.title_text.set_position((0.5, 1 - margin))
        extent = self.title_text.get_window_extent()
        if extent.width > available:
            self.title_text.set_text(wrap_label(text, max(8, int(len(text) * available / extent.width))))
            extent = self.title_text.get_window_extent()
        return float(extent.height)

    def _layout_legend(self, available: float, margin: float) -> float:
        """Show the legend at the bottom in as few rows as fit the width; return its height."""
        chosen = self._legends[0]
        for legend in self._legends:  # one column first, one row last
            legend.set_bbox_to_anchor((0.5, margin), transform=self.figure.transFigure)
            if legend.get_window_extent().width <= available:
                chosen = legend
        for legend in self._legends:
            legend.set_visible(legend is chosen)
        return float(chosen.get_window_extent().height)

    def _layout_ring_labels(self, radius: float) -> None:
        """Full ring labels ("2 significant") where they fit inside the circle, else just the number."""
        points = self.figure.dpi / 72
        for label, level, name in zip(self._ring_labels, LEVELS, self.data.level_names, strict=True):
            label.set_fontsize(self.style.ring_label_size * max(self.label_scale, 0.9))
            label.set_text(f"{level} {name}")
            box = label.get_window_extent()
            top = max(
                level,
                level + (box.height / radius * R_MAX if label.get_verticalalignment() == "bottom" else 0),
            )
            room = math.sqrt(R_MAX**2 - top**2) / R_MAX * radius - (self.style.marker_size / 2 + 2) * points
            if box.width > room:
                label.set_text(str(level))


def _fit_circle(
    directions: list[tuple[float, float]],
    boxes: list[tuple[float, float, float, float]],
    pads: list[float],
    area: tuple[float, float, float, float],
) -> tuple[float, float, float, list[tuple[float, float, float, float]]]:
    """The largest circle whose labels fit in `area` (left, right, bottom, top), all in pixels.

    Label i's box (x0, x1, y0, y1) is given relative to its anchor at (radius + pads[i]) along its
    direction (sin, cos). The centre moves so that the whole drawing, not just the circle, is centred.
    Returns the centre, the radius and the labels' boxes where they land.
    """
    left, right, bottom, top = area
    labels = list(zip(directions, boxes, pads, strict=True))

    def largest(cx: float, cy: float) -> float:
        limits = [cx - left, right - cx, cy - bottom, top - cy]
        for (ux, uy), (x0, x1, y0, y1), pad in labels:
            if ux > 1e-6:
                limits.append((right - cx - x1) / ux - pad)
            elif ux < -1e-6:
                limits.append((left - cx - x0) / ux - pad)
            if uy > 1e-6:
                limits.append((top - cy - y1) / uy - pad)
            elif uy < -1e-6:
                limits.append((bottom - cy - y0) / uy - pad)
        return max(min(limits), 0.15 * min(right - left, top - bottom))

    def placed(cx: float, cy: float, radius: float) -> list[tuple[float, float, float, float]]:
        return [
            (
                cx + (radius + pad) * ux + x0,
                cx + (radius + pad) * ux + x1,
                cy + (radius + pad) * uy + y0,
                cy + (radius + pad) * uy + y1,
            )
            for (ux, uy), (x0, x1, y0, y1), pad in labels
        ]

    cx, cy = (left + right) / 2, (bottom + top) / 2
    for _ in range(2):
        radius = largest(cx, cy)
        around = placed(cx, cy, radius)
        xs = [cx - radius, cx + radius, *(b[0] for b in around), *(b[1] for b in around)]
        ys = [cy - radius, cy + radius, *(b[2] for b in around), *(b[3] for b in around)]
        cx += (left + right - min(xs) - max(xs)) / 2
        cy += (bottom + top - min(ys) - max(ys)) / 2
    radius = largest(cx, cy)
    return cx, cy, radius, placed(cx, cy, radius)


def _overlaps(boxes: list[tuple[float, float, float, float]], gap: float) -> list[tuple[int, int]]:
    """The pairs (i < j) of boxes (x0, x1, y0, y1) that come closer than `gap`."""
    return [
        (i, j)
        for i, a in enumerate(boxes)
        for j, b in enumerate(boxes[i + 1 :], start=i + 1)
        if a[0] < b[1] + gap and b[0] < a[1] + gap and a[2] < b[3] + gap and b[2] < a[3] + gap
    ]


def build_figure(
    data: RadarData,
    style: RadarStyle = RadarStyle(),
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
    style: RadarStyle = RadarStyle(),
    dpi: int = 300,
) -> Path:
    """Write the radar as PNG, SVG or PDF (by `format`, else by the file suffix)."""
    path = Path(path)
    _save(data, path, _format_of(path, format), style, dpi)
    return path


def render_png_bytes(data: RadarData, dpi: int = 300, style: RadarStyle = RadarStyle()) -> bytes:
    """The radar as PNG bytes (the PDF reports skip PNG and embed raw pixels, see reports.radar_image)."""
    buffer = io.BytesIO()
    _save(data, buffer, "png", style, dpi)
    return buffer.getvalue()
