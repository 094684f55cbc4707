"""Tables draw a plain cell of several lines as one text object (reportlab draws a text object per line):
the page looks and reads the same as reportlab's own, to the pixel, over page breaks and split rows."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import numpy as np
from PIL import Image
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # type: ignore[import-untyped]

from ambitieweb.reports.fonts import BOLD, REGULAR, register_fonts
from ambitieweb.reports.text_table import TextTable
from tests.unit.test_reports_pdf import pdf_text, qpdf_check, tool

ROWS = [
    ["Aanbesteding 1\nmet een wat\nlangere titel", "werk", "€ 250.000\n(raming)"],
    ["Eén regel", "levering\ndienst", "  ingesprongen\nen \u00e9\u00e9n ë"],
    ["", "\n", "a\n\nb"],
    ["Rechts\nuitgelijnd", "Midden\nuitgelijnd", "Onder\nuitgelijnd"],
] * 12  # over two pages


def document(path: Path, kind: type[Table], split_in_row: bool) -> Path:
    register_fonts()
    table = kind(ROWS, colWidths=[200, 120, 140], repeatRows=1, splitInRow=int(split_in_row))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                ("FONT", (0, 1), (0, 1), BOLD, 10, 14),  # another font and leading
                ("TEXTCOLOR", (1, 0), (1, -1), colors.HexColor("#0072B2")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 3), (0, 3), "RIGHT"),  # reportlab's own way for these
                ("ALIGN", (1, 3), (1, 3), "CENTER"),
                ("VALIGN", (2, 3), (2, 3), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
            ]
        )
    )
    SimpleDocTemplate(str(path), pagesize=(595, 420 if split_in_row else 842)).build([table])
    return path


def pages(path: Path) -> list[np.ndarray]:
    subprocess.run([tool("pdftoppm"), "-r", "100", "-png", str(path), str(path.with_suffix(""))], check=True)
    shots = sorted(path.parent.glob(f"{path.stem}-*.png"))
    return [np.asarray(Image.open(shot).convert("RGB")) for shot in shots]


def test_cells_of_several_lines_look_and_read_as_reportlabs(tmp_path: Path) -> None:
    for split_in_row in (False, True):
        ours = document(tmp_path / f"ours-{split_in_row}.pdf", TextTable, split_in_row)
        theirs = document(tmp_path / f"theirs-{split_in_row}.pdf", Table, split_in_row)
        qpdf_check(ours)
        assert pdf_text(ours) == pdf_text(theirs)
        mine, reference = pages(ours), pages(theirs)
        assert len(mine) == len(reference) >= 2
        for page, expected in zip(mine, reference, strict=True):
            assert np.array_equal(page, expected)


def test_the_lines_of_a_cell_are_one_text_object() -> None:
    register_fonts()
    for kind, text_objects in ((TextTable, 1), (Table, 3)):
        table = kind([["een\ntwee\ndrie"]], colWidths=[100])
        table.setStyle(
            TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        )
        canvas = Canvas(io.BytesIO())
        table.wrapOn(canvas, 100, 100)
        table.drawOn(canvas, 0, 0)
        assert " ".join(canvas._code).split().count("BT") == text_objects, kind
