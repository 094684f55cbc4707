"""The ambitiekaart for the contract manager: the contract's data and every binding criterion as a
checklist, in the PDF and the .docx; no contract said plainly; hostile text literal."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import read_file
from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import CriterionCheck, Review
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import ChosenCriterion, Session
from ambitieweb.reports.checklist import (
    BOX,
    CELL_LIMIT,
    checklist,
    contract_facts,
    contract_line,
    promised_texts,
)
from ambitieweb.reports.docx_export import build_docx
from ambitieweb.reports.export import write_pdf
from ambitieweb.reports.options import DocumentOptions
from tests.unit.test_docx import check_tables_fit
from tests.unit.test_reports_pdf import in_order, pdf_fonts, pdf_text

PROMISE = "Vanaf maand 3 rijden 80% van onze bussen elektrisch; laadpalen op eigen terrein."
SNAPSHOT = "a" * 32


@pytest.fixture
def cleaning(catalogue: Catalogue, example_path: dict[str, Path]) -> tuple[Session, Framework]:
    session = read_file(example_path["cleaning"], catalogue).session
    return session, catalogue.framework(session.framework_id, session.framework_version)


def binding(session: Session) -> list[ChosenCriterion]:
    kinds = (CriterionKind.REQUIREMENT, CriterionKind.AWARD, CriterionKind.CONTRACT_CLAUSE)
    return [c for c in session.criteria if c.kind in kinds]


def a_contract(session: Session, **fields: object) -> Contract:
    award = next(c for c in session.criteria if c.kind is CriterionKind.AWARD)
    review = Review(
        date=dt.date(2027, 9, 1),
        snapshot_id=SNAPSHOT,
        checks=[CriterionCheck(criterion_id=award.id, promised=PROMISE)],
    )
    values: dict[str, object] = {
        "session_id": session.id,
        "number": "ZH-2027-041",
        "supplier": "Glans Facilitair B.V.",
        "start": dt.date(2027, 3, 1),
        "end": dt.date(2031, 2, 28),
        "manager": "Noor Bakker",
        "reviews": [review],
    }
    return Contract(**(values | fields))


def checklist_text(path: Path) -> str:
    pages = len(PdfReader(path).pages)
    return pdf_text(path, (2, pages))


def test_the_checklist_holds_every_binding_criterion_and_the_contract(
    cleaning: tuple[Session, Framework], tmp_path: Path
) -> None:
    session, framework = cleaning
    contract = a_contract(session)
    path = write_pdf(
        "ambitiekaart", session, framework, tmp_path / "kaart.pdf", DocumentOptions(contract=contract)
    )
    card, text = pdf_text(path, (1, 1)), checklist_text(path)
    assert in_order(card, "Contract ZH-2027-041 · Opdrachtnemer Glans Facilitair B.V."), "on the card too"
    assert "1 maart 2027 – 28 februari 2031" in card and "Contractmanager Noor Bakker" in card
    for name, value in (
        ("Contractnummer", "ZH-2027-041"),
        ("Opdrachtnemer", "Glans Facilitair B.V."),
        ("Startdatum", "1 maart 2027"),
        ("Einddatum", "28 februari 2031"),
        ("Contractmanager", "Noor Bakker"),
    ):
        assert in_order(text, f"{name} {value}"), name
    items = checklist(session, framework, contract)
    assert [i.number[0] for i in items] == sorted((i.number[0] for i in items), key="EWC".index)
    assert len(items) == len(binding(session)) == 15  # 3 minimumeisen, 5 award criteria, 7 clauses
    for item in items:  # (pdftotext may read a row's title before its number)
        assert f" {item.number} " in text, item.number
    for chosen in binding(session):
        assert in_order(text, chosen.title), chosen.title
    assert text.count(BOX) == len(items), "one box to tick per binding criterion"
    assert "G1" not in text, "selection criteria are judged at the award, not in the contract"
    assert in_order(text, "Minimumeis · artikel 2.75 tot en met 2.77 Aanbestedingswet 2012")
    assert in_order(text, "Contractbepaling · artikel 2.80 Aanbestedingswet 2012")
    assert in_order(text, "Gunningscriterium · artikel 2.114 en 2.115 Aanbestedingswet 2012")
    assert in_order(text, f"Toegezegd in de inschrijving: {PROMISE}")
    assert text.count("nog niet vastgelegd: overnemen uit de inschrijving") == 4, "the other four awards"
    assert "Opmerking" in text and "Weging: 30%" in text


def test_a_missing_binding_criterion_fails_the_check(cleaning: tuple[Session, Framework]) -> None:
    """The list is the session's, not a fixed one: a criterion dropped from the session drops from it,
    and one more shows up."""
    session, framework = cleaning
    before = {i.title for i in checklist(session, framework, None)}
    dropped = next(c for c in session.criteria if c.kind is CriterionKind.CONTRACT_CLAUSE)
    session.criteria.remove(dropped)
    after = {i.title for i in checklist(session, framework, None)}
    assert before - after == {dropped.title}


def test_no_contract_is_said_plainly(cleaning: tuple[Session, Framework], tmp_path: Path) -> None:
    session, framework = cleaning
    path = write_pdf("ambitiekaart", session, framework, tmp_path / "kaart.pdf")
    text = checklist_text(path)
    assert "Voor dit projectweb zijn geen contractgegevens vastgelegd" in text
    assert "Contractnummer" not in text and "Startdatum" not in text, "no empty fields as if filled"
    assert "Contract: geen contractgegevens vastgelegd" in pdf_text(path, (1, 1))
    assert contract_facts(None) is None


def test_fields_not_filled_in_say_so(cleaning: tuple[Session, Framework], tmp_path: Path) -> None:
    session, framework = cleaning
    contract = Contract(session_id=session.id, supplier="Glans Facilitair B.V.")
    assert contract_line(contract) == "Opdrachtnemer Glans Facilitair B.V."
    assert contract_line(Contract(session_id=session.id)).startswith("Contract: contractopvolging aangemaakt")
    path = write_pdf(
        "ambitiekaart", session, framework, tmp_path / "kaart.pdf", DocumentOptions(contract=contract)
    )
    text = checklist_text(path)
    for name in ("Contractnummer", "Startdatum", "Einddatum", "Contractmanager"):
        assert in_order(text, f"{name} niet vastgelegd"), name
    assert "Opdrachtnemer Glans Facilitair B.V." in text


def test_the_newest_promise_counts_and_an_empty_one_does_not(cleaning: tuple[Session, Framework]) -> None:
    session, _ = cleaning
    award = next(c for c in session.criteria if c.kind is CriterionKind.AWARD)

    def review(day: int, promised: str) -> Review:
        return Review(
            date=dt.date(2028, 1, day),
            snapshot_id=SNAPSHOT,
            checks=[CriterionCheck(criterion_id=award.id, promised=promised)],
        )

    contract = Contract(
        session_id=session.id, reviews=[review(9, "later"), review(2, "eerst"), review(20, " ")]
    )
    assert promised_texts(contract) == {award.id: "later"}
    assert promised_texts(None) == {}


def test_the_box_glyph_is_in_the_embedded_font(cleaning: tuple[Session, Framework], tmp_path: Path) -> None:
    session, framework = cleaning
    path = write_pdf("ambitiekaart", session, framework, tmp_path / "kaart.pdf")
    assert all(emb == "yes" for _, emb in pdf_fonts(path))
    assert {name.split("+")[-1] for name, _ in pdf_fonts(path)} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
    }
    assert BOX in checklist_text(path), "☐ is drawn from DejaVu Sans and maps back to U+2610"


HOSTILE = '<b>vet</b> & </para><font size=40>groot</font> <img src="/etc/passwd"/> ]]>'


def test_hostile_text_prints_literally(cleaning: tuple[Session, Framework], tmp_path: Path) -> None:
    session, framework = cleaning
    requirement = next(c for c in session.criteria if c.kind is CriterionKind.REQUIREMENT)
    requirement.title = HOSTILE
    requirement.verification = "x" * 100_000
    contract = a_contract(session, supplier=HOSTILE, manager="A" * 500)
    award = contract.reviews[0].checks[0]
    award.promised = "<i>" + "z" * 99_997
    path = write_pdf(
        "ambitiekaart", session, framework, tmp_path / "kaart.pdf", DocumentOptions(contract=contract)
    )
    text = checklist_text(path)
    assert text.count(HOSTILE) == 2, "the supplier and the criterion's title, literal"
    assert "<i>zzz" in text
    assert text.count("(ingekort: nog 98.500 tekens") == 2, "both 100,000-character texts, saying so"
    assert len(PdfReader(path).pages) <= 8

    out = io.BytesIO()
    build_docx("ambitiekaart", session, framework, out, DocumentOptions(contract=contract))
    doc = Document(io.BytesIO(out.getvalue()))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    assert sum(HOSTILE in cell for cell in cells) == 3, "key criteria, contract and checklist tables"
    assert any(cell.startswith("Toegezegd in de inschrijving: <i>zzz") for cell in cells)
    check_tables_fit(doc)


def test_control_characters_that_slip_past_the_model_do_not_break_the_word_file(
    cleaning: tuple[Session, Framework],
) -> None:
    session, framework = cleaning
    contract = a_contract(session).model_copy(update={"supplier": "Glans\x1b]8;;x\x07 B.V."})
    out = io.BytesIO()
    build_docx("ambitiekaart", session, framework, out, DocumentOptions(contract=contract))
    cells = [c.text for t in Document(io.BytesIO(out.getvalue())).tables for r in t.rows for c in r.cells]
    assert "Glans\ufffd]8;;x\ufffd B.V." in cells


def test_the_word_file_has_the_contract_and_the_checklist(cleaning: tuple[Session, Framework]) -> None:
    session, framework = cleaning
    out = io.BytesIO()
    build_docx("ambitiekaart", session, framework, out, DocumentOptions(contract=a_contract(session)))
    doc = Document(io.BytesIO(out.getvalue()))
    headings = [p.text for p in doc.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    assert headings[-3:] == ["Checklist voor de contractmanager", "Contract", "Bindende criteria"]
    facts, table = doc.tables[-2], doc.tables[-1]
    assert [(r.cells[0].text, r.cells[1].text) for r in facts.rows] == [
        ("Contractnummer", "ZH-2027-041"),
        ("Opdrachtnemer", "Glans Facilitair B.V."),
        ("Startdatum", "1 maart 2027"),
        ("Einddatum", "28 februari 2031"),
        ("Contractmanager", "Noor Bakker"),
    ]
    assert [c.text for c in table.rows[0].cells] == ["Ok", "Nr.", "Criterium", "Afspraak", "Opmerking"]
    rows = table.rows[1:]
    assert len(rows) == len(binding(session))
    assert all(r.cells[0].text == BOX and not r.cells[4].text.strip() for r in rows)
    promised = [r.cells[3].text for r in rows if PROMISE in r.cells[3].text]
    assert promised == [f"Toegezegd in de inschrijving: {PROMISE}\nWeging: 20%"]
    assert "artikel 2.80 Aanbestedingswet 2012" in rows[-1].cells[2].text
    check_tables_fit(doc)

    without = io.BytesIO()
    build_docx("ambitiekaart", session, framework, without)
    text = "\n".join(p.text for p in Document(io.BytesIO(without.getvalue())).paragraphs)
    assert "Voor dit projectweb zijn geen contractgegevens vastgelegd" in text


def test_shortening_keeps_short_texts_whole() -> None:
    from ambitieweb.reports.checklist import shortened

    assert shortened("a" * CELL_LIMIT) == "a" * CELL_LIMIT
    assert shortened(" kort \n") == "kort"
    assert shortened("a" * (CELL_LIMIT + 1)).startswith("a" * CELL_LIMIT + " … (ingekort: nog 1 tekens")
