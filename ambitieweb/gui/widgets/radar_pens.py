"""The radar's pens, brushes and positions for one style and one layout, worked out once.

`RadarPens` turns a `RadarStyle` (matplotlib's colours, widths in points, dashes, marker sizes) and a
`RadarGeometry` (where matplotlib put the circle and the labels) into QPainter's terms: device pixels
with y down (matplotlib's display coordinates have y up, so y becomes `height - y`), and the slack
around each kind of shape that a partial redraw has to cover.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPolygonF

from ambitieweb.charts.colours import to_rgba
from ambitieweb.charts.radar_data import LEVELS
from ambitieweb.charts.radar_shapes import (
    R_MAX,
    RadarGeometry,
    highlight_box,
    highlight_box_rounding,
    highlight_half_angle,
)
from ambitieweb.charts.radar_style import CURRENT_DASHES, EARLIER_DOTS, REALISED_DASH_DOT, RadarStyle
from ambitieweb.gui.widgets.radar_paint_tools import SLACK, blend, colour, line_pen

SECTOR_STEPS = 33  # points along the highlighted sector's arc, as the chart core draws it
MEDIAN_HALO = 2.5  # points wider than the median bar: its background-coloured halo
FLAG_EDGE_SHARE = 1 / 9  # a flag's edge width: this share of its size, at least one point


class RadarPens:
    """What the painter draws with, for one style and one layout (a `RadarGeometry`)."""

    def __init__(self, style: RadarStyle, geometry: RadarGeometry) -> None:
        self.style = style
        self.geometry = geometry
        s, g = style, geometry
        pt = g.points  # pixels per point
        self.pt = pt
        self.cx, self.cy = g.centre[0], g.height - g.centre[1]
        self.unit = g.unit
        self.directions = [(math.sin(t), math.cos(t)) for t in g.thetas]

        flat, round_ = Qt.PenCapStyle.FlatCap, Qt.PenCapStyle.RoundCap
        miter = Qt.PenJoinStyle.MiterJoin
        background = colour(s.background)
        self.multiply = to_rgba(s.background)[:3] == (1.0, 1.0, 1.0)
        tint = blend(s.background, s.highlight_fill, s.highlight_alpha)
        translucent = colour(s.highlight_fill, s.highlight_alpha)
        self.highlight_brush = QBrush(tint if self.multiply else translucent)
        self.highlight_axis = line_pen(colour(s.text), s.highlight_width * pt)
        self.highlight_box = line_pen(colour(s.text), s.highlight_box_width * pt, flat, miter)
        self.band = line_pen(colour(s.votes, s.votes_alpha), s.vote_band_width * pt, round_)
        self.reference = line_pen(colour(s.reference), s.reference_width * pt, round_)  # round joins
        self.earlier = line_pen(colour(s.earlier), s.earlier_width * pt, round_, dashes=EARLIER_DOTS[1])
        self.ambition_fill = QBrush(colour(s.ambition, s.ambition_alpha))
        # Edges one by one, so that each can be skipped; the markers over the vertices hide the joins.
        self.ambition_edge = line_pen(colour(s.ambition), s.line_width * pt, flat)
        self.ambition_join = QBrush(colour(s.ambition))
        self.current = line_pen(colour(s.current), s.line_width * pt, flat, dashes=CURRENT_DASHES[1])
        self.marker_radius = s.marker_size * pt / 2
        self.realised = line_pen(colour(s.realised), s.realised_width * pt, flat, dashes=REALISED_DASH_DOT[1])
        self.diamond = line_pen(colour(s.realised), max(1.5, s.realised_width * 0.8) * pt, flat, miter)
        self.diamond_half = s.realised_marker_size * pt * math.sqrt(0.5)  # "D": a unit square turned
        self.markers = {
            "ambition": (line_pen(background, 1.0 * pt, flat), QBrush(colour(s.ambition))),
            "current": (line_pen(background, 1.0 * pt, flat, miter), QBrush(colour(s.current))),
            "unset": (line_pen(colour(s.ambition), 1.5 * pt, flat), QBrush(background)),
        }
        self.vote_dot = (line_pen(background, 0.8 * pt, flat), QBrush(colour(s.vote_dot)))
        self.median_halo = line_pen(background, (s.median_width + MEDIAN_HALO) * pt, round_)
        self.median_bar = line_pen(colour(s.median), s.median_width * pt, flat)
        self.median_half = s.median_length * pt / 2
        flag_edge = max(1.0, s.flag_size * FLAG_EDGE_SHARE)
        self.flag = (line_pen(colour(s.flag_edge), flag_edge * pt, flat, miter), QBrush(colour(s.flag)))
        self.flag_half = s.flag_size * pt / 2
        self.boxes = [
            highlight_box(box, size, g.dpi) for box, size in zip(g.label_boxes, g.label_sizes, strict=True)
        ]
        self.rounding = [highlight_box_rounding(size, g.dpi) for size in g.label_sizes]
        reach = R_MAX * self.unit + pt * max(s.marker_size, s.flag_size, s.vote_band_width, s.median_length)
        self.area = QRectF(self.cx - reach, self.cy - reach, 2 * reach, 2 * reach).toAlignedRect()
        self.line_slack = pt * s.line_width / 2 + SLACK
        self.marker_slack = self.marker_radius + pt * 1.5 + SLACK
        self.flag_slack = self.flag_half + flag_edge * pt + SLACK
        self.band_slack = pt * max(s.vote_band_width, s.median_length) / 2 + SLACK

    def point(self, index: int, radius: float) -> QPointF:
        """Radius `radius` (in levels) on theme `index`'s axis, in device pixels with y down."""
        sin, cos = self.directions[index]
        return QPointF(self.cx + self.unit * radius * sin, self.cy - self.unit * radius * cos)

    def box_rect(self, index: int) -> QRectF:
        """Where the highlight box of theme `index` paints, with some slack."""
        x0, y0, x1, y1 = self.boxes[index]
        pen = self.pt * self.style.highlight_box_width + SLACK
        return QRectF(x0 - pen, self.geometry.height - y1 - pen, x1 - x0 + 2 * pen, y1 - y0 + 2 * pen)

    def sector(self, index: int) -> QPolygonF:
        """The highlighted theme's sector, from the centre to the outer ring."""
        theta = self.geometry.thetas[index]
        half = highlight_half_angle(len(self.geometry.thetas))
        radius = self.unit * LEVELS[-1]
        angles = [theta - half + 2 * half * i / (SECTOR_STEPS - 1) for i in range(SECTOR_STEPS)]
        arc = [QPointF(self.cx + radius * math.sin(a), self.cy - radius * math.cos(a)) for a in angles]
        return QPolygonF([QPointF(self.cx, self.cy), *arc])

    def outline_points(self, levels: tuple[int, ...]) -> list[QPointF]:
        return [self.point(i, level) for i, level in enumerate(levels)]
