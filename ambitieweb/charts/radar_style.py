"""How a radar looks: colours (Okabe-Ito, legible), line widths, dash patterns and type sizes."""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.colors import to_rgb

CURRENT_DASHES = (0, (3.0, 1.6))  # dash pattern of the current situation, in line widths
EARLIER_DOTS = (0, (0.1, 2.2))  # the earlier version: round dots, in line widths

# Okabe-Ito colours: told apart with every common colour-vision deficiency.
OKABE_BLUE = "#0072B2"
OKABE_VERMILLION = "#D55E00"
OKABE_YELLOW = "#F0E442"
OKABE_GREEN = "#009E73"  # bluish green
OKABE_PURPLE = "#CC79A7"  # reddish purple
OKABE_ORANGE = "#E69F00"


@dataclass(frozen=True)
class RadarStyle:
    """Colours, line widths and type sizes (points). Text colours keep >= 4.5:1 on the background,
    lines and markers >= 3:1 (or a dark edge); each layer also differs in shape or dash, not only colour."""

    background: str = "#FFFFFF"
    text: str = "#1A1A1A"
    ring_text: str = "#4D4D4D"
    grid: str = "#B0B0B0"
    ambition: str = OKABE_BLUE
    ambition_alpha: float = 0.22
    current: str = OKABE_VERMILLION
    reference: str = "#767676"  # grey at 4.5:1: faint but still visible
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
    earlier: str = OKABE_GREEN
    earlier_width: float = 1.8
    votes: str = OKABE_PURPLE
    votes_alpha: float = 0.45
    vote_band_width: float = 9.0
    median: str = "#1A1A1A"  # the median bar across the band: dark, with a halo
    median_length: float = 17.0
    median_width: float = 2.2
    flag: str = OKABE_ORANGE
    flag_edge: str = "#1A1A1A"
    flag_size: float = 10.0
    highlight_box_width: float = 1.2  # the outline around the highlighted theme's label

    @classmethod
    def projector(cls) -> RadarStyle:
        """For a room: bigger type, thicker lines, black text."""
        return cls(
            text="#000000",
            ring_text="#333333",
            grid="#8F8F8F",
            label_size=16.0,
            ring_label_size=12.0,
            title_size=20.0,
            legend_size=14.0,
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
        )


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(colour)]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
