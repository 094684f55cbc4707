"""The documents as Word files (.docx), with python-docx: real heading styles (Kop 1-3 in a Dutch Word),
the documents' own stable numbering (W1, E2, ...) in the headings, tables that fit the page width and
the radar as a picture. Tender writers paste sections of it into their aanbestedingsleidraad.

python-docx because it is the well-kept, pure-Python library for writing .docx (lxml underneath):
user text goes in as text, never as markup, so `<b>` or `&` stay literal; characters XML cannot hold
are replaced (never dropped silently into an invalid file).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt
from matplotlib.figure import Figure
from PIL import Image

from ambitieweb.charts.radar import MAX_THEMES, MIN_THEMES, RadarData, RadarStyle
from ambitieweb.charts.radar_kept import radar_figure
from ambitieweb.charts.session_data import radar_data
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import RATED_LEVELS
from ambitieweb.model.session import Goal, Session
from ambitieweb.model.tender import check_tender, fill
from ambitieweb.reports.content import (
    award_scheme,
    award_total_text,
    award_value,
    buyer_notes,
    content_of,
    criterion_fields,
    document_facts,
    kind_basis,
    source_text,
)
from ambitieweb.reports.docx_cells import fill_cell
from ambitieweb.reports.docx_checklist import contract_checklist
from ambitieweb.reports.options import DEFAULT, DocumentOptions
from ambitieweb.text.labels import format_number, kind_plural, label, level_text, sentence
from ambitieweb.text.numbering import numbered_criteria, theme_names

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)  # A4 (python-docx's own template is US Letter)
MARGIN = Mm(22)
CELL_MARGIN_TWIPS = 57  # 0.1 cm left and right in a table cell
TWIP = 635  # EMU in a twentieth of a point
# Not allowed in XML 1.0 (python-docx would refuse the whole document): C0 controls but tab, newline
# and carriage return, lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
KEY_KINDS = (CriterionKind.REQUIREMENT, CriterionKind.AWARD, CriterionKind.CONTRACT_CLAUSE)


def xml_safe(text: str) -> str:
    """User text as Word can hold it: characters XML forbids become U+FFFD (visible, not lost)."""
    return _NOT_XML.sub("\ufffd", text)


class WordWriter:
    """A Word document on A4 with the helpers the three documents use."""

    def __init__(self, title: str, author: str, language: str) -> None:
        self.doc: DocxDocument = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, MARGIN)
        self.width = Emu(PAGE_WIDTH - 2 * MARGIN)
        normal = self.doc.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(10.5)
        # Tables in 9 pt with narrow cell margins, as the PDF sets them: a year or "inspanningsdoel"
        # in a narrow column is not broken in the middle (Word's and LibreOffice's 10.5 pt did).
        grid = self.doc.styles["Table Grid"]
        grid.font.size = Pt(9)
        for side in ("left", "right"):  # the template's 0.19 cm (108 twips) each side
            for margin in grid.element.iter(qn(f"w:{side}")):
                if margin.getparent().tag == qn("w:tblCellMar"):
                    margin.set(qn("w:w"), str(CELL_MARGIN_TWIPS))
        properties = self.doc.core_properties
        properties.title, properties.author = xml_safe(title)[:250], xml_safe(author)[:250]
        properties.language = "en-GB" if language == "en" else "nl-NL"
        # The text's language (spelling, hyphenation) and Word's automatic hyphenation: a long Dutch
        # compound in a table column is broken where Dutch breaks it, not at its last letter that fits.
        spoken = OxmlElement("w:lang")
        spoken.set(qn("w:val"), properties.language)
        normal.element.get_or_add_rPr().append(spoken)  # after the font and size: the schema's order
        tab_stop = self.doc.settings.element.find(qn("w:defaultTabStop"))
        if tab_stop is not None:
            tab_stop.addnext(OxmlElement("w:autoHyphenation"))  # right after it, as the schema orders
        # Style ids looked up once: python-docx finds a style by its name anew for every paragraph
        # (half the time of a document with a hundred headings).
        names = {0: "Title", 1: "Heading 1", 2: "Heading 2", 3: "Heading 3", -1: "List Bullet"}
        self._styles = {level: self.doc.styles[name].style_id for level, name in names.items()}

    def _styled(self, text: str, level: int) -> None:
        paragraph = self.doc.add_paragraph()
        paragraph._p.style = self._styles[level]
        paragraph.add_run(xml_safe(text))

    def title(self, text: str) -> None:
        self._styled(text, 0)

    def heading(self, text: str, level: int) -> None:
        self._styled(text, level)

    def paragraph(self, text: str, *, italic: bool = False, small: bool = False, bold: bool = False) -> None:
        run = self.doc.add_paragraph().add_run(xml_safe(text))
        run.italic, run.bold = italic, bold
        if small:
            run.font.size = Pt(8.5)

    def page_break(self) -> None:
        self.doc.add_page_break()  # type: ignore[no-untyped-call]

    def field(self, name: str, value: str) -> None:
        """'Bewijsmiddel: ...' with the name in bold."""
        paragraph = self.doc.add_paragraph()
        paragraph.add_run(xml_safe(f"{name}: ")).bold = True
        paragraph.add_run(xml_safe(value))

    def bullets(self, texts: Sequence[str]) -> None:
        for text in texts:
            self._styled(text, -1)

    def table(
        self, header: Sequence[str] | None, rows: Sequence[Sequence[str]], fractions: Sequence[float]
    ) -> None:
        """A grid table exactly as wide as the text area: fixed layout, every column's share set on the
        grid and on each cell (Word reads the cells, LibreOffice the grid). Without a header, the first
        column is bold (label and value)."""
        # In whole twips (Word stores widths as twips): rounded down, a row never exceeds the area.
        twips = [int(self.width * f) // TWIP for f in fractions]
        twips[-1] = self.width // TWIP - sum(twips[:-1])
        widths = [Emu(t * TWIP) for t in twips]
        lines = [list(header), *map(list, rows)] if header else [list(r) for r in rows]
        table = self.doc.add_table(rows=len(lines), cols=len(fractions))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        properties = table._tbl.tblPr
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        properties.append(layout)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for r, (tr, values) in enumerate(zip(table._tbl.tr_lst, lines, strict=True)):
            for c, (tc, value, twip) in enumerate(zip(tr.tc_lst, values, twips, strict=True)):
                fill_cell(tc, xml_safe(value), twip, r == 0 if header else c == 0)
        if header:
            _repeat_header(table.rows[0])
        self.doc.add_paragraph()

    def picture(self, png: bytes, width: Emu) -> None:
        self.doc.add_picture(io.BytesIO(png), width=width)

    def save(self, out: Path | BinaryIO) -> None:
        self.doc.save(out if not isinstance(out, Path) else str(out))


def _repeat_header(row: object) -> None:
    """The header row repeats on every page the table runs over."""
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def build_docx(
    document: str,
    session: Session,
    framework: Framework,
    out: Path | BinaryIO,
    options: DocumentOptions = DEFAULT,
) -> None:
    """Write `document` (bestekteksten, ambitiedocument or ambitiekaart) as .docx to `out`."""
    snapshot, generic, language = options.snapshot, options.generic, options.language
    shown = content_of(session, snapshot)
    writer = WordWriter(
        f"{label(document, language)} — {shown.title}", shown.facilitator or shown.organisation, language
    )
    writer.paragraph(label(document, language), small=True)
    writer.title(shown.title)
    facts = document_facts(shown, framework, snapshot, language)
    if facts:
        writer.table(None, facts, (0.28, 0.72))
    if document == "bestekteksten":
        _bestekteksten(writer, shown, framework, options, language)
    elif document == "ambitiedocument":
        _ambitiedocument(writer, shown, framework, generic, language)
    else:
        _ambitiekaart(writer, shown, framework, generic, language)
        contract_checklist(writer, shown, framework, options.contract, language)
    writer.save(out)


# --- bestekteksten ------------------------------------------------------------------------------------


def _bestekteksten(
    w: WordWriter,
    session: Session,
    framework: Framework,
    options: DocumentOptions,
    language: str,
) -> None:
    findings = check_tender(session, options.newer, framework.theme_names())
    if findings:
        w.heading(label("warnings", language), 2)
        w.bullets([f.text(language) for f in findings])
    groups = numbered_criteria(session, framework)
    if not groups:
        w.paragraph(label("no_criteria", language))
        return
    w.paragraph(label("numbering", language), italic=True, small=True)
    for group in groups:
        w.heading(kind_plural(group.kind, language), 1)
        w.paragraph(kind_basis(group.kind), small=True)
        if group.kind is CriterionKind.AWARD:
            w.paragraph(label("award_scheme_note", language), italic=True, small=True)
            rows = [(r.number, r.title, r.theme, r.value) for r in award_scheme(session, group, language)]
            rows.append(("", label("total", language), "", award_total_text(session, language)))
            header = (label("number", language), label("award_scheme", language), label("theme", language))
            w.table([*header, label("weight", language)], rows, (0.08, 0.44, 0.22, 0.26))
        for theme in group.themes:
            w.heading(theme.theme_name, 2)
            for item in theme.items:
                chosen = item.criterion
                w.heading(f"{item.number}. {chosen.title}", 3)
                w.paragraph(fill(chosen.text, chosen.values))
                for name, value in criterion_fields(item, session, language):
                    w.field(name, value)
                w.paragraph(source_text(item, language), small=True)
    if options.notes:
        w.heading(label("buyer_notes", language), 1)
        w.paragraph(label("buyer_notes_intro", language), italic=True, small=True)
        for number, title, guidance in buyer_notes(groups, language, options.library):
            w.heading(f"{number}. {title}", 3)
            w.paragraph(guidance)


# --- ambitiedocument and ambitiekaart ------------------------------------------------------------------


def _radar_png(
    session: Session, framework: Framework, generic: Session | None, language: str
) -> bytes | None:
    if not MIN_THEMES <= len(session.themes) <= MAX_THEMES:
        return None
    data = radar_data(session, framework, generic)
    names = tuple(level.label(language) for level in RATED_LEVELS)
    radar = RadarData(
        labels=data.labels,
        ambition=data.ambition,
        current=data.current,
        reference=data.reference,
        level_names=(names[0], names[1], names[2]),
        legend_ambition=label("ambition", language),
        legend_current=label("current", language),
        legend_reference=label("generic", language),
    )
    return radar_png(radar)


def radar_png(radar: RadarData) -> bytes:
    """A radar as the Word documents show it (6.5 inches square, the print style)."""
    with radar_figure(radar, RadarStyle(), (6.5, 6.5), 72) as figure:
        return figure_png(figure)


PNG_DPI = 120


def figure_png(figure: Figure) -> bytes:
    """A chart as a PNG for Word: 120 pixels per inch, sharp at the text width, quick to compress.

    Without the alpha channel when every pixel is opaque (the charts' backgrounds are): a quarter less
    to compress, which was a sixth of a plan's Word file. The pixels are the same."""
    raw = io.BytesIO()
    figure.savefig(raw, format="rgba", dpi=PNG_DPI)
    inches_wide, inches_high = figure.get_size_inches()
    size = int(inches_wide * PNG_DPI), int(inches_high * PNG_DPI)  # as the Agg canvas rounds
    pixels = raw.getvalue()
    if len(pixels) != size[0] * size[1] * 4:  # never seen: then as matplotlib writes it
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=PNG_DPI, pil_kwargs={"compress_level": 1})
        return buffer.getvalue()
    image = Image.frombuffer("RGBA", size, pixels, "raw", "RGBA", 0, 1)
    alpha = image.getchannel("A").getextrema()
    if alpha == (255, 255):  # opaque
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="png", compress_level=1, dpi=(PNG_DPI, PNG_DPI))
    return buffer.getvalue()


