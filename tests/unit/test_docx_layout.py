"""Word files speak their language and break long Dutch words where Dutch breaks them: automatic
hyphenation on, the text's language on the Normal style, tables in 9 pt with narrow cell margins (as
the PDF); LibreOffice, where installed, shows a year column's years whole."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from ambitieweb.reports.docx_export import CELL_MARGIN_TWIPS, WordWriter


def written(language: str, rows: list[list[str]] | None = None) -> bytes:
    writer = WordWriter("Titel", "Auteur", language)
    writer.table(
        ["Thema", "Soort", "Jaar"], rows or [["Klimaat", "inspanningsdoel", "2029"]], (0.3, 0.6, 0.1)
    )
    buffer = io.BytesIO()
    writer.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("language", "tag"), [("nl", "nl-NL"), ("en", "en-GB")])
def test_the_language_and_hyphenation_are_set(language: str, tag: str) -> None:
    document = Document(io.BytesIO(written(language)))
    settings = document.settings.element
    names = [child.tag for child in settings]
    assert names.index(qn("w:autoHyphenation")) == names.index(qn("w:defaultTabStop")) + 1
    rpr = document.styles["Normal"].element.rPr
    assert rpr is not None
    [lang] = rpr.findall(qn("w:lang"))
    assert lang.get(qn("w:val")) == tag
    assert rpr[-1] is lang  # last: the schema puts w:lang after the font and size


def test_tables_are_in_9_points_with_narrow_margins() -> None:
    grid = Document(io.BytesIO(written("nl"))).styles["Table Grid"]
    assert grid.font.size == Pt(9)
    margins = {m.tag: m.get(qn("w:w")) for m in grid.element.iter(qn("w:left"), qn("w:right"))}
    assert margins == {qn("w:left"): str(CELL_MARGIN_TWIPS), qn("w:right"): str(CELL_MARGIN_TWIPS)}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_keeps_years_whole_in_a_narrow_column(tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    source = tmp_path / "table.docx"
    source.write_bytes(written("nl", [["Klimaat", "inspanningsdoel", str(2027 + i)] for i in range(3)]))
    profile = tmp_path / "lo-profile"
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run(
        [*command, "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180
    )
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "table.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert [word for word in text.split() if word.startswith("20")] == ["2027", "2028", "2029"]
