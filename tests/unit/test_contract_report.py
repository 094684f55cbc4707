"""The monitoring report of a contract (issue 18): PDF and Word, with the radar agreed against realised,
criteria with status and evidence and their course, goals with measured values and open actions; the
user's text printed literally, however hostile or long."""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

from docx import Document
from pypdf import PdfReader

from ambitieweb.catalogue import default_catalogue
from ambitieweb.reports.contract_content import contract_content
from ambitieweb.reports.contract_report import write_contract_report
from tests.contract_data import HOSTILE, agreed, contract_for, two_reviews
from tests.unit.test_reports_pdf import pdf_fonts, pdf_text, qpdf_check
from tests.unit.test_reports_radar import ambition_blue_pixels

TODAY = dt.date(2028, 3, 1)


def names() -> dict[str, str]:
    session = agreed().session
    return default_catalogue().framework(session.framework_id, session.framework_version).theme_names()


def test_the_pdf_holds_every_part_and_prints_hostile_text_literally(tmp_path: Path) -> None:
    snapshot = agreed()
    long_evidence = HOSTILE + "bewijs " * 14_000 + "EINDE"  # 100,000 characters
    assert len(long_evidence) > 98_000
    contract = two_reviews(snapshot, long_evidence)
    started = time.perf_counter()
    path = write_contract_report(
        contract, [snapshot], "Schoonmaak <test> & co", names(), tmp_path / "m.pdf", today=TODAY
    )
    assert time.perf_counter() - started < 5  # about 0.5 s; once 6 s (a paragraph wrapped per page)
    check = qpdf_check(path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert all(embedded == "yes" for _name, embedded in pdf_fonts(path))
    text = pdf_text(path)
    for phrase in (
        "Monitoringsrapportage contract",
        "Schoonmaak <test> & co",
        "Schoon & Zo <B.V.>",
        "Stand na het voortgangsgesprek van 20-01-2028",
        "Thema's onder het vastgestelde niveau: Ketenverantwoordelijkheid",
        "Gerealiseerd (20-01-2028)",  # the radar's legend
        "Bewijs ontvangen: <b>vet</b> & <img src='/etc/passwd'/> {{x}}",
        "EINDE",
        "Notitie: Geen <bewijs>",
        "Criteria: verloop over de voortgangsgesprekken",
        "72,5",  # goal 1 measured in the second review
        "Audit <kleding> & co",
        "⚠ te laat: 1 oktober 2027",
        "Aanwezig: Sanne <i>de Wit</i>",
        "Notitie met <script>alert(1)</script>",
    ):
        assert phrase in text, phrase
    assert text.count("bewijs") >= 14_000  # nothing of the long evidence lost
    assert ambition_blue_pixels(path, 2) > 1000  # the radar is drawn on page 2
    assert len(PdfReader(path).pages) > 10


def test_the_word_file_holds_the_same_in_english(tmp_path: Path) -> None:
    snapshot = agreed()
    contract = two_reviews(snapshot)
    path = write_contract_report(
        contract, [snapshot], "Cleaning <x>", names(), tmp_path / "m.docx", "en", TODAY
    )
    doc = Document(io.BytesIO(path.read_bytes()))
    paragraphs = "\n".join(p.text for p in doc.paragraphs)
    cells = "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "Contract monitoring report" in paragraphs and "Cleaning <x>" in paragraphs
    assert f"Evidence received: {HOSTILE}" in paragraphs
    assert "Realised below agreed" not in cells  # a flag in words in the table ...
    assert "⚠ below agreed" in cells and "Audit <kleding> & co" in cells
    assert len(doc.inline_shapes) == 1  # the radar


def test_before_any_review_the_report_says_so() -> None:
    snapshot = agreed()
    on_time = dt.date(2027, 7, 31)  # due today is not late yet
    document = contract_content(contract_for(snapshot), [snapshot], "Web", names(), today=on_time)
    assert document.subtitle == "Nog geen voortgangsgesprek gehouden"
    titles = [s.title for s in document.sections]
    assert "Criteria" not in titles and "Openstaande vervolgacties" in titles
    assert dict(document.facts)["Volgend voortgangsgesprek"] == "31 juli 2027"
    late = contract_content(contract_for(snapshot), [snapshot], "Web", names(), today=dt.date(2027, 8, 1))
    assert dict(late.facts)["Volgend voortgangsgesprek"] == "⚠ te laat: was 31 juli 2027"


def test_a_long_text_is_cut_into_paragraphs_without_losing_a_character() -> None:
    from ambitieweb.reports.long_text import PIECE, pieces

    assert pieces("a\nb\n\nc") == ["a\nb\n\nc"]
    assert pieces("") == []
    solid = "x" * (2 * PIECE + 10)  # no space: cut anywhere
    assert pieces(solid) == ["x" * PIECE, "x" * PIECE, "x" * 10]
    words = "woord " * 2000 + "slot"
    cut = pieces(words)
    assert all(len(p) <= PIECE for p in cut) and " ".join(cut) == words  # a space became a break
    lines = "\n".join(f"regel {i}" for i in range(2000))
    assert "\n".join(pieces(lines)) == lines
