"""How a radar looks: colours (Okabe-Ito, legible), line widths, dash patterns and type sizes."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from ambitieweb.charts.colours import to_hex, to_rgb

CURRENT_DASHES = (0, (3.0, 1.6))  # dash pattern of the current situation, in line widths
EARLIER_DOTS = (0, (0.1, 2.2))  # the earlier version: round dots, in line widths
REALISED_DASH_DOT = (0, (4.0, 1.5, 0.8, 1.5))  # what a contract review found: dash-dot, in line widths

# Okabe-Ito colours: told apart with every common colour-vision deficiency.
OKABE_BLUE = "#0072B2"
OKABE_VERMILLION = "#D55E00"
OKABE_YELLOW = "#F0E442"
OKABE_GREEN = "#009E73"  # bluish green
OKABE_PURPLE = "#CC79A7"  # reddish purple
OKABE_ORANGE = "#E69F00"
# Darker shades of the same hues, for 3:1 against the ambition's fill and the highlighted sector.
CURRENT_VERMILLION = "#C05500"
EARLIER_GREEN = "#008662"
VOTE_PURPLE = "#A36186"
VOTE_DOT_PURPLE = "#6E3F5A"
REALISED_BLACK = "#1A1A1A"  # realised levels: near black, the strongest contrast in print and grey


@dataclass(frozen=True)
class RadarStyle:
    """Colours, line widths and type sizes (points). Text keeps >= 4.5:1 against what it is drawn on,
    lines, rings, markers and bands >= 3:1 (or a dark edge), on the background and on the ambition's
    fill and the highlighted sector (see `contrasts`); each layer also differs in shape or dash, not
    only in colour."""

    background: str = "#FFFFFF"
    text: str = "#1A1A1A"
    ring_text: str = "#4D4D4D"
    grid: str = "#767676"  # rings and axes: 3:1 on the fill and the highlighted sector too
    ambition: str = OKABE_BLUE
    ambition_alpha: float = 0.18
    current: str = CURRENT_VERMILLION
    reference: str = "#4D4D4D"  # dark grey, solid and wider than the grid
    highlight_fill: str = OKABE_YELLOW
    highlight_alpha: float = 0.35
    label_size: float = 10.0
    ring_label_size: float = 8.0
    title_size: float = 13.0
    legend_size: float = 9.0
    line_width: float = 2.0
    reference_width: float = 1.3
    grid_width: float = 0.8
    highlight_width: float = 2.4
    marker_size: float = 6.5
    label_wrap: int = 18  # characters per line of a theme label
    label_pad: float = 5.0  # points between the outer ring area and a theme label
    margin: float = 6.0  # points around the figure's content
    earlier: str = EARLIER_GREEN
    earlier_width: float = 1.8
    votes: str = VOTE_PURPLE
    votes_alpha: float = 1.0  # opaque: a pale band would fall under 3:1
    vote_dot: str = VOTE_DOT_PURPLE
    vote_band_width: float = 9.0
    median: str = "#1A1A1A"  # the median bar across the band: dark, with a halo
    median_length: float = 17.0
    median_width: float = 2.2
    flag: str = OKABE_ORANGE
    flag_edge: str = "#1A1A1A"
    flag_size: float = 10.0
    highlight_box_width: float = 1.2  # the outline around the highlighted theme's label
    realised: str = REALISED_BLACK
    realised_width: float = 2.0
    realised_marker_size: float = 7.5  # a diamond, larger than the ambition's dot: it shows around it

    min_label_scale: float = 0.7  # theme labels may shrink to this share of label_size when crowded

    def scaled(self, factor: float) -> RadarStyle:
        """The same look with every type size, line width, marker and gap `factor` times as large."""
        sizes = {
            f.name: getattr(self, f.name) * factor
            for f in fields(self)
            if f.type in ("float", float) and f.name.endswith(_SIZES)
        }
        return replace(self, **sizes)

    def smallest_text(self) -> float:
        """The smallest type size (points) this style may draw text in."""
        return min(self.label_size * self.min_label_scale, self.ring_label_size, self.legend_size)

    @classmethod
    def projector(cls) -> RadarStyle:
        """For a room: bigger type, thicker lines, black text."""
        return cls(
            text="#000000",
            ring_text="#333333",
            label_size=14.0,
            ring_label_size=12.0,
            title_size=18.0,
            legend_size=12.0,
            line_width=3.5,
            reference_width=2.2,
            grid_width=1.3,
            highlight_width=4.0,
            marker_size=11.0,
            label_wrap=16,
            label_pad=8.0,
            margin=10.0,
            earlier_width=3.0,
            vote_band_width=16.0,
            median="#000000",
            median_length=29.0,
            median_width=3.6,
            flag_edge="#000000",
            flag_size=17.0,
            highlight_box_width=2.0,
            realised_width=3.5,
            realised_marker_size=12.5,
            min_label_scale=1.0,  # read from the back of the room: never smaller
        )


# The fields that `RadarStyle.scaled` multiplies: sizes, widths, lengths and gaps.
_SIZES = ("_size", "_width", "_length", "_pad", "margin")


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(colour)]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _over(background: str, colour: str, alpha: float) -> str:
    """`colour` at `alpha` over an opaque `background`, as an opaque colour."""
    (r0, g0, b0), (r1, g1, b1) = to_rgb(background), to_rgb(colour)
    return to_hex((r0 + (r1 - r0) * alpha, g0 + (g1 - g0) * alpha, b0 + (b1 - b0) * alpha))


def contrasts(style: RadarStyle) -> dict[str, tuple[float, float]]:
    """Each text and graphic of the radar against each ground it can be drawn on: name -> (contrast
    ratio, what WCAG 2.1 AA asks: 4.5 for text, 3 for graphics)."""
    s = style
    fill = _over(s.background, s.ambition, s.ambition_alpha)
    sector = _over(s.background, s.highlight_fill, s.highlight_alpha)
    grounds = {
        "background": s.background,
        "fill": fill,
        "sector": sector,
        "fill over sector": _over(sector, s.ambition, s.ambition_alpha),
    }
    result: dict[str, tuple[float, float]] = {}
    for name, colour in (("text", s.text), ("ring labels", s.ring_text)):
        result[f"{name} on background"] = (contrast_ratio(colour, s.background), 4.5)
    result["highlighted label on its box"] = (contrast_ratio(s.text, sector), 4.5)
    graphics = {
        "ambition line": s.ambition,
        "current situation": s.current,
        "generic web": s.reference,
        "earlier version": s.earlier,
        "realised": s.realised,
        "vote band": _over(s.background, s.votes, s.votes_alpha),
        "vote dots": s.vote_dot,
        "median bar": s.median,
        "flag edge": s.flag_edge,
        "highlighted axis": s.text,
    }
    for name, colour in graphics.items():
        for ground, value in grounds.items():
            if name == "ambition line" and "fill" in ground:
                continue  # the fill's own edge
            result[f"{name} on {ground}"] = (contrast_ratio(colour, value), 3.0)
    for ground, value in grounds.items():  # the rings lie under the fill: both are seen through it
        seen = _over(s.grid, s.ambition, s.ambition_alpha) if "fill" in ground else s.grid
        result[f"rings on {ground}"] = (contrast_ratio(seen, value), 3.0)
    return result
