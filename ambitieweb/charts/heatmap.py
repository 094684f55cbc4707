"""The impact heat map: purchasing categories against themes, a score 1 (low) to 5 (high) per cell.

Drawn on a given Figure from plain data (no pyplot), for the screen and the PDF alike. Each cell shows
its number as well as its colour, so the map reads without colour vision and in grey print.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from ambitieweb.charts.radar_style import contrast_ratio

# Five steps from pale to dark (ColorBrewer YlGnBu): ordered in lightness, told apart without hue.
SCALE = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")
EMPTY = "#f2f2f2"
TEXT = "#1a1a1a"
GRID = "#ffffff"
TICK_PAD = 3.5  # points, matplotlib's default between an axis and its tick labels


@dataclass(frozen=True)
class HeatmapData:
    rows: tuple[str, ...]  # purchasing categories
    columns: tuple[str, ...]  # themes
    scores: tuple[tuple[int | None, ...], ...]  # per row, per column: 1-5 or None (not scored)
    row_notes: tuple[str, ...] = ()  # under each row's name, e.g. its yearly spend
    marked_columns: tuple[int, ...] = ()  # focus themes: their names in bold
    title: str | None = None
    legend: str = "Impact: 1 laag – 5 hoog"

    def __post_init__(self) -> None:
        if len(self.scores) != len(self.rows) or any(len(r) != len(self.columns) for r in self.scores):
            raise ValueError("scores need one row per category and one value per theme")
        if any(s is not None and not 1 <= s <= 5 for row in self.scores for s in row):
            raise ValueError("scores are 1 to 5")
        if self.row_notes and len(self.row_notes) != len(self.rows):
            raise ValueError("row_notes need one note per row")


def cell_colours(score: int | None) -> tuple[str, str]:
    """Fill and text colour of a cell; the text keeps at least 4.5:1 against the fill."""
    fill = EMPTY if score is None else SCALE[score - 1]
    text = TEXT if contrast_ratio(TEXT, fill) >= 4.5 else "#ffffff"
    return fill, text


def draw_heatmap(figure: Figure, data: HeatmapData) -> None:
    figure.clear()
    figure.set_facecolor("#ffffff")
    rows, columns = len(data.rows), len(data.columns)
    if not rows or not columns:
        figure.text(0.5, 0.5, data.legend, ha="center", va="center", color=TEXT)
        return
    width, height = figure.get_size_inches()
    left = min(0.45, 2.3 / width)
    top_room = 1.5 + (0.35 if data.title else 0)
    right = 1.3 / width  # room for the last, slanted theme name
    ax = figure.add_axes((left, 0.7 / height, 1 - left - right, 1 - (top_room + 0.7) / height))
    ax.set_xlim(0, columns)
    ax.set_ylim(rows, 0)
    ax.set_xticks([])
    ax.set_yticks([])
    short = [textwrap.shorten(name, 26, placeholder="…") for name in data.columns]
    for c, name in enumerate(short):
        bold = "bold" if c in data.marked_columns else "normal"
        tick_label(ax, "top", c + 0.5, name, rotation=40, ha="left", rotation_mode="anchor", fontweight=bold)
    for r, name in enumerate(data.rows):
        note = data.row_notes[r] if data.row_notes else ""
        tick_label(ax, "left", r + 0.5, f"{name}\n{note}" if note else name, linespacing=1.1)
    for spine in ax.spines.values():
        spine.set_visible(False)
    for r, row in enumerate(data.scores):
        for c, score in enumerate(row):
            fill, ink = cell_colours(score)
            # add_artist, not add_patch: it adds and clips the same, without widening the data limits
            # (they are set), which measured every cell's outline: a third of the chart's time
            ax.add_artist(Rectangle((c, r), 1, 1, facecolor=fill, edgecolor=GRID, linewidth=1.5))
            ax.text(
                c + 0.5,
                r + 0.5,
                "–" if score is None else str(score),
                ha="center",
                va="center",
                fontsize=9,
                color=ink,
            )
    if data.title:
        figure.text(
            0.5,
            1 - 0.12 / height,
            data.title,
            ha="center",
            va="top",
            fontsize=11,
            fontweight="bold",
            color=TEXT,
        )
    figure.text(left, 0.36 / height, data.legend, ha="left", va="bottom", fontsize=8, color=TEXT)
    for i, colour in enumerate(SCALE):  # the scale as five small numbered swatches under it
        x = left + 0.28 * i / width
        figure.patches.append(
            Rectangle(
                (x, 0.08 / height),
                0.24 / width,
                0.2 / height,
                transform=figure.transFigure,
                facecolor=colour,
                edgecolor="#999999",
                linewidth=0.5,
            )
        )
        figure.text(
            x + 0.12 / width,
            0.18 / height,
            str(i + 1),
            ha="center",
            va="center",
            fontsize=7,
            color=cell_colours(i + 1)[1],
        )


def tick_label(ax: Axes, side: str, at: float, text: str, **style: Any) -> None:
    """A label where a tick's label sits (above or left of the axes, 3.5 points off, 8.5 points, as
    `set_xticklabels` with the tick's length 0 puts it), as a plain text: a tick is a handful of
    artists, and making and drawing them was most of the chart's time."""
    if side == "top":
        transform, va, ha = ax.get_xaxis_text2_transform(TICK_PAD)
        x, y = at, 1.0
    else:
        transform, va, ha = ax.get_yaxis_text1_transform(TICK_PAD)
        x, y = 0.0, at
    properties = {"va": va, "ha": ha, "fontsize": 8.5, "color": TEXT, **style}
    ax.text(x, y, text, transform=transform, clip_on=False, **properties)


def heatmap_size(data: HeatmapData, width: float = 7.0) -> tuple[float, float]:
    """A figure size (inches) that gives each row room for two lines of text."""
    return width, 2.5 + 0.42 * max(1, len(data.rows)) + (0.35 if data.title else 0)
