"""The award model, pinned: every warning in full in Dutch and English, the tolerance of 0.01 on both
sides, Dutch numbers (1.000 and 12,5) read and shown, and the scheme's lines and edits."""

from __future__ import annotations

import pytest

from ambitieweb.catalogue import default_catalogue
from ambitieweb.model.award import (
    award_findings,
    discount_in_text,
    is_weighted,
    mvi_weight_total,
    quality_weight_total,
    scheme_in_use,
    scheme_lines,
    scheme_total,
    set_award_model,
    set_scoring,
    suggested_method,
)
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.rules import Finding
from ambitieweb.model.session import ChosenCriterion, QualityCriterion, ScoringMethod, Session, WeightUnit

MVI = default_catalogue().framework("mvi-nationaal-plan")


def award(
    title: str = "CO2", weight: float | None = None, scoring: str = "", **fields: object
) -> ChosenCriterion:
    return ChosenCriterion.model_validate(
        {"theme_id": "klimaat", "kind": "award", "title": title, "text": "Tekst", "weight": weight}
        | {"scoring": scoring}
        | fields
    )


def discount(title: str = "CO2", maximum: float | None = None, scoring: str = "") -> ChosenCriterion:
    return award(title, None, scoring, scoring_method="notional_discount", max_discount=maximum)


def tender(*criteria: ChosenCriterion, price: float | None = 100.0, **fields: object) -> Session:
    session = Session.new(MVI, "Tender", **fields)
    session.criteria = list(criteria)
    session.award_model.price_weight = price
    return session


def only(session: Session) -> Finding:
    [finding] = award_findings(session)
    return finding


def test_nothing_to_say_about_an_empty_scheme_or_one_of_exactly_100() -> None:
    assert award_findings(tender(price=None)) == []
    assert award_findings(tender(award(weight=30), price=70)) == []
    assert award_findings(tender(award(weight=30.005), price=70)) == []
    assert award_findings(tender(award(weight=29.995), price=70)) == []


def test_a_total_just_past_the_tolerance_is_named_with_its_parts() -> None:
    session = tender(award(weight=10.5), price=60)
    session.award_model.quality = [QualityCriterion(name="Plan van aanpak", weight=29.49)]
    finding = only(session)
    assert finding == Finding(
        "weights-not-100",
        None,
        "De wegingen van het gunningsmodel tellen op tot 99,99% in plaats van 100% (prijs 60%, overige "
        "kwaliteit 29,49%, MVI 10,5%). Criteria met een fictieve korting tellen niet mee.",
        "The award model's weights add up to 99,99% instead of 100% (price 60%, other quality 29,49%, "
        "MVI 10,5%). Criteria scored as a notional discount do not count.",
    )
    over = tender(award(weight=40.02), price=60)
    assert only(over).code == "weights-not-100"


def test_points_are_not_added_up_to_100_and_a_fixed_price_is_zero() -> None:
    assert award_findings(tender(award(weight=30), price=10, weight_unit=WeightUnit.POINTS)) == []
    assert only(tender(award(weight=30), price=0)).nl.startswith(
        "De wegingen van het gunningsmodel tellen op tot 30%"
    )


def test_a_missing_price_is_said_once_and_only_when_something_is_weighed() -> None:
    text_nl = (
        "Het gunningsmodel noemt nog geen weging voor de prijs. Bij de beste prijs-kwaliteitverhouding "
        "(art. 2.114 Aanbestedingswet 2012) tellen prijs, overige kwaliteitscriteria en MVI-criteria "
        "samen op; vul 0 in bij een vaste prijs."
    )
    text_en = (
        "The award model has no weight for the price yet. In the best price-quality ratio (art. 2.114 "
        "Dutch Procurement Act 2012) price, other quality criteria and MVI criteria add up together; "
        "enter 0 for a fixed price."
    )
    assert only(tender(award(weight=30), price=None)) == Finding(
        "award-without-price", None, text_nl, text_en
    )
    quality = tender(price=None)
    quality.award_model.quality = [QualityCriterion(name="Plan", weight=10)]
    assert only(quality).code == "award-without-price"
    assert award_findings(tender(discount(maximum=1000), price=None)) == []


