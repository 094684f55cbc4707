"""Bestekteksten as Markdown, plain text and HTML: the same content and numbers as the PDF.

No reportlab here, so the GUI can copy texts without loading the PDF machinery.
"""

from __future__ import annotations

import html
import re
from typing import Protocol

from ambitieweb.model.criteria import Criterion, CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session, Snapshot
from ambitieweb.model.tender import check_tender, fill
from ambitieweb.reports.content import (
    award_scheme,
    award_total_text,
    buyer_notes,
    content_of,
    criterion_fields,
    document_facts,
    kind_basis,
)
from ambitieweb.text.labels import kind_plural, label
from ambitieweb.text.numbering import KindGroup, numbered_criteria

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
# What makes a line a block when it starts one: a list item (- + or 1. 1)), a setext underline
# (=== or ---), a thematic break; '#', '>' and '*' are escaped everywhere already.
_BLOCK_START = re.compile(r"^(?:([-+=])|(\d{1,9})([.)]))")


def _markdown_line(line: str) -> str:
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", line)
    stripped = escaped.lstrip(" \t")
    # Indentation would make a code block: kept as no-break spaces, which Markdown shows as text.
    indent = "\u00a0" * (len(escaped) - len(stripped))
    return indent + _BLOCK_START.sub(
        lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", stripped
    )


def _markdown(text: str) -> str:
    """User text that a Markdown renderer shows literally: no HTML, links, emphasis or tables, and no
    line of it starts a heading, list, quote, code block or rule; its line breaks stay line breaks."""
    return "  \n".join(_markdown_line(line) for line in text.split("\n"))


def _markdown_inline(text: str) -> str:
    """User text inside a heading, list item, quote or table cell: one line (a newline would end it)."""
    return _markdown(" ".join(text.split()))


class _Format(Protocol):
    """How one kind of output writes each part of the bestekteksten; `_render` walks the parts."""

    def title(self, text: str) -> list[str]: ...

    def facts(self, facts: list[tuple[str, str]]) -> list[str]: ...

    def warnings(self, heading: str, texts: list[str]) -> list[str]: ...

    def paragraph(self, text: str) -> list[str]: ...

    def numbering(self, text: str) -> list[str]: ...

    def kind(self, heading: str) -> list[str]: ...

    def award_table(self, group: KindGroup, session: Session, language: str) -> list[str]: ...

    def theme(self, name: str) -> list[str]: ...

    def criterion(self, number: str, title: str, text: str, fields: list[tuple[str, str]]) -> list[str]: ...

    def appendix(self, heading: str, intro: str, notes: list[tuple[str, str, str]]) -> list[str]: ...


def _render(
    write: _Format,
    session: Session,
    framework: Framework,
    snapshot: Snapshot | None,
    newer: dict[str, int] | None,
    language: str,
    notes: bool = False,
    library: tuple[Criterion, ...] = (),
) -> str:
    """The document's parts in order (title, facts, warnings, then by kind and theme, then the buyer's
    appendix when ``notes``, with the guidance of `library`'s criteria), in one format."""
    shown = content_of(session, snapshot)
    groups = numbered_criteria(shown, framework)
    lines = write.title(f"{label('bestekteksten', language)} — {shown.title}")
    lines += write.facts(document_facts(shown, framework, snapshot, language))
    findings = check_tender(shown, newer, framework.theme_names())
    if findings:
        lines += write.warnings(label("warnings", language), [f.text(language) for f in findings])
    if not groups:
        return "\n".join(lines + write.paragraph(label("no_criteria", language)))
    lines += write.numbering(label("numbering", language))
    for group in groups:
        lines += write.kind(kind_plural(group.kind, language))
        lines += write.paragraph(kind_basis(group.kind))
        if group.kind is CriterionKind.AWARD:
            lines += write.award_table(group, shown, language)
        for theme in group.themes:
            lines += write.theme(theme.theme_name)
            for item in theme.items:
                chosen = item.criterion
                fields = criterion_fields(item, shown, language)
                lines += write.criterion(item.number, chosen.title, fill(chosen.text, chosen.values), fields)
    if notes:
        intro = label("buyer_notes_intro", language)
        lines += write.appendix(label("buyer_notes", language), intro, buyer_notes(groups, language, library))
    return "\n".join(lines)


