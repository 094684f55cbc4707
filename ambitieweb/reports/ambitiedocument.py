"""Ambitiedocument: the session's full result, from the cover with the radar to the participants."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Goal, Session, Snapshot, ThemeEntry
from ambitieweb.reports.content import content_of, document_facts
from ambitieweb.reports.markup import escape
from ambitieweb.reports.pdf_layout import (
    MUTED,
    Heading,
    ReportDocument,
    data_table,
    facts_table,
    styles,
)
from ambitieweb.reports.radar_flowable import session_radar_flowable
from ambitieweb.text.labels import format_number, label, level_text, sentence
from ambitieweb.text.numbering import theme_names
from ambitieweb.text.vote_text import vote_lines

COVER_RADAR_WIDTH = 150 * mm
COVER_RADAR_FIGURE = 6.0  # inches: 10 pt theme labels print at about 10 pt


def build_ambitiedocument(
    session: Session,
    framework: Framework,
    out: Path | BinaryIO,
    *,
    snapshot: Snapshot | None = None,
    generic: Session | None = None,
    language: str = "nl",
) -> None:
    shown = content_of(session, snapshot)
    document = ReportDocument.for_session(out, shown, "ambitiedocument", language)
    story = _cover(shown, framework, snapshot, generic, language, document.width)
    story += _overview(shown, framework, generic, language, document.width)
    story += _themes(shown, framework, language, document.width)
    story += _participants(shown, language, document.width)
    document.build_story(story)


def _cover(
    session: Session,
    framework: Framework,
    snapshot: Snapshot | None,
    generic: Session | None,
    language: str,
    width: float,
) -> list[Flowable]:
    s = styles()
    facts = [
        (escape(name), escape(value))
        for name, value in document_facts(session, framework, snapshot, language)
    ]
    radar = session_radar_flowable(
        session, framework, generic, language, COVER_RADAR_WIDTH, COVER_RADAR_FIGURE
    )
    return [
        Paragraph(escape(label("ambitiedocument", language)), s.kicker),
        Heading(escape(session.title), s.title, session.title, 0),
        Spacer(1, 4),
        facts_table(facts, (38 * mm, width - 38 * mm)),
        Spacer(1, 8 * mm),
        *([radar] if radar else []),
        PageBreak(),
    ]


def _overview(
    session: Session, framework: Framework, generic: Session | None, language: str, width: float
) -> list[Flowable]:
    s = styles()
    names = theme_names(session, framework)
    generic_levels = {e.theme_id: e.ambition for e in generic.themes} if generic else None
    header = [label("theme", language), label("current", language), label("ambition", language)]
    widths = [width * 0.40, width * 0.22, width * 0.22]
    if generic_levels is not None:
        header.append(label("generic", language))
        widths = [width * 0.34, width * 0.18, width * 0.18, width * 0.18]
    header.append(sentence(label("focus", language)))
    widths.append(width - sum(widths))
    rows = []
    for entry in session.themes:
        row = [
            Paragraph(escape(names[entry.theme_id]), s.cell_bold if entry.focus else s.cell),
            Paragraph(escape(level_text(entry.current, language)), s.cell),
            Paragraph(escape(level_text(entry.ambition, language)), s.cell_bold),
        ]
        if generic_levels is not None:
            level = generic_levels.get(entry.theme_id, Level.UNSET)
            row.append(Paragraph(escape(level_text(level, language)), s.cell))
        row.append(Paragraph("★" if entry.focus else "", s.cell))
        rows.append(row)
    return [
        Heading(escape(label("overview", language)), s.h1, label("overview", language), 0),
        data_table(header, rows, widths),
    ]


def _themes(session: Session, framework: Framework, language: str, width: float) -> list[Flowable]:
    s = styles()
    names = theme_names(session, framework)
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Heading(escape(label("themes", language)), s.h1, label("themes", language), 0),
    ]
    for index, entry in enumerate(session.themes):
        name = names[entry.theme_id]
        heading = escape(name)
        if entry.focus:
            heading += f' <font size="9" color="#5c5c5c">— {escape(label("focus_theme", language))}</font>'
        levels = (
            f"<b>{escape(label('current', language))}:</b> {escape(level_text(entry.current, language))}"
            f" &nbsp;→&nbsp; <b>{escape(label('ambition', language))}:</b> "
            f"{escape(level_text(entry.ambition, language))}"
        )
        if index:  # the first theme follows its section heading
            story.append(CondPageBreak(45 * mm))
        opening: list[Flowable] = [
            Heading(heading, s.h2, name, 1),
            Paragraph(levels, s.body),
        ]
        meaning = _level_meaning(framework, entry)
        if meaning:
            opening.append(
                Paragraph(f"<i>{escape(label('level_meaning', language))}:</i> {escape(meaning)}", s.small)
            )
        opening += _votes(session, entry, language)
        story.append(KeepTogether(opening))
        story += [CondPageBreak(30 * mm), Paragraph(escape(label("rationale", language)), s.h3)]
        rationale = entry.rationale.strip()
        story.append(
            Paragraph(escape(rationale) if rationale else escape(label("no_rationale", language)), s.body)
        )
        if entry.goals:
            story += [CondPageBreak(30 * mm), Paragraph(escape(label("goals", language)), s.h3)]
            story.append(_goals_table(entry.goals, language, width))
        if entry.measures:
            story += [CondPageBreak(30 * mm), Paragraph(escape(label("measures", language)), s.h3)]
            rows = [
                [
                    Paragraph(escape(m.what), s.cell),
                    Paragraph(escape(m.owner), s.cell),
                    Paragraph(escape(m.when), s.cell),
                ]
                for m in entry.measures
            ]
            header = [label("measure", language), label("owner", language), label("when", language)]
            story.append(data_table(header, rows, [width * 0.56, width * 0.22, width * 0.22]))
        story.append(Spacer(1, 4 * mm))
    return story


@cache
def _by_participant_style() -> ParagraphStyle:
    return ParagraphStyle("by_participant", parent=styles().body, fontSize=9, leading=12, textColor=MUTED)


def _votes(session: Session, entry: ThemeEntry, language: str) -> list[Flowable]:
    """'Stemmen (7): basis 1 · significant 4 · ...' and, when people voted by name, who chose what."""
    s = styles()
    lines = vote_lines(session, entry, language)
    if lines is None:
        return []
    story = [Paragraph(f"<b>{escape(lines.title)}:</b> {escape(lines.summary)}", s.body)]
    if lines.named:
        choices = [f"{escape(name)}:&nbsp;{escape(level)}" for name, level in lines.named]
        if lines.anonymous:
            choices.append(escape(label("anonymous", language, count=lines.anonymous)))
        by = f"<i>{escape(label('votes_by', language))}:</i> " + " · ".join(choices)
        story.append(Paragraph(by, _by_participant_style()))
    return story


def _level_meaning(framework: Framework, entry: ThemeEntry) -> str:
    try:
        theme = framework.theme(entry.theme_id)
    except KeyError:
        return ""
    return theme.levels.for_level(entry.ambition)


def goal_values(goal: Goal, language: str) -> str:
    """'20 → 100 %'; a missing baseline or target shows as a dash."""
    values = f"{format_number(goal.baseline, language)} → {format_number(goal.target, language)}"
    return f"{values} {goal.unit}".strip()


def _goals_table(goals: list[Goal], language: str, width: float) -> Flowable:
    s = styles()
    rows = [
        [
            Paragraph(escape(goal.indicator), s.cell),
            Paragraph(escape(goal_values(goal, language)), s.cell),
            Paragraph(str(goal.year) if goal.year else "–", s.cell),
        ]
        for goal in goals
    ]
    header = [label("indicator", language), label("baseline_target", language), label("year", language)]
    return data_table(header, rows, [width * 0.56, width * 0.32, width * 0.12])


def _participants(session: Session, language: str, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        CondPageBreak(50 * mm),
        Heading(escape(label("participants", language)), s.h1, label("participants", language), 0),
    ]
    if not session.participants:
        return [*story, Paragraph(escape(label("no_participants", language)), s.body)]
    rows = [
        [
            Paragraph(escape(p.name), s.cell),
            Paragraph(escape(p.role.label(language)), s.cell),
            Paragraph(escape(p.organisation), s.cell),
        ]
        for p in session.participants
    ]
    header = [label("name", language), label("role", language), label("org_function", language)]
    story.append(data_table(header, rows, [width * 0.30, width * 0.20, width * 0.50]))
    return story