def test_a_quality_criterion_without_a_weight() -> None:
    session = tender(price=100)
    session.award_model.quality = [QualityCriterion(name="Plan van aanpak")]
    assert only(session) == Finding(
        "quality-without-weight",
        None,
        "Kwaliteitscriterium 'Plan van aanpak' heeft nog geen weging.",
        "Quality criterion 'Plan van aanpak' has no weight yet.",
    )


def test_an_award_criterion_without_a_weight() -> None:
    session = tender(award("CO2"), price=100)
    assert only(session) == Finding(
        "award-without-weight",
        "klimaat",
        "Gunningscriterium 'CO2' heeft nog geen weging.",
        "Award criterion 'CO2' has no weight yet.",
    )


def test_a_discount_without_its_maximum() -> None:
    assert only(tender(discount(), price=100)) == Finding(
        "discount-without-maximum",
        "klimaat",
        "Gunningscriterium 'CO2' telt als fictieve korting; vul de maximale korting in euro in.",
        "Award criterion 'CO2' is scored as a notional discount; enter the maximum discount in euro.",
    )


def test_a_discount_the_scoring_caps_otherwise() -> None:
    scoring = "Fictieve korting van ten hoogste € 1.500,50 euro op de prijs."
    assert only(tender(discount(maximum=1000, scoring=scoring), price=100)) == Finding(
        "scoring-contradicts-discount",
        "klimaat",
        "De beoordeling van 'CO2' noemt ten hoogste 1.500,5 euro korting, het gunningsmodel 1.000 euro. "
        "Maak ze gelijk.",
        "The scoring of 'CO2' names at most 1.500,5 euro discount, the award model 1.000 euro. "
        "Make them agree.",
    )
    assert award_findings(tender(discount(maximum=1500.5, scoring=scoring), price=100)) == []
    assert award_findings(tender(discount(maximum=1500.49, scoring=scoring), price=100)) == []
    assert award_findings(tender(discount(maximum=1500.51, scoring=scoring), price=100)) == []
    assert (
        only(tender(discount(maximum=1500.52, scoring=scoring), price=100)).code
        == "scoring-contradicts-discount"
    )
    two = "Fictieve korting: maximaal 500 euro, of maximum van 800 €."
    assert award_findings(tender(discount(maximum=800, scoring=two), price=100)) == []
    assert "ten hoogste 500 euro" in only(tender(discount(maximum=1, scoring=two), price=100)).nl


def test_a_discount_whose_scoring_says_points() -> None:
    scoring = "Maximaal 30 punten voor het plan."
    assert only(tender(discount(maximum=1000, scoring=scoring), price=100)) == Finding(
        "scoring-says-points",
        "klimaat",
        "De beoordeling van 'CO2' noemt 30 punten, maar het criterium telt als fictieve korting. Kies een "
        "weging of pas de beoordeling aan.",
        "The scoring of 'CO2' names 30 points, but the criterion is scored as a notional discount. Choose "
        "a weight or change the scoring.",
    )
    said = "Fictieve korting van 10 punten."
    assert award_findings(tender(discount(maximum=1000, scoring=said), price=100)) == []
    assert award_findings(tender(discount(maximum=1000, scoring="0 punten"), price=100)) == []


def test_a_weight_whose_scoring_describes_a_discount() -> None:
    session = tender(award(weight=30, scoring="Een FICTIEVE KORTING op de prijs."), price=70)
    assert only(session) == Finding(
        "scoring-says-discount",
        "klimaat",
        "De beoordeling van 'CO2' beschrijft een fictieve korting, maar het criterium telt met een weging. "
        "Kies fictieve korting of pas de beoordeling aan.",
        "The scoring of 'CO2' describes a notional discount, but the criterion counts with a weight. "
        "Choose notional discount or change the scoring.",
    )


def test_a_weight_the_scoring_says_otherwise_in_points() -> None:
    session = tender(award(weight=20, scoring="Ten hoogste 1.000 punten, of 12,5 punt."), price=80)
    assert only(session) == Finding(
        "scoring-contradicts-weight",
        "klimaat",
        "De beoordeling van 'CO2' noemt 1.000 punten, de weging is 20%. Zorg dat beoordeling en weging "
        "hetzelfde zeggen.",
        "The scoring of 'CO2' names 1.000 points, the weight is 20%. Make the scoring and the weight say "
        "the same.",
    )


