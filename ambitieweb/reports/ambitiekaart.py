"""Ambitiekaart for the contract manager: one A4 card (contract, radar, agreed levels, key criteria and
goals), then the checklist of every binding criterion on pages of its own (ambitiekaart_checklist.py).

The card never spills over: lists that do not fit end with '… en N meer'.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session, Snapshot
from ambitieweb.reports.ambitiedocument import goal_values
from ambitieweb.reports.ambitiekaart_checklist import checklist_story
from ambitieweb.reports.checklist import contract_line
from ambitieweb.reports.content import content_of
from ambitieweb.reports.fonts import REGULAR
from ambitieweb.reports.markup import escape
from ambitieweb.reports.pdf_layout import (
    ACCENT,
    CELL_SIDE_PADDING,
    MUTED,
    Heading,
    ReportDocument,
    data_table,
    styles,
)
from ambitieweb.reports.radar_flowable import session_radar_flowable
from ambitieweb.text.labels import format_date, format_weight, label, level_text, sentence
from ambitieweb.text.numbering import numbered_criteria, theme_names

MARGIN = 14 * mm
RADAR_WIDTH = 84 * mm
RADAR_FIGURE = 4.5  # inches: theme labels print at about 7.5 pt
KEY_KINDS = (CriterionKind.AWARD, CriterionKind.CONTRACT_CLAUSE)
CELL_PADDING = 2  # points above and below a cell's text
SECTION_GAP = 4 * mm


@dataclass(frozen=True)
class _Compact:
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    section: ParagraphStyle
    status: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle


def _compact() -> _Compact:
    s = styles()
    return _Compact(
        cell=ParagraphStyle("kaart_cell", parent=s.cell, fontSize=8, leading=10),
        cell_bold=ParagraphStyle("kaart_cell_bold", parent=s.cell_bold, fontSize=8, leading=10),
        cell_right=ParagraphStyle("kaart_cell_right", parent=s.cell_right, fontSize=8, leading=10),
        head=ParagraphStyle("kaart_head", parent=s.cell_head, fontSize=7.5, leading=9.5),
        section=ParagraphStyle(
            "kaart_section", parent=s.h2, fontSize=11, leading=14, spaceBefore=0, spaceAfter=3
        ),
        status=ParagraphStyle("kaart_status", parent=s.body, fontSize=9.5, leading=12, textColor=ACCENT),
        title=ParagraphStyle("kaart_title", parent=s.title, fontSize=17, leading=21, spaceAfter=2),
        subtitle=ParagraphStyle("kaart_subtitle", parent=s.subtitle, fontSize=9.5, leading=12, spaceAfter=2),
    )


def build_ambitiekaart(
    session: Session,
    framework: Framework,
    out: Path | BinaryIO,
    *,
    snapshot: Snapshot | None = None,
    generic: Session | None = None,
    contract: Contract | None = None,
    language: str = "nl",
) -> None:
    """The card, then the checklist; `contract`: the session's contract follow-up, if it has one."""
    shown = content_of(session, snapshot)
    document = ReportDocument.for_session(out, shown, "ambitiekaart", language, margin=MARGIN)
    c = _compact()
    width = document.width
    top = [
        *_header(shown, snapshot, contract, language, c),
        _levels_and_radar(shown, framework, generic, language, width, c),
        Spacer(1, SECTION_GAP),
    ]
    used = sum(_height(f, width) for f in top)
    criteria = _criteria_rows(shown, framework, language, width, c)
    goals = _goal_rows(shown, framework, language, width, c)
    section_height = _height(Paragraph("X", c.section), width) + c.head.leading + 2 * CELL_PADDING
    budget = document.height - used - 2 * section_height - SECTION_GAP - 6  # 6: rounding and table rules
    shown_criteria, shown_goals = _fit_rows(criteria, goals, budget, c.cell.leading + 2 * CELL_PADDING)
    story = [
        *top,
        *criteria.section(shown_criteria, language, c),
        Spacer(1, SECTION_GAP),
        *goals.section(shown_goals, language, c),
    ]
    # A last guard: whatever the measurements missed, the card shrinks rather than taking a second page.
    card = KeepInFrame(width, document.height, story, mode="shrink")
    document.build_story([card, PageBreak(), *checklist_story(shown, framework, contract, language, width)])


def _header(
    session: Session, snapshot: Snapshot | None, contract: Contract | None, language: str, c: _Compact
) -> list[Flowable]:
    if snapshot is not None:
        date = format_date(snapshot.agreed_at.date(), language)
        status = sentence(label("agreed_version", language, date=date, number=snapshot.number))
    else:
        status = sentence(label("draft", language))
    subtitle = " · ".join(part for part in (session.organisation, session.subject) if part)
    story: list[Flowable] = [
        Paragraph(escape(label("ambitiekaart", language)), styles().kicker),
        Heading(escape(session.title), c.title, session.title, 0),
    ]
    if subtitle:
        story.append(Paragraph(escape(subtitle), c.subtitle))
    # Status and contract share a line: the card's room goes to the levels, criteria and goals.
    contract_text = escape(contract_line(contract, language))
    story += [
        Paragraph(f"<b>{escape(status)}</b> · {contract_text}", c.status),
        Spacer(1, 2 * mm),
    ]
    return story


