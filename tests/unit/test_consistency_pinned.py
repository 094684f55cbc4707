"""Web and criteria consistency, pinned: each warning in full in Dutch and English, equal is not
below, numbers with their unit (Dutch notation, percent words), and the reference periods per kind
of purchase with their boundaries."""

from __future__ import annotations

from ambitieweb.catalogue import default_catalogue
from ambitieweb.model.consistency import (
    consistency_findings,
    placeholder_numbers,
    reference_years,
    usual_reference_years,
)
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.rules import Finding
from ambitieweb.model.session import ChosenCriterion, Goal, Session, SessionKind

MVI = default_catalogue().framework("mvi-nationaal-plan")


def web(**fields: object) -> Session:
    session = Session.new(MVI, "Tender", **fields)
    session.themes = [session.entry("klimaat")]
    return session


def criterion(
    kind: CriterionKind = CriterionKind.REQUIREMENT,
    level: Level = Level.BASIS,
    text: str = "Tekst.",
    verification: str = "",
    values: dict[str, str] | None = None,
    title: str = "Eis",
) -> ChosenCriterion:
    return ChosenCriterion(
        theme_id="klimaat",
        kind=kind,
        level=level,
        title=title,
        text=text,
        verification=verification,
        values=values or {},
        scoring="Punten." if kind is CriterionKind.AWARD else "",
    )


def test_an_ambition_without_a_criterion_in_full_with_the_name_or_the_id() -> None:
    session = web()
    session.entry("klimaat").ambition = Level.SIGNIFICANT
    assert consistency_findings(session, {"klimaat": "Klimaat en energie"}) == [
        Finding(
            "ambition-without-criterion",
            "klimaat",
            "'Klimaat en energie' heeft ambitie 2 (significant) maar nog geen criterium.",
            "'Klimaat en energie' has ambition 2 (significant) but no criterion yet.",
        )
    ]
    assert consistency_findings(session)[0].nl.startswith("'klimaat' heeft ambitie 2")
    assert consistency_findings(session, {"ander": "Ander"})[0].nl.startswith("'klimaat' heeft")


def test_no_ambition_and_no_focus_ask_for_nothing() -> None:
    assert consistency_findings(web()) == []


def test_a_focus_theme_without_a_criterion_in_full() -> None:
    session = web()
    entry = session.entry("klimaat")
    entry.focus, entry.ambition = True, Level.BASIS
    assert consistency_findings(session, {"klimaat": "Klimaat"}) == [
        Finding(
            "focus-without-criterion",
            "klimaat",
            "Focusthema 'Klimaat' heeft nog geen criterium: kies er ten minste één, anders komt de focus "
            "niet in de aanbesteding terecht.",
            "Focus theme 'Klimaat' has no criterion yet: choose at least one, or the focus does not reach "
            "the tender.",
        )
    ]


def test_criteria_below_the_ambition_in_full_and_equal_is_enough() -> None:
    session = web()
    session.entry("klimaat").ambition = Level.AMBITIOUS
    session.criteria = [criterion(level=Level.BASIS), criterion(level=Level.SIGNIFICANT)]
    assert consistency_findings(session) == [
        Finding(
            "criteria-below-ambition",
            "klimaat",
            "'klimaat' heeft ambitie 3 (ambitieus), maar de criteria gaan niet verder dan niveau 2 "
            "(significant). Kies een criterium op het niveau van de ambitie of onderbouw waarom niet.",
            "'klimaat' has ambition 3 (ambitious), but its criteria go no further than level 2 "
            "(significant). Choose a criterion at the ambition's level or give the reason why not.",
        )
    ]
    session.criteria = [*session.criteria, criterion(level=Level.AMBITIOUS)]
    assert consistency_findings(session) == []
    session.entry("klimaat").focus = True
    assert consistency_findings(session) == []


def test_a_generic_web_still_gets_goal_and_reference_warnings() -> None:
    session = web(kind=SessionKind.ORGANISATION)
    session.entry("klimaat").ambition = Level.AMBITIOUS
    session.entry("klimaat").focus = True
    assert consistency_findings(session) == []
    session.criteria = [criterion(CriterionKind.SELECTION, text="In de afgelopen 4 jaar.")]
    assert [f.code for f in consistency_findings(session)] == ["reference-period-long"]


