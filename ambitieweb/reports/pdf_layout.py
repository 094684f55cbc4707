"""The shared page: A4, DejaVu Sans, styles, bookmarks per heading and 'pagina N van M' in the footer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from ambitieweb.model.session import Session
from ambitieweb.reports import progress
from ambitieweb.reports.content import author_of, footer_text
from ambitieweb.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from ambitieweb.reports.markup import escape
from ambitieweb.reports.text_table import TextTable
from ambitieweb.text.labels import label

MARGIN = 18 * mm
FOOTER_GAP = 8 * mm  # from the frame's bottom to the footer's baseline
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c5c5c")
ACCENT = colors.HexColor("#0b4f8a")  # headings; dark enough to print well in grey
RULE = colors.HexColor("#b8c4d0")
HEADER_FILL = colors.HexColor("#e6edf4")
WARNING_FILL = colors.HexColor("#fff4d6")
WARNING_RULE = colors.HexColor("#d08a00")
PAGE_TOTAL_FORM = "pageTotal"
CELL_SIDE_PADDING = 4


@dataclass(frozen=True)
class Styles:
    kicker: ParagraphStyle  # small line above a title ("Ambitiedocument")
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    field: ParagraphStyle  # "Bewijsmiddel: ..." under a criterion


@cache
def styles() -> Styles:
    register_fonts()

    def style(name: str, **values: Any) -> ParagraphStyle:
        defaults: dict[str, Any] = {
            "fontName": REGULAR,
            "bulletFontName": REGULAR,
            "fontSize": 10,
            "leading": 13.5,
            "textColor": INK,
        }
        return ParagraphStyle(name, **(defaults | values))

    return Styles(
        kicker=style("kicker", fontName=BOLD, fontSize=10, leading=13, textColor=ACCENT, spaceAfter=2),
        title=style("title", fontName=BOLD, fontSize=22, leading=27, spaceAfter=4),
        subtitle=style("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=10),
        # h1 and h2 stay with what follows; before an h3 the documents use a CondPageBreak instead,
        # so a long paragraph after it can start on the same page.
        h1=style(
            "h1",
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=style(
            "h2",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h3=style("h3", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3),
        body=style("body", spaceAfter=5),
        small=style("small", fontName=ITALIC, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=4),
        cell=style("cell", fontSize=9, leading=11.5),
        cell_bold=style("cell_bold", fontName=BOLD, fontSize=9, leading=11.5),
        cell_right=style("cell_right", fontSize=9, leading=11.5, alignment=TA_RIGHT),
        cell_head=style("cell_head", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT),
        field=style("field", fontSize=9.5, leading=12.5, leftIndent=10, spaceAfter=3),
    )


class Heading(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A heading that also becomes a PDF bookmark at the given outline level (0 = top).

    The bookmark is made when the heading is drawn, so it works inside tables and frames too.
    """

    def __init__(
        self, markup: str, style: ParagraphStyle, outline_text: str = "", level: int = 0, **kw: Any
    ) -> None:
        super().__init__(markup, style, **kw)  # **kw: Paragraph.split makes its parts through this class
        self.outline_text = outline_text
        self.outline_level = level

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(available_width, available_height)
        if parts:  # only the first part carries the bookmark
            parts[0].outline_text, parts[0].outline_level = self.outline_text, self.outline_level
        return parts

    def draw(self) -> None:
        super().draw()
        if self.outline_text:
            key = f"heading-{id(self)}"
            self.canv.bookmarkHorizontal(key, 0, self.height)
            self.canv.addOutlineEntry(self.outline_text, key, self.outline_level, closed=False)


