"""`ambitieweb library list | export | import`, run as a user would against a database of their own
(SQLite, and PostgreSQL where the tests run it): a library travels to another database whole, bad input
is named (file, criterion, field) with exit code 2 and nothing stored, and a library criterion chosen
in a session gives its guidance in `ambitieweb export --toelichting`."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from docx import Document

from ambitieweb.catalogue import library_file
from ambitieweb.cli import main
from ambitieweb.model.criteria import Criterion
from ambitieweb.model.library import check_criterion, library_set
from ambitieweb.model.tender import add_criterion, choose
from ambitieweb.store import Repository, open_database
from ambitieweb.store.library import LibraryRepository
from tests.unit.test_cli_plans import english_help

CLEANING = "8b2e4f6a"  # the cleaning example's id (start)
GUIDANCE = "Standaardtekst van de gemeente: <b>niet vet</b> & *geen nadruk*."


def criterion(ident: str, title: str, **fields: object) -> Criterion:
    data: dict[str, object] = {
        "id": ident,
        "theme": "klimaat",
        "level": 2,
        "kind": "requirement",
        "title": title,
        "text": "Alle bouwverkeer in {{zone}} rijdt emissievrij.",
        "verification": "Een logistiek plan bij de start.",
        "guidance": GUIDANCE,
        "placeholders": {"zone": "de milieuzone"},
    }
    return check_criterion(data | fields)


ZERO = criterion("eigen-emissievrij", "Emissievrije bouwlogistiek")
QUIET = criterion("eigen-stil", "Stil werken", level=1, guidance="Alleen bij werk in woonwijken.")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stored(url: str) -> list[Criterion]:
    database = open_database(url)
    try:
        return LibraryRepository(database.engine).all()
    finally:
        database.close()


def test_a_library_is_imported_listed_exported_and_travels_whole(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    source = library_file.write(tmp_path / "gemeente", [ZERO, QUIET])
    assert source.name == "gemeente.criteria.toml"
    code, out, err = run(capsys, "--database", database_url, "library", "import", str(source))
    assert code == 0 and out == "eigen-emissievrij\tEmissievrije bouwlogistiek\neigen-stil\tStil werken\n"
    assert err == (
        "ambitieweb: Criterium 'Emissievrije bouwlogistiek' is toegevoegd.\n"
        "ambitieweb: Criterium 'Stil werken' is toegevoegd.\n"
    )
    assert stored(database_url) == [ZERO, QUIET]
    code, out, err = run(capsys, "--database", database_url, "library", "list")
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "eigen-emissievrij\tklimaat\t2\tMinimumeis\tr1\tEmissievrije bouwlogistiek",
        "eigen-stil\tklimaat\t1\tMinimumeis\tr1\tStil werken",
    ]
    target = tmp_path / "gedeeld.criteria.toml"
    code, out, _ = run(capsys, "--database", database_url, "library", "export", str(target))
    assert code == 0 and out == f"{target}\n" and list(library_file.read(target).criteria) == [ZERO, QUIET]
    there = f"sqlite:///{tmp_path / 'buren.sqlite'}"
    code, out, _ = run(capsys, "--database", there, "--language", "en", "library", "import", str(target))
    assert code == 0 and stored(there) == [ZERO, QUIET]
    code, out, err = run(capsys, "--database", there, "--language", "en", "library", "import", str(target))
    assert code == 0 and out == "" and err == "ambitieweb: 2 criteria were there already.\n"
    changed = library_file.write(
        tmp_path / "anders.criteria.toml", [ZERO.model_copy(update={"title": "Anders"})]
    )
    code, out, err = run(capsys, "--database", there, "library", "import", str(changed), str(changed))
    assert code == 0 and out == "eigen-anders\tAnders\n"  # the id was taken by another text; once
    assert [c.id for c in stored(there)] == ["eigen-emissievrij", "eigen-stil", "eigen-anders"]


def test_bad_input_is_named_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    good = library_file.write(tmp_path / "goed", [ZERO])
    text = good.read_text(encoding="utf-8")
    cases = {
        "syntax.criteria.toml": ("[[criteria]\n", "syntax.criteria.toml: geen geldige TOML op regel 1"),
        "leeg-veld.criteria.toml": (
            text.replace('title = "Emissievrije bouwlogistiek"', 'title = "  "'),
            "leeg-veld.criteria.toml: criterium 'eigen-emissievrij', veld titel: ",
        ),
        "groot.criteria.toml": (
            "# " + "x" * 10 * 1024 * 1024,
            "groot.criteria.toml: het bestand is groter dan",
        ),
        "catalogus.criteria.toml": (
            text.replace("eigen-emissievrij", "klimaat-2-gunning-co2-uitstoot-uitvoering"),
            "catalogus.criteria.toml: criterium 'klimaat-2-gunning-co2-uitstoot-uitvoering', veld id: "
            "dit id is van een criterium uit de catalogus",
        ),
    }
    for name, (content, message) in cases.items():
        bad = tmp_path / name
        bad.write_text(content, encoding="utf-8")
        code, out, err = run(capsys, "--database", database_url, "library", "import", str(good), str(bad))
        assert (code, out) == (2, ""), name
        assert err.startswith(f"ambitieweb: {message}"), err
        assert stored(database_url) == []  # the good file before it is not stored either
    code, _out, err = run(
        capsys, "--database", database_url, "library", "import", str(tmp_path / "nergens.toml")
    )
    assert code == 2 and err.startswith("ambitieweb: nergens.toml: kan niet worden gelezen")
    target = tmp_path / "leeg.criteria.toml"
    code, out, err = run(capsys, "--database", database_url, "library", "export", str(target))
    assert (code, out) == (2, "") and not target.exists()
    assert err == "ambitieweb: De bibliotheek heeft geen eigen criteria; er is niets geschreven.\n"
    code, out, err = run(capsys, "--database", database_url, "library", "list")
    assert (code, out) == (0, "") and "nog geen eigen criteria" in err
    with pytest.raises(SystemExit) as stopped:
        main(["--database", database_url, "library"])
    assert stopped.value.code == 2 and "deze argumenten ontbreken: ACTIE" in capsys.readouterr().err


def test_the_help_is_complete_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    for argv, words in (
        (["library"], ["List the organisation's library", "list own criteria", "import criteria files"]),
        (["library", "export"], ["OUT", "criteria file (*.criteria.toml)", "Write every own criterion"]),
        (["library", "import"], ["FILE", "nothing is stored", "criteria file"]),
        (["library", "list"], ["Show every own criterion", "separated by tabs"]),
    ):
        text = english_help(capsys, *argv)
        assert all(word in text for word in words), (argv, text)
    assert "own criteria (library): list, export, import" in english_help(capsys)


def test_export_gives_a_chosen_library_criterions_guidance(
    capsys: pytest.CaptureFixture[str], database_url: str, example_path: dict[str, Path], tmp_path: Path
) -> None:
    run(capsys, "--database", database_url, "import", str(example_path["cleaning"]))
    run(
        capsys,
        "--database",
        database_url,
        "library",
        "import",
        str(library_file.write(tmp_path / "b", [ZERO])),
    )
    database = open_database(database_url)
    try:
        repository = Repository(database.engine)
        [summary] = [s for s in repository.list_sessions() if s.id.startswith(CLEANING)]
        session = repository.get(summary.id)
        add_criterion(session, choose(ZERO, library_set([ZERO])))
        add_criterion(session, choose(QUIET, library_set([QUIET])))  # not in the database's library
        repository.save(session)
    finally:
        database.close()
    pdf, docx = tmp_path / "bestek.pdf", tmp_path / "bestek.docx"
    code, _out, _err = run(
        capsys,
        *("--database", database_url, "export", CLEANING, "--document", "bestekteksten", "--toelichting"),
        *("--pdf", str(pdf), "--docx", str(docx)),
    )
    assert code == 0
    texts = [
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout,
        " ".join(p.text for p in Document(str(docx)).paragraphs),
    ]
    for text in texts:
        appendix = re.sub(r"\s+", " ", text.split("Bijlage: Toelichting voor de inkoper")[-1])
        assert f"Emissievrije bouwlogistiek {GUIDANCE}" in appendix
        assert "Stil werken Uit de eigen bibliotheek: het criterium staat er niet (meer) in" in appendix