def goal_values(goal: Goal, language: str) -> str:
    values = f"{format_number(goal.baseline, language)} → {format_number(goal.target, language)}"
    return f"{values} {goal.unit}".strip()


def _levels_table(w: WordWriter, session: Session, framework: Framework, language: str) -> None:
    names = theme_names(session, framework)
    header = [label("theme", language), label("current", language), label("ambition", language)]
    header.append(sentence(label("focus", language)))
    rows = [
        (
            names[e.theme_id],
            level_text(e.current, language),
            level_text(e.ambition, language),
            "★" if e.focus else "",
        )
        for e in session.themes
    ]
    w.table(header, rows, (0.40, 0.24, 0.24, 0.12))


def _ambitiedocument(
    w: WordWriter, session: Session, framework: Framework, generic: Session | None, language: str
) -> None:
    png = _radar_png(session, framework, generic, language)
    if png:
        w.picture(png, Emu(int(w.width * 0.85)))
    w.heading(label("overview", language), 1)
    _levels_table(w, session, framework, language)
    names = theme_names(session, framework)
    w.heading(label("themes", language), 1)
    for entry in session.themes:
        name = names[entry.theme_id]
        w.heading(f"{name} — {label('focus_theme', language)}" if entry.focus else name, 2)
        w.field(label("current", language), level_text(entry.current, language))
        w.field(label("ambition", language), level_text(entry.ambition, language))
        w.heading(label("rationale", language), 3)
        w.paragraph(entry.rationale.strip() or label("no_rationale", language))
        if entry.goals:
            w.heading(label("goals", language), 3)
            header = [
                label("indicator", language),
                label("baseline_target", language),
                label("year", language),
            ]
            rows = [(g.indicator, goal_values(g, language), str(g.year or "–")) for g in entry.goals]
            w.table(header, rows, (0.56, 0.32, 0.12))
        if entry.measures:
            w.heading(label("measures", language), 3)
            header = [label("measure", language), label("owner", language), label("when", language)]
            w.table(header, [(m.what, m.owner, m.when) for m in entry.measures], (0.56, 0.22, 0.22))
    w.heading(label("participants", language), 1)
    if not session.participants:
        w.paragraph(label("no_participants", language))
        return
    header = [label("name", language), label("role", language), label("org_function", language)]
    rows = [(p.name, p.role.label(language), p.organisation) for p in session.participants]
    w.table(header, rows, (0.30, 0.20, 0.50))