def goal_session(target: float | None, unit: str, value: str, after: str = "% van de loonsom") -> Session:
    session = web()
    session.entry("klimaat").ambition = Level.BASIS
    session.entry("klimaat").goals = [Goal(indicator="SROI", target=target, unit=unit)]
    session.criteria = [
        criterion(text="Ten minste {{aandeel}}" + after, values={"aandeel": value}, title="SROI")
    ]
    return session


def test_a_goal_and_a_criterion_that_differ_in_full() -> None:
    assert consistency_findings(goal_session(5, "procent", "4"), {"klimaat": "Klimaat"}) == [
        Finding(
            "goal-criterion-differ",
            "klimaat",
            "Doel 'SROI' (Klimaat) streeft naar 5%, criterium 'SROI' vraagt 4%. Maak ze gelijk of leg het "
            "verschil uit.",
            "Goal 'SROI' (Klimaat) aims at 5%, criterion 'SROI' asks for 4%. Make them agree or explain the "
            "difference.",
        )
    ]
    assert consistency_findings(goal_session(5, "%", "5")) == []
    assert consistency_findings(goal_session(5, "%", "5,0")) == []


def test_a_goal_in_another_unit_is_named_with_it_and_without_a_unit_or_target_is_not_compared() -> None:
    session = goal_session(1500.5, " ton ", "1.200,25", " ton CO2")
    [finding] = consistency_findings(session)
    assert "streeft naar 1.500,5 ton, criterium 'SROI' vraagt 1.200,25 ton." in finding.nl
    assert "aims at 1.500,5 ton, criterion 'SROI' asks for 1.200,25 ton." in finding.en
    assert consistency_findings(goal_session(5, "  ", "4")) == []
    assert consistency_findings(goal_session(None, "%", "4")) == []
    assert consistency_findings(goal_session(5, "kg", "4")) == []


def test_only_binding_criteria_count_for_goals() -> None:
    for kind, counted in (
        (CriterionKind.REQUIREMENT, True),
        (CriterionKind.CONTRACT_CLAUSE, True),
        (CriterionKind.AWARD, False),
        (CriterionKind.SELECTION, False),
    ):
        session = goal_session(5, "%", "4")
        session.criteria = [criterion(kind, text="Ten minste {{aandeel}}%", values={"aandeel": "4"})]
        assert [f.code for f in consistency_findings(session)] == (
            ["goal-criterion-differ"] if counted else []
        )


def test_numbers_come_from_text_and_verification_with_their_unit() -> None:
    chosen = criterion(
        text="{{a}} procent en {{b}}km en {{c}} ",
        verification="{{d}}m² en {{e}} Procentpunten en {{f}}",
        values={"a": " 1.000,5 ", "b": "2", "c": "3", "d": "4", "e": "5", "f": "zes"},
    )
    assert placeholder_numbers(chosen) == [(1000.5, "%"), (2.0, "km"), (4.0, "m²"), (5.0, "%")]
    assert placeholder_numbers(criterion(text="{{a}}%", values={"a": "1.00"})) == []
    assert placeholder_numbers(criterion(text="{{a}}%", values={"a": "12"})) == [(12.0, "%")]
    assert placeholder_numbers(criterion(text="{{a}} percent", values={"a": "12"})) == [(12.0, "%")]
    assert placeholder_numbers(criterion(text="{{a}}", values={"a": "12"})) == []


def test_reference_years_in_words_and_digits_the_longest_counts() -> None:
    assert reference_years("in de afgelopen drie jaar en de laatste 7 kalenderjaar") == 7
    assert reference_years("Voorgaande TIEN jaar") == 10
    assert reference_years("de voorafgaande twee jaar") == 2
    assert reference_years("drie jaar") is None
    assert reference_years("") is None


def test_the_usual_period_is_five_years_for_works_three_otherwise() -> None:
    assert usual_reference_years(web()) == 3
    assert usual_reference_years(web(product_group="gww")) == 5
    assert usual_reference_years(web(product_group="gebouwen")) == 5
    assert usual_reference_years(web(product_group="catering")) == 3
    gww = default_catalogue().framework("duurzaam-gww")
    assert usual_reference_years(Session.new(gww, "Weg")) == 5