def _levels_and_radar(
    session: Session, framework: Framework, generic: Session | None, language: str, width: float, c: _Compact
) -> Table:
    names = theme_names(session, framework)
    table_width = width - RADAR_WIDTH - 4 * mm
    rows = [
        [
            Paragraph(
                escape(names[e.theme_id]) + (" ★" if e.focus else ""), c.cell_bold if e.focus else c.cell
            ),
            Paragraph(escape(level_text(e.current, language)), c.cell),
            Paragraph(f"<b>{escape(level_text(e.ambition, language))}</b>", c.cell),
        ]
        for e in session.themes
    ]
    header = [label("theme", language), label("current_short", language), label("ambition", language)]
    levels = _compact_table(header, rows, [table_width * 0.52, table_width * 0.22, table_width * 0.26], c)
    note = Paragraph(
        f"★ {escape(label('focus_theme', language))}", ParagraphStyle("note", parent=c.cell, textColor=MUTED)
    )
    column = [
        Heading(escape(label("agreed_levels", language)), c.section, label("agreed_levels", language), 1),
        levels,
        Spacer(1, 2),
        note,
    ]
    radar = session_radar_flowable(session, framework, generic, language, RADAR_WIDTH, RADAR_FIGURE)
    # The levels column may not grow taller than the radar: a very long list shrinks instead.
    fitted = KeepInFrame(table_width, RADAR_WIDTH, column, mode="shrink")
    outer = Table([[radar or "", fitted]], colWidths=[RADAR_WIDTH + 4 * mm, table_width], hAlign="LEFT")
    outer.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),  # a Table sets its font even for flowable cells
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return outer


@dataclass(frozen=True)
class _Rows:
    """One list on the card (criteria or goals): its heading, columns and measured rows."""

    title: str
    empty: str  # said when the list is empty
    header: list[str]
    widths: list[float]
    rows: list[list[Flowable]]
    heights: list[float]

    def section(self, count: int, language: str, c: _Compact) -> list[Flowable]:
        story: list[Flowable] = [Heading(escape(self.title), c.section, self.title, 1)]
        if not self.rows:
            return [*story, Paragraph(escape(self.empty), c.cell)]
        rows = self.rows[:count]
        more = len(self.rows) - count
        if more:
            more_row = [Paragraph(escape(label("more", language, count=more)), c.cell)]
            rows = [*rows, more_row + [Paragraph("", c.cell)] * (len(self.header) - 1)]
        story.append(_compact_table(self.header, rows, self.widths, c, span_last=more > 0))
        return story


def _criteria_rows(session: Session, framework: Framework, language: str, width: float, c: _Compact) -> _Rows:
    items = [
        item
        for group in numbered_criteria(session, framework)
        if group.kind in KEY_KINDS
        for item in group.items
    ]
    rows = [
        [
            Paragraph(item.number, c.cell_bold),
            Paragraph(escape(item.criterion.title), c.cell),
            Paragraph(
                escape(format_weight(item.criterion.weight, session.weight_unit, language))
                if item.criterion.kind is CriterionKind.AWARD
                else "",
                c.cell_right,
            ),
        ]
        for item in items
    ]
    widths = [width * 0.07, width * 0.81, width * 0.12]
    header = [label("number", language), label("criterion", language), label("weight", language)]
    title, empty = label("key_criteria", language), label("no_key_criteria", language)
    return _Rows(title, empty, header, widths, rows, [_row_height(r, widths) for r in rows])


def _goal_rows(session: Session, framework: Framework, language: str, width: float, c: _Compact) -> _Rows:
    names = theme_names(session, framework)
    rows = [
        [
            Paragraph(escape(names[entry.theme_id]), c.cell),
            Paragraph(escape(goal.indicator), c.cell),
            Paragraph(escape(goal_values(goal, language)), c.cell),
            Paragraph(str(goal.year) if goal.year else "–", c.cell),
        ]
        for entry in session.themes
        for goal in entry.goals
    ]
    widths = [width * 0.26, width * 0.44, width * 0.22, width * 0.08]
    header = [label("theme", language), label("indicator", language), label("baseline_target", language)]
    header.append(label("year", language))
    title, empty = label("goals", language), label("no_goals", language)
    return _Rows(title, empty, header, widths, rows, [_row_height(r, widths) for r in rows])


def _fit_rows(criteria: _Rows, goals: _Rows, budget: float, more_height: float) -> tuple[int, int]:
    """How many rows of each list fit in `budget` points; the lists take turns to share the room."""
    if sum(criteria.heights) + sum(goals.heights) <= budget:
        return len(criteria.rows), len(goals.rows)
    budget -= more_height * 2  # room for both '… en N meer' lines
    counts = [0, 0]
    lists = (criteria.heights, goals.heights)
    progressing = True
    while progressing:
        progressing = False
        for which, heights in enumerate(lists):
            if counts[which] < len(heights) and heights[counts[which]] <= budget:
                budget -= heights[counts[which]]
                counts[which] += 1
                progressing = True
    return counts[0], counts[1]


def _row_height(row: Sequence[Flowable], widths: Sequence[float]) -> float:
    inner = 2 * CELL_SIDE_PADDING
    tallest = max(cell.wrap(w - inner, 10_000)[1] for cell, w in zip(row, widths, strict=True))
    return float(tallest) + 2 * CELL_PADDING


def _height(flowable: Flowable, width: float) -> float:
    _, height = flowable.wrap(width, 10_000)
    return float(height) + float(flowable.getSpaceBefore()) + float(flowable.getSpaceAfter())


def _compact_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable]],
    widths: Sequence[float],
    c: _Compact,
    *,
    span_last: bool = False,
) -> Table:
    return data_table(header, rows, widths, span_last_row=span_last, head_style=c.head, padding=CELL_PADDING)