def _ambitiekaart(
    w: WordWriter, session: Session, framework: Framework, generic: Session | None, language: str
) -> None:
    png = _radar_png(session, framework, generic, language)
    if png:
        w.picture(png, Emu(int(w.width * 0.6)))
    w.heading(label("agreed_levels", language), 1)
    _levels_table(w, session, framework, language)
    w.heading(label("key_criteria", language), 1)
    items = [
        item
        for group in numbered_criteria(session, framework)
        if group.kind in KEY_KINDS
        for item in group.items
    ]
    if items:
        header = [label("number", language), label("criterion", language), label("weight", language)]
        rows = [
            (
                i.number,
                i.criterion.title,
                award_value(i.criterion, session, language)
                if i.criterion.kind is CriterionKind.AWARD
                else "",
            )
            for i in items
        ]
        w.table(header, rows, (0.08, 0.66, 0.26))
    else:
        w.paragraph(label("no_key_criteria", language))
    w.heading(label("goals", language), 1)
    names = theme_names(session, framework)
    goals = [(names[e.theme_id], g) for e in session.themes for g in e.goals]
    if not goals:
        w.paragraph(label("no_goals", language))
        return
    header = [label("theme", language), label("indicator", language), label("baseline_target", language)]
    goal_rows = [(theme, g.indicator, goal_values(g, language), str(g.year or "–")) for theme, g in goals]
    w.table([*header, label("year", language)], goal_rows, (0.24, 0.44, 0.22, 0.10))
