"""Paints a radar's dynamic layers with QPainter, exactly where matplotlib would draw them.

The screen shows matplotlib's static drawing (grid, labels, title, legend) as an image and paints
everything that changes during a session over it, in the chart core's z-order: the highlighted theme,
vote bands, the reference and earlier outlines, ambition, current situation, markers, the realised
levels (contract reviews), vote medians and flags. Colours, widths, dashes and marker shapes come from
the same `RadarStyle`, positions from `RadarPlot.geometry()`, so the screen looks like the export.

Antialiased shapes cost Qt about as much as they cost Agg, so a frame stays cheap by drawing little:
the layers are kept as images (`RadarPainter.layers`), a change redraws only the part of the layers it
touches (`update`), and a paint only lays the images over the static one, where the change shows. The
highlighted sector is an image per theme, laid with a multiply blend: over white that equals the
chart core's translucent sector under the grid and labels. The ambition's fill is drawn without
antialiasing: its border lies under the antialiased edge line.

Coordinates: the painter works in device pixels with y down; matplotlib's display coordinates are device
pixels with y up, so y becomes `height - y`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from matplotlib.colors import to_rgba
from PySide6.QtCore import QLineF, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPaintEngine,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QRegion,
)

from ambitieweb.charts.radar_data import LEVELS, RadarData
from ambitieweb.charts.radar_shapes import (
    R_MAX,
    UNSET_RADIUS,
    RadarGeometry,
    highlight_box,
    highlight_box_rounding,
    highlight_half_angle,
    vote_band,
    vote_dot_diameter,
)
from ambitieweb.charts.radar_style import CURRENT_DASHES, EARLIER_DOTS, REALISED_DASH_DOT, RadarStyle

SECTOR_STEPS = 33  # points along the highlighted sector's arc, as the chart core draws it
MEDIAN_HALO = 2.5  # points wider than the median bar: its background-coloured halo
FLAG_EDGE_SHARE = 1 / 9  # a flag's edge width: this share of its size, at least one point
SLACK = 2.0  # device pixels around a changed shape: antialiasing and rounding
SPRITE_STEPS = 4  # markers are drawn once per quarter pixel

Render = Callable[["QPainter", RadarData, "QRectF | None"], None]


def colour(value: str, alpha: float | None = None) -> QColor:
    """A matplotlib colour (with an optional alpha) as a QColor."""
    red, green, blue, opacity = to_rgba(value, alpha)
    return QColor.fromRgbF(red, green, blue, opacity)


def _pen(
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


def _blend(background: str, fill: str, alpha: float) -> QColor:
    """An opaque colour: `fill` at `alpha` over `background`."""
    under, over = to_rgba(background), to_rgba(fill)
    mixed = [u * (1 - alpha) + o * alpha for u, o in zip(under[:3], over[:3], strict=True)]
    return QColor.fromRgbF(mixed[0], mixed[1], mixed[2], 1.0)


def _around(points: list[QPointF], slack: float) -> QRectF:
    """The box around some points, `slack` pixels larger all round."""
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    return QRectF(
        min(xs) - slack, min(ys) - slack, max(xs) - min(xs) + 2 * slack, max(ys) - min(ys) + 2 * slack
    )


def _near(rect: QRectF, dirty: QRectF | None) -> bool:
    return dirty is None or rect.intersects(dirty)


def _close(point: QPointF, reach: float, dirty: QRectF | None) -> bool:
    """Whether a shape within `reach` of `point` may touch `dirty` (cheap: called per marker)."""
    if dirty is None:
        return True
    x, y = point.x(), point.y()
    return (
        dirty.left() - reach <= x <= dirty.right() + reach
        and dirty.top() - reach <= y <= dirty.bottom() + reach
    )


def _crosses(line: QLineF, rect: QRectF, slack: float) -> bool:
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


@dataclass(frozen=True)
class Overlay:
    """An image laid among the painted layers (the ring labels), with its top-left in device pixels."""

    image: QImage
    left: float
    top: float


@dataclass
class _Layer:
    """A layer's image (the circle's area) and the data it shows."""

    key: object
    image: QImage


class RadarPainter:
    """Paints `RadarData` over the static image of one layout (a `RadarGeometry`) in one style.

    Call `update(old, new)` on every change (it renews the layer images and says where to repaint),
    then `paint` in the paint event."""

    def __init__(
        self,
        style: RadarStyle,
        geometry: RadarGeometry,
        static: QPixmap,
        overlay: Overlay | None = None,
    ) -> None:
        self.style = style
        self.geometry = geometry
        self.static = static  # device pixels (its device pixel ratio is 1)
        self.overlay = overlay
        s, g = style, geometry
        pt = g.points  # pixels per point
        self._pt = pt
        self._cx, self._cy = g.centre[0], g.height - g.centre[1]
        self._unit = g.unit
        self._directions = [(math.sin(t), math.cos(t)) for t in g.thetas]
        # The layers over the highlighted sector, bottom to top: what each shows and how to draw it.
        self.layers: dict[str, tuple[Callable[[RadarData], object], Render]] = {
            "under": (lambda d: (d.votes, d.reference, d.earlier), self._render_under),
            "levels": (lambda d: (d.ambition, d.current), self._render_levels),
            "realised": (lambda d: d.realised, self._render_realised),
            "votes": (lambda d: d.votes, self._render_votes),
        }
        self._images: dict[str, _Layer] = {}
        self._sectors: dict[int, tuple[QImage, QPoint]] = {}

        flat, round_ = Qt.PenCapStyle.FlatCap, Qt.PenCapStyle.RoundCap
        miter = Qt.PenJoinStyle.MiterJoin
        background = colour(s.background)
        self._multiply = to_rgba(s.background)[:3] == (1.0, 1.0, 1.0)
        tint = _blend(s.background, s.highlight_fill, s.highlight_alpha)
        translucent = colour(s.highlight_fill, s.highlight_alpha)
        self._highlight_brush = QBrush(tint if self._multiply else translucent)
        self._highlight_axis = _pen(colour(s.text), s.highlight_width * pt)
        self._highlight_box = _pen(colour(s.text), s.highlight_box_width * pt, flat, miter)
        self._band = _pen(colour(s.votes, s.votes_alpha), s.vote_band_width * pt, round_)
        self._reference = _pen(colour(s.reference), s.reference_width * pt, round_)  # round joins
        self._earlier = _pen(colour(s.earlier), s.earlier_width * pt, round_, dashes=EARLIER_DOTS[1])
        self._ambition_fill = QBrush(colour(s.ambition, s.ambition_alpha))
        # Edges one by one, so that each can be skipped; the markers over the vertices hide the joins.
        self._ambition_edge = _pen(colour(s.ambition), s.line_width * pt, flat)
        self._ambition_join = QBrush(colour(s.ambition))
        self._current = _pen(colour(s.current), s.line_width * pt, flat, dashes=CURRENT_DASHES[1])
        self._marker_radius = s.marker_size * pt / 2
        self._realised = _pen(colour(s.realised), s.realised_width * pt, flat, dashes=REALISED_DASH_DOT[1])
        self._diamond = _pen(colour(s.realised), max(1.5, s.realised_width * 0.8) * pt, flat, miter)
        self._diamond_half = s.realised_marker_size * pt * math.sqrt(0.5)  # "D": a unit square turned
        self._markers = {
            "ambition": (_pen(background, 1.0 * pt, flat), QBrush(colour(s.ambition))),
            "current": (_pen(background, 1.0 * pt, flat, miter), QBrush(colour(s.current))),
            "unset": (_pen(colour(s.ambition), 1.5 * pt, flat), QBrush(background)),
        }
        self._sprites: dict[tuple[str, int, int], QImage] = {}
        self._vote_dot = (_pen(background, 0.8 * pt, flat), QBrush(colour(s.vote_dot)))
        self._median_halo = _pen(background, (s.median_width + MEDIAN_HALO) * pt, round_)
        self._median_bar = _pen(colour(s.median), s.median_width * pt, flat)
        self._median_half = s.median_length * pt / 2
        flag_edge = max(1.0, s.flag_size * FLAG_EDGE_SHARE)
        self._flag = (_pen(colour(s.flag_edge), flag_edge * pt, flat, miter), QBrush(colour(s.flag)))
        self._flag_half = s.flag_size * pt / 2
        self._boxes = [
            highlight_box(box, size, g.dpi) for box, size in zip(g.label_boxes, g.label_sizes, strict=True)
        ]
        self._rounding = [highlight_box_rounding(size, g.dpi) for size in g.label_sizes]
        reach = R_MAX * self._unit + pt * max(s.marker_size, s.flag_size, s.vote_band_width, s.median_length)
        self._area = QRectF(self._cx - reach, self._cy - reach, 2 * reach, 2 * reach).toAlignedRect()
        self._line_slack = pt * s.line_width / 2 + SLACK
        self._marker_slack = self._marker_radius + pt * 1.5 + SLACK
        self._flag_slack = self._flag_half + flag_edge * pt + SLACK
        self._band_slack = pt * max(s.vote_band_width, s.median_length) / 2 + SLACK

    # -- geometry -------------------------------------------------------------------------------------

    def point(self, index: int, radius: float) -> QPointF:
        """Radius `radius` (in levels) on theme `index`'s axis, in device pixels with y down."""
        sin, cos = self._directions[index]
        return QPointF(self._cx + self._unit * radius * sin, self._cy - self._unit * radius * cos)

    def _box_rect(self, index: int) -> QRectF:
        """Where the highlight box of theme `index` paints, with some slack."""
        x0, y0, x1, y1 = self._boxes[index]
        pen = self._pt * self.style.highlight_box_width + SLACK
        return QRectF(x0 - pen, self.geometry.height - y1 - pen, x1 - x0 + 2 * pen, y1 - y0 + 2 * pen)

    def _sector(self, index: int) -> QPolygonF:
        """The highlighted theme's sector, from the centre to the outer ring."""
        theta = self.geometry.thetas[index]
        half = highlight_half_angle(len(self.geometry.thetas))
        radius = self._unit * LEVELS[-1]
        angles = [theta - half + 2 * half * i / (SECTOR_STEPS - 1) for i in range(SECTOR_STEPS)]
        arc = [QPointF(self._cx + radius * math.sin(a), self._cy - radius * math.cos(a)) for a in angles]
        return QPolygonF([QPointF(self._cx, self._cy), *arc])

    def _outline_points(self, levels: tuple[int, ...]) -> list[QPointF]:
        return [self.point(i, level) for i, level in enumerate(levels)]

    def changed_rects(self, old: RadarData, new: RadarData) -> list[QRectF]:
        """Where the painted layers differ between `old` and `new` (device pixels)."""
        if old.reference != new.reference or old.earlier != new.earlier or old.realised != new.realised:
            return [QRectF(self._area)]
        rects: list[QRectF] = []
        if old.highlight != new.highlight:
            for index in (old.highlight, new.highlight):
                if index is not None:
                    rects.append(self._sector(index).boundingRect().adjusted(-9, -9, 9, 9))
                    rects.append(self._box_rect(index))
        rects += self._changed_outline(old.ambition, new.ambition)
        if any(old.current) != any(new.current):
            rects.append(QRectF(self._area))
        else:
            rects += self._changed_outline(old.current, new.current)
        old_votes, new_votes = old.votes or (None,) * old.size, new.votes or (None,) * new.size
        for index, (before, after) in enumerate(zip(old_votes, new_votes, strict=True)):
            if before != after:
                axis = [self.point(index, 0), self.point(index, LEVELS[-1])]
                rects.append(_around(axis, self._band_slack))
        old_flags, new_flags = old.flagged or (False,) * old.size, new.flagged or (False,) * new.size
        for index, (was, now) in enumerate(zip(old_flags, new_flags, strict=True)):
            if was != now:
                rects.append(_around([self.point(index, self.geometry.flag_radius)], self._flag_slack))
        return rects

    def _changed_outline(self, old: tuple[int, ...], new: tuple[int, ...]) -> list[QRectF]:
        """Where an outline, its fill and its markers change between two sets of levels: the fan around
        each changed theme's vertex (it holds the old and the new edges, fill and marker)."""
        count = len(new)
        widest = [max(a, b) for a, b in zip(old, new, strict=True)]
        slack = max(self._line_slack, self._marker_slack)
        rects = []
        for index in range(count):
            if old[index] != new[index]:
                fan = [self.point(i % count, widest[i % count]) for i in (index - 1, index, index + 1)]
                rects.append(_around([QPointF(self._cx, self._cy), *fan], slack))
        return rects

    # -- layers ---------------------------------------------------------------------------------------

    def update(self, old: RadarData, new: RadarData) -> list[QRectF]:
        """Renew the layer images where `new` differs from `old`; return where to repaint (device pixels)."""
        rects = self.changed_rects(old, new)
        if not rects:
            return rects
        region = QRegion()
        for rect in rects:
            region = region.united(rect.toAlignedRect())
        bounds = QRectF(region.boundingRect())
        for name, (key, render) in self.layers.items():
            layer = self._images.get(name)
            if layer is None or layer.key == key(new):
                continue
            painter = QPainter(layer.image)
            painter.translate(-self._area.x(), -self._area.y())
            painter.setClipRegion(region)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
            painter.fillRect(bounds, Qt.GlobalColor.transparent)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            render(painter, new, bounds)
            painter.end()
            self._images[name] = _Layer(key(new), layer.image)
        return rects

    def _layer(self, name: str, data: RadarData) -> QImage:
        """A layer's image for `data`, drawn whole when it is missing or out of date."""
        key, render = self.layers[name]
        layer = self._images.get(name)
        if layer is None or layer.key != key(data):
            image = QImage(self._area.size(), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.translate(-self._area.x(), -self._area.y())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            render(painter, data, None)
            painter.end()
            layer = self._images[name] = _Layer(key(data), image)
        return layer.image

    def _sector_image(self, index: int) -> tuple[QImage, QPoint]:
        """The highlighted sector and axis of theme `index`, to lay with a multiply blend."""
        if index not in self._sectors:
            sector = self._sector(index)
            axis = QLineF(self.point(index, 0), self.point(index, LEVELS[-1]))
            box = sector.boundingRect().united(QRectF(axis.p1(), axis.p2()).normalized())
            reach = self._highlight_axis.widthF()
            where = box.adjusted(-reach, -reach, reach, reach).toAlignedRect()
            image = QImage(where.size(), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.translate(-where.x(), -where.y())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._highlight_brush)
            painter.drawPolygon(sector)
            painter.setPen(self._highlight_axis)
            painter.drawLine(axis)
            painter.end()
            self._sectors[index] = (image, where.topLeft())
        return self._sectors[index]

    # -- painting -------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, data: RadarData, dirty: QRectF) -> None:
        """The static image and the layers of `data` in z-order, where `dirty` (device pixels) needs it.

        The painter must be set to device pixels (scaled by 1 / device pixel ratio)."""
        painter.drawPixmap(0, 0, self.static)
        if data.highlight is not None:
            image, where = self._sector_image(data.highlight)
            if QRectF(QRect(where, image.size())).intersects(dirty):
                painter.setCompositionMode(self._blend_mode(painter))
                painter.drawImage(where, image)
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        corner = self._area.topLeft()
        for name in self.layers:
            painter.drawImage(corner, self._layer(name, data))
        # Around a label, outside the circle: nothing in the layers lies over it.
        if data.highlight is not None and self._box_rect(data.highlight).intersects(dirty):
            self._paint_highlight_box(painter, data.highlight)
        if data.flagged is not None and any(data.flagged):
            self._paint_flags(painter, data.flagged, dirty)

    def _blend_mode(self, painter: QPainter) -> QPainter.CompositionMode:
        engine = painter.paintEngine()
        blends = engine is not None and engine.hasFeature(QPaintEngine.PaintEngineFeature.BlendModes)
        if self._multiply and blends:
            return QPainter.CompositionMode.CompositionMode_Multiply
        return QPainter.CompositionMode.CompositionMode_SourceOver

    def _paint_highlight_box(self, painter: QPainter, index: int) -> None:
        x0, y0, x1, y1 = self._boxes[index]
        box = QRectF(x0, self.geometry.height - y1, x1 - x0, y1 - y0)
        rounding = self._rounding[index]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setCompositionMode(self._blend_mode(painter))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._highlight_brush)
        painter.drawRoundedRect(box, rounding, rounding)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        painter.setPen(self._highlight_box)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, rounding, rounding)

    # -- the layers' contents: each draws what may touch `dirty` (everything when it is None) --------

    def _render_under(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        """Vote bands, then the reference and earlier outlines."""
        bands = []
        for index, distribution in enumerate(data.votes or ()):
            if distribution is not None:
                low, high = vote_band(distribution)
                band = QLineF(self.point(index, low), self.point(index, high))
                if _near(_around([band.p1(), band.p2()], self._band_slack), dirty):
                    bands.append(band)
        if bands:
            painter.setPen(self._band)
            painter.drawLines(bands)
        for levels, pen in ((data.reference, self._reference), (data.earlier, self._earlier)):
            if levels is not None:
                self._outline(painter, levels, pen, dirty)

    def _outline(self, painter: QPainter, levels: tuple[int, ...], pen: QPen, dirty: QRectF | None) -> None:
        """A closed outline, edge by edge (each edge that may touch `dirty`); a dash pattern runs on
        from edge to edge, as along matplotlib's line."""
        points = self._outline_points(levels)
        edges = [QLineF(a, b) for a, b in zip(points, [*points[1:], points[0]], strict=True)]
        slack = pen.widthF() / 2 + SLACK
        shown = [dirty is None or _crosses(edge, dirty, slack) for edge in edges]
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

    def _render_levels(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        """Ambition, current situation, the ring labels over their lines, and the markers."""
        self._render_ambition(painter, data, dirty)
        self._render_current(painter, data, dirty)
        if self.overlay is not None:
            painter.drawImage(QPointF(self.overlay.left, self.overlay.top), self.overlay.image)
        self._render_markers(painter, data, dirty)

    def _render_ambition(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        points = self._outline_points(data.ambition)
        # The fill's border lies under the edge line: no antialiasing needed there (and 5x faster).
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._ambition_fill)
        painter.drawPolygon(QPolygonF(points))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edges = [QLineF(a, b) for a, b in zip(points, [*points[1:], points[0]], strict=True)]
        shown = [e for e in edges if dirty is None or _crosses(e, dirty, self._line_slack)]
        if shown:
            painter.setPen(self._ambition_edge)
            painter.drawLines(shown)
        if 0 in data.ambition:  # edges meet in the centre, where no marker covers their join
            radius = self._ambition_edge.widthF() / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._ambition_join)
            painter.drawEllipse(QPointF(self._cx, self._cy), radius, radius)

    def _render_current(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        if any(data.current):  # no current situation recorded: draw nothing
            self._outline(painter, data.current, self._current, dirty)

    def _render_markers(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        """Ambition, current and not-set markers, as sprites (a tenth of the cost of drawing each)."""
        current_shown = any(data.current)
        kinds = (
            ("ambition", [self.point(i, level) for i, level in enumerate(data.ambition) if level]),
            ("current", [self.point(i, lv) for i, lv in enumerate(data.current) if lv and current_shown]),
            ("unset", [self.point(i, UNSET_RADIUS) for i, level in enumerate(data.ambition) if not level]),
        )
        for kind, centres in kinds:
            for centre in centres:
                if _close(centre, self._marker_slack, dirty):
                    image, corner = self._sprite(kind, centre)
                    painter.drawImage(corner, image)

    def _sprite(self, kind: str, centre: QPointF) -> tuple[QImage, QPoint]:
        """A marker drawn once for each quarter-pixel position; and where to put it for `centre`."""
        x, y = math.floor(centre.x() * SPRITE_STEPS), math.floor(centre.y() * SPRITE_STEPS)
        phase = (kind, x % SPRITE_STEPS, y % SPRITE_STEPS)
        half = math.ceil(self._marker_slack)
        if phase not in self._sprites:
            pen, brush = self._markers[kind]
            image = QImage(2 * half, 2 * half, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            sprite = QPainter(image)
            sprite.setRenderHint(QPainter.RenderHint.Antialiasing)
            sprite.setPen(pen)
            sprite.setBrush(brush)
            middle = QPointF(half + phase[1] / SPRITE_STEPS, half + phase[2] / SPRITE_STEPS)
            r = self._marker_radius
            if kind == "current":  # a square, as matplotlib's "s" marker
                sprite.drawRect(QRectF(middle.x() - r, middle.y() - r, 2 * r, 2 * r))
            else:
                sprite.drawEllipse(middle, r, r)
            sprite.end()
            self._sprites[phase] = image
        return self._sprites[phase], QPoint(x // SPRITE_STEPS - half, y // SPRITE_STEPS - half)

    def _render_realised(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        """The realised levels: dash-dotted edges between judged themes, an open diamond on each (as
        matplotlib's "D" marker: a square turned a quarter)."""
        if data.realised is None:
            return
        points = [None if lv is None else self.point(i, lv) for i, lv in enumerate(data.realised)]
        period, along = sum(self._realised.dashPattern()), 0.0
        for a, b in zip(points, [*points[1:], points[0]], strict=True):
            if a is None or b is None:
                continue
            edge = QLineF(a, b)
            if dirty is None or _crosses(edge, dirty, self._line_slack):
                dashed = QPen(self._realised)
                dashed.setDashOffset(along % period)
                painter.setPen(dashed)
                painter.drawLine(edge)
            along += edge.length() / self._realised.widthF()
        painter.setPen(self._diamond)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        h = self._diamond_half
        for centre in points:
            if centre is not None and _close(centre, h + self._diamond.widthF() + SLACK, dirty):
                x, y = centre.x(), centre.y()
                diamond = [QPointF(x, y - h), QPointF(x + h, y), QPointF(x, y + h), QPointF(x - h, y)]
                painter.drawPolygon(QPolygonF(diamond))

    def _render_votes(self, painter: QPainter, data: RadarData, dirty: QRectF | None) -> None:
        s, pt = self.style, self._pt
        dots: list[tuple[QPointF, float]] = []
        medians = []
        for index, distribution in enumerate(data.votes or ()):
            axis = [self.point(index, 0), self.point(index, LEVELS[-1])]
            if distribution is None or not _near(_around(axis, self._band_slack), dirty):
                continue
            for level, count in zip(LEVELS, distribution.counts, strict=True):
                if count:
                    diameter = vote_dot_diameter(count, distribution.total, s.vote_band_width) * pt
                    dots.append((self.point(index, level), diameter / 2))
            centre = self.point(index, distribution.median)
            sin, cos = self._directions[index]
            across = QPointF(self._median_half * cos, self._median_half * sin)  # at right angles, y down
            medians.append(QLineF(centre - across, centre + across))
        if not medians:
            return
        painter.setPen(self._vote_dot[0])
        painter.setBrush(self._vote_dot[1])
        for centre, radius in dots:
            painter.drawEllipse(centre, radius, radius)
        for pen in (self._median_halo, self._median_bar):
            painter.setPen(pen)
            painter.drawLines(medians)

    def _paint_flags(self, painter: QPainter, flagged: tuple[bool, ...], dirty: QRectF) -> None:
        h = self._flag_half
        tips = [self.point(i, self.geometry.flag_radius) for i, flag in enumerate(flagged) if flag]
        tips = [tip for tip in tips if _close(tip, self._flag_slack, dirty)]
        if not tips:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._flag[0])
        painter.setBrush(self._flag[1])
        for tip in tips:
            x, y = tip.x(), tip.y()  # pointing down, as matplotlib's "v" marker
            painter.drawPolygon(QPolygonF([QPointF(x - h, y - h), QPointF(x + h, y - h), QPointF(x, y + h)]))
