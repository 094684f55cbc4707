"""reportlab's Table, drawing a plain-text cell of several lines as one text object.

reportlab draws each line of such a cell with its own `drawString`: a new text object, its origin, its
font again, for every line. A plan's tables have thousands of wrapped cells, and that per-line work was
a good part of drawing them. Here the lines go into one text object, each line at its own origin with
the numbers reportlab writes: the same page to the pixel. Any other cell (a Paragraph, one line,
another alignment, right-to-left, a link) is drawn by reportlab.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table  # type: ignore[import-untyped]


class TextTable(Table):  # type: ignore[misc]  # reportlab is untyped
    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float], size: Any) -> None:
        if not _plain_lines(cellval, cellstyle):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canvas = self.canv
        current: Any = getattr(self, "_curcellstyle")  # noqa: B009  # reportlab sets it in draw()
        if current is not cellstyle:  # colour and font as reportlab's _drawCell sets them
            if current is None or cellstyle.color != current.color:
                canvas.setFillColor(cellstyle.color)
            font = (cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            if current is None or font != (current.fontname, current.fontsize, current.leading):
                canvas.setFont(*font)
            self._curcellstyle = cellstyle
        column_x, row_y = pos
        x = column_x + cellstyle.leftPadding
        # reportlab's baselines, computed as reportlab computes them (the same numbers in the page)
        y = row_y + size[1] - cellstyle.topPadding - cellstyle.fontsize
        text = canvas.beginText(x, y)
        for index, line in enumerate(cellval.split("\n")):
            if index:
                text.setTextOrigin(x, y)
            text.textLine(line)
            y -= cellstyle.leading
        canvas.drawText(text)


def _plain_lines(value: Any, style: Any) -> bool:
    """A plain string of more than one line, left and top aligned, left to right, without a link."""
    return (
        isinstance(value, str)
        and "\n" in value
        and style.alignment == "LEFT"
        and style.valign == "TOP"
        and not (style.direction or style.shaping or style.href or style.destination)
    )