def test_a_weight_the_scoring_says_otherwise_in_percent_and_in_points_as_unit() -> None:
    session = tender(award(weight=20, scoring="Dit criterium heeft een weging van 25 procent."), price=80)
    finding = only(session)
    assert finding.nl == (
        "De beoordeling van 'CO2' noemt 25%, de weging is 20%. "
        "Zorg dat beoordeling en weging hetzelfde zeggen."
    )
    assert (
        finding.en
        == "The scoring of 'CO2' names 25%, the weight is 20%. Make the scoring and the weight say the same."
    )
    points = tender(award(weight=20, scoring="Weegt 25,5%."), price=80, weight_unit=WeightUnit.POINTS)
    assert only(points).nl.startswith("De beoordeling van 'CO2' noemt 25,5%, de weging is 20 punten.")
    assert "the weight is 20 points." in only(points).en


def test_points_first_then_percent_and_only_one_warning_and_the_tolerance() -> None:
    both = tender(award(weight=20, scoring="30 punten; weging 40%"), price=80)
    assert "noemt 30 punten" in only(both).nl
    percent_only = tender(award(weight=20, scoring="20 punten; weging 40%"), price=80)
    assert "noemt 40%" in only(percent_only).nl
    assert award_findings(tender(award(weight=20, scoring="20,005 punten"), price=80)) == []
    assert award_findings(tender(award(weight=20, scoring="19,995 punten"), price=80)) == []
    assert (
        only(tender(award(weight=20, scoring="20,02 punten"), price=80)).code == "scoring-contradicts-weight"
    )


def test_placeholders_in_the_scoring_are_read_filled_in() -> None:
    chosen = award(weight=20, scoring="Ten hoogste {{n}} punten.", values={"n": " 30 "})
    assert "noemt 30 punten" in only(tender(chosen, price=80)).nl
    unfilled = award(weight=20, scoring="Ten hoogste {{n}} punten.")
    assert award_findings(tender(unfilled, price=80)) == []


def test_findings_come_per_criterion_then_price_then_quality_then_total() -> None:
    session = tender(award("A"), award("B", weight=10), price=None)
    session.award_model.quality = [QualityCriterion(name="Plan")]
    assert [(f.code, f.theme_id) for f in award_findings(session)] == [
        ("award-without-weight", "klimaat"),
        ("award-without-price", None),
        ("quality-without-weight", None),
    ]


def test_totals_and_when_a_scheme_is_in_use() -> None:
    requirement = ChosenCriterion(theme_id="klimaat", kind=CriterionKind.REQUIREMENT, title="Eis", text="T")
    session = tender(award(weight=10), award(weight=None), discount(maximum=5), requirement, price=None)
    session.criteria[3].weight = 99
    assert mvi_weight_total(session) == 10
    assert [is_weighted(c) for c in session.criteria] == [True, True, False, False]
    assert quality_weight_total(session) == 0 and scheme_total(session) == 10
    session.award_model.quality = [QualityCriterion(name="Plan", weight=5), QualityCriterion(name="Team")]
    session.award_model.price_weight = 60
    assert (quality_weight_total(session), scheme_total(session)) == (5, 75)
    assert not scheme_in_use(tender(requirement, price=None))
    assert scheme_in_use(tender(price=0))
    assert scheme_in_use(tender(discount(), price=None))
    quality = tender(price=None)
    quality.award_model.quality = [QualityCriterion(name="Plan")]
    assert scheme_in_use(quality)


def test_discount_words_in_any_case() -> None:
    assert discount_in_text("Een Fictieve Korting")
    assert not discount_in_text("fictieve  korting")
    assert suggested_method("FICTIEVE KORTING") is ScoringMethod.NOTIONAL_DISCOUNT
    assert suggested_method("") is ScoringMethod.WEIGHT