class _MarkdownFormat:
    def title(self, text: str) -> list[str]:
        return [f"# {_markdown_inline(text)}", ""]

    def facts(self, facts: list[tuple[str, str]]) -> list[str]:
        return [*(f"- **{name}:** {_markdown_inline(value)}" for name, value in facts), ""]

    def warnings(self, heading: str, texts: list[str]) -> list[str]:
        return [f"> **{heading}**", ">", *(f"> - {_markdown_inline(text)}" for text in texts), ""]

    def paragraph(self, text: str) -> list[str]:
        return [text, ""]

    def numbering(self, text: str) -> list[str]:
        return [f"*{text}*", ""]

    def kind(self, heading: str) -> list[str]:
        return [f"## {heading}", ""]

    def award_table(self, group: KindGroup, session: Session, language: str) -> list[str]:
        return _markdown_award_table(group, session, language)

    def theme(self, name: str) -> list[str]:
        return [f"### {_markdown_inline(name)}", ""]

    def criterion(self, number: str, title: str, text: str, fields: list[tuple[str, str]]) -> list[str]:
        lines = [f"#### {number}. {_markdown_inline(title)}", "", _markdown(text), ""]
        for name, value in fields:
            lines += [f"**{name}:** {_markdown(value)}", ""]
        return lines

    def appendix(self, heading: str, intro: str, notes: list[tuple[str, str, str]]) -> list[str]:
        lines = [f"## {heading}", "", f"*{intro}*", ""]
        for number, title, guidance in notes:
            lines += [f"**{number}. {_markdown_inline(title)}**", "", _markdown(guidance), ""]
        return lines


def bestekteksten_markdown(
    session: Session,
    framework: Framework,
    *,
    snapshot: Snapshot | None = None,
    newer: dict[str, int] | None = None,
    language: str = "nl",
    notes: bool = False,
    library: tuple[Criterion, ...] = (),
) -> str:
    return _render(_MarkdownFormat(), session, framework, snapshot, newer, language, notes, library)


def _cell(text: str) -> str:
    """User text in a Markdown table cell: escaped, on one line (a newline would end the row)."""
    return _markdown_inline(text)


def _markdown_award_table(group: KindGroup, session: Session, language: str) -> list[str]:
    lines = [
        f"*{label('award_scheme_note', language)}*",
        "",
        f"| {label('number', language)} | {label('award_scheme', language)} | "
        f"{label('theme', language)} | {label('weight', language)} |",
        "|---|---|---|---:|",
    ]
    for row in award_scheme(session, group, language):
        lines.append(f"| {row.number} | {_cell(row.title)} | {_cell(row.theme)} | {_cell(row.value)} |")
    lines += [f"| | **{label('total', language)}** | | **{award_total_text(session, language)}** |", ""]
    return lines


class _TextFormat:
    """No markup: headings underlined, the award weights as aligned columns."""

    def title(self, text: str) -> list[str]:
        return [text, "=" * len(text), ""]

    def facts(self, facts: list[tuple[str, str]]) -> list[str]:
        return [*(f"{name}: {value}" for name, value in facts), ""]

    def warnings(self, heading: str, texts: list[str]) -> list[str]:
        return [f"{heading.upper()}:", *(f"  - {text}" for text in texts), ""]

    def paragraph(self, text: str) -> list[str]:
        return [text, ""]

    def numbering(self, text: str) -> list[str]:
        return [text, ""]

    def kind(self, heading: str) -> list[str]:
        heading = heading.upper()
        return [heading, "=" * len(heading), ""]

    def award_table(self, group: KindGroup, session: Session, language: str) -> list[str]:
        lines = [label("award_scheme", language) + ":"]
        for row in award_scheme(session, group, language):
            lines.append(f"  {row.number:<5} {row.value:>12}  {row.title}")
        return [*lines, f"  {label('total', language):<5} {award_total_text(session, language):>12}", ""]

    def theme(self, name: str) -> list[str]:
        return [name, "-" * len(name), ""]

    def criterion(self, number: str, title: str, text: str, fields: list[tuple[str, str]]) -> list[str]:
        lines = [f"{number}. {title}", text, ""]
        for name, value in fields:
            lines += [f"{name}: {value}", ""]
        return lines

    def appendix(self, heading: str, intro: str, notes: list[tuple[str, str, str]]) -> list[str]:
        heading = heading.upper()
        lines = [heading, "=" * len(heading), "", intro, ""]
        for number, title, guidance in notes:
            lines += [f"{number}. {title}", guidance, ""]
        return lines