def reference_session(text: str, **fields: object) -> Session:
    session = web(**fields)
    session.criteria = [
        criterion(
            CriterionKind.SELECTION,
            text=text,
            verification="Referenties uit de afgelopen {{jaren}} jaar.",
            values={"jaren": "2"},
            title="Referenties",
        )
    ]
    return session


def test_a_long_reference_period_in_full_for_services_and_equal_is_allowed() -> None:
    assert consistency_findings(reference_session("Over de laatste vier jaar.")) == [
        Finding(
            "reference-period-long",
            "klimaat",
            "Geschiktheidseis 'Referenties' kijkt 4 jaar terug; de Gids Proportionaliteit gaat voor diensten "
            "en leveringen uit van 3 jaar. Een langere periode kan de markt onnodig beperken: kort hem in "
            "of motiveer hem in de aanbestedingsstukken.",
            "Selection criterion 'Referenties' looks back 4 years; the Gids Proportionaliteit assumes 3 "
            "years for services and supplies. A longer period may limit the market needlessly: shorten it "
            "or give the reason in the tender documents.",
        )
    ]
    assert consistency_findings(reference_session("Over de laatste drie jaar.")) == []


def test_a_long_reference_period_for_works_and_in_a_filled_placeholder() -> None:
    works = reference_session("Over de laatste zes jaar.", product_group="gww")
    [finding] = consistency_findings(works)
    assert "gaat voor werken uit van 5 jaar" in finding.nl and "assumes 5 years for works" in finding.en
    assert consistency_findings(reference_session("Over de laatste vijf jaar.", product_group="gww")) == []
    filled = reference_session("Tekst.")
    filled.criteria[0].values = {"jaren": "8"}
    assert "kijkt 8 jaar terug" in consistency_findings(filled)[0].nl
    joined = reference_session("de afgelopen")
    joined.criteria[0].verification = "vier jaar"
    assert [f.code for f in consistency_findings(joined)] == ["reference-period-long"]


def test_other_kinds_are_not_checked_for_references() -> None:
    session = reference_session("Over de laatste tien jaar.")
    session.criteria = [criterion(CriterionKind.REQUIREMENT, text="Over de laatste tien jaar.")]
    assert consistency_findings(session) == []


def test_findings_come_ambition_then_goals_then_references() -> None:
    session = goal_session(5, "%", "4")
    session.entry("klimaat").ambition = Level.SIGNIFICANT
    session.criteria = [
        *session.criteria,
        criterion(CriterionKind.SELECTION, text="De laatste 9 jaar."),
    ]
    assert [f.code for f in consistency_findings(session)] == [
        "criteria-below-ambition",
        "goal-criterion-differ",
        "reference-period-long",
    ]


def test_a_basic_ambition_without_a_criterion_in_english_too() -> None:
    session = web()
    session.entry("klimaat").ambition = Level.BASIS
    [finding] = consistency_findings(session)
    assert finding.nl == "'klimaat' heeft ambitie 1 (basis) maar nog geen criterium."
    assert finding.en == "'klimaat' has ambition 1 (basic) but no criterion yet."


def test_criteria_only_at_basis_below_a_significant_ambition_in_english() -> None:
    session = web()
    session.entry("klimaat").ambition = Level.SIGNIFICANT
    session.criteria = [criterion(level=Level.BASIS)]
    [finding] = consistency_findings(session)
    assert "no further than level 1 (basic)." in finding.en
    assert "niet verder dan niveau 1 (basis)." in finding.nl


def test_every_goal_is_compared_after_one_without_a_target_and_all_values_are_named() -> None:
    session = goal_session(5, "%", "4")
    session.entry("klimaat").goals = [
        Goal(indicator="Leeg", unit="%"),
        Goal(indicator="SROI", target=5, unit="%"),
    ]
    session.criteria[0].text = "Ten minste {{aandeel}}% en {{ander}}% van de loonsom"
    session.criteria[0].values = {"aandeel": "4", "ander": "3"}
    [finding] = consistency_findings(session)
    assert "streeft naar 5%, criterium 'SROI' vraagt 4%, 3%." in finding.nl


def test_a_goal_and_a_value_a_billionth_apart_agree() -> None:
    assert consistency_findings(goal_session(0.000000001, "%", "0")) == []
    assert [f.code for f in consistency_findings(goal_session(0.000000002, "%", "0"))] == [
        "goal-criterion-differ"
    ]
