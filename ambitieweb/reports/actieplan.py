"""Actieplan: the organisation's MVOI plan as a PDF, drawn from `actieplan_content`'s plain blocks."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO

from matplotlib.figure import Figure
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)
from reportlab.platypus import TableStyle as RLTableStyle

from ambitieweb.charts.heatmap import HeatmapData, draw_heatmap, heatmap_size
from ambitieweb.charts.radar import RadarData
from ambitieweb.charts.timeline import TimelineData, draw_timeline, timeline_size
from ambitieweb.model.framework import Framework
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.webs import WebFacts
from ambitieweb.reports.actieplan_content import (
    Bullets,
    Chart,
    PlanDocument,
    Section,
    Table,
    Text,
    actieplan_content,
)
from ambitieweb.reports.canvas_renderer import POINTS_PER_INCH, draw_figure
from ambitieweb.reports.cell_wrap import wrap_cell
from ambitieweb.reports.export import write_bytes
from ambitieweb.reports.fonts import REGULAR
from ambitieweb.reports.markup import escape
from ambitieweb.reports.pdf_layout import (
    CELL_SIDE_PADDING,
    HEADER_FILL,
    Heading,
    ReportDocument,
    data_table,
    facts_table,
    styles,
)
from ambitieweb.reports.radar_flowable import RadarFlowable

RADAR_WIDTH = 140 * mm
RADAR_FIGURE = 6.5  # inches
CELL_SIZE = 9  # points, as data_table sets for plain-string cells


class FigureFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A matplotlib figure, built when the page is drawn, as vector paths and text `width` points wide."""

    def __init__(
        self,
        draw: Callable[[Figure], None],
        size_inches: tuple[float, float],
        width: float,
        max_height: float,
    ) -> None:
        super().__init__()
        self._draw = draw
        self._size = size_inches
        aspect = size_inches[1] / size_inches[0]
        self.width = min(width, max_height / aspect)  # a tall chart shrinks to fit one page
        self.height = self.width * aspect
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        figure = Figure(figsize=self._size, dpi=POINTS_PER_INCH)
        self._draw(figure)
        scale = self.width / (self._size[0] * POINTS_PER_INCH)
        self.canv.saveState()
        self.canv.scale(scale, scale)
        draw_figure(figure, self.canv)
        self.canv.restoreState()


def _chart(block: Chart, width: float, height: float) -> Flowable:
    data = block.data
    if isinstance(data, RadarData):
        return RadarFlowable(data, min(RADAR_WIDTH, width), RADAR_FIGURE)
    if isinstance(data, HeatmapData):
        heat = data
        return FigureFlowable(lambda f: draw_heatmap(f, heat), heatmap_size(heat), width, height)
    timeline: TimelineData = data
    return FigureFlowable(lambda f: draw_timeline(f, timeline), timeline_size(timeline), width, height)


def wrapped(text: str, width: float) -> str:
    """A plain-string cell wrapped to its column `width` (long words broken, see cell_wrap)."""
    return "\n".join(wrap_cell(text, REGULAR, CELL_SIZE, width - 2 * CELL_SIDE_PADDING))


CHUNK = 30  # rows per table: reportlab splits long tables across pages slowly (each split wraps again)


def _tables(block: Table, width: float) -> list[Flowable]:
    """The block as tables of at most CHUNK rows, each with the header: one long table would cost
    seconds to split over pages."""
    s = styles()
    widths = [width * share for share in block.widths]
    rows: list[list[Flowable | str]] = []
    for index, row in enumerate(block.rows):
        if index in block.group_rows:
            rows.append([Paragraph(f"<b>{escape(row[0])}</b>", s.cell), *([""] * (len(row) - 1))])
        else:
            # Plain strings, wrapped here: a table does not parse them (no markup to escape) and they
            # cost a fraction of a Paragraph (a plan has thousands of cells).
            rows.append([wrapped(cell, w) for cell, w in zip(row, widths, strict=True)])
    made: list[Flowable] = []
    for start in range(0, max(len(rows), 1), CHUNK):
        table = data_table(list(block.header), rows[start : start + CHUNK], widths)
        groups = [g - start for g in block.group_rows if start <= g < start + CHUNK]
        # +1: the header row comes first
        table.setStyle(
            RLTableStyle(
                [
                    cmd
                    for g in groups
                    for cmd in (
                        ("SPAN", (0, g + 1), (-1, g + 1)),
                        ("BACKGROUND", (0, g + 1), (-1, g + 1), HEADER_FILL),
                    )
                ]
            )
        )
        made.append(table)
    return made


def _section(section: Section, width: float, height: float) -> list[Flowable]:
    s = styles()
    # Room for the heading and a good part of what follows (a chart is not split from its heading).
    story: list[Flowable] = [CondPageBreak(90 * mm), Heading(escape(section.title), s.h1, section.title, 0)]
    for block in section.blocks:
        if isinstance(block, Text):
            style = {"lead": s.subtitle, "small": s.small}.get(block.style, s.body)
            story.append(Paragraph(escape(block.text), style))
        elif isinstance(block, Bullets):
            story += [Paragraph(escape(item), s.body, bulletText="•") for item in block.items]
        elif isinstance(block, Table):
            story += [*_tables(block, width), Spacer(1, 4 * mm)]
        else:
            flowable = _chart(block, width, height - 12 * mm)  # room for the caption
            caption = [Paragraph(escape(block.caption), s.h3)] if block.caption else []
            story += [KeepTogether([*caption, flowable]), Spacer(1, 3 * mm)]
    return story


def render_actieplan(
    document: PlanDocument, out: Path | BinaryIO, language: str = "nl", author: str = ""
) -> None:
    pdf = ReportDocument(
        out,
        title=f"{document.kicker} — {document.title}",
        author=author or "Ambitieweb",
        subject=document.subtitle,
        footer=document.footer,
        language=language,
    )
    s = styles()
    width = pdf.width
    facts = [(escape(name), escape(value)) for name, value in document.facts]
    story: list[Flowable] = [
        Paragraph(escape(document.kicker), s.kicker),
        Heading(escape(document.title), s.title, document.title, 0),
        Paragraph(escape(document.subtitle), s.subtitle),
        facts_table(facts, (38 * mm, width - 38 * mm)),
        Spacer(1, 6 * mm),
    ]
    first, *rest = document.sections
    story += _section(first, width, pdf.height)[1:]  # the summary follows the cover without a page break
    story.append(PageBreak())
    for section in rest:
        story += _section(section, width, pdf.height)
    pdf.build_story(story)


def build_actieplan(
    plan: ActionPlan,
    webs: Mapping[str, WebFacts],
    framework: Framework,
    out: Path | BinaryIO,
    language: str = "nl",
    today: dt.date | None = None,
) -> None:
    document = actieplan_content(plan, webs, framework, language, today)
    render_actieplan(document, out, language, plan.organisation)


def write_actieplan(
    plan: ActionPlan,
    webs: Mapping[str, WebFacts],
    framework: Framework,
    path: Path,
    language: str = "nl",
    today: dt.date | None = None,
) -> Path:
    """A PDF, or a Word file when `path` ends in .docx. Built in memory, then written in one step: a
    failed export never leaves half a file."""
    buffer = io.BytesIO()
    if path.suffix.lower() == ".docx":
        from ambitieweb.reports.actieplan_docx import render_actieplan_docx

        document = actieplan_content(plan, webs, framework, language, today)
        render_actieplan_docx(document, buffer, language, plan.organisation)
    else:
        build_actieplan(plan, webs, framework, buffer, language, today)
    write_bytes(path, buffer.getvalue())
    return path
