"""The ambitieweb radar: one axis per theme, rings for the levels 1-3, ambition, current and reference.

Drawn on a given `Figure` (never pyplot, never global rcParams), so the screen, the PDF reports and the
PNG/SVG/PDF exports share one drawing. `RadarPlot.update` changes the artists in place and never rebuilds
the axes while the number of themes stays the same.

Layers, bottom to top: highlighted sector, grid, highlighted axis, vote bands, generic reference, earlier
version, ambition, current situation, highlighted label box, labels, markers, realised levels, vote
dots, vote medians, flags. Everything that changes during a session is in `dynamic_artists()`: the
screen paints those itself over a static image of the rest (see `geometry()`), so it never redraws the
figure for a key press.

This module: the plot's public face (updates, animation, layout, hit-testing). The rest: `radar_artists`
(building and filling the artists), with `radar_frame` (axes, grid, labels, title, legend) and
`radar_layers` (the highlight and the data layers); `radar_layout` (fitting it all into the figure),
`radar_shapes` (geometry and hit-testing), `radar_files` (PNG/SVG/PDF).
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine

from ambitieweb.charts import radar_frame as frame
from ambitieweb.charts import radar_layout
from ambitieweb.charts.radar_artists import RadarArtists
from ambitieweb.charts.radar_data import LEVELS as LEVELS
from ambitieweb.charts.radar_data import MAX_THEMES as MAX_THEMES
from ambitieweb.charts.radar_data import MIN_THEMES as MIN_THEMES
from ambitieweb.charts.radar_data import RadarData as RadarData
from ambitieweb.charts.radar_shapes import R_MAX, axis_hit, highlight_box, highlight_box_rounding
from ambitieweb.charts.radar_shapes import RadarGeometry as RadarGeometry
from ambitieweb.charts.radar_shapes import level_for_radius as level_for_radius
from ambitieweb.charts.radar_style import RadarStyle as RadarStyle
from ambitieweb.charts.radar_style import contrast_ratio as contrast_ratio

DEFAULT_STYLE = RadarStyle()  # frozen: one instance serves every default


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


class RadarPlot(RadarArtists):
    """Owns the axes and the data artists of one radar on a given Figure (built in `RadarArtists`)."""

    def __init__(self, figure: Figure, data: RadarData, style: RadarStyle = DEFAULT_STYLE) -> None:
        self.figure = figure
        self.style = style
        self.data = data
        self.builds = 0  # full (re)builds of the axes; update() with the same theme count adds none
        self._animated = False
        self._stale = {}  # updates of animated artists, put off
        self._measure: RendererAgg | None = None
        figure.set_facecolor(style.background)
        self._build()
        figure.set_layout_engine(_RadarLayout(self))

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
        if data.realised != old.realised:
            dynamic.append(self._set_realised)
            changed += [self.realised_line, self.realised_markers]
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
        return data.static_part() != self.data.static_part()

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
        return axis_hit(theta, radius, self.data.size)

    def point(self, index: int, radius: float) -> tuple[float, float]:
        """Display coordinates (device pixels, y up) of `radius` on the axis of theme `index`."""
        x, y = self.axes.transData.transform((float(self._thetas[index]), radius))
        return float(x), float(y)

    # -- layout ---------------------------------------------------------------------------------------

    def layout(self) -> None:
        """Fit the circle and its labels (see `radar_layout.fit_labels`), the title above and the legend
        below, into the figure. Runs before every full draw (the layout engine)."""
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
            title = self.data.title or ""
            top -= radar_layout.layout_title(self.title_text, title, right - left, margin / height, renderer)
            top -= gap
        bottom += (
            radar_layout.layout_legend(self._legends, fig, right - left, margin / height, renderer) + gap
        )
        thetas = [float(theta) for theta in self._thetas]
        area = (left, right, bottom, top)
        fit = radar_layout.fit_labels(self._labels, thetas, s, area, renderer, self.data.flagged is not None)
        self.label_scale = fit.scale
        self._label_boxes = fit.boxes  # where they land now
        self._label_boxes_for = self._figure_size()
        for label, theta, pad in zip(self._labels, thetas, fit.pads, strict=True):
            label.set_transform(frame.label_transform(self.axes, fig, theta, pad))
        (cx, cy), radius = fit.centre, fit.radius
        self.axes.set_position(
            ((cx - radius) / width, (cy - radius) / height, 2 * radius / width, 2 * radius / height)
        )
        self.flag_radius = LEVELS[-1] + radar_layout.flag_offset(s) * points * R_MAX / radius
        self._layout_ring_labels(renderer)
        self._set_flags()
        self._place_highlight_box(renderer)

    def _layout_ring_labels(self, renderer: RendererAgg) -> None:
        """Full ring labels ("2 significant") where they stay clear of the theme labels, the markers
        of the next axis and the flags; else just the number."""
        s = self.style
        size = s.ring_label_size * max(self.label_scale, 0.9, s.min_label_scale)
        spots = [(self.point(1, level), s.marker_size / 2) for level in LEVELS]  # next axis
        if self.data.flagged is not None:
            spots += [(self.point(index, self.flag_radius), s.flag_size / 2) for index in (0, 1)]
        keep_clear = radar_layout.keep_clear(self._label_boxes, spots, self.figure.dpi / 72)
        radar_layout.layout_ring_labels(
            self._ring_labels, self.data.level_names, size, keep_clear, self.figure.bbox.width, renderer
        )

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

    def _label_box(self, index: int, renderer: RendererAgg) -> tuple[float, float, float, float]:
        """Where theme `index`'s label lies (x0, y0, x1, y1): as the last layout placed it."""
        if self._label_boxes_for == self._figure_size() and len(self._label_boxes) == self.data.size:
            return self._label_boxes[index]
        return radar_layout.text_extent(self._labels[index], renderer)  # again after a savefig at another dpi

    def _figure_size(self) -> tuple[float, float, float]:
        return float(self.figure.dpi), float(self.figure.bbox.width), float(self.figure.bbox.height)

    def _measurer(self) -> RendererAgg:
        """A renderer at the figure's dpi to measure text with (see `radar_layout.measurer`)."""
        self._measure = radar_layout.measurer(self._measure, self.figure.dpi)
        return self._measure


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
