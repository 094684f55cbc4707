"""The appendix 'Toelichting voor de inkoper' for criteria chosen from the organisation's library: the
library's guidance when the library is passed (`DocumentOptions.library`), in the PDF, the .docx and
the text formats, markup in it literal; a library criterion no longer in the library says it has none."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from docx import Document

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import read_file
from ambitieweb.model.criteria import Criterion
from ambitieweb.model.library import check_criterion, library_set
from ambitieweb.model.session import Session
from ambitieweb.model.tender import add_criterion, choose
from ambitieweb.reports.export import write_document, write_docx, write_pdf
from ambitieweb.reports.options import DocumentOptions
from ambitieweb.reports.tender_text import bestekteksten_html

GUIDANCE = "Standaardtekst van de gemeente: <b>niet vet</b> & *geen nadruk* {{zone}} [link](x)"
GONE = "Uit de eigen bibliotheek: het criterium staat er niet (meer) in"


def library_criterion(ident: str, title: str, guidance: str = GUIDANCE) -> Criterion:
    return check_criterion(
        {
            "id": ident,
            "theme": "klimaat",
            "level": 2,
            "kind": "requirement",
            "title": title,
            "text": "Alle bouwverkeer rijdt emissievrij.",
            "verification": "Een logistiek plan bij de start.",
            "guidance": guidance,
        }
    )


KEPT = library_criterion("eigen-emissievrij", "Emissievrije bouwlogistiek")
DROPPED = library_criterion("eigen-stil-werken", "Stil werken in de nacht", "Weg uit de bibliotheek.")


def with_library_criteria(catalogue: Catalogue, example_path: dict[str, Path]) -> Session:
    """The cleaning example with both library criteria chosen (DROPPED is later removed from it)."""
    session = read_file(example_path["cleaning"], catalogue).session
    for criterion in (KEPT, DROPPED):
        add_criterion(session, choose(criterion, library_set([KEPT, DROPPED], criterion.revision)))
    return session


def flat(text: str) -> str:
    """Text with its line breaks and runs of spaces as single spaces (pdftotext wraps lines)."""
    return re.sub(r"\s+", " ", text)


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return flat(done.stdout)


def docx_text(path: Path) -> str:
    return flat(" ".join(p.text for p in Document(io.BytesIO(path.read_bytes())).paragraphs))


def test_the_pdf_and_the_docx_give_the_library_guidance_literally(
    catalogue: Catalogue, example_path: dict[str, Path], tmp_path: Path
) -> None:
    session = with_library_criteria(catalogue, example_path)
    framework = catalogue.framework(session.framework_id)
    options = DocumentOptions(notes=True, library=(KEPT,))
    pdf = pdf_text(write_pdf("bestekteksten", session, framework, tmp_path / "b.pdf", options))
    docx = docx_text(write_docx("bestekteksten", session, framework, tmp_path / "b.docx", options))
    for text in (pdf, docx):
        appendix = text[text.index("Bijlage: Toelichting voor de inkoper") :]
        kept = appendix[appendix.index(KEPT.title) :]
        assert kept.startswith(f"{KEPT.title} {GUIDANCE}"), kept[:200]
        dropped = appendix[appendix.index(DROPPED.title) :]
        assert dropped.startswith(f"{DROPPED.title} {GONE}") and "Weg uit de bibliotheek." not in text
    # without the library (as before): the library's criteria have no guidance
    bare = DocumentOptions(notes=True)
    text = docx_text(write_docx("bestekteksten", session, framework, tmp_path / "kaal.docx", bare))
    assert GUIDANCE not in text and text.count(GONE) == 2


def test_the_text_formats_and_the_clipboard_give_it_too(
    catalogue: Catalogue, example_path: dict[str, Path], tmp_path: Path
) -> None:
    session = with_library_criteria(catalogue, example_path)
    framework = catalogue.framework(session.framework_id)
    options = DocumentOptions(notes=True, library=(KEPT,), language="en")
    text = write_document(tmp_path / "b.txt", "bestekteksten", "text", session, framework, options)
    written = text.read_text(encoding="utf-8")
    assert f"{KEPT.title}\n{GUIDANCE}\n" in written
    assert "From the own library: the criterion is not (or no longer) in it" in written
    markdown = write_document(tmp_path / "b.md", "bestekteksten", "markdown", session, framework, options)
    assert r"\<b\>niet vet\</b\> & \*geen nadruk\*" in markdown.read_text(encoding="utf-8")
    html = bestekteksten_html(session, framework, notes=True, library=(KEPT,))
    assert "&lt;b&gt;niet vet&lt;/b&gt; &amp; *geen nadruk*" in html
    assert "<b>niet vet</b>" not in html
