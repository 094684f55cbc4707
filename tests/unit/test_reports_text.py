"""Bestekteksten as Markdown, text and HTML; numbering; placeholders to ask for; Dutch numbers and dates."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import read_file
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.session import ChosenCriterion, Session, WeightUnit
from ambitieweb.reports.placeholders import missing_placeholders
from ambitieweb.reports.tender_text import bestekteksten_html, bestekteksten_markdown, bestekteksten_text
from ambitieweb.text.labels import format_date, format_number, format_weight
from ambitieweb.text.numbering import numbered_criteria, numbers_by_id


def cleaning(catalogue: Catalogue, example_path: dict[str, Path]) -> Session:
    return read_file(example_path["cleaning"], catalogue).session


def own(theme: str, kind: CriterionKind, title: str, **fields: object) -> ChosenCriterion:
    return ChosenCriterion.model_validate(
        {"theme_id": theme, "kind": kind, "title": title, "text": "T", **fields}
    )


def test_numbers_run_per_kind_in_tender_order_and_group_by_theme_in_framework_order(
    catalogue: Catalogue,
) -> None:
    framework = catalogue.framework("mvi-nationaal-plan")
    session = Session.new(framework, "Nummering")
    session.criteria = [
        own("social-return", CriterionKind.AWARD, "sr-award"),
        own("klimaat", CriterionKind.CONTRACT_CLAUSE, "klimaat-clause"),
        own("klimaat", CriterionKind.AWARD, "klimaat-award-1"),
        own("circulair", CriterionKind.REQUIREMENT, "circulair-eis"),
        own("klimaat", CriterionKind.AWARD, "klimaat-award-2"),
        own("milieu", CriterionKind.SELECTION, "milieu-selectie"),
    ]
    groups = numbered_criteria(session, framework)
    assert [g.kind for g in groups] == [
        CriterionKind.SELECTION,
        CriterionKind.REQUIREMENT,
        CriterionKind.AWARD,
        CriterionKind.CONTRACT_CLAUSE,
    ]
    awards = groups[2]
    assert [t.theme_name for t in awards.themes] == ["Klimaat", "Social return"]
    assert [(i.number, i.criterion.title) for i in awards.items] == [
        ("W1", "klimaat-award-1"),
        ("W2", "klimaat-award-2"),
        ("W3", "sr-award"),
    ]
    numbers = numbers_by_id(groups)
    assert sorted(numbers.values()) == ["C1", "E1", "G1", "W1", "W2", "W3"]
    # a criterion whose theme is not in the framework keeps its id as name and comes last
    session.criteria.append(own("eigen-thema", CriterionKind.AWARD, "eigen"))
    assert [t.theme_name for t in numbered_criteria(session, framework)[2].themes][-1] == "eigen-thema"


def test_markdown_and_text_carry_the_same_numbers_fills_and_weights(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    session = cleaning(catalogue, example_path)
    framework = catalogue.framework(session.framework_id)
    markdown = bestekteksten_markdown(session, framework)
    text = bestekteksten_text(session, framework)
    for output in (markdown.replace("**", ""), text):
        for number in ("G1.", "E1.", "E3.", "W1.", "W4.", "C1.", "C4."):
            assert number in output
        assert "{{" not in output and "30%" in output and "100%" in output
        assert "ten minste 100% van de voertuigkilometers" in output
        assert "Bewijsmiddel:" in output and "Weging: 25%" in output
    assert "## Gunningscriteria" in markdown and "#### W1. Hoger aandeel hergebruikt" in markdown
    assert "| W3 | Kwaliteit van de aanpak van ketenrisico's |" in markdown
    assert "| | **Totaal** | | **100%** |" in markdown
    assert "GUNNINGSCRITERIA\n================" in text
    assert text.index("GESCHIKTHEIDSEISEN") < text.index("MINIMUMEISEN") < text.index("CONTRACTBEPALINGEN")
    html = bestekteksten_html(session, framework)
    assert "<h4>W1. Hoger aandeel hergebruikt, gerecycled of biobased materiaal</h4>" in html
    assert "<td align='right'><b>100%</b></td>" in html


def test_markdown_cannot_be_turned_into_links_or_html() -> None:
    from ambitieweb.reports.tender_text import _markdown

    assert _markdown("[klik](javascript:x) <b>*vet*</b> a_b `c` # d | e") == (
        r"\[klik\](javascript:x) \<b\>\*vet\*\</b\> a\_b \`c\` \# d \| e"
    )


def test_missing_values_are_listed_for_the_gui_and_warned_about(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    session = cleaning(catalogue, example_path)
    assert missing_placeholders(session) == []
    award = next(c for c in session.criteria if c.kind is CriterionKind.AWARD)
    award.values = {}
    clause = next(
        c for c in session.criteria if c.catalogue_id == "social-return-3-clausule-sociaal-partnerschap"
    )
    clause.values = {"frequentie": "  "}
    assert missing_placeholders(session) == [(award, ["punten"]), (clause, ["frequentie", "bonus"])]
    framework = catalogue.framework(session.framework_id)
    markdown = bestekteksten_markdown(session, framework)
    assert "> **Controleer vóór publicatie**" in markdown and "vul nog in: frequentie, bonus" in markdown
    assert r"krijgt \[punten\] punten" in markdown
    assert "krijgt [punten] punten" in bestekteksten_text(session, framework)


def test_points_and_wrong_totals_show_up(catalogue: Catalogue) -> None:
    framework = catalogue.framework("mvi-nationaal-plan")
    session = Session.new(framework, "Punten", weight_unit=WeightUnit.POINTS)
    session.criteria = [
        own("klimaat", CriterionKind.AWARD, "a", weight=12.5),
        own("milieu", CriterionKind.AWARD, "b"),
    ]
    text = bestekteksten_text(session, framework)
    assert "Weging: 12,5 punten" in text and "Weging: –" in text
    assert "Totaal" in text and "12,5 punten" in text
    assert "heeft nog geen weging" in text
    session.weight_unit = WeightUnit.PERCENT
    assert "nog geen weging voor de prijs" in bestekteksten_text(session, framework)
    session.award_model.price_weight = 50
    text = bestekteksten_text(session, framework)
    assert "tellen op tot 62,5% in plaats van 100% (prijs 50%, overige kwaliteit 0%, MVI 12,5%)" in text


def test_no_criteria_is_said_plainly(catalogue: Catalogue) -> None:
    framework = catalogue.framework("duurzaam-gww")
    session = Session.new(framework, "Leeg")
    for output in (bestekteksten_text(session, framework), bestekteksten_markdown(session, framework)):
        assert "Voor dit ambitieweb zijn nog geen criteria gekozen." in output


@pytest.mark.parametrize(
    ("value", "dutch", "english"),
    [
        (4200.0, "4.200", "4,200"),
        (12.5, "12,5", "12.5"),
        (100.0, "100", "100"),
        (0.126, "0,13", "0.13"),
        (None, "–", "–"),
    ],
)
def test_numbers_are_written_the_dutch_way(value: float | None, dutch: str, english: str) -> None:
    assert format_number(value) == dutch
    assert format_number(value, "en") == english


def test_dates_and_weights_in_words() -> None:
    assert format_date(dt.date(2026, 10, 8)) == "8 oktober 2026"
    assert format_date(dt.date(2026, 3, 1), "en") == "1 March 2026"
    assert format_weight(30, WeightUnit.PERCENT) == "30%"
    assert format_weight(7.5, WeightUnit.POINTS, "en") == "7.5 points"


def test_the_text_exports_do_not_load_reportlab() -> None:
    """The GUI can copy bestekteksten without paying for the PDF machinery."""
    code = (
        "import sys\n"
        "import ambitieweb.reports, ambitieweb.reports.tender_text, ambitieweb.reports.placeholders\n"
        "import ambitieweb.reports.export\n"
        "print(sorted(m for m in sys.modules if m.startswith(('reportlab', 'matplotlib'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
