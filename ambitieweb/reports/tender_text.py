"""Bestekteksten as Markdown, plain text and HTML: the same content and numbers as the PDF.

No reportlab here, so the GUI can copy texts without loading the PDF machinery.
"""

from __future__ import annotations

import html
import re

from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session, Snapshot
from ambitieweb.model.tender import check_tender, fill
from ambitieweb.reports.content import (
    award_total_text,
    content_of,
    criterion_fields,
    document_facts,
)
from ambitieweb.reports.labels import format_weight, kind_plural, label
from ambitieweb.reports.numbering import KindGroup, numbered_criteria

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _markdown(text: str) -> str:
    """User text that a Markdown renderer shows literally (no HTML, links, emphasis or tables)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def _findings(
    session: Session, framework: Framework, newer: dict[str, int] | None, language: str
) -> list[str]:
    return [finding.text(language) for finding in check_tender(session, newer, framework.theme_names())]


def bestekteksten_markdown(
    session: Session,
    framework: Framework,
    *,
    snapshot: Snapshot | None = None,
    newer: dict[str, int] | None = None,
    language: str = "nl",
) -> str:
    shown = content_of(session, snapshot)
    groups = numbered_criteria(shown, framework)
    lines = [f"# {label('bestekteksten', language)} — {_markdown(shown.title)}", ""]
    lines += [
        f"- **{name}:** {_markdown(value)}"
        for name, value in document_facts(shown, framework, snapshot, language)
    ]
    lines.append("")
    findings = _findings(shown, framework, newer, language)
    if findings:
        lines += [f"> **{label('warnings', language)}**", ">"]
        lines += [f"> - {_markdown(text)}" for text in findings]
        lines.append("")
    if not groups:
        return "\n".join([*lines, label("no_criteria", language), ""])
    lines += [f"*{label('numbering', language)}*", ""]
    for group in groups:
        lines += [f"## {kind_plural(group.kind, language)}", ""]
        if group.kind is CriterionKind.AWARD:
            lines += _markdown_award_table(group, shown, language)
        for theme in group.themes:
            lines += [f"### {_markdown(theme.theme_name)}", ""]
            for item in theme.items:
                chosen = item.criterion
                lines += [f"#### {item.number}. {_markdown(chosen.title)}", ""]
                lines += [_markdown(fill(chosen.text, chosen.values)), ""]
                for name, value in criterion_fields(item, shown, language):
                    lines += [f"**{name}:** {_markdown(value)}", ""]
    return "\n".join(lines)


def _markdown_award_table(group: KindGroup, session: Session, language: str) -> list[str]:
    lines = [
        f"| {label('number', language)} | {kind_plural(group.kind, language)} | "
        f"{label('theme', language)} | {label('weight', language)} |",
        "|---|---|---|---:|",
    ]
    for item in group.items:
        weight = format_weight(item.criterion.weight, session.weight_unit, language)
        lines.append(
            f"| {item.number} | {_markdown(item.criterion.title)} | {_markdown(item.theme_name)} | {weight} |"
        )
    lines += [f"| | **{label('total', language)}** | | **{award_total_text(session, language)}** |", ""]
    return lines


def bestekteksten_text(
    session: Session,
    framework: Framework,
    *,
    snapshot: Snapshot | None = None,
    newer: dict[str, int] | None = None,
    language: str = "nl",
) -> str:
    """Plain text to paste into a tender document: no markup, headings underlined."""
    shown = content_of(session, snapshot)
    groups = numbered_criteria(shown, framework)
    title = f"{label('bestekteksten', language)} — {shown.title}"
    lines = [title, "=" * len(title), ""]
    lines += [f"{name}: {value}" for name, value in document_facts(shown, framework, snapshot, language)]
    lines.append("")
    findings = _findings(shown, framework, newer, language)
    if findings:
        lines += [f"{label('warnings', language).upper()}:"]
        lines += [f"  - {text}" for text in findings]
        lines.append("")
    if not groups:
        return "\n".join([*lines, label("no_criteria", language), ""])
    lines += [label("numbering", language), ""]
    for group in groups:
        heading = kind_plural(group.kind, language).upper()
        lines += [heading, "=" * len(heading), ""]
        if group.kind is CriterionKind.AWARD:
            for item in group.items:
                weight = format_weight(item.criterion.weight, shown.weight_unit, language)
                lines.append(f"  {item.number:<5} {weight:>12}  {item.criterion.title}")
            lines += [f"  {label('total', language):<5} {award_total_text(shown, language):>12}", ""]
        for theme in group.themes:
            lines += [theme.theme_name, "-" * len(theme.theme_name), ""]
            for item in theme.items:
                chosen = item.criterion
                lines += [f"{item.number}. {chosen.title}", fill(chosen.text, chosen.values), ""]
                for name, value in criterion_fields(item, shown, language):
                    lines += [f"{name}: {value}", ""]
    return "\n".join(lines)


def _html(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def bestekteksten_html(
    session: Session,
    framework: Framework,
    *,
    snapshot: Snapshot | None = None,
    newer: dict[str, int] | None = None,
    language: str = "nl",
) -> str:
    """An HTML fragment (for the rich-text clipboard); every user text escaped."""
    shown = content_of(session, snapshot)
    groups = numbered_criteria(shown, framework)
    parts = [f"<h1>{_html(label('bestekteksten', language))} — {_html(shown.title)}</h1>", "<p>"]
    parts += [
        f"<b>{_html(name)}:</b> {_html(value)}<br>"
        for name, value in document_facts(shown, framework, snapshot, language)
    ]
    parts.append("</p>")
    findings = _findings(shown, framework, newer, language)
    if findings:
        parts += [f"<p><b>{_html(label('warnings', language))}</b></p>", "<ul>"]
        parts += [f"<li>{_html(text)}</li>" for text in findings]
        parts.append("</ul>")
    if not groups:
        parts.append(f"<p>{_html(label('no_criteria', language))}</p>")
        return "\n".join(parts)
    parts.append(f"<p><i>{_html(label('numbering', language))}</i></p>")
    for group in groups:
        parts.append(f"<h2>{_html(kind_plural(group.kind, language))}</h2>")
        if group.kind is CriterionKind.AWARD:
            parts += _html_award_table(group, shown, language)
        for theme in group.themes:
            parts.append(f"<h3>{_html(theme.theme_name)}</h3>")
            for item in theme.items:
                chosen = item.criterion
                parts.append(f"<h4>{item.number}. {_html(chosen.title)}</h4>")
                parts.append(f"<p>{_html(fill(chosen.text, chosen.values))}</p>")
                parts += [
                    f"<p><b>{_html(name)}:</b> {_html(value)}</p>"
                    for name, value in criterion_fields(item, shown, language)
                ]
    return "\n".join(parts)


def _html_award_table(group: KindGroup, session: Session, language: str) -> list[str]:
    head = (label("number", language), kind_plural(group.kind, language), label("theme", language))
    rows = ["<table border='1' cellspacing='0' cellpadding='3'>"]
    rows.append(
        "<tr>"
        + "".join(f"<th>{_html(h)}</th>" for h in head)
        + f"<th>{_html(label('weight', language))}</th></tr>"
    )
    for item in group.items:
        weight = format_weight(item.criterion.weight, session.weight_unit, language)
        cells = (item.number, item.criterion.title, item.theme_name)
        rows.append(
            "<tr>"
            + "".join(f"<td>{_html(c)}</td>" for c in cells)
            + f"<td align='right'>{_html(weight)}</td></tr>"
        )
    rows.append(
        f"<tr><td></td><td><b>{_html(label('total', language))}</b></td><td></td>"
        f"<td align='right'><b>{_html(award_total_text(session, language))}</b></td></tr>"
    )
    rows.append("</table>")
    return rows
