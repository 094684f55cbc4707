"""Word tables: the cells are written with lxml directly (a plan has thousands), and the XML is the
one python-docx's own cell and run objects write, for every kind of text a cell can hold."""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu
from hypothesis import given, settings
from hypothesis import strategies as st

from ambitieweb.reports.docx_export import TWIP, WordWriter, _repeat_header, xml_safe

TRICKY = ["", " ", "  voor en na  ", "a&<b>\"'", "x\ty\nz\r", "\t", "\n\n", "€ 250.000", "🌍 ♻️", "\x01"]


def python_docx_table(
    writer: WordWriter, header: list[str] | None, rows: list[list[str]], fractions: list[float]
) -> bytes:
    """The table as WordWriter.table wrote it through python-docx's objects (before issue 17)."""
    twips = [int(writer.width * f) // TWIP for f in fractions]
    twips[-1] = writer.width // TWIP - sum(twips[:-1])
    widths = [Emu(t * TWIP) for t in twips]
    lines = [list(header), *rows] if header else rows
    table = writer.doc.add_table(rows=len(lines), cols=len(fractions))
    table.style = writer.doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for r, (row, values) in enumerate(zip(list(table.rows), lines, strict=True)):
        for c, (cell, value, width) in enumerate(zip(row.cells, values, widths, strict=True)):
            cell.width = width
            run = cell.paragraphs[0].add_run(xml_safe(value))
            run.bold = r == 0 if header else c == 0
    if header:
        _repeat_header(table.rows[0])
    return str(table._tbl.xml).encode()


def written(header: list[str] | None, rows: list[list[str]], fractions: list[float]) -> bytes:
    writer = WordWriter("t", "a", "nl")
    writer.table(header, rows, fractions)
    return str(writer.doc.tables[-1]._tbl.xml).encode()


def reference(header: list[str] | None, rows: list[list[str]], fractions: list[float]) -> bytes:
    return python_docx_table(WordWriter("t", "a", "nl"), header, rows, fractions)


def test_tricky_cells_are_written_as_python_docx_writes_them() -> None:
    rows = [[TRICKY[i], TRICKY[-1 - i], "gewoon"] for i in range(len(TRICKY))]
    for header in (["Kop", " Kop 2 ", "K\tk"], None):
        assert written(header, rows, [0.5, 0.3, 0.2]) == reference(header, rows, [0.5, 0.3, 0.2])


def test_an_empty_table_and_one_cell() -> None:
    assert written(["Alleen een kop"], [], [1.0]) == reference(["Alleen een kop"], [], [1.0])
    assert written(None, [["één"]], [1.0]) == reference(None, [["één"]], [1.0])


@settings(max_examples=40, deadline=None)
@given(
    cells=st.lists(st.text(alphabet=st.sampled_from("ab \t\n\r&<é"), max_size=12), min_size=2, max_size=2),
    header=st.booleans(),
)
def test_any_text_is_written_as_python_docx_writes_it(cells: list[str], header: bool) -> None:
    head = ["Eerste", "Tweede"] if header else None
    assert written(head, [cells], [0.4, 0.6]) == reference(head, [cells], [0.4, 0.6])
