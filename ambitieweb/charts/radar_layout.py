"""Fitting a radar into its figure: the circle with its theme labels, the title above, the legend below,
and ring labels short enough to stay clear. Measured with a renderer in display pixels; `RadarPlot.layout`
runs these before every full draw."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.text import Text

from ambitieweb.charts.label_layout import fit_circle, overlaps
from ambitieweb.charts.radar_data import LEVELS
from ambitieweb.charts.radar_frame import wrap_label
from ambitieweb.charts.radar_shapes import HIGHLIGHT_BOX_PAD, R_MAX
from ambitieweb.charts.radar_style import RadarStyle

MAX_NUDGES = 40  # outward steps (a quarter of the type size each) to pull crowded labels apart
SMALL_CIRCLE = 0.5  # labels also shrink while the circle is narrower than this part of the space
FLAG_GAP = 1.0  # points between a marker on the outer ring and a flag

Box = tuple[float, float, float, float]


def text_extent(artist: Text, renderer: RendererAgg) -> Box:
    """An artist's box on the figure now: x0, y0, x1, y1 in display pixels."""
    x0, y0, x1, y1 = (float(v) for v in artist.get_window_extent(renderer).extents)
    return x0, y0, x1, y1


def measurer(renderer: RendererAgg | None, dpi: float) -> RendererAgg:
    """`renderer` if it measures at `dpi`, else a new one. (A text otherwise measures itself with the
    renderer of its last draw: after a DPI change, as in savefig, at the old dpi.)"""
    if renderer is None or renderer.dpi != dpi:
        return RendererAgg(1, 1, dpi)  # type: ignore[no-untyped-call]
    return renderer


def flag_offset(style: RadarStyle) -> float:
    """How far (points) the flags sit outside the outer ring: clear of the ring's markers."""
    return style.flag_size / 2 + style.marker_size / 2 + FLAG_GAP


@dataclass(frozen=True)
class LabelFit:
    """Where the circle and its theme labels go: the circle's centre and radius (pixels), the labels'
    type scale, their pads outside the circle (points) and their boxes (x0, y0, x1, y1 in pixels)."""

    centre: tuple[float, float]
    radius: float
    scale: float
    pads: list[float]
    boxes: list[Box]


def fit_labels(
    labels: Sequence[Text],
    thetas: Sequence[float],
    style: RadarStyle,
    area: tuple[float, float, float, float],
    renderer: RendererAgg,
    flagged: bool,
) -> LabelFit:
    """The largest circle in `area` (left, right, bottom, top) with its labels around it.

    Labels shrink, down to the style's `min_label_scale` of their size, until no two of them overlap and
    the circle is not too small; if they still overlap, one label of each overlapping pair moves outwards
    until they are apart. With `flagged`, the labels keep clear of the flags. Leaves the labels' type size
    at the chosen scale.
    """
    s = style
    points = renderer.dpi / 72
    left, right, bottom, top = area
    directions = [(math.sin(t), math.cos(t)) for t in thetas]
    smallest = min(s.min_label_scale, 1.0)
    scale = 1.0
    while True:
        for label in labels:
            label.set_fontsize(s.label_size * scale)
        boxes = []  # each label's box relative to its anchor, `pads` points outside the circle
        for label in labels:
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
    if flagged:  # keep the labels (and a highlight box) clear of the flags
        clear = flag_offset(s) + s.flag_size / 2 + 2 + HIGHLIGHT_BOX_PAD * s.label_size * scale
        for _ in range(3):
            short = clear - (R_MAX - LEVELS[-1]) * radius / R_MAX / points - min(pads)
            if short <= 0:
                break
            pads = [pad + short + 1 for pad in pads]
            cx, cy, radius, placed = fit_circle(directions, boxes, [p * points for p in pads], area)
    return LabelFit((cx, cy), radius, scale, pads, [(x0, y0, x1, y1) for x0, x1, y0, y1 in placed])


def layout_title(title: Text, text: str, available: float, margin: float, renderer: RendererAgg) -> float:
    """Place the title at the top, wrapped to the width; return its height."""
    title.set_text(text)
    title.set_position((0.5, 1 - margin))
    extent = title.get_window_extent(renderer)
    if extent.width > available:
        title.set_text(wrap_label(text, max(8, int(len(text) * available / extent.width))))
        extent = title.get_window_extent(renderer)
    return float(extent.height)


def layout_legend(
    legends: Sequence[Legend], figure: Figure, available: float, margin: float, renderer: RendererAgg
) -> float:
    """Show the legend at the bottom in as few rows as fit the width; return its height."""
    chosen = legends[0]
    for legend in legends:  # one column first, one row last
        legend.set_bbox_to_anchor((0.5, margin), transform=figure.transFigure)
        if legend.get_window_extent(renderer).width <= available:
            chosen = legend
    for legend in legends:
        legend.set_visible(legend is chosen)
    return float(chosen.get_window_extent(renderer).height)


def keep_clear(
    label_boxes: Sequence[Box], spots: Sequence[tuple[tuple[float, float], float]], points: float
) -> list[Box]:
    """What the ring labels must keep clear of, with a point of air: the theme labels' boxes and round
    spots ((x, y), half their size in points) such as markers and flags."""
    air = points
    boxes = [(x0 - air, y0, x1 + air, y1) for x0, y0, x1, y1 in label_boxes]
    for (x, y), half in spots:
        reach = half * points + air
        boxes.append((x - reach, y - reach, x + reach, y + reach))
    return boxes


def layout_ring_labels(
    labels: Sequence[Text],
    level_names: Sequence[str],
    size: float,
    keep_clear: Sequence[Box],
    width: float,
    renderer: RendererAgg,
) -> None:
    """Full ring labels ("2 significant") where they stay clear of the boxes in `keep_clear` and inside
    the figure's `width`; else just the number."""
    for label, level, name in zip(labels, LEVELS, level_names, strict=True):
        label.set_fontsize(size)
        label.set_text(f"{level} {name}")
        x0, y0, x1, y1 = text_extent(label, renderer)
        hit = any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in keep_clear)
        if hit or x1 > width:
            label.set_text(str(level))
