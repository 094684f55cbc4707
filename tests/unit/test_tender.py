from __future__ import annotations

from typing import Any

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.criteria import Criterion, CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.session import ChosenCriterion, ScoringMethod, Session, WeightUnit
from ambitieweb.model.tender import (
    add_criterion,
    can_move,
    check_tender,
    choose,
    chosen_catalogue_ids,
    chosen_in_theme,
    fill,
    has_newer_text,
    missing_values,
    move_criterion,
    offered_up_to,
    own_criterion,
    placeholder_label,
    placeholders,
    placeholders_in_order,
    remove_criterion,
    revise,
    set_values,
    theme_findings,
    weight_total,
)


def session_with(catalogue: Catalogue, *criterion_ids: str) -> Session:
    session = Session.new(catalogue.framework("mvi-nationaal-plan"), "Tender")
    for cid in criterion_ids:
        found = catalogue.criterion(cid)
        assert found
        session.criteria.append(choose(found[1], found[0]))
    return session


def weighted(criterion: Criterion) -> bool:
    """An award criterion scored with a weight (not one whose scoring is a fictieve korting)."""
    return criterion.kind is CriterionKind.AWARD and "fictieve korting" not in (criterion.scoring or "")


def award_ids(catalogue: Catalogue, count: int) -> list[str]:
    return [c.id for c in catalogue.criteria("mvi-nationaal-plan", "klimaat") if weighted(c)][:count]


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
    session.award_model.price_weight = 0  # a fixed price: the MVI criteria make the 100%
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


# --- choosing and editing criteria for a theme (what the Criteria tab does) ---------------------------


def klimaat_offer(catalogue: Catalogue, kind: CriterionKind, level: Level = Level.SIGNIFICANT) -> str:
    return next(
        c.id
        for c in catalogue.criteria("mvi-nationaal-plan", "klimaat")
        if c.kind is kind and c.level == level
    )


def test_the_catalogue_offers_up_to_the_ambition_or_everything_when_unset() -> None:
    assert offered_up_to(Level.UNSET) is Level.AMBITIOUS
    assert offered_up_to(Level.BASIS) is Level.BASIS
    assert offered_up_to(Level.SIGNIFICANT) is Level.SIGNIFICANT


def test_a_catalogue_criterion_is_chosen_once_and_can_be_removed(catalogue: Catalogue) -> None:
    session = session_with(catalogue)
    found = catalogue.criterion(klimaat_offer(catalogue, CriterionKind.AWARD))
    assert found
    chosen = choose(found[1], found[0])
    assert add_criterion(session, chosen)
    assert not add_criterion(session, choose(found[1], found[0]))  # the same catalogue text again
    assert chosen_catalogue_ids(session) == {found[1].id}
    assert [c.id for c in chosen_in_theme(session, "klimaat")] == [chosen.id]
    assert session.criteria[0] is not chosen  # a copy: the caller's object stays out of the session
    remove_criterion(session, chosen.id)
    assert session.criteria == []


def test_moving_swaps_with_the_neighbour_of_the_same_theme_and_kind(catalogue: Catalogue) -> None:
    session = session_with(catalogue, *award_ids(catalogue, 2))
    requirement = own_criterion(session, "klimaat")
    requirement.title, requirement.text = "Eis", "Tekst"
    add_criterion(session, requirement)
    first, second = (c.id for c in session.criteria[:2])
    assert not can_move(session, first, -1) and can_move(session, first, 1)
    assert not can_move(session, requirement.id, -1) and not can_move(session, requirement.id, 1)
    assert move_criterion(session, second, -1)
    assert [c.id for c in session.criteria] == [second, first, requirement.id]
    assert not move_criterion(session, second, -1)


def test_an_own_criterion_starts_empty_at_the_theme_ambition(catalogue: Catalogue) -> None:
    session = session_with(catalogue)
    assert own_criterion(session, "klimaat").level is Level.BASIS  # ambition not set yet
    session.entry("klimaat").ambition = Level.AMBITIOUS
    own = own_criterion(session, "klimaat", CriterionKind.AWARD)
    assert (own.level, own.kind, own.catalogue_id, own.title) == (
        Level.AMBITIOUS,
        CriterionKind.AWARD,
        None,
        "",
    )


def edit_of(chosen: ChosenCriterion, **changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "title": chosen.title,
        "text": chosen.text,
        "verification": chosen.verification,
        "scoring": chosen.scoring,
        "weight": chosen.weight,
        "values": dict(chosen.values),
    }
    return fields | changes


def test_revising_the_wording_of_a_catalogue_criterion_marks_it_edited(catalogue: Catalogue) -> None:
    found = catalogue.criterion(klimaat_offer(catalogue, CriterionKind.AWARD))
    assert found
    chosen = choose(found[1], found[0])
    assert chosen.scoring_method is ScoringMethod.NOTIONAL_DISCOUNT  # its scoring is a fictieve korting
    assert revise(chosen, **edit_of(chosen, weight=20.0), source=found).weight is None
    chosen.scoring_method = ScoringMethod.WEIGHT
    [name] = placeholders(chosen)
    weighted = revise(chosen, **edit_of(chosen, weight=20.0, values={name: " 20 "}), source=found)
    assert (weighted.weight, weighted.values, weighted.edited) == (20.0, {name: "20"}, False)
    changed = revise(weighted, **edit_of(weighted, text=chosen.text + " Extra."), source=found)
    assert changed.edited and changed.id == chosen.id and changed.catalogue_id == chosen.catalogue_id
    assert changed.values == {name: "20"}
    back = revise(changed, **edit_of(changed, text=chosen.text), source=found)
    assert not back.edited