class PageCountCanvas(Canvas):  # type: ignore[misc]
    """Writes the total page count once, at save, into a form that every footer refers to.

    One pass, and bookmarks keep pointing at the right pages (a canvas that delays showPage breaks them).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages_done = 0

    def showPage(self) -> None:
        self.pages_done += 1
        super().showPage()

    def save(self) -> None:
        self.beginForm(PAGE_TOTAL_FORM)
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.pages_done))
        self.endForm()
        super().save()


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait with one frame, a footer on every page and bookmarks from `Heading`s."""

    def __init__(
        self,
        out: Path | BinaryIO,
        *,
        title: str,
        author: str,
        subject: str,
        footer: str,
        language: str = "nl",
        margin: float = MARGIN,
    ) -> None:
        register_fonts()
        super().__init__(
            str(out) if isinstance(out, Path) else out,
            pagesize=A4,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin + 4 * mm,
            title=title,
            author=author,
            subject=subject,
            creator="Ambitieweb",
            lang="en" if language == "en" else "nl",
            displayDocTitle=True,
            initialFontName=REGULAR,  # else every page names Helvetica, which is never embedded
        )
        self.footer = footer
        self.language = language
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._draw_footer)])

    @classmethod
    def for_session(
        cls, out: Path | BinaryIO, shown: Session, document: str, language: str, margin: float = MARGIN
    ) -> ReportDocument:
        """Document `document` (a label key) of a session: metadata and footer come from it."""
        return cls(
            out,
            title=f"{label(document, language)} — {shown.title}",
            author=author_of(shown),
            subject=shown.subject or shown.organisation,
            footer=footer_text(shown, language),
            language=language,
            margin=margin,
        )

    def _draw_footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        y = self.bottomMargin - FOOTER_GAP
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.leftMargin, y + 10, self.leftMargin + self.width, y + 10)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        page = label("page", self.language, page=canvas.getPageNumber())
        # The total is drawn after the number; keep room for up to four digits at the right edge.
        total_width = canvas.stringWidth("0000", REGULAR, 8)
        page_x = self.leftMargin + self.width - total_width - canvas.stringWidth(page, REGULAR, 8)
        footer = _fit(canvas, self.footer, page_x - self.leftMargin - 12)
        canvas.drawString(self.leftMargin, y, footer)
        canvas.drawString(page_x, y, page)
        canvas.translate(self.leftMargin + self.width - total_width, y)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()

    def build_story(self, story: list[Flowable]) -> None:
        # Binary streams, not ASCII85: 25 % smaller, and without reportlab's optional C accelerator the
        # pure-Python ASCII85 encoder spends more time on the radar image than the whole layout takes.
        previous = rl_config.useA85
        rl_config.useA85 = 0
        self._parts, self._done = len(story), 0
        try:
            self.build(story, canvasmaker=PageCountCanvas)
        finally:
            rl_config.useA85 = previous

    def afterFlowable(self, flowable: Flowable) -> None:
        """After each part is laid out: report how far the document is (and stop if asked to)."""
        self._done += 1
        progress.step(self._done, self._parts)


def _fit(canvas: Canvas, text: str, width: float) -> str:
    """Shorten a footer line with an ellipsis so it never runs into the page number."""
    if canvas.stringWidth(text, REGULAR, 8) <= width:
        return text
    while text and canvas.stringWidth(text + "…", REGULAR, 8) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    bold_last_row: bool = False,
    span_last_row: bool = False,
    head_style: ParagraphStyle | None = None,
    padding: float = 3,
    split_in_row: bool = False,
) -> Table:
    """A table of Paragraph cells that splits across pages and repeats its header row;
    `split_in_row`: a row taller than what is left of a page splits inside (else it moves on whole)."""
    head = [Paragraph(escape(text), head_style or styles().cell_head) for text in header]
    table = TextTable(
        [head, *rows], colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=int(split_in_row)
    )
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 9),  # plain-string cells too: never Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_SIDE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_SIDE_PADDING),
    ]
    if bold_last_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    if span_last_row:
        commands.append(("SPAN", (0, -1), (-1, -1)))
    table.setStyle(TableStyle(commands))
    return table


def facts_table(facts: Sequence[tuple[str, str]], widths: tuple[float, float]) -> Table:
    """Label/value pairs without a header (the opening of a document); values are escaped by the caller."""
    rows = [[Paragraph(name, styles().cell_head), Paragraph(value, styles().cell)] for name, value in facts]
    table = Table(rows, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def warning_box(title: str, lines: Sequence[str], width: float) -> Table:
    """A shaded box listing what to check; `lines` are markup (already escaped)."""
    s = styles()
    title_style = ParagraphStyle("warning_title", parent=s.cell_bold, textColor=colors.HexColor("#7a4b00"))
    rows = [[Paragraph(title, title_style)]]
    bullet_style = ParagraphStyle("warning_line", parent=s.cell, leftIndent=10, bulletIndent=0)
    rows += [[Paragraph(line, bullet_style, bulletText="•")] for line in lines]
    table = Table(rows, colWidths=[width], hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                ("BACKGROUND", (0, 0), (-1, -1), WARNING_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 3, WARNING_RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return table
