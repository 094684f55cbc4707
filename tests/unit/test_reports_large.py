"""A session at the limits (16 themes, 120 criteria) still lays out: nothing lost, the card stays one page."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Framework, LevelTexts, Theme
from ambitieweb.model.levels import Level
from ambitieweb.model.session import ChosenCriterion, Goal, Measure, Participant, Session
from ambitieweb.reports.export import write_pdf
from tests.unit.test_reports_pdf import in_order, pdf_text
from tests.unit.test_reports_radar import ambition_blue_pixels

KINDS = list(CriterionKind)


def large_framework(themes: int) -> Framework:
    texts = LevelTexts(
        basis="Weten waar de grootste last zit en voldoen aan wet en gangbare praktijk.",
        significant="Concrete reductiedoelen, scherpere eisen en gunningscriteria die beter aanbod belonen.",
        ambitious="Geen netto schade of een positieve bijdrage; functioneel en vernieuwend uitvragen.",
    )
    return Framework(
        id="groot-kader",
        title="Groot kader",
        version="2.1",
        date=dt.date(2026, 1, 1),
        description="Kader met veel thema's om de opmaak te beproeven.",
        themes=tuple(
            Theme(
                id=f"thema-{i:02d}",
                name=f"Thema {i:02d} "
                + ("met een flink lange naam (met toelichting)" if i % 3 == 0 else "kort"),
                description="Omschrijving.",
                levels=texts,
            )
            for i in range(1, themes + 1)
        ),
    )


def large_session(themes: int = 16, criteria: int = 120) -> tuple[Session, Framework]:
    """Every theme with a long rationale, goals and measures; criteria spread over kinds and themes."""
    framework = large_framework(themes)
    session = Session.new(
        framework, "Raamovereenkomst met veel thema's en criteria", organisation="Gemeente Test"
    )
    session.facilitator = "Anna Bakker"
    session.participants = [Participant(name=f"Deelnemer {n:02d}", organisation="Inkoop") for n in range(30)]
    for i, entry in enumerate(session.themes):
        entry.current, entry.ambition, entry.focus = Level(i % 3), Level(1 + i % 3), i % 5 == 0
        entry.rationale = (
            " ".join(f"Zin {n} van de onderbouwing van thema {i + 1}." for n in range(60)) + f" slot-{i}"
        )
        entry.goals = [
            Goal(
                indicator=f"Indicator {i}-{g} over aandeel en uitstoot",
                baseline=g,
                target=10 * g,
                unit="%",
                year=2030,
            )
            for g in range(4)
        ]
        entry.measures = [
            Measure(what=f"Maatregel {i}-{m} " + "met uitleg " * 8, owner="Team") for m in range(4)
        ]
    awards = sum(1 for n in range(criteria) if KINDS[n % 4] is CriterionKind.AWARD)
    for n in range(criteria):
        kind = KINDS[n % 4]
        text = " ".join(f"Eis {k} van criterium {n} met {{{{waarde}}}} eenheden." for k in range(12))
        session.criteria.append(
            ChosenCriterion(
                theme_id=framework.themes[n % themes].id,
                kind=kind,
                level=Level(1 + n % 3),
                title=f"Criterium {n:03d} " + ("met een titel die over meerdere regels loopt " * (n % 3)),
                text=f"{text} eind-{n:03d}",
                verification="Verklaring van de inschrijver en een steekproef tijdens de uitvoering.",
                scoring="Beoordeling op een schaal van 0 tot 10." if kind is CriterionKind.AWARD else "",
                weight=round(100 / awards, 2) if kind is CriterionKind.AWARD else None,
                values={"waarde": str(n)},
            )
        )
    return session, framework


def test_sixteen_themes_and_120_criteria_lay_out_without_losing_text(tmp_path: Path) -> None:
    session, framework = large_session()
    paths = {
        name: write_pdf(name, session, framework, tmp_path / f"{name}.pdf")
        for name in ("ambitiedocument", "bestekteksten", "ambitiekaart")
    }

    criteria = pdf_text(paths["bestekteksten"])
    assert 8 <= len(PdfReader(paths["bestekteksten"]).pages) <= 60
    for chosen in session.criteria:
        assert " ".join(chosen.title.split()) in criteria
        assert f"eind-{chosen.title.split()[1]}" in criteria, "the end of every text is printed"
    for prefix in "GEWC":
        assert f"{prefix}30." in criteria and f"{prefix}31." not in criteria
    # the award scheme's total (30 x 3,33%), wherever the text extraction puts the weight column
    assert in_order(criteria, "W30 Criterium 118") and re.search(r"Totaal\s.{0,200}?99,9%", criteria, re.S)

    document = pdf_text(paths["ambitiedocument"])
    assert 10 <= len(PdfReader(paths["ambitiedocument"]).pages) <= 80
    for i, entry in enumerate(session.themes):
        assert framework.theme(entry.theme_id).name in document
        assert f"slot-{i}" in document
        for goal in entry.goals:
            assert in_order(document, goal.indicator)
    assert "Deelnemer 29" in document

    card = pdf_text(paths["ambitiekaart"], (1, 1))
    pages = len(PdfReader(paths["ambitiekaart"]).pages)
    assert "… en" in card and "meer" in card
    for entry in session.themes:
        assert framework.theme(entry.theme_id).name.split()[1] in card, "every theme's level is on the card"
    assert "W1 " in card and f"pagina 1 van {pages}" in card
    checklist = pdf_text(paths["ambitiekaart"], (2, pages))
    assert checklist.startswith("Checklist voor de contractmanager"), "the checklist starts on page 2"
    for prefix in "EWC":  # every binding criterion, none cut off as on the card
        assert f"{prefix}30 " in checklist and f"{prefix}31 " not in checklist
    assert "G1 " not in checklist, "selection criteria are checked at the award, not in the contract"


def test_a_web_too_small_for_a_radar_still_exports(tmp_path: Path) -> None:
    session, framework = large_session(themes=3, criteria=4)
    session.themes = session.themes[:2]  # a radar needs three axes
    for name in ("ambitiedocument", "ambitiekaart"):
        path = write_pdf(name, session, framework, tmp_path / f"{name}.pdf")
        assert ambition_blue_pixels(path) == 0, "no radar"
        assert "Thema 02 kort" in pdf_text(path)
