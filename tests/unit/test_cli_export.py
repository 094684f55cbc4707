"""`ambitieweb export ID --pdf/--markdown/--text`: documents from the command line, errors as messages."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from ambitieweb.cli import main
from tests.unit.test_reports_pdf import pdf_text

CLEANING = "8b2e4f6a"  # id prefix of the cleaning example
GENERIC = "5a1d0c8e"  # the generic web, agreed as version 1


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def database(capsys: pytest.CaptureFixture[str], database_url: str, example_path: dict[str, Path]) -> str:
    code, _, _ = run(capsys, "--database", database_url, "import", *(str(p) for p in example_path.values()))
    assert code == 0
    return database_url


def test_pdf_markdown_text_and_json_in_one_go(
    capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path
) -> None:
    pdf, markdown, text, session_file = (
        tmp_path / n for n in ("b.pdf", "b.md", "b.txt", "s.ambitieweb.json")
    )
    code, out, err = run(
        capsys,
        "--database",
        database,
        "export",
        CLEANING,
        "--pdf",
        str(pdf),
        "--document",
        "bestekteksten",
        "--markdown",
        str(markdown),
        "--text",
        str(text),
        "--json",
        str(session_file),
    )
    assert code == 0 and err == "", "the example has every placeholder filled in"
    assert out.split() == [str(session_file), str(pdf), str(markdown), str(text)]
    metadata = PdfReader(pdf).metadata
    assert "W4." in pdf_text(pdf) and metadata is not None and "Bestekteksten" in str(metadata.title)
    assert "#### W1. Hoger aandeel hergebruikt" in markdown.read_text(encoding="utf-8")
    assert "W1. Hoger aandeel hergebruikt" in text.read_text(encoding="utf-8")
    assert len(json.loads(session_file.read_text(encoding="utf-8"))["session"]["criteria"]) == 16
    assert oct(pdf.stat().st_mode & 0o777) == oct(0o666 & ~_umask()), (
        "an ordinary file, not a private temp file"
    )


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@pytest.mark.parametrize(
    ("document", "expected"), [("ambitiedocument", "Deelnemers"), ("ambitiekaart", "Ambitiekaart")]
)
def test_the_default_and_the_card(
    capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path, document: str, expected: str
) -> None:
    path = tmp_path / "out.pdf"
    extra = [] if document == "ambitiedocument" else ["--document", document]
    code, _, _ = run(capsys, "--database", database, "export", CLEANING, "--pdf", str(path), *extra)
    assert code == 0
    text = pdf_text(path)
    assert expected in text
    if document == "ambitiedocument":
        assert "Generiek web" in text, "the generic web from the database is the reference"


def test_an_agreed_version_by_number(
    capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path
) -> None:
    path = tmp_path / "card.pdf"
    code, _, _ = run(
        capsys,
        "--database",
        database,
        "export",
        GENERIC,
        "--snapshot",
        "1",
        "--pdf",
        str(path),
        "--document",
        "ambitiekaart",
    )
    assert code == 0
    assert "Vastgesteld op 7 april 2026 (versie 1)" in pdf_text(path)
    code, _, err = run(
        capsys, "--database", database, "export", GENERIC, "--snapshot", "4", "--pdf", str(path)
    )
    assert code == 2 and "geen vastgestelde versie 4 (wel versies: 1)" in err
    current = tmp_path / "current.pdf"
    code, _, _ = run(capsys, "--database", database, "export", GENERIC, "--pdf", str(current))
    assert code == 0 and "vastgesteld op 7 april 2026 (versie 1)" in pdf_text(current), "agreed and unchanged"


def test_missing_placeholder_values_are_warned_about_not_refused(
    capsys: pytest.CaptureFixture[str], database_url: str, example_path: dict[str, Path], tmp_path: Path
) -> None:
    data = json.loads(example_path["cleaning"].read_text(encoding="utf-8"))
    for criterion in data["session"]["criteria"]:
        if criterion["catalogue_id"] == "ketenverantwoordelijkheid-2-gunning-aanpak-ketenrisicos":
            criterion["values"] = {"paginas": "4"}
    edited = tmp_path / "edited.ambitieweb.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    run(capsys, "--database", database_url, "import", str(edited))
    target = tmp_path / "b.md"
    code, out, err = run(capsys, "--database", database_url, "export", CLEANING, "--markdown", str(target))
    assert code == 0 and out.strip() == str(target)
    assert err == "ambitieweb: nog niet ingevuld: W3 Kwaliteit van de aanpak van ketenrisico's: punten\n"
    assert r"\[punten\]" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_errors_are_messages_with_exit_code_2(
    capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path, language: str
) -> None:
    missing_folder = tmp_path / "bestaat-niet" / "uit.pdf"
    code, out, err = run(
        capsys,
        "--database",
        database,
        "--language",
        language,
        "export",
        CLEANING,
        "--pdf",
        str(missing_folder),
    )
    assert code == 2 and out == "" and "Traceback" not in err
    expected = "kan niet worden geschreven" if language == "nl" else "cannot be written"
    assert err.startswith(f"ambitieweb: {missing_folder} {expected} (")
    assert not missing_folder.parent.exists()

    code, _, err = run(
        capsys, "--database", database, "--language", language, "export", CLEANING, "--text", str(tmp_path)
    )
    assert code == 2 and expected in err, "a folder is no file"

    code, _, err = run(capsys, "--database", database, "--language", language, "export", CLEANING)
    expected = "ten minste één uitvoer" if language == "nl" else "at least one output"
    assert code == 2 and expected in err


def test_a_failed_write_leaves_no_file_behind(
    capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path
) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    code, _, err = run(capsys, "--database", database, "export", CLEANING, "--pdf", str(folder))
    assert code == 2 and "kan niet worden geschreven" in err
    assert list(tmp_path.glob("*.tmp")) + list(tmp_path.glob(".*")) == [], "no temporary file left"
    assert list(folder.iterdir()) == []


def test_an_unknown_document_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], database: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--database", database, "export", CLEANING, "--pdf", "x.pdf", "--document", "actieplan"])
    assert exit_info.value.code == 2
    assert "ongeldige keuze 'actieplan'" in capsys.readouterr().err  # argparse's words in Dutch too
    with pytest.raises(SystemExit):
        main(["--language", "en", "export", CLEANING, "--pdf", "x.pdf", "--document", "actieplan"])
    assert "invalid choice: 'actieplan'" in capsys.readouterr().err


def test_the_card_carries_the_stored_contract_as_pdf_and_word(
    capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path
) -> None:
    import datetime as dt

    from docx import Document

    from ambitieweb.model.contract.contract import Contract
    from ambitieweb.store import Repository, open_database
    from ambitieweb.store.contracts import ContractRepository

    pdf, docx = tmp_path / "kaart.pdf", tmp_path / "kaart.docx"
    argv = ["--database", database, "export", CLEANING, "--document", "ambitiekaart"]
    code, _, _ = run(capsys, *argv, "--pdf", str(pdf))
    assert code == 0 and "Contract: geen contractgegevens vastgelegd" in pdf_text(pdf)

    store = open_database(database)
    try:
        [session_id] = Repository(store.engine).ids_starting_with(CLEANING)
        contract = Contract(session_id=session_id, number="ZH-2027-041", start=dt.date(2027, 3, 1))
        ContractRepository(store.engine).create(contract)
    finally:
        store.close()
    code, out, _ = run(capsys, *argv, "--pdf", str(pdf), "--docx", str(docx))
    assert code == 0 and out.split() == [str(pdf), str(docx)]
    text = pdf_text(pdf)
    assert "Contract ZH-2027-041 · 1 maart 2027 – –" in text
    assert "Contractnummer ZH-2027-041" in text and "Opdrachtnemer niet vastgelegd" in text
    cells = [c.text for t in Document(str(docx)).tables for r in t.rows for c in r.cells]
    assert "ZH-2027-041" in cells and "niet vastgelegd" in cells
