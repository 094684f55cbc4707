"""Actieplan as a Word file (.docx): the same plain blocks as the PDF (`actieplan_content`), in Word's
own styles, so an MVOI team can take sections into its council or board documents."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from docx.shared import Emu
from matplotlib.figure import Figure

from ambitieweb.charts.heatmap import HeatmapData, draw_heatmap, heatmap_size
from ambitieweb.charts.radar import RadarData
from ambitieweb.charts.timeline import TimelineData, draw_timeline, timeline_size
from ambitieweb.reports.actieplan_content import Bullets, Chart, PlanDocument, Table, Text
from ambitieweb.reports.docx_export import WordWriter, figure_png, radar_png


def render_actieplan_docx(
    document: PlanDocument, out: Path | BinaryIO, language: str = "nl", author: str = ""
) -> None:
    writer = WordWriter(f"{document.kicker} — {document.title}", author or "Ambitieweb", language)
    writer.paragraph(document.kicker, small=True)
    writer.title(document.title)
    if document.subtitle:
        writer.paragraph(document.subtitle, italic=True)
    if document.facts:
        writer.table(None, document.facts, (0.28, 0.72))
    for section in document.sections:
        writer.heading(section.title, 1)
        for block in section.blocks:
            if isinstance(block, Text):
                writer.paragraph(block.text, italic=block.style == "lead", small=block.style == "small")
            elif isinstance(block, Bullets):
                writer.bullets(block.items)
            elif isinstance(block, Table):
                writer.table(block.header, block.rows, block.widths)
            else:
                if block.caption:
                    writer.heading(block.caption, 3)
                writer.picture(chart_png(block), Emu(int(writer.width * _share(block))))
    if document.footer:
        writer.paragraph(document.footer, small=True)
    writer.save(out)


def _share(block: Chart) -> float:
    """The part of the text width a chart takes (the radar a little narrower: it is square)."""
    return 0.8 if isinstance(block.data, RadarData) else 1.0


def chart_png(block: Chart) -> bytes:
    """The chart as a PNG, drawn by the same matplotlib code as the PDF's vector version."""
    data = block.data
    if isinstance(data, RadarData):
        return radar_png(data)
    size = heatmap_size(data) if isinstance(data, HeatmapData) else timeline_size(data)
    figure = Figure(figsize=size, dpi=72)
    if isinstance(data, HeatmapData):
        draw_heatmap(figure, data)
    else:
        timeline: TimelineData = data
        draw_timeline(figure, timeline)
    return figure_png(figure)
