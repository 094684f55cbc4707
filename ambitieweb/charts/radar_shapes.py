"""Where a radar's shapes go, in levels and points: shared by the chart core and the screen's painter."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ambitieweb.charts.radar_data import LEVELS
from ambitieweb.model.votes import Distribution

R_MAX = 3.3  # radial limit: a little air outside the outer ring
UNSET_RADIUS = 0.3  # where the "not set" marker of a theme sits on its axis
HIGHLIGHT_MAX_HALF_ANGLE = math.radians(20)  # the selected theme's sector stays narrow with few themes
HIGHLIGHT_BOX_PAD = 0.3  # room around the highlighted theme's label, in its type size
SINGLE_VOTE_LENGTH = 1e-3  # a band where everyone agrees still has a direction, so its round caps show
VOTE_DOT_SHARE = (0.35, 0.45)  # a level's vote dot: this part of the band width, plus this times its share
HIT_R_MAX = 3.65  # clicks further out land on the theme labels and pick nothing
HIT_GAP_SHARE = 0.45  # a click picks the nearest axis within this share of the angle between axes ...
HIT_MAX_ANGLE = math.radians(30)  # ... and never further off, so with few themes the gaps pick nothing


def level_for_radius(radius: float) -> int:
    """The ring nearest to a radius: < 0.5 is 0 (not set), then 1, 2, 3 (anything beyond is 3)."""
    return max(0, min(LEVELS[-1], math.floor(radius + 0.5)))


def axis_hit(theta: float, radius: float, size: int) -> tuple[int, int] | None:
    """(theme index, level 0..3) of a point at `theta`, `radius` (levels) near one of `size` axes, else
    None. Near the centre (radius < 0.5) the level is 0 (not set) for the nearest axis."""
    if radius > HIT_R_MAX:
        return None
    step = 2 * math.pi / size
    index = math.floor((theta % (2 * math.pi)) / step + 0.5) % size
    delta = abs((theta - index * step + math.pi) % (2 * math.pi) - math.pi)
    level = level_for_radius(radius)
    if level > 0 and delta > min(HIT_GAP_SHARE * step, HIT_MAX_ANGLE):
        return None
    return index, level


def vote_band(distribution: Distribution) -> tuple[float, float]:
    """Where a theme's vote band runs along its axis: from the lowest to the highest vote."""
    low, high = float(distribution.low), float(distribution.high)
    return low, max(high, low + SINGLE_VOTE_LENGTH)


def vote_dot_diameter(count: int, total: int, band_width: float) -> float:
    """A level's vote dot (points): grows with the share of the votes on that level."""
    small, grow = VOTE_DOT_SHARE
    return band_width * (small + grow * count / total)


def highlight_box(
    extent: tuple[float, float, float, float], type_size: float, dpi: float
) -> tuple[float, float, float, float]:
    """The box behind the highlighted theme's label (x0, y0, x1, y1): its extent with some room around."""
    pad = highlight_box_rounding(type_size, dpi)
    x0, y0, x1, y1 = extent
    return x0 - pad, y0 - pad, x1 + pad, y1 + pad


def highlight_box_rounding(type_size: float, dpi: float) -> float:
    """The room around the highlighted label and the radius of the box's corners, in pixels."""
    return HIGHLIGHT_BOX_PAD * type_size * dpi / 72


def highlight_half_angle(size: int) -> float:
    """Half the opening of the highlighted theme's sector."""
    return min(math.pi / size, HIGHLIGHT_MAX_HALF_ANGLE)


@dataclass(frozen=True)
class RadarGeometry:
    """Where the radar lies on its figure after a draw, in display coordinates (device pixels, y up).

    Theme i's axis runs from `centre` in the direction (sin theta_i, cos theta_i); radius r (in levels)
    lies `unit * r` pixels out. Enough to paint the dynamic layers exactly over a static image.
    """

    width: float  # of the figure
    height: float
    dpi: float  # pixels per inch: a point is dpi / 72 pixels
    centre: tuple[float, float]
    unit: float  # pixels per level
    thetas: tuple[float, ...]
    label_boxes: tuple[tuple[float, float, float, float], ...]  # x0, y0, x1, y1 of each theme label
    label_sizes: tuple[float, ...]  # type size (points) of each theme label
    flag_radius: float  # where the flags sit, in levels

    @property
    def points(self) -> float:
        """Pixels per point."""
        return self.dpi / 72

    def point(self, index: int, radius: float) -> tuple[float, float]:
        theta = self.thetas[index]
        return (
            self.centre[0] + self.unit * radius * math.sin(theta),
            self.centre[1] + self.unit * radius * math.cos(theta),
        )

    def polar(self, x: float, y: float) -> tuple[float, float]:
        """(theta, radius in levels) of a display point: 0 at 12 o'clock, clockwise, as the axes."""
        dx, dy = x - self.centre[0], y - self.centre[1]
        return math.atan2(dx, dy) % (2 * math.pi), math.hypot(dx, dy) / self.unit

    def hit_test(self, x: float, y: float) -> tuple[int, int] | None:
        """(theme index, level 0..3) for a display point near an axis, else None (see `axis_hit`)."""
        return axis_hit(*self.polar(x, y), len(self.thetas))

    def level_at(self, x: float, y: float) -> int:
        """The level (0..3) of the ring nearest to a display point, whatever its angle (dragging)."""
        return level_for_radius(self.polar(x, y)[1])