def test_the_scheme_lines_in_full() -> None:
    weighed, korting = award("A", weight=10), discount("B", maximum=500)
    session = tender(weighed, korting, price=70)
    session.award_model.quality = [QualityCriterion(name="Plan", weight=20)]
    lines = scheme_lines(session)
    assert [(line.part, line.title, line.weight, line.method, line.max_discount) for line in lines] == [
        ("price", "Prijs", 70, ScoringMethod.WEIGHT, None),
        ("quality", "Plan", 20, ScoringMethod.WEIGHT, None),
        ("mvi", "A", 10, ScoringMethod.WEIGHT, None),
        ("mvi", "B", None, ScoringMethod.NOTIONAL_DISCOUNT, 500),
    ]
    assert [(line.criterion_id, line.theme_id) for line in lines] == [
        (None, None),
        (None, None),
        (weighed.id, "klimaat"),
        (korting.id, "klimaat"),
    ]
    assert [line.title for line in scheme_lines(session, [korting, weighed])][2:] == ["B", "A"]
    assert [line.title for line in scheme_lines(session, [])] == ["Prijs", "Plan"]


def test_set_scoring_switches_between_weight_and_discount() -> None:
    chosen = award(weight=10)
    session = tender(chosen)
    set_scoring(session, chosen.id, ScoringMethod.NOTIONAL_DISCOUNT, 30, 750)
    c = session.criteria[0]
    assert (c.scoring_method, c.weight, c.max_discount) == (ScoringMethod.NOTIONAL_DISCOUNT, None, 750)
    set_scoring(session, chosen.id, ScoringMethod.WEIGHT, 30, 750)
    assert (c.scoring_method, c.weight, c.max_discount) == (ScoringMethod.WEIGHT, 30, None)
    requirement = ChosenCriterion(theme_id="klimaat", kind=CriterionKind.REQUIREMENT, title="Eis", text="T")
    session.criteria = [requirement, *session.criteria]
    with pytest.raises(KeyError):
        set_scoring(session, requirement.id, ScoringMethod.WEIGHT, 1, None)
    with pytest.raises(KeyError):
        set_scoring(session, "0" * 32, ScoringMethod.WEIGHT, 1, None)


def test_set_award_model_copies_the_quality_criteria() -> None:
    session = tender()
    quality = [QualityCriterion(name="Plan", weight=5)]
    set_award_model(session, 40, quality)
    assert session.award_model.price_weight == 40 and session.award_model.quality == quality
    quality[0].weight = 6
    assert session.award_model.quality[0].weight == 5


def test_a_discount_one_cent_from_the_cap_is_within_the_tolerance() -> None:
    assert (
        award_findings(tender(discount(maximum=0, scoring="Fictieve korting van maximaal 0,01 euro."))) == []
    )


def test_a_single_point_or_half_a_point_is_a_number_of_points() -> None:
    assert "noemt 1 punten" in only(tender(award(weight=2, scoring="Ten hoogste 1 punt."), price=98)).nl
    half = only(tender(discount(maximum=10, scoring="Een halve: 0,5 punt."), price=100))
    assert half.code == "scoring-says-points" and "noemt 0,5 punten" in half.nl


def test_an_unfilled_placeholder_in_the_scoring_reads_as_nothing() -> None:
    chosen = award(weight=10, scoring="Weging van het {{deel}} 20%.")
    assert "noemt 20%" in only(tender(chosen, price=90)).nl


def test_a_discount_criterion_has_no_weight_in_the_scheme_even_if_one_was_stored() -> None:
    korting = award("K", weight=5, scoring_method="notional_discount", max_discount=100)
    [line] = scheme_lines(tender(korting), [korting])[1:]
    assert (line.weight, line.max_discount) == (None, 100)


def test_setting_the_scoring_of_an_unknown_criterion_names_it() -> None:
    with pytest.raises(KeyError) as caught:
        set_scoring(tender(), "f" * 32, ScoringMethod.WEIGHT, 1, None)
    assert caught.value.args == ("f" * 32,)


def test_a_fixed_price_is_shown_as_zero_percent() -> None:
    finding = only(tender(award(weight=30), price=0))
    assert "(prijs 0%, overige kwaliteit 0%, MVI 30%)" in finding.nl
    assert "(price 0%, other quality 0%, MVI 30%)" in finding.en


def test_a_weight_one_hundredth_from_the_points_is_within_the_tolerance() -> None:
    assert award_findings(tender(award(weight=0, scoring="Hooguit 0,01 punten."), price=100)) == []
