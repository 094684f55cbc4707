"""The actieplan's building blocks, as plain data: sections of paragraphs, lists, tables and charts.

`actieplan_content` fills them; the PDF (`reports.actieplan`) and Word (`reports.actieplan_docx`)
renderers draw them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ambitieweb.charts.heatmap import HeatmapData
from ambitieweb.charts.radar_data import RadarData
from ambitieweb.charts.timeline import TimelineData
from ambitieweb.text.labels import format_number


@dataclass(frozen=True)
class Text:
    text: str
    style: str = "body"  # body, lead, small


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # shares of the text width, adding up to 1
    group_rows: tuple[int, ...] = ()  # rows that head a group (a quarter): printed across, in bold


@dataclass(frozen=True)
class Chart:
    data: RadarData | HeatmapData | TimelineData
    caption: str = ""


Block = Text | Bullets | Table | Chart


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class PlanDocument:
    kicker: str
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...] = field(default=())
    footer: str = ""


def percent(value: float | None, language: str) -> str:
    return "–" if value is None else f"{format_number(round(value), language)}%"
