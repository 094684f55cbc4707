"""The actieplan's heat map and quarter timeline drawn straight on the reportlab canvas.

The screen and the Word file draw them with matplotlib (`charts/heatmap.py`, `charts/timeline.py`);
building those figures and walking their artists took about two thirds of the actieplan PDF's time.
Here the same layout (the same inches, colours, fonts and sizes as those modules) is drawn as vector
rectangles and real text in a few milliseconds. A change to either chart's look touches both places.
"""

from __future__ import annotations

import math
import textwrap

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from ambitieweb.charts.heatmap import GRID, SCALE, HeatmapData, cell_colours, heatmap_size
from ambitieweb.charts.timeline import GROUP_COLOURS, MAX_ROWS, RULE, TimelineData, timeline_size
from ambitieweb.charts.timeline import TEXT as INK
from ambitieweb.reports.fonts import BOLD, REGULAR

INCH = 72.0  # points
TICK_PAD = 3.5  # points between an axis and its labels (matplotlib's default)


def _text(
    c: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, align: str = "left"
) -> None:
    """One line with its baseline at y; `align` left, center or right of x."""
    font = BOLD if bold else REGULAR
    c.setFont(font, size)
    if align == "center":
        c.drawCentredString(x, y, text)
    elif align == "right":
        c.drawRightString(x, y, text)
    else:
        c.drawString(x, y, text)


def _middle(y: float, size: float) -> float:
    """The baseline that centres a line of `size` points on y."""
    return y - 0.36 * size


class ChartFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A chart laid out at its own size in inches and scaled to `width` points (shrunk to fit a page)."""

    def __init__(self, size_inches: tuple[float, float], width: float, max_height: float) -> None:
        super().__init__()
        self.size = (size_inches[0] * INCH, size_inches[1] * INCH)
        aspect = size_inches[1] / size_inches[0]
        self.width = min(width, max_height / aspect)
        self.height = self.width * aspect
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        c.saveState()
        scale = self.width / self.size[0]
        c.scale(scale, scale)
        c.setFillColor(colors.HexColor(INK))
        self.paint(c, *self.size)
        c.restoreState()

    def paint(self, c: Canvas, width: float, height: float) -> None:
        raise NotImplementedError


class HeatmapFlowable(ChartFlowable):
    def __init__(self, data: HeatmapData, width: float, max_height: float) -> None:
        super().__init__(heatmap_size(data), width, max_height)
        self.data = data

    def paint(self, c: Canvas, width: float, height: float) -> None:
        data = self.data
        rows, columns = len(data.rows), len(data.columns)
        if not rows or not columns:
            _text(c, width / 2, _middle(height / 2, 10), data.legend, 10, align="center")
            return
        left = min(0.45, 2.3 * INCH / width) * width
        top_room = (1.5 + (0.35 if data.title else 0)) * INCH
        x0, y0 = left, 0.7 * INCH
        aw, ah = width - left - 1.3 * INCH, height - top_room - 0.7 * INCH
        cw, ch = aw / columns, ah / rows
        c.setStrokeColor(colors.HexColor(GRID))
        c.setLineWidth(1.5)
        for r, row in enumerate(data.scores):
            y = y0 + ah - (r + 1) * ch
            for col, score in enumerate(row):
                fill, ink = cell_colours(score)
                c.setFillColor(colors.HexColor(fill))
                c.rect(x0 + col * cw, y, cw, ch, stroke=1, fill=1)
                c.setFillColor(colors.HexColor(ink))
                mark = "–" if score is None else str(score)
                _text(c, x0 + (col + 0.5) * cw, _middle(y + ch / 2, 9), mark, 9, align="center")
        c.setFillColor(colors.HexColor(INK))
        for col, name in enumerate(data.columns):  # slanted names above the columns
            c.saveState()
            c.translate(x0 + (col + 0.5) * cw, y0 + ah + TICK_PAD)
            c.rotate(40)
            short = textwrap.shorten(name, 26, placeholder="…")
            _text(c, 0, 0, short, 8.5, bold=col in data.marked_columns)
            c.restoreState()
        for r, name in enumerate(data.rows):
            note = data.row_notes[r] if data.row_notes else ""
            lines = [name, note] if note else [name]
            leading = 8.5 * 1.1 * 1.2
            centre = y0 + ah - (r + 0.5) * ch
            first = centre + (len(lines) - 1) * leading / 2
            for i, line in enumerate(lines):
                _text(c, x0 - TICK_PAD, _middle(first - i * leading, 8.5), line, 8.5, align="right")
        if data.title:
            _text(c, width / 2, height - 0.12 * INCH - 11, data.title, 11, bold=True, align="center")
        _text(c, left, 0.36 * INCH + 2, data.legend, 8)
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.5)
        for i, colour in enumerate(SCALE):  # the scale as five small numbered swatches
            x = left + 0.28 * INCH * i
            c.setFillColor(colors.HexColor(colour))
            c.rect(x, 0.08 * INCH, 0.24 * INCH, 0.2 * INCH, stroke=1, fill=1)
            c.setFillColor(colors.HexColor(cell_colours(i + 1)[1]))
            _text(c, x + 0.12 * INCH, _middle(0.18 * INCH, 7), str(i + 1), 7, align="center")


class TimelineFlowable(ChartFlowable):
    def __init__(self, data: TimelineData, width: float, max_height: float) -> None:
        super().__init__(timeline_size(data), width, max_height)
        self.data = data

    def paint(self, c: Canvas, width: float, height: float) -> None:
        data = self.data
        items = data.items[:MAX_ROWS]
        rows, quarters = max(len(items), 1), max(len(data.quarters), 1)
        left = min(0.42, 2.6 * INCH / width) * width
        top = (0.75 + (0.3 if data.title else 0)) * INCH
        bottom = (0.35 + (0.3 if data.groups else 0)) * INCH
        x0, y0 = left, bottom
        aw, ah = width - left - 0.1 * INCH, height - top - bottom
        qw, rh = aw / quarters, ah / rows
        for q, name in enumerate(data.quarters):
            _text(c, x0 + (q + 0.5) * qw, y0 + ah + TICK_PAD + 1.5, name, 7.5, align="center")
        for r, item in enumerate(items):
            short = textwrap.shorten(item.label, 36, placeholder="…")
            _text(c, x0 - TICK_PAD, _middle(y0 + ah - (r + 0.5) * rh, 8), short, 8, align="right")
        c.setStrokeColor(colors.HexColor("#eeeeee"))
        c.setLineWidth(0.6)
        for r in range(len(items) + 1):
            c.line(x0, y0 + ah - r * rh, x0 + aw, y0 + ah - r * rh)
        c.setStrokeColor(colors.HexColor(RULE))
        c.setLineWidth(1)
        position = 0
        for name, count in data.years:
            c.line(x0 + position * qw, y0, x0 + position * qw, y0 + ah)
            _text(
                c,
                x0 + (position + count / 2) * qw,
                y0 + ah + 0.3 * INCH + 1.5,
                name,
                9,
                bold=True,
                align="center",
            )
            position += count
        c.setStrokeColor(colors.HexColor(INK))
        c.setLineWidth(0.6)
        for r, item in enumerate(items):
            end = min(item.start + item.length, quarters)
            c.setFillColor(colors.HexColor(GROUP_COLOURS[item.group % len(GROUP_COLOURS)]))
            bar = (x0 + (item.start + 0.08) * qw, y0 + ah - (r + 0.8) * rh)
            c.rect(*bar, (end - item.start - 0.16) * qw, 0.6 * rh, stroke=1, fill=1)
        c.setFillColor(colors.HexColor(INK))
        if data.title:
            _text(c, width / 2, height - 0.08 * INCH - 11, data.title, 11, bold=True, align="center")
        if data.groups:
            self._legend(c, width)
        left_out = len(data.items) - len(items)
        if left_out > 0 and data.more:
            _text(c, left, 0.02 * height + 2, data.more.format(count=left_out), 8)

    def _legend(self, c: Canvas, width: float) -> None:
        """The groups as swatches with their names, at most five a line, centred under the chart."""
        groups = self.data.groups
        per_line = min(len(groups), 5)
        lines = math.ceil(len(groups) / per_line)
        c.setLineWidth(0.6)
        for line in range(lines):
            names = groups[line * per_line : (line + 1) * per_line]
            sizes = [14 + 4 + stringWidth(n, REGULAR, 8) for n in names]
            x = (width - sum(sizes) - 12 * (len(names) - 1)) / 2
            y = 0.06 * INCH + (lines - 1 - line) * 13
            for offset, (name, size) in enumerate(zip(names, sizes, strict=True)):
                index = line * per_line + offset
                c.setFillColor(colors.HexColor(GROUP_COLOURS[index % len(GROUP_COLOURS)]))
                c.rect(x, y, 14, 7, stroke=1, fill=1)
                c.setFillColor(colors.HexColor(INK))
                _text(c, x + 18, y, name, 8)
                x += size + 12
