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
pixels with y up, so y becomes `height - y`. The pens and positions are in `radar_pens`, the layers'
contents in `radar_paint_layers`, the colour and clipping helpers in `radar_paint_tools`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPaintEngine, QPainter, QPixmap, QRegion

from ambitieweb.charts.radar_data import LEVELS, RadarData
from ambitieweb.charts.radar_shapes import RadarGeometry
from ambitieweb.charts.radar_style import RadarStyle
from ambitieweb.gui.widgets.radar_paint_layers import LayerRenderer, Overlay
from ambitieweb.gui.widgets.radar_paint_tools import around
from ambitieweb.gui.widgets.radar_pens import RadarPens

Render = Callable[["QPainter", RadarData, "QRectF | None"], None]


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
        self._pens = pens = RadarPens(style, geometry)
        draw = LayerRenderer(pens, overlay)
        # The layers over the highlighted sector, bottom to top: what each shows and how to draw it.
        self.layers: dict[str, tuple[Callable[[RadarData], object], Render]] = {
            "under": (lambda d: (d.votes, d.reference, d.earlier), draw.under),
            "levels": (lambda d: (d.ambition, d.current), draw.levels),
            "realised": (lambda d: d.realised, draw.realised),
            "votes": (lambda d: d.votes, draw.votes),
        }
        self._flags = draw.flags
        self._images: dict[str, _Layer] = {}
        self._sectors: dict[int, tuple[QImage, QPoint]] = {}
        self._area = pens.area

    # -- where a change shows -------------------------------------------------------------------------

    def changed_rects(self, old: RadarData, new: RadarData) -> list[QRectF]:
        """Where the painted layers differ between `old` and `new` (device pixels)."""
        if old.reference != new.reference or old.earlier != new.earlier or old.realised != new.realised:
            return [QRectF(self._area)]
        rects: list[QRectF] = []
        if old.highlight != new.highlight:
            for index in (old.highlight, new.highlight):
                if index is not None:
                    rects.append(self._pens.sector(index).boundingRect().adjusted(-9, -9, 9, 9))
                    rects.append(self._pens.box_rect(index))
        rects += self._changed_outline(old.ambition, new.ambition)
        if any(old.current) != any(new.current):
            rects.append(QRectF(self._area))
        else:
            rects += self._changed_outline(old.current, new.current)
        old_votes, new_votes = old.votes or (None,) * old.size, new.votes or (None,) * new.size
        for index, (before, after) in enumerate(zip(old_votes, new_votes, strict=True)):
            if before != after:
                axis = [self._pens.point(index, 0), self._pens.point(index, LEVELS[-1])]
                rects.append(around(axis, self._pens.band_slack))
        old_flags, new_flags = old.flagged or (False,) * old.size, new.flagged or (False,) * new.size
        for index, (was, now) in enumerate(zip(old_flags, new_flags, strict=True)):
            if was != now:
                rects.append(
                    around([self._pens.point(index, self.geometry.flag_radius)], self._pens.flag_slack)
                )
        return rects

    def _changed_outline(self, old: tuple[int, ...], new: tuple[int, ...]) -> list[QRectF]:
        """Where an outline, its fill and its markers change between two sets of levels: the fan around
        each changed theme's vertex (it holds the old and the new edges, fill and marker)."""
        count = len(new)
        widest = [max(a, b) for a, b in zip(old, new, strict=True)]
        slack = max(self._pens.line_slack, self._pens.marker_slack)
        rects = []
        for index in range(count):
            if old[index] != new[index]:
                fan = [self._pens.point(i % count, widest[i % count]) for i in (index - 1, index, index + 1)]
                rects.append(around([QPointF(self._pens.cx, self._pens.cy), *fan], slack))
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
            sector = self._pens.sector(index)
            axis = QLineF(self._pens.point(index, 0), self._pens.point(index, LEVELS[-1]))
            box = sector.boundingRect().united(QRectF(axis.p1(), axis.p2()).normalized())
            reach = self._pens.highlight_axis.widthF()
            where = box.adjusted(-reach, -reach, reach, reach).toAlignedRect()
            image = QImage(where.size(), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.translate(-where.x(), -where.y())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._pens.highlight_brush)
            painter.drawPolygon(sector)
            painter.setPen(self._pens.highlight_axis)
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
        if data.highlight is not None and self._pens.box_rect(data.highlight).intersects(dirty):
            self._paint_highlight_box(painter, data.highlight)
        if data.flagged is not None and any(data.flagged):
            self._flags(painter, data.flagged, dirty)

    def _blend_mode(self, painter: QPainter) -> QPainter.CompositionMode:
        engine = painter.paintEngine()
        blends = engine is not None and engine.hasFeature(QPaintEngine.PaintEngineFeature.BlendModes)
        if self._pens.multiply and blends:
            return QPainter.CompositionMode.CompositionMode_Multiply
        return QPainter.CompositionMode.CompositionMode_SourceOver

    def _paint_highlight_box(self, painter: QPainter, index: int) -> None:
        x0, y0, x1, y1 = self._pens.boxes[index]
        box = QRectF(x0, self.geometry.height - y1, x1 - x0, y1 - y0)
        rounding = self._pens.rounding[index]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setCompositionMode(self._blend_mode(painter))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._pens.highlight_brush)
        painter.drawRoundedRect(box, rounding, rounding)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        painter.setPen(self._pens.highlight_box)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, rounding, rounding)
