"""Legal anchors as catalogue data, printed per criterion; the buyer's appendix; HTML from the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ambitieweb.catalogue import Catalogue, CatalogueError
from ambitieweb.catalogue.legal import LEGAL_BASIS_FILE, default_legal_basis, load_legal_basis
from ambitieweb.cli import main
from ambitieweb.exchange import read_file
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.reports.tender_text import bestekteksten_html, bestekteksten_markdown, bestekteksten_text
from ambitieweb.resources import catalogue_dir


def test_every_kind_rests_on_its_article() -> None:
    basis = default_legal_basis()
    assert basis.of_kind(CriterionKind.REQUIREMENT).articles == "artikel 2.75 tot en met 2.77"
    assert basis.of_kind(CriterionKind.CONTRACT_CLAUSE).articles == "artikel 2.80"
    assert basis.of_kind(CriterionKind.SELECTION).articles == "artikel 2.90 tot en met 2.93"
    assert basis.of_kind(CriterionKind.AWARD).articles == "artikel 2.114 en 2.115"
    assert "Gids Proportionaliteit" in basis.of_kind(CriterionKind.SELECTION).text
    assert basis.citation(CriterionKind.REQUIREMENT, "Het EU Ecolabel of een gelijkwaardig Keurmerk") == (
        "artikel 2.75 tot en met 2.77 Aanbestedingswet 2012; keurmerk: artikel 2.78 Aanbestedingswet 2012"
    )
    assert basis.citation(CriterionKind.AWARD, "de laagste contante waarde") == (
        "artikel 2.114 en 2.115 Aanbestedingswet 2012; "
        "levenscycluskosten: artikel 2.115a Aanbestedingswet 2012"
    )


def test_a_legal_basis_file_without_every_kind_is_refused(tmp_path: Path) -> None:
    text = (catalogue_dir() / LEGAL_BASIS_FILE).read_text(encoding="utf-8")
    start = text.index('kind = "award"')
    broken = tmp_path / LEGAL_BASIS_FILE
    broken.write_text(text[:start] + 'kind = "requirement"' + text[start + len('kind = "award"') :], "utf-8")
    with pytest.raises(CatalogueError, match=r"legal-basis\.toml"):
        load_legal_basis(broken)
    shutil.copy(catalogue_dir() / LEGAL_BASIS_FILE, tmp_path / "ok.toml")
    assert load_legal_basis(tmp_path / "ok.toml") == default_legal_basis()


def test_the_bestekteksten_cite_the_basis_per_criterion_and_the_appendix_is_optional(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    document = read_file(example_path["cleaning"], catalogue)
    session = document.session
    framework = catalogue.framework(session.framework_id)
    text = bestekteksten_text(session, framework)
    criteria = len(session.criteria)
    assert text.count("Grondslag: artikel ") == criteria
    assert "Grondslag: artikel 2.80 Aanbestedingswet 2012" in text
    assert "Bijzondere uitvoeringsvoorwaarde op grond van artikel 2.80" in text  # once, above its kind
    assert "Toelichting voor de inkoper" not in text
    with_notes = bestekteksten_text(session, framework, notes=True)
    appendix = with_notes.split("BIJLAGE: TOELICHTING VOOR DE INKOPER")[1]
    first = session.criteria[0]
    found = catalogue.criterion(first.catalogue_id or "")
    assert found and found[1].guidance.split(".")[0] in appendix
    assert "hoort niet in de aanbestedingsstukken" in appendix
    markdown = bestekteksten_markdown(session, framework, notes=True)
    assert "## Bijlage: Toelichting voor de inkoper" in markdown
    assert "<h2>Bijlage: Toelichting voor de inkoper</h2>" in bestekteksten_html(
        session, framework, notes=True
    )


def test_the_cli_writes_html_and_the_appendix(
    capsys: pytest.CaptureFixture[str], database_url: str, example_path: dict[str, Path], tmp_path: Path
) -> None:
    assert main(["--database", database_url, "import", str(example_path["cleaning"])]) == 0
    session_id = capsys.readouterr().out.split()[0]
    target = tmp_path / "bestek.html"
    code = main(["--database", database_url, "export", session_id, "--html", str(target), "--toelichting"])
    assert code == 0 and capsys.readouterr().out.strip() == str(target)
    written = target.read_text(encoding="utf-8")
    assert written.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in written
    assert "Toelichting voor de inkoper" in written and "Grondslag:" in written


def test_a_reserved_contract_cites_article_2_82(catalogue: Catalogue) -> None:
    """A contract or lot reserved for social workshops rests on art. 2.82, besides the selection basis."""
    basis = default_legal_basis()
    for criterion_id in (
        "social-return-3-selectie-voorbehouden-opdracht",
        "schoonmaak-sr-3-selectie-voorbehouden-perceel",
    ):
        found = catalogue.criterion(criterion_id)
        assert found
        criterion = found[1]
        assert basis.citation(criterion.kind, criterion.text, criterion.verification) == (
            "artikel 2.90 tot en met 2.93 Aanbestedingswet 2012; "
            "voorbehouden-opdracht: artikel 2.82 Aanbestedingswet 2012"
        )
    other = [
        c
        for s in catalogue.criteria_sets
        for c in s.criteria
        if "2.82" in basis.citation(c.kind, c.text, c.verification, c.scoring or "")
    ]
    assert len(other) == 2
