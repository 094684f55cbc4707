from __future__ import annotations

from ambitieweb.catalogue import Catalogue
from ambitieweb.model import CriterionKind, Level, Session
from ambitieweb.model.session import ChosenCriterion, WeightUnit
from ambitieweb.model.tender import check_tender, choose, fill, missing_values, placeholders, weight_total


def session_with(catalogue: Catalogue, *criterion_ids: str) -> Session:
    session = Session.new(catalogue.framework("mvi-nationaal-plan"), "Tender")
    for cid in criterion_ids:
        found = catalogue.criterion(cid)
        assert found
        session.criteria.append(choose(found[1], found[0]))
    return session


def award_ids(catalogue: Catalogue, count: int) -> list[str]:
    return [
        c.id for c in catalogue.criteria("mvi-nationaal-plan", "klimaat") if c.kind is CriterionKind.AWARD
    ][:count]


def test_choosing_copies_the_text_and_remembers_its_origin(catalogue: Catalogue) -> None:
    [criteria_set] = [s for s in catalogue.criteria_sets if s.id == "mvoi-criteria"]
    criterion = criteria_set.criteria[0]
    chosen = choose(criterion, criteria_set)
    assert (chosen.text, chosen.kind, chosen.theme_id) == (criterion.text, criterion.kind, criterion.theme)
    assert (chosen.catalogue_id, chosen.catalogue_set, chosen.catalogue_version) == (
        criterion.id,
        "mvoi-criteria",
        criteria_set.version,
    )
    chosen.text = "Eigen aanpassing"
    assert criterion.text != "Eigen aanpassing"


def test_placeholders_are_listed_filled_and_reported_when_missing() -> None:
    chosen = ChosenCriterion(
        theme_id="klimaat",
        kind=CriterionKind.REQUIREMENT,
        title="Aandeel",
        text="Minimaal {{percentage}}% vóór {{jaartal}}; opnieuw {{percentage}}.",
        verification="Rapport per {{frequentie}}.",
    )
    assert placeholders(chosen) == ["percentage", "jaartal", "frequentie"]
    assert missing_values(chosen) == ["percentage", "jaartal", "frequentie"]
    chosen.values = {"percentage": "40", "jaartal": " "}
    assert missing_values(chosen) == ["jaartal", "frequentie"]
    assert fill(chosen.text, chosen.values) == "Minimaal 40% vóór [jaartal]; opnieuw 40."


def test_weights_must_add_up_to_100_percent(catalogue: Catalogue) -> None:
    ids = award_ids(catalogue, 2)
    session = session_with(catalogue, *ids)
    codes = [f.code for f in check_tender(session)]
    assert codes.count("award-without-weight") == 2 and "weights-not-100" in codes
    session.criteria[0].weight = 60
    session.criteria[1].weight = 30
    assert weight_total(session) == 90
    [warning] = [f for f in check_tender(session) if f.code == "weights-not-100"]
    assert "90%" in warning.text("nl")
    session.criteria[1].weight = 40
    assert "weights-not-100" not in [f.code for f in check_tender(session)]
    session.weight_unit = WeightUnit.POINTS
    session.criteria[1].weight = 10
    assert "weights-not-100" not in [f.code for f in check_tender(session)]


def test_too_many_criteria_for_one_theme_is_flagged(catalogue: Catalogue) -> None:
    ids = [c.id for c in catalogue.criteria("mvi-nationaal-plan", "klimaat", Level.AMBITIOUS)][:5]
    session = session_with(catalogue, *ids)
    session.max_criteria_per_theme = 4
    assert [f.theme_id for f in check_tender(session) if f.code == "too-many-criteria"] == ["klimaat"]
    session.max_criteria_per_theme = 5
    assert "too-many-criteria" not in [f.code for f in check_tender(session)]


def test_a_newer_catalogue_text_is_noticed(catalogue: Catalogue) -> None:
    [cid] = award_ids(catalogue, 1)
    session = session_with(catalogue, cid)
    assert "newer-catalogue-text" not in [f.code for f in check_tender(session, catalogue.revisions())]
    newer = catalogue.revisions() | {cid: 99}
    assert "newer-catalogue-text" in [f.code for f in check_tender(session, newer)]