def test_revising_keeps_values_only_for_placeholders_in_the_text(catalogue: Catalogue) -> None:
    own = own_criterion(session_with(catalogue), "klimaat")
    revised = revise(
        own,
        title="Eigen eis",
        text="Minimaal {{aandeel}}% vóór {{jaar}}.",
        verification="",
        scoring="Wordt genegeerd: geen gunningscriterium",
        weight=30.0,
        values={"aandeel": "40", "jaar": " ", "weg": "x"},
        kind=CriterionKind.REQUIREMENT,
    )
    assert revised.values == {"aandeel": "40"}
    assert (revised.weight, revised.scoring, revised.edited) == (None, "", False)
    award = revise(
        revised, **edit_of(revised, scoring="Punten {{max}}", weight=10.0), kind=CriterionKind.AWARD
    )
    assert (award.kind, award.weight, award.scoring) == (CriterionKind.AWARD, 10.0, "Punten {{max}}")


def test_the_kind_of_a_catalogue_criterion_does_not_change(catalogue: Catalogue) -> None:
    found = catalogue.criterion(klimaat_offer(catalogue, CriterionKind.REQUIREMENT, Level.BASIS))
    assert found
    chosen = choose(found[1], found[0])
    revised = revise(chosen, **edit_of(chosen), kind=CriterionKind.AWARD)
    assert revised.kind is CriterionKind.REQUIREMENT
    assert revise(chosen, **edit_of(chosen), kind=CriterionKind.AWARD, source=found).kind is (
        CriterionKind.REQUIREMENT
    )


def test_taking_over_the_catalogue_text_takes_over_its_kind(catalogue: Catalogue) -> None:
    """A session chosen before issue 15 holds social return as a minimumeis; the catalogue's current
    text is a contractbepaling (art. 2.80), and adopting the text adopts the kind."""
    found = catalogue.criterion("social-return-1-eis-percentage-opdrachtwaarde")
    assert found
    criteria_set, criterion = found
    assert criterion.kind is CriterionKind.CONTRACT_CLAUSE
    old = choose(criterion, criteria_set).model_copy(
        update={
            "kind": CriterionKind.REQUIREMENT,
            "text": "Oude tekst {{percentage}}.",
            "catalogue_revision": 1,
        }
    )
    old.values = {"percentage": "5"}
    edited = revise(old, **edit_of(old, text="Andere tekst {{percentage}}."), source=found)
    assert (edited.kind, edited.edited, edited.catalogue_revision) == (CriterionKind.REQUIREMENT, True, 1)
    adopted = revise(old, **edit_of(old, text=criterion.text, scoring="genegeerd"), source=found)
    assert (adopted.kind, adopted.edited, adopted.catalogue_revision) == (
        CriterionKind.CONTRACT_CLAUSE,
        False,
        criterion.revision,
    )
    assert adopted.values == {"percentage": "5"} and adopted.scoring == ""
    # The form may also say the new kind before the text is the catalogue's again.
    moved = revise(old, **edit_of(old), kind=CriterionKind.CONTRACT_CLAUSE, source=found)
    assert moved.kind is CriterionKind.CONTRACT_CLAUSE


def test_taking_over_a_newer_catalogue_text_updates_the_revision(catalogue: Catalogue) -> None:
    found = catalogue.criterion(klimaat_offer(catalogue, CriterionKind.AWARD))
    assert found
    criteria_set, criterion = found
    old = choose(criterion, criteria_set)
    rewritten = criterion.model_copy(update={"revision": criterion.revision + 1, "text": "Nieuwe tekst."})
    newer = {criterion.id: rewritten.revision}
    assert has_newer_text(old, newer) and not has_newer_text(old, catalogue.revisions())
    untouched = revise(old, **edit_of(old, weight=5.0), source=(criteria_set, rewritten))
    assert has_newer_text(untouched, newer) and not untouched.edited
    adopted = revise(old, **edit_of(old, text="Nieuwe tekst."), source=(criteria_set, rewritten))
    assert adopted.catalogue_revision == rewritten.revision and not adopted.edited
    assert not has_newer_text(adopted, newer)


def test_placeholders_are_asked_for_with_the_catalogue_description(catalogue: Catalogue) -> None:
    found = catalogue.criterion(klimaat_offer(catalogue, CriterionKind.AWARD))
    assert found
    name = next(iter(found[1].placeholders))
    assert placeholder_label(name, found[1]) == found[1].placeholders[name]
    assert placeholder_label("eigen", found[1]) == "eigen"
    assert placeholder_label(name, None) == name
    assert placeholders_in_order("{{b}} {{a}}", "{{ b }} {{c}}") == ["b", "a", "c"]


def test_values_filled_in_before_an_export_land_in_the_criteria(catalogue: Catalogue) -> None:
    session = session_with(catalogue, *award_ids(catalogue, 1))
    chosen = session.criteria[0]
    names = placeholders(chosen)
    set_values(session, {chosen.id: {names[0]: " 12 ", "onbekend": "x"}, "nope": {"a": "b"}})
    assert session.criteria[0].values == {names[0]: "12"}
    set_values(session, {chosen.id: {names[0]: ""}})
    assert session.criteria[0].values == {names[0]: "12"}  # empty never erases


def test_theme_findings_are_those_of_the_theme_and_the_session(catalogue: Catalogue) -> None:
    session = session_with(catalogue, *award_ids(catalogue, 1))
    session.award_model.price_weight = 0
    other = own_criterion(session, "circulair", CriterionKind.AWARD)
    other.title, other.text = "Ander thema", "Tekst"
    add_criterion(session, other)
    codes = {(f.code, f.theme_id) for f in theme_findings(session, "klimaat")}
    assert ("weights-not-100", None) in codes and ("award-without-weight", "klimaat") in codes
    assert all(theme in (None, "klimaat") for _code, theme in codes)
