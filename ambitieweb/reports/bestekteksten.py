"""Bestekteksten: the chosen criteria, numbered and grouped by kind then theme, ready for a tender."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
)

from ambitieweb.model.criteria import Criterion, CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session
from ambitieweb.model.tender import check_tender
from ambitieweb.reports.content import (
    award_scheme,
    award_total_text,
    award_value,
    buyer_notes,
    content_of,
    document_facts,
    kind_basis,
    legal_citation,
    source_text,
)
from ambitieweb.reports.markup import escape, filled
from ambitieweb.reports.options import DEFAULT, DocumentOptions
from ambitieweb.reports.pdf_layout import (
    Heading,
    ReportDocument,
    data_table,
    facts_table,
    styles,
    warning_box,
)
from ambitieweb.text.labels import kind_plural, label
from ambitieweb.text.numbering import KindGroup, NumberedCriterion, numbered_criteria


def build_bestekteksten(
    session: Session,
    framework: Framework,
    out: Path | BinaryIO,
    options: DocumentOptions = DEFAULT,
) -> None:
    """The chosen criteria by kind and theme; `options.newer` warns about newer catalogue texts,
    `options.notes` adds the appendix 'Toelichting voor de inkoper' (`options.library`'s guidance too)."""
    snapshot, language = options.snapshot, options.language
    shown = content_of(session, snapshot)
    document = ReportDocument.for_session(out, shown, "bestekteksten", language)
    s = styles()
    width = document.width
    facts = [
        (escape(name), escape(value)) for name, value in document_facts(shown, framework, snapshot, language)
    ]
    story: list[Flowable] = [
        Paragraph(escape(label("bestekteksten", language)), s.kicker),
        Heading(escape(shown.title), s.title, shown.title, 0),
        facts_table(facts, (38 * mm, width - 38 * mm)),
        Spacer(1, 6 * mm),
    ]
    findings = check_tender(shown, options.newer, framework.theme_names())
    if findings:
        lines = [escape(finding.text(language)) for finding in findings]
        story += [warning_box(escape(label("warnings", language)), lines, width), Spacer(1, 6 * mm)]
    groups = numbered_criteria(shown, framework)
    if not groups:
        story.append(Paragraph(escape(label("no_criteria", language)), s.body))
    else:
        story.append(Paragraph(escape(label("numbering", language)), s.small))
        for group in groups:
            story += _kind_section(group, shown, language, width)
        if options.notes:
            story += _buyer_notes(groups, language, options.library)
    document.build_story(story)


def _buyer_notes(groups: list[KindGroup], language: str, library: tuple[Criterion, ...]) -> list[Flowable]:
    s = styles()
    heading = label("buyer_notes", language)
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Heading(escape(heading), s.h1, heading, 0),
        Paragraph(escape(label("buyer_notes_intro", language)), s.small),
    ]
    for number, title, guidance in buyer_notes(groups, language, library):
        story.append(
            KeepTogether(
                [
                    Paragraph(f"{escape(number)}.&nbsp; {escape(title)}", s.h3),
                    Paragraph(escape(guidance), s.body),
                ]
            )
        )
    return story


def _kind_section(group: KindGroup, session: Session, language: str, width: float) -> list[Flowable]:
    s = styles()
    heading = kind_plural(group.kind, language)
    story: list[Flowable] = [CondPageBreak(50 * mm)]
    lead: list[Flowable] = [
        Heading(escape(heading), s.h1, heading, 0),
        Paragraph(escape(kind_basis(group.kind)), s.small),
    ]
    if group.kind is CriterionKind.AWARD:
        note = Paragraph(escape(label("award_scheme_note", language)), s.small)
        story += [*lead, note, _award_table(group, session, language, width), Spacer(1, 4 * mm)]
        lead = []
    for theme in group.themes:
        lead.append(Heading(escape(theme.theme_name), s.h2, theme.theme_name, 1))
        for item in theme.items:
            story.append(_criterion(item, session, language, lead))
            lead = []
    return story


def _award_table(group: KindGroup, session: Session, language: str, width: float) -> Flowable:
    s = styles()
    rows = [
        [
            Paragraph(escape(row.number), s.cell_bold),
            Paragraph(escape(row.title), s.cell),
            Paragraph(escape(row.theme), s.cell),
            Paragraph(escape(row.value), s.cell_right),
        ]
        for row in award_scheme(session, group, language)
    ]
    rows.append(
        [
            Paragraph("", s.cell),
            Paragraph(escape(label("total", language)), s.cell_bold),
            Paragraph("", s.cell),
            Paragraph(f"<b>{escape(award_total_text(session, language))}</b>", s.cell_right),
        ]
    )
    header = [label("number", language), label("award_scheme", language), label("theme", language)]
    header.append(label("weight", language))
    widths = [width * 0.07, width * 0.45, width * 0.22, width * 0.26]
    return data_table(header, rows, widths, bold_last_row=True)


def _criterion(item: NumberedCriterion, session: Session, language: str, lead: list[Flowable]) -> Flowable:
    """Number and title, the text, then verification, weight and scoring; kept on one page if it fits.

    `lead` holds the headings that open this criterion's section, so they never end a page alone.
    """
    s = styles()
    chosen = item.criterion
    parts: list[Flowable] = [
        *lead,
        Paragraph(f"{item.number}.&nbsp; {escape(chosen.title)}", s.h3),
        Paragraph(filled(chosen.text, chosen.values), s.body),
    ]
    if chosen.verification.strip():
        verification = filled(chosen.verification, chosen.values)
        parts.append(Paragraph(f"<b>{escape(label('verification', language))}:</b> {verification}", s.field))
    if chosen.kind is CriterionKind.AWARD:
        weight = escape(award_value(chosen, session, language))
        parts.append(Paragraph(f"<b>{escape(label('weight', language))}:</b> {weight}", s.field))
        if chosen.scoring.strip():
            scoring = filled(chosen.scoring, chosen.values)
            parts.append(Paragraph(f"<b>{escape(label('scoring', language))}:</b> {scoring}", s.field))
    citation = escape(legal_citation(chosen))
    parts.append(Paragraph(f"<b>{escape(label('legal_basis', language))}:</b> {citation}", s.field))
    parts.append(Paragraph(escape(source_text(item, language)), s.small))
    # KeepTogether moves a criterion to the next page when it fits there; a longer one splits.
    return KeepTogether(parts)
