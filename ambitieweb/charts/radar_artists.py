"""The artists of one radar on a Figure: built bottom to top, filled from `RadarData` part by part, and
listed by role. `RadarPlot` (radar.py) adds the layout, updates, animation and hit-testing.

The parts are made in `radar_frame` (axes, grid, labels, title, legend) and `radar_layers` (the highlight
and the data layers); the z-order is listed in `radar_layers`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.projections.polar import PolarAxes
from matplotlib.text import Text

from ambitieweb.charts import radar_frame as frame
from ambitieweb.charts import radar_layers as layers
from ambitieweb.charts.radar_data import LEVELS, RadarData
from ambitieweb.charts.radar_style import RadarStyle


class RadarArtists:
    """The axes and artists of one radar; `layout()` (in `RadarPlot`) places them for the figure's size."""

    figure: Figure
    axes: PolarAxes
    style: RadarStyle
    data: RadarData
    builds: int  # full (re)builds of the axes
    flag_radius: float  # where the flags sit, in levels
    _animated: bool  # the dynamic artists and overlay are drawn by the screen, not by matplotlib
    _stale: dict[str, Callable[[], None]]  # updates of animated artists, put off

    def layout(self) -> None:
        """Fit everything into the figure (`RadarPlot.layout`)."""
        raise NotImplementedError

    # -- building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        """The axes and every artist anew, bottom to top, filled from the data and laid out."""
        self.figure.clear()
        self.builds += 1
        self._stale.clear()  # the new artists start from the data
        self._thetas = np.arange(self.data.size) * (2 * np.pi / self.data.size)
        self.axes = frame.polar_axes(self.figure, self.style)
        self.flag_radius = LEVELS[-1] + 0.2  # set by layout(), from the flag's size in points
        frame.add_grid(self.axes, self._thetas, self.style)
        self._add_highlight()
        self._ring_labels = frame.ring_labels(self.axes, self.figure, self.style)
        self._labels = frame.theme_labels(self.axes, self.figure, self._thetas, self.style)
        self._add_data_layers()
        self.title_text = frame.title_text(self.figure, self.style)
        self._legends: list[Legend] = []  # one per number of columns, made by _set_legend()
        self.label_scale = 1.0  # how much layout() shrank the theme labels to keep them apart
        self._label_boxes: list[tuple[float, float, float, float]] = []  # set by layout(), for:
        self._label_boxes_for = (0.0, 0.0, 0.0)  # dpi, width, height
        self._fill()

    def _add_highlight(self) -> None:
        """The selected theme: a pale sector behind its axis, a thicker axis line, a box behind its label."""
        self.highlight_sector = layers.highlight_sector(self.style)
        self.axes.add_patch(self.highlight_sector)
        self.highlight_axis = layers.highlight_axis(self.style)
        self.axes.add_line(self.highlight_axis)
        self.highlight_box = layers.highlight_box(self.style)
        self.axes.add_artist(self.highlight_box)

    def _add_data_layers(self) -> None:
        """The artists of `data_artists()`, empty until filled, animated if the plot is."""
        s, thetas = self.style, self._thetas
        self.vote_bands = layers.vote_bands(s)
        self.reference_line = layers.reference_line(thetas, s)
        self.earlier_line = layers.earlier_line(thetas, s)
        self.ambition_fill = layers.ambition_fill(thetas, s)
        self.current_line = layers.current_line(thetas, s)
        self.ambition_markers, self.current_markers, self.unset_markers = layers.level_markers(thetas, s)
        self.realised_line, self.realised_markers = layers.realised_layer(thetas, s)
        self.vote_dots = layers.vote_dots(self.axes, s)
        self.median_halo, self.median_bars = layers.median_bars(self.axes, self.figure, s)
        self.flag_markers = layers.flag_markers(thetas, s)
        layers.add_to_axes(self.axes, self.data_artists())
        for artist in self.animated_artists():
            artist.set_animated(self._animated)

    def _fill(self) -> None:
        """Every artist from the data, then the layout (which the highlight box and flags follow)."""
        self._set_labels()
        self._set_ring_labels()
        self._set_title()
        self._set_legend()
        self._set_ambition()
        self._set_current()
        self._set_reference()
        self._set_earlier()
        self._set_realised()
        self._set_votes()
        self.layout()
        self._set_highlight()
        self._set_flags()

    # -- filling from the data (one setter per part; update() calls those whose data changed) ----------

    def _set_labels(self) -> None:
        for label, text in zip(self._labels, self.data.labels, strict=True):
            label.set_text(frame.wrap_label(text, self.style.label_wrap))

    def _set_ring_labels(self) -> None:
        for label, level, name in zip(self._ring_labels, LEVELS, self.data.level_names, strict=True):
            label.set_text(f"{level} {name}")

    def _set_highlight(self) -> None:
        selected = self.data.highlight
        for artist in self.highlight_artists():
            artist.set_visible(selected is not None)
        if selected is not None:  # the label's box follows in layout(): its place depends on the layout
            theta = float(self._thetas[selected])
            layers.show_highlight_sector(self.highlight_sector, self.highlight_axis, theta, self.data.size)

    def _set_title(self) -> None:
        self.title_text.set_text(self.data.title or "")
        self.title_text.set_visible(bool(self.data.title))

    def _set_legend(self) -> None:
        """(Re)create the legend, in every arrangement from one column to one row."""
        for legend in self._legends:
            legend.remove()
        self._legends = frame.legends(self.figure, self.style, self.data)

    def _set_ambition(self) -> None:
        layers.show_ambition(
            self.ambition_fill, self.ambition_markers, self.unset_markers, self._thetas, self.data.ambition
        )

    def _set_current(self) -> None:
        layers.show_current(self.current_line, self.current_markers, self.data.current)

    def _set_reference(self) -> None:
        layers.show_outline(self.reference_line, self.data.reference)

    def _set_earlier(self) -> None:
        layers.show_outline(self.earlier_line, self.data.earlier)

    def _set_realised(self) -> None:
        layers.show_realised(self.realised_line, self.realised_markers, self.data.realised)

    def _set_votes(self) -> None:
        votes = (self.vote_bands, self.vote_dots, self.median_halo, self.median_bars)
        layers.show_votes(votes, self._thetas, self.data.votes or (), self.style)

    def _set_flags(self) -> None:
        flagged = self.data.flagged or (False,) * self.data.size
        layers.show_flags(self.flag_markers, flagged, self.flag_radius)

    @property
    def legend(self) -> Legend:
        """The legend on show."""
        return next((legend for legend in self._legends if legend.get_visible()), self._legends[-1])

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
            self.realised_line,
            self.realised_markers,
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

    def label_artists(self) -> list[Text]:
        """The theme labels, one per theme."""
        return list(self._labels)
