"""The documents as .docx: read back with python-docx (headings, numbering, tables within the page,
the radar as a picture), hostile text literal, and, where LibreOffice is installed, opened by it."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import read_file
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Goal, Session
from ambitieweb.reports import DOCUMENTS
from ambitieweb.reports.docx_export import build_docx, xml_safe
from ambitieweb.reports.export import ReportError, check_request, write_document
from ambitieweb.reports.options import DocumentOptions

HOSTILE = '<b>vet</b> & <script>alert("x")</script> {{naam}} ==='
RTL = "مرحبا بالعالم"  # Arabic, right to left
EMOJI = "🌍♻️👩🏽‍🔧"


def read(data: bytes) -> DocxDocument:
    return Document(io.BytesIO(data))


def build(document: str, session: Session, catalogue: Catalogue, notes: bool = False) -> bytes:
    out = io.BytesIO()
    build_docx(
        document, session, catalogue.framework(session.framework_id), out, DocumentOptions(notes=notes)
    )
    return out.getvalue()


def headings(doc: DocxDocument) -> list[tuple[str, str]]:
    return [
        (p.style.name, p.text)
        for p in doc.paragraphs
        if p.style is not None and p.style.name.startswith(("Heading", "Title"))
    ]


def usable_width(doc: DocxDocument) -> int:
    section = doc.sections[0]
    width, left, right = section.page_width, section.left_margin, section.right_margin
    assert width is not None and left is not None and right is not None
    return int(width - left - right)


def check_tables_fit(doc: DocxDocument) -> int:
    """Every table's grid and every row's cells within the text area; the number of tables."""
    limit = usable_width(doc)
    for table in doc.tables:
        grid = [
            int(c.get(qn("w:w"))) * 635 for c in table._tbl.tblGrid.findall(qn("w:gridCol"))
        ]  # twips -> EMU
        assert sum(grid) <= limit + 635 * len(grid), (sum(grid), limit)
        for row in table.rows:
            widths = [cell.width for cell in row.cells]
            assert all(w is not None for w in widths)
            assert sum(int(w) for w in widths if w is not None) <= limit
        layout = table._tbl.tblPr.find(qn("w:tblLayout"))
        assert layout is not None and layout.get(qn("w:type")) == "fixed"
    return len(doc.tables)


def test_the_bestekteksten_have_word_headings_numbering_and_tables_that_fit(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    session = read_file(example_path["cleaning"], catalogue).session
    doc = read(build("bestekteksten", session, catalogue, notes=True))
    found = headings(doc)
    assert found[0] == ("Title", session.title)
    assert ("Heading 1", "Gunningscriteria") in found and ("Heading 1", "Minimumeisen") in found
    assert ("Heading 2", "Klimaat") in found
    numbered = [text for style, text in found if style == "Heading 3"]
    assert any(text.startswith("W1. ") for text in numbered) and any(
        text.startswith("E1. ") for text in numbered
    )
    assert ("Heading 1", "Bijlage: Toelichting voor de inkoper") in found
    assert check_tables_fit(doc) == 2  # the facts and the award scheme
    scheme = doc.tables[1]
    assert [c.text for c in scheme.rows[0].cells] == ["Nr.", "Gunningsmodel", "Thema", "Weging"]
    assert [c.text for c in scheme.rows[1].cells] == ["", "Prijs", "prijs", "0%"]
    assert [c.text for c in scheme.rows[-1].cells][-1] == "100%"
    text = "\n".join(p.text for p in doc.paragraphs)
    assert text.count("Grondslag: artikel") == len(session.criteria)
    assert doc.sections[0].page_width == 7560310  # A4


@pytest.mark.parametrize("document", ["ambitiedocument", "ambitiekaart"])
def test_the_web_documents_carry_the_radar_as_a_picture(
    catalogue: Catalogue, example_path: dict[str, Path], document: str
) -> None:
    session = read_file(example_path["road"], catalogue).session
    doc = read(build(document, session, catalogue))
    assert len(doc.inline_shapes) == 1
    assert doc.inline_shapes[0].width <= usable_width(doc)
    assert check_tables_fit(doc) >= 2
    names = [text for style, text in headings(doc) if style == "Heading 1"]
    assert names[0] in ("Overzicht", "Afgesproken niveaus")


def hostile_session(catalogue: Catalogue) -> Session:
    session = Session.new(catalogue.framework("mvi-nationaal-plan"), f"{HOSTILE} {RTL} {EMOJI}")
    session.organisation = "R&D <Afdeling>\ufffe"
    entry = session.themes[0]
    entry.ambition = Level.AMBITIOUS
    entry.rationale = ("Lang verhaal met <i>opmaak</i> en een\ttab.\n" * 2500)[:100_000]
    entry.goals = [Goal(indicator=f"{RTL} {EMOJI} <kpi>", target=8, unit="%")]
    return session


@pytest.mark.parametrize("document", DOCUMENTS)
def test_hostile_text_is_written_literally(catalogue: Catalogue, document: str) -> None:
    session = hostile_session(catalogue)
    doc = read(build(document, session, catalogue))
    body = doc.element.body.xml
    assert "<w:t>&lt;b&gt;vet&lt;/b&gt; &amp; &lt;script&gt;" in body  # escaped text, no markup
    texts = "\n".join(p.text for p in doc.paragraphs) + "".join(
        cell.text for table in doc.tables for row in table.rows for cell in row.cells
    )
    assert HOSTILE in texts and RTL in texts and EMOJI in texts
    assert "R&D <Afdeling>\ufffd" in texts  # a character XML cannot hold is replaced, visibly
    if document == "ambitiedocument":
        assert "Lang verhaal met <i>opmaak</i> en een\ttab." in texts
        assert sum(len(p.text) for p in doc.paragraphs) > 100_000


def test_xml_safe_keeps_tabs_newlines_and_everything_printable() -> None:
    assert xml_safe("a\tb\nc€ë😀") == "a\tb\nc€ë😀"
    assert xml_safe("a\x0bb\ud800c\uffff") == "a\ufffdb\ufffdc\ufffd"


def test_every_document_exists_as_docx_and_is_written_whole(
    catalogue: Catalogue, example_path: dict[str, Path], tmp_path: Path
) -> None:
    session = read_file(example_path["cleaning"], catalogue).session
    framework = catalogue.framework(session.framework_id)
    for document in DOCUMENTS:
        check_request(document, "docx")
        path = write_document(tmp_path / f"{document}.docx", document, "docx", session, framework)
        assert read(path.read_bytes()).paragraphs
    with pytest.raises(ReportError):
        check_request("ambitiekaart", "markdown")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_hostile_docx_with_the_text_literal(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    session = hostile_session(catalogue)
    session.themes[0].rationale = "Korte onderbouwing met <i>opmaak</i>."
    source = tmp_path / "hostile.docx"
    source.write_bytes(build("ambitiedocument", session, catalogue))
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "hostile.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = " ".join(text.split())  # lines wrap where LibreOffice breaks them
    assert '<b>vet</b> & <script>alert("x")</script> {{naam}} ===' in words
    assert "Korte onderbouwing met <i>opmaak</i>." in words and RTL in words


def test_the_cli_writes_any_document_as_docx(
    capsys: pytest.CaptureFixture[str], database_url: str, example_path: dict[str, Path], tmp_path: Path
) -> None:
    from ambitieweb.cli import main

    assert main(["--database", database_url, "import", str(example_path["cleaning"])]) == 0
    session_id = capsys.readouterr().out.split()[0]
    target = tmp_path / "kaart.docx"
    argv = [
        "--database",
        database_url,
        "export",
        session_id,
        "--docx",
        str(target),
        "--document",
        "ambitiekaart",
    ]
    assert main(argv) == 0
    assert capsys.readouterr().out.strip() == str(target)
    doc = read(target.read_bytes())
    assert len(doc.inline_shapes) == 1 and check_tables_fit(doc) >= 3
