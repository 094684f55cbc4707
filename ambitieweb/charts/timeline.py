"""A quarter timeline: one row per item (an action, a tender) as a bar over the quarters it takes.

Drawn on a given Figure from plain data (no pyplot), for the screen and the PDF alike. Groups (a status,
a kind of contract) differ in colour and in hatching-free shade steps; the group's name is in the legend.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from ambitieweb.charts.heatmap import tick_label
from ambitieweb.charts.radar_style import (
    OKABE_BLUE,
    OKABE_GREEN,
    OKABE_ORANGE,
    OKABE_PURPLE,
    OKABE_VERMILLION,
)

GROUP_COLOURS = (OKABE_BLUE, OKABE_ORANGE, OKABE_GREEN, OKABE_VERMILLION, OKABE_PURPLE, "#767676")
TEXT = "#1a1a1a"
RULE = "#b0b0b0"
MAX_ROWS = 60  # more rows than this are left out of the chart (the table lists them all)


@dataclass(frozen=True)
class TimelineItem:
    label: str
    start: int  # index into the quarters
    length: int = 1  # quarters
    group: int = 0  # index into the groups


@dataclass(frozen=True)
class TimelineData:
    quarters: tuple[str, ...]  # e.g. "K1", "K2", ... in order
    years: tuple[tuple[str, int], ...]  # (year label, quarters in it), to mark the years above
    items: tuple[TimelineItem, ...]
    groups: tuple[str, ...] = ()
    title: str | None = None
    more: str = ""  # said under the chart when rows were left out, "{count}" is filled in

    def __post_init__(self) -> None:
        for item in self.items:
            if not 0 <= item.start < len(self.quarters) or item.length < 1:
                raise ValueError(f"item {item.label!r} lies outside the quarters")
            if self.groups and not 0 <= item.group < len(self.groups):
                raise ValueError(f"item {item.label!r} has no group {item.group}")


def timeline_size(data: TimelineData, width: float = 7.0) -> tuple[float, float]:
    rows = min(len(data.items), MAX_ROWS)
    return width, 1.4 + 0.28 * max(rows, 1) + (0.3 if data.title else 0) + (0.3 if data.groups else 0)


def draw_timeline(figure: Figure, data: TimelineData) -> None:
    figure.clear()
    figure.set_facecolor("#ffffff")
    width, height = figure.get_size_inches()
    items = data.items[:MAX_ROWS]
    rows, quarters = max(len(items), 1), len(data.quarters)
    left = min(0.42, 2.6 / width)
    top = (0.75 + (0.3 if data.title else 0)) / height
    bottom = (0.35 + (0.3 if data.groups else 0)) / height
    ax = figure.add_axes((left, bottom, 1 - left - 0.1 / width, 1 - top - bottom))
    ax.set_xlim(0, max(quarters, 1))
    ax.set_ylim(rows, 0)
    ax.set_xticks([])
    ax.set_yticks([])
    for q, quarter in enumerate(data.quarters):
        tick_label(ax, "top", q + 0.5, quarter, fontsize=7.5)
    for r, item in enumerate(items):
        tick_label(ax, "left", r + 0.5, textwrap.shorten(item.label, 36, placeholder="…"), fontsize=8)
    for spine in ax.spines.values():
        spine.set_visible(False)
    above = 1 + 0.3 / ((1 - top - bottom) * height)  # axes units: over the quarter labels
    position = 0
    for label, count in data.years:
        ax.axvline(position, color=RULE, linewidth=1)
        ax.text(
            position + count / 2,
            above,
            label,
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="bottom",
            fontsize=9,
            fontweight="bold",
            color=TEXT,
            clip_on=False,
        )
        position += count
    ax.hlines(range(len(items) + 1), 0, max(quarters, 1), colors="#eeeeee", linewidth=0.6, zorder=0)
    for r, item in enumerate(items):
        colour = GROUP_COLOURS[item.group % len(GROUP_COLOURS)]
        end = min(item.start + item.length, quarters)
        ax.add_artist(  # not add_patch: the limits are set (see heatmap)
            Rectangle(
                (item.start + 0.08, r + 0.2),
                end - item.start - 0.16,
                0.6,
                facecolor=colour,
                edgecolor=TEXT,
                linewidth=0.6,
            )
        )
    if data.title:
        figure.text(
            0.5,
            1 - 0.08 / height,
            data.title,
            ha="center",
            va="top",
            fontsize=11,
            fontweight="bold",
            color=TEXT,
        )
    if data.groups:
        handles = [
            Patch(facecolor=GROUP_COLOURS[i % len(GROUP_COLOURS)], edgecolor=TEXT, linewidth=0.6, label=g)
            for i, g in enumerate(data.groups)
        ]
        figure.legend(
            handles=handles,
            loc="lower center",
            ncols=min(len(handles), 5),
            fontsize=8,
            frameon=False,
            bbox_to_anchor=(0.5, 0.0),
        )
    left_out = len(data.items) - len(items)
    if left_out > 0 and data.more:
        figure.text(left, 0.02, data.more.format(count=left_out), fontsize=8, color=TEXT)
