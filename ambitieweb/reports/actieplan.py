"""Actieplan: the organisation's MVOI plan as a PDF, drawn from `actieplan_content`'s plain blocks."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

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

from ambitieweb.charts.heatmap import HeatmapData
from ambitieweb.charts.radar import RadarData
from ambitieweb.model.framework import Framework
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.realised import FollowedContract
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
from ambitieweb.reports.cell_wrap import wrap_cell
from ambitieweb.reports.chart_canvas import HeatmapFlowable, TimelineFlowable
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


def _chart(block: Chart, width: float, height: float) -> Flowable:
    data = block.data
    if isinstance(data, RadarData):
        return RadarFlowable(data, min(RADAR_WIDTH, width), RADAR_FIGURE)
    if isinstance(data, HeatmapData):
        return HeatmapFlowable(data, width, height)
    return TimelineFlowable(data, width, height)


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
    done: dict[tuple[str, float], str] = {}  # a column repeats itself (kinds, quarters, departments)
    for index, row in enumerate(block.rows):
        if index in block.group_rows:
            rows.append([Paragraph(f"<b>{escape(row[0])}</b>", s.cell), *([""] * (len(row) - 1))])
        else:
            # Plain strings, wrapped here: a table does not parse them (no markup to escape) and they
            # cost a fraction of a Paragraph (a plan has thousands of cells).
            cells: list[Flowable | str] = []
            for cell, w in zip(row, widths, strict=True):
                if (cell, w) not in done:
                    done[cell, w] = wrapped(cell, w)
                cells.append(done[cell, w])
            rows.append(cells)
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
    followed: Mapping[str, FollowedContract] | None = None,
) -> None:
    document = actieplan_content(plan, webs, framework, language, today, followed)
    render_actieplan(document, out, language, plan.organisation)


def write_actieplan(
    plan: ActionPlan,
    webs: Mapping[str, WebFacts],
    framework: Framework,
    path: Path,
    language: str = "nl",
    today: dt.date | None = None,
    followed: Mapping[str, FollowedContract] | None = None,
) -> Path:
    """A PDF, or a Word file when `path` ends in .docx. Built in memory, then written in one step: a
    failed export never leaves half a file."""
    buffer = io.BytesIO()
    if path.suffix.lower() == ".docx":
        from ambitieweb.reports.actieplan_docx import render_actieplan_docx

        document = actieplan_content(plan, webs, framework, language, today, followed)
        render_actieplan_docx(document, buffer, language, plan.organisation)
    else:
        build_actieplan(plan, webs, framework, buffer, language, today, followed)
    write_bytes(path, buffer.getvalue())
    return path
