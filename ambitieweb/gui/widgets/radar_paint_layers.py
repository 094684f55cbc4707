"""The contents of the radar's painted layers: each draws what may touch `dirty` (all when it is None).

`RadarPainter` keeps each layer as an image and calls these to fill it, whole or in a changed part, in
the chart core's z-order: vote bands and the reference and earlier outlines (`under`); ambition, current
situation, the ring labels and the markers (`levels`); a contract review's realised levels (`realised`);
vote dots and medians (`votes`). Flags are painted straight over the layers (`flags`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen, QPolygonF

from ambitieweb.charts.radar_data import LEVELS, RadarData
from ambitieweb.charts.radar_shapes import UNSET_RADIUS, vote_band, vote_dot_diameter
from ambitieweb.gui.widgets.radar_paint_tools import SLACK, around, close, crosses, near
from ambitieweb.gui.widgets.radar_pens import RadarPens

SPRITE_STEPS = 4  # markers are drawn once per quarter pixel


@dataclass(frozen=True)
class Overlay:
    """An image laid among the painted layers (the ring labels), with its top-left in device pixels."""

    image: QImage
    left: float
    top: float


class LayerRenderer:
    """Draws the layers' contents with one set of pens, the ring labels (`overlay`) among them."""

    def __init__(self, pens: RadarPens, overlay: Overlay | None) -> None:
        self.pens = pens
        self.overlay = overlay
        self._sprites: dict[tuple[str, int, int], QImage] = {}

    def under(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        """Vote bands, then the reference and earlier outlines."""
        bands = []
        for index, distribution in enumerate(data.votes or ()):
            if distribution is not None:
                low, high = vote_band(distribution)
                band = QLineF(self.pens.point(index, low), self.pens.point(index, high))
                if near(around([band.p1(), band.p2()], self.pens.band_slack), dirty):
                    bands.append(band)
        if bands:
            painter.setPen(self.pens.band)
            painter.drawLines(bands)
        for levels, pen in ((data.reference, self.pens.reference), (data.earlier, self.pens.earlier)):
            if levels is not None:
                self._outline(painter, levels, pen, dirty)

    def _outline(self, painter: QPainter, levels: tuple[int, ...], pen: QPen, dirty: QRectF | None) -> None:
        """A closed outline, edge by edge (each edge that may touch `dirty`); a dash pattern runs on
        from edge to edge, as along matplotlib's line."""
        points = self.pens.outline_points(levels)
        edges = [QLineF(a, b) for a, b in zip(points, [*points[1:], points[0]], strict=True)]
        slack = pen.widthF() / 2 + SLACK
        shown = [dirty is None or crosses(edge, dirty, slack) for edge in edges]
        if pen.style() != Qt.PenStyle.CustomDashLine:
            painter.setPen(pen)
            painter.drawLines([edge for edge, show in zip(edges, shown, strict=True) if show])
            return
        period, along = sum(pen.dashPattern()), 0.0  # in line widths
        for edge, show in zip(edges, shown, strict=True):
            if show:
                dashed = QPen(pen)
                dashed.setDashOffset(along % period)
                painter.setPen(dashed)
                painter.drawLine(edge)
            along += edge.length() / pen.widthF()

    def levels(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        """Ambition, current situation, the ring labels over their lines, and the markers."""
        self._ambition(painter, data, dirty)
        self._current(painter, data, dirty)
        if self.overlay is not None:
            painter.drawImage(QPointF(self.overlay.left, self.overlay.top), self.overlay.image)
        self._markers(painter, data, dirty)

    def _ambition(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        points = self.pens.outline_points(data.ambition)
        # The fill's border lies under the edge line: no antialiasing needed there (and 5x faster).
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.pens.ambition_fill)
        painter.drawPolygon(QPolygonF(points))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edges = [QLineF(a, b) for a, b in zip(points, [*points[1:], points[0]], strict=True)]
        shown = [e for e in edges if dirty is None or crosses(e, dirty, self.pens.line_slack)]
        if shown:
            painter.setPen(self.pens.ambition_edge)
            painter.drawLines(shown)
        if 0 in data.ambition:  # edges meet in the centre, where no marker covers their join
            radius = self.pens.ambition_edge.widthF() / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.pens.ambition_join)
            painter.drawEllipse(QPointF(self.pens.cx, self.pens.cy), radius, radius)

    def _current(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        if any(data.current):  # no current situation recorded: draw nothing
            self._outline(painter, data.current, self.pens.current, dirty)

    def _markers(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        """Ambition, current and not-set markers, as sprites (a tenth of the cost of drawing each)."""
        current_shown, point = any(data.current), self.pens.point
        kinds = (
            ("ambition", [point(i, level) for i, level in enumerate(data.ambition) if level]),
            ("current", [point(i, lv) for i, lv in enumerate(data.current) if lv and current_shown]),
            ("unset", [point(i, UNSET_RADIUS) for i, level in enumerate(data.ambition) if not level]),
        )
        for kind, centres in kinds:
            for centre in centres:
                if close(centre, self.pens.marker_slack, dirty):
                    image, corner = self._sprite(kind, centre)
                    painter.drawImage(corner, image)

    def _sprite(self, kind: str, centre: QPointF) -> tuple[QImage, QPoint]:
        """A marker drawn once for each quarter-pixel position; and where to put it for `centre`."""
        x, y = math.floor(centre.x() * SPRITE_STEPS), math.floor(centre.y() * SPRITE_STEPS)
        phase = (kind, x % SPRITE_STEPS, y % SPRITE_STEPS)
        half = math.ceil(self.pens.marker_slack)
        if phase not in self._sprites:
            pen, brush = self.pens.markers[kind]
            image = QImage(2 * half, 2 * half, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            sprite = QPainter(image)
            sprite.setRenderHint(QPainter.RenderHint.Antialiasing)
            sprite.setPen(pen)
            sprite.setBrush(brush)
            middle = QPointF(half + phase[1] / SPRITE_STEPS, half + phase[2] / SPRITE_STEPS)
            r = self.pens.marker_radius
            if kind == "current":  # a square, as matplotlib's "s" marker
                sprite.drawRect(QRectF(middle.x() - r, middle.y() - r, 2 * r, 2 * r))
            else:
                sprite.drawEllipse(middle, r, r)
            sprite.end()
            self._sprites[phase] = image
        return self._sprites[phase], QPoint(x // SPRITE_STEPS - half, y // SPRITE_STEPS - half)

    def realised(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        """The realised levels: dash-dotted edges between judged themes, an open diamond on each (as
        matplotlib's "D" marker: a square turned a quarter)."""
        if data.realised is None:
            return
        points = [None if lv is None else self.pens.point(i, lv) for i, lv in enumerate(data.realised)]
        period, along = sum(self.pens.realised.dashPattern()), 0.0
        for a, b in zip(points, [*points[1:], points[0]], strict=True):
            if a is None or b is None:
                continue
            edge = QLineF(a, b)
            if dirty is None or crosses(edge, dirty, self.pens.line_slack):
                dashed = QPen(self.pens.realised)
                dashed.setDashOffset(along % period)
                painter.setPen(dashed)
                painter.drawLine(edge)
            along += edge.length() / self.pens.realised.widthF()
        painter.setPen(self.pens.diamond)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        h = self.pens.diamond_half
        for centre in points:
            if centre is not None and close(centre, h + self.pens.diamond.widthF() + SLACK, dirty):
                x, y = centre.x(), centre.y()
                diamond = [QPointF(x, y - h), QPointF(x + h, y), QPointF(x, y + h), QPointF(x - h, y)]
                painter.drawPolygon(QPolygonF(diamond))

    def votes(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        s, pt = self.pens.style, self.pens.pt
        dots: list[tuple[QPointF, float]] = []
        medians = []
        for index, distribution in enumerate(data.votes or ()):
            axis = [self.pens.point(index, 0), self.pens.point(index, LEVELS[-1])]
            if distribution is None or not near(around(axis, self.pens.band_slack), dirty):
                continue
            for level, count in zip(LEVELS, distribution.counts, strict=True):
                if count:
                    diameter = vote_dot_diameter(count, distribution.total, s.vote_band_width) * pt
                    dots.append((self.pens.point(index, level), diameter / 2))
            centre = self.pens.point(index, distribution.median)
            sin, cos = self.pens.directions[index]
            half = self.pens.median_half
            across = QPointF(half * cos, half * sin)  # at right angles, y down
            medians.append(QLineF(centre - across, centre + across))
        if not medians:
            return
        painter.setPen(self.pens.vote_dot[0])
        painter.setBrush(self.pens.vote_dot[1])
        for centre, radius in dots:
            painter.drawEllipse(centre, radius, radius)
        for pen in (self.pens.median_halo, self.pens.median_bar):
            painter.setPen(pen)
            painter.drawLines(medians)

    def flags(self, painter: QPainter, flagged: tuple[bool, ...], dirty: QRectF) -> None:
        h = self.pens.flag_half
        tips = [self.pens.point(i, self.pens.geometry.flag_radius) for i, flag in enumerate(flagged) if flag]
        tips = [tip for tip in tips if close(tip, self.pens.flag_slack, dirty)]
        if not tips:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pens.flag[0])
        painter.setBrush(self.pens.flag[1])
        for tip in tips:
            x, y = tip.x(), tip.y()  # pointing down, as matplotlib's "v" marker
            painter.drawPolygon(QPolygonF([QPointF(x - h, y - h), QPointF(x + h, y - h), QPointF(x, y + h)]))
