"""Geometry and colour helpers for the radar's QPainter layers (`radar_painter`).

Colours and pens follow matplotlib's conventions (colour names, dashes in line widths, square caps); the
box and clipping tests decide cheaply whether a shape may touch the part of the image being redrawn.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPen, QRegion

from ambitieweb.charts.colours import to_rgba

SLACK = 2.0  # device pixels around a changed shape: antialiasing and rounding


def colour(value: str, alpha: float | None = None) -> QColor:
    """A matplotlib colour (with an optional alpha) as a QColor."""
    red, green, blue, opacity = to_rgba(value, alpha)
    return QColor.fromRgbF(red, green, blue, opacity)


def line_pen(
    value: QColor,
    width: float,
    cap: Qt.PenCapStyle = Qt.PenCapStyle.SquareCap,
    join: Qt.PenJoinStyle = Qt.PenJoinStyle.RoundJoin,
    dashes: tuple[float, ...] | None = None,
) -> QPen:
    """A pen like a matplotlib line: solid lines end square ('projecting'), joins are round."""
    pen = QPen(value, width, Qt.PenStyle.SolidLine, cap, join)
    if dashes:
        pen.setDashPattern(list(dashes))  # in line widths, as matplotlib scales its dashes
    return pen


def blend(background: str, fill: str, alpha: float) -> QColor:
    """An opaque colour: `fill` at `alpha` over `background`."""
    under, over = to_rgba(background), to_rgba(fill)
    mixed = [u * (1 - alpha) + o * alpha for u, o in zip(under[:3], over[:3], strict=True)]
    return QColor.fromRgbF(mixed[0], mixed[1], mixed[2], 1.0)


def around(points: list[QPointF], slack: float) -> QRectF:
    """The box around some points, `slack` pixels larger all round."""
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    return QRectF(
        min(xs) - slack, min(ys) - slack, max(xs) - min(xs) + 2 * slack, max(ys) - min(ys) + 2 * slack
    )


def near(rect: QRectF, dirty: QRectF | None) -> bool:
    return dirty is None or rect.intersects(dirty)


def close(point: QPointF, reach: float, dirty: QRectF | None) -> bool:
    """Whether a shape within `reach` of `point` may touch `dirty` (cheap: called per marker)."""
    if dirty is None:
        return True
    x, y = point.x(), point.y()
    return (
        dirty.left() - reach <= x <= dirty.right() + reach
        and dirty.top() - reach <= y <= dirty.bottom() + reach
    )


def crosses(line: QLineF, rect: QRectF, slack: float) -> bool:
    """Whether a line comes within `slack` of a rectangle (Liang-Barsky clipping)."""
    x0, y0, dx, dy = line.x1(), line.y1(), line.dx(), line.dy()
    start, end = 0.0, 1.0
    for step, room in (
        (-dx, x0 - rect.left() + slack),
        (dx, rect.right() + slack - x0),
        (-dy, y0 - rect.top() + slack),
        (dy, rect.bottom() + slack - y0),
    ):
        if step == 0:
            if room < 0:
                return False
        elif step < 0:
            start = max(start, room / step)
        else:
            end = min(end, room / step)
    return start <= end


def device_rect(rect: QRect, ratio: float) -> QRectF:
    """A widget's logical rectangle in device pixels."""
    return QRectF(rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio)


def widget_region(rects: list[QRectF], ratio: float) -> QRegion:
    """Device-pixel rectangles as a region of the widget (logical pixels), rounded outwards."""
    region = QRegion()
    for rect in rects:
        logical = QRectF(rect.x() / ratio, rect.y() / ratio, rect.width() / ratio, rect.height() / ratio)
        region = region.united(logical.toAlignedRect())
    return region
