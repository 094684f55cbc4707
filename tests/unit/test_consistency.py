"""Warnings that tie the web to its criteria: ambition, focus, goals, reference periods."""

from __future__ import annotations

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.consistency import consistency_findings, placeholder_numbers, reference_years
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.session import ChosenCriterion, Goal, Session, SessionKind
from ambitieweb.model.tender import check_tender


@pytest.fixture
def session(catalogue: Catalogue) -> Session:
    web = Session.new(catalogue.framework("mvi-nationaal-plan"), "Tender")
    for entry in web.themes:
        entry.ambition = Level.UNSET
    return web


def criterion(kind: CriterionKind, level: Level, text: str = "Tekst", **values: str) -> ChosenCriterion:
    return ChosenCriterion(theme_id="klimaat", kind=kind, level=level, title="C", text=text, values=values)


def codes(session: Session) -> list[tuple[str, str | None]]:
    return [(f.code, f.theme_id) for f in consistency_findings(session)]


def test_an_ambition_needs_a_criterion_at_its_level(session: Session) -> None:
    klimaat = session.entry("klimaat")
    klimaat.ambition = Level.AMBITIOUS
    assert codes(session) == [("ambition-without-criterion", "klimaat")]
    session.criteria = [criterion(CriterionKind.REQUIREMENT, Level.BASIS)]
    [finding] = consistency_findings(session, {"klimaat": "Klimaat"})
    assert finding.code == "criteria-below-ambition"
    assert "ambitie 3 (ambitieus)" in finding.nl and "niveau 1 (basis)" in finding.nl
    session.criteria.append(criterion(CriterionKind.AWARD, Level.AMBITIOUS))
    assert codes(session) == []
    klimaat.ambition = Level.SIGNIFICANT  # a criterion above the ambition is not a problem here
    assert codes(session) == []


def test_a_focus_theme_needs_a_criterion(session: Session) -> None:
    session.entry("klimaat").focus = True
    assert codes(session) == [("focus-without-criterion", "klimaat")]
    session.entry("klimaat").ambition = Level.SIGNIFICANT  # one warning, not two
    assert codes(session) == [("focus-without-criterion", "klimaat")]
    session.criteria = [criterion(CriterionKind.REQUIREMENT, Level.SIGNIFICANT)]
    assert codes(session) == []


def test_a_generic_web_has_no_criteria_to_miss(session: Session) -> None:
    session.kind = SessionKind.ORGANISATION
    session.entry("klimaat").ambition = Level.AMBITIOUS
    session.entry("klimaat").focus = True
    assert codes(session) == []


def test_goal_and_criterion_values_with_one_unit_must_agree(session: Session) -> None:
    entry = session.entry("klimaat")
    entry.goals = [Goal(indicator="Social return", target=8, unit="procent")]
    text = "Ten minste {{percentage}}% van de opdrachtwaarde en {{uren}} uur begeleiding per jaar."
    clause = criterion(CriterionKind.CONTRACT_CLAUSE, Level.BASIS, text, percentage="5", uren="8")
    session.criteria = [clause]
    entry.ambition = Level.BASIS
    [finding] = consistency_findings(session, {"klimaat": "Klimaat"})
    assert finding.code == "goal-criterion-differ"
    assert "streeft naar 8%" in finding.nl and "vraagt 5%" in finding.nl  # not the 8 hours
    clause.values = {"percentage": "8", "uren": "8"}
    assert codes(session) == []
    entry.goals = [Goal(indicator="Begeleiding", target=10, unit="uur")]
    assert codes(session) == [("goal-criterion-differ", "klimaat")]
    entry.goals = [Goal(indicator="CO2", target=40, unit="ton")]  # no criterion value in tons
    assert codes(session) == []
    entry.goals = [Goal(indicator="Social return", target=8, unit="%")]
    session.criteria = [criterion(CriterionKind.AWARD, Level.BASIS, "Korting {{k}}% per niveau", k="2")]
    assert codes(session) == []  # an award criterion's numbers are scoring, not the level asked


def test_numbers_are_read_with_the_unit_after_their_placeholder() -> None:
    chosen = criterion(
        CriterionKind.REQUIREMENT,
        Level.BASIS,
        "{{a}}% en {{b}} procent, {{c}} ton CO2, {{d}} en {{e}}%",
        a="12,5",
        b="1.000",
        c="veel",
        d="3",
    )
    assert placeholder_numbers(chosen) == [(12.5, "%"), (1000.0, "%"), (3.0, "en")]


def test_references_further_back_than_the_gids_proportionaliteit_are_flagged(session: Session) -> None:
    assert reference_years("in de afgelopen vijf jaar en de laatste 2 jaar") == 5
    assert reference_years("binnen drie maanden") is None
    text = "Inschrijver heeft in de afgelopen {{jaren}} jaar een vergelijkbare opdracht uitgevoerd."
    selection = criterion(CriterionKind.SELECTION, Level.BASIS, text, jaren="5")
    session.criteria = [selection]
    [finding] = [f for f in consistency_findings(session) if f.code == "reference-period-long"]
    assert "5 jaar terug" in finding.nl and "diensten en leveringen uit van 3 jaar" in finding.nl
    selection.values = {"jaren": "3"}
    assert "reference-period-long" not in [c for c, _ in codes(session)]
    session.product_group = "gww"  # works: five years is usual
    selection.values = {"jaren": "5"}
    assert "reference-period-long" not in [c for c, _ in codes(session)]
    selection.values = {"jaren": "6"}
    assert "reference-period-long" in [c for c, _ in codes(session)]


def test_the_warnings_reach_the_tender_check(session: Session) -> None:
    session.entry("klimaat").ambition = Level.SIGNIFICANT
    assert ("ambition-without-criterion", "klimaat") in [(f.code, f.theme_id) for f in check_tender(session)]