def bestekteksten_text(
    session: Session,
    framework: Framework,
    *,
    snapshot: Snapshot | None = None,
    newer: dict[str, int] | None = None,
    language: str = "nl",
    notes: bool = False,
    library: tuple[Criterion, ...] = (),
) -> str:
    """Plain text to paste into a tender document: no markup, headings underlined."""
    return _render(_TextFormat(), session, framework, snapshot, newer, language, notes, library)


def _html(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


class _HtmlFormat:
    def title(self, text: str) -> list[str]:
        return [f"<h1>{_html(text)}</h1>"]

    def facts(self, facts: list[tuple[str, str]]) -> list[str]:
        return ["<p>", *(f"<b>{_html(name)}:</b> {_html(value)}<br>" for name, value in facts), "</p>"]

    def warnings(self, heading: str, texts: list[str]) -> list[str]:
        items = (f"<li>{_html(text)}</li>" for text in texts)
        return [f"<p><b>{_html(heading)}</b></p>", "<ul>", *items, "</ul>"]

    def paragraph(self, text: str) -> list[str]:
        return [f"<p>{_html(text)}</p>"]

    def numbering(self, text: str) -> list[str]:
        return [f"<p><i>{_html(text)}</i></p>"]

    def kind(self, heading: str) -> list[str]:
        return [f"<h2>{_html(heading)}</h2>"]

    def award_table(self, group: KindGroup, session: Session, language: str) -> list[str]:
        return _html_award_table(group, session, language)

    def theme(self, name: str) -> list[str]:
        return [f"<h3>{_html(name)}</h3>"]

    def criterion(self, number: str, title: str, text: str, fields: list[tuple[str, str]]) -> list[str]:
        parts = [f"<h4>{number}. {_html(title)}</h4>", f"<p>{_html(text)}</p>"]
        return parts + [f"<p><b>{_html(name)}:</b> {_html(value)}</p>" for name, value in fields]

    def appendix(self, heading: str, intro: str, notes: list[tuple[str, str, str]]) -> list[str]:
        lines = [f"<h2>{_html(heading)}</h2>", f"<p><i>{_html(intro)}</i></p>"]
        for number, title, guidance in notes:
            lines += [f"<p><b>{_html(number)}. {_html(title)}</b></p>", f"<p>{_html(guidance)}</p>"]
        return lines


def bestekteksten_html(
    session: Session,
    framework: Framework,
    *,
    snapshot: Snapshot | None = None,
    newer: dict[str, int] | None = None,
    language: str = "nl",
    notes: bool = False,
    library: tuple[Criterion, ...] = (),
) -> str:
    """An HTML fragment (for the rich-text clipboard); every user text escaped."""
    return _render(_HtmlFormat(), session, framework, snapshot, newer, language, notes, library)


def _html_award_table(group: KindGroup, session: Session, language: str) -> list[str]:
    head = (label("number", language), label("award_scheme", language), label("theme", language))
    # width 100%: a word processor fits it to the page instead of cutting off the last column
    rows = [
        f"<p><i>{_html(label('award_scheme_note', language))}</i></p>",
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>",
    ]
    rows.append(
        "<tr>"
        + "".join(f"<th>{_html(h)}</th>" for h in head)
        + f"<th>{_html(label('weight', language))}</th></tr>"
    )
    for row in award_scheme(session, group, language):
        cells = (row.number, row.title, row.theme)
        rows.append(
            "<tr>"
            + "".join(f"<td>{_html(c)}</td>" for c in cells)
            + f"<td align='right'>{_html(row.value)}</td></tr>"
        )
    rows.append(
        f"<tr><td></td><td><b>{_html(label('total', language))}</b></td><td></td>"
        f"<td align='right'><b>{_html(award_total_text(session, language))}</b></td></tr>"
    )
    rows.append("</table>")
    return rows


def html_document(fragment: str, title: str, language: str = "nl") -> str:
    """A whole HTML file around a fragment (the CLI's --html): UTF-8, the title escaped."""
    lang = "en" if language == "en" else "nl"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_html(title)}</title>\n</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )
