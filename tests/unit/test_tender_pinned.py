"""Choosing criteria, pinned: the tender warnings in full in Dutch and English with their thresholds,
placeholders (blank is unfilled), the edits' places and copies, and what a revision keeps per kind."""

from __future__ import annotations

import pytest

from ambitieweb.catalogue import default_catalogue
from ambitieweb.model.criteria import CriteriaSet, Criterion, CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.rules import Finding
from ambitieweb.model.session import ChosenCriterion, ScoringMethod, Session
from ambitieweb.model.tender import (
    add_criterion,
    check_tender,
    choose,
    fill,
    find_criterion,
    has_newer_text,
    missing_values,
    own_criterion,
    placeholder_label,
    placeholders_in_order,
    replace_criterion,
    revise,
    set_values,
    theme_findings,
    with_values,
)

MVI = default_catalogue().framework("mvi-nationaal-plan")


def own(
    title: str = "Eis",
    theme: str = "klimaat",
    kind: CriterionKind = CriterionKind.REQUIREMENT,
    text: str = "Tekst.",
    **fields: object,
) -> ChosenCriterion:
    return ChosenCriterion.model_validate(
        {"theme_id": theme, "kind": kind, "title": title, "text": text} | fields
    )


def web(*criteria: ChosenCriterion) -> Session:
    session = Session.new(MVI, "Tender")
    session.criteria = list(criteria)
    return session


def catalogue_criterion(**fields: object) -> tuple[CriteriaSet, Criterion]:
    criterion = Criterion.model_validate(
        {
            "id": "co2",
            "theme": "klimaat",
            "level": 2,
            "kind": "award",
            "title": "CO2",
            "text": "Tekst {{ton}}.",
            "verification": "Bewijs.",
            "guidance": "Uitleg.",
            "scoring": "Punten.",
            "placeholders": {"ton": "Aantal ton"},
            "revision": 4,
        }
        | fields
    )
    criteria_set = CriteriaSet(
        id="set",
        title="Set",
        version="2.1",
        date="2027-01-01",
        frameworks=("mvi-nationaal-plan",),
        criteria=(),
    )
    return criteria_set, criterion


def test_too_many_criteria_for_a_theme_in_full_and_the_threshold_itself_is_allowed() -> None:
    session = web(*[own(f"Eis {n}") for n in range(4)])
    assert check_tender(session) == []
    session.criteria = [*session.criteria, own("Eis 4")]
    assert check_tender(session, names={"klimaat": "Klimaat"}) == [
        Finding(
            "too-many-criteria",
            "klimaat",
            "Thema 'Klimaat' heeft 5 criteria (drempel 4); meer criteria maken een aanbesteding zwaarder, "
            "niet beter. Kies de belangrijkste.",
            "Theme 'Klimaat' has 5 criteria (threshold 4); more criteria make a tender heavier, not better. "
            "Choose the essential ones.",
        )
    ]
    assert check_tender(session)[0].nl.startswith("Thema 'klimaat' heeft 5")
    session.max_criteria_per_theme = 5
    assert check_tender(session) == []


def test_missing_values_in_full_blank_is_missing() -> None:
    chosen = own("Zone", text="In {{zone}} vanaf {{jaar}} tot {{eind}}.", values={"zone": "A", "jaar": "  "})
    assert missing_values(chosen) == ["jaar", "eind"]
    assert check_tender(web(chosen)) == [
        Finding(
            "missing-values",
            "klimaat",
            "'Zone': vul nog in: jaar, eind.",
            "'Zone': still to fill in: jaar, eind.",
        )
    ]


def test_a_newer_catalogue_text_in_full() -> None:
    chosen = own("CO2", catalogue_id="co2", catalogue_revision=2)
    assert check_tender(web(chosen), {"co2": 3}) == [
        Finding(
            "newer-catalogue-text",
            "klimaat",
            "De catalogus heeft een nieuwere tekst voor 'CO2'.",
            "The catalogue has a newer text for 'CO2'.",
        )
    ]
    assert not has_newer_text(chosen, {"co2": 2})
    assert not has_newer_text(chosen, None)
    assert not has_newer_text(own(catalogue_id="co2"), {"co2": 3})
    assert not has_newer_text(own(), {"": 3})


def test_theme_findings_pass_names_and_newer_on_and_keep_whole_session_ones() -> None:
    session = web(own("CO2", catalogue_id="co2", catalogue_revision=1), own("Ander", theme="circulair"))
    session.award_model.price_weight = 100
    session.criteria[1].text = "{{x}}"
    session.award_model.quality = []
    found = theme_findings(session, "klimaat", {"co2": 2}, {"klimaat": "Klimaat"})
    assert [(f.code, f.theme_id) for f in found] == [("newer-catalogue-text", "klimaat")]
    session.criteria = [*session.criteria, own("G", kind=CriterionKind.AWARD, scoring="S", weight=10)]
    codes = [(f.code, f.theme_id) for f in theme_findings(session, "circulair")]
    assert ("weights-not-100", None) in codes and ("missing-values", "circulair") in codes
    assert all(theme in (None, "circulair") for _code, theme in codes)
    too_many = web(*[own(f"E{n}") for n in range(5)])
    assert "Thema 'Klimaat'" in theme_findings(too_many, "klimaat", None, {"klimaat": "Klimaat"})[0].nl


def test_placeholders_once_in_order_and_filled_or_shown() -> None:
    assert placeholders_in_order("{{b}} {{a}}", "{{ b }} {{c}}") == ["b", "a", "c"]
    assert fill("{{a}}, {{ b }} en {{c}}", {"a": " 1 ", "b": "  "}) == "1, [b] en [c]"


def test_choose_takes_the_discount_method_from_the_scoring() -> None:
    criteria_set, criterion = catalogue_criterion(scoring="Een fictieve korting.")
    chosen = choose(criterion, criteria_set)
    assert (chosen.scoring, chosen.scoring_method) == (
        "Een fictieve korting.",
        ScoringMethod.NOTIONAL_DISCOUNT,
    )
    assert (chosen.catalogue_set, chosen.catalogue_version, chosen.catalogue_revision, chosen.level) == (
        "set",
        "2.1",
        4,
        Level.SIGNIFICANT,
    )
    requirement = choose(catalogue_criterion(kind="requirement", scoring=None)[1], criteria_set)
    assert (requirement.scoring, requirement.scoring_method) == ("", ScoringMethod.WEIGHT)


def test_find_replace_with_a_copy_in_place() -> None:
    first, second = own("A"), own("B")
    session = web(first, second)
    with pytest.raises(KeyError) as caught:
        find_criterion(session, "0" * 32)
    assert caught.value.args == ("0" * 32,)
    updated = second.model_copy(update={"title": "B2"})
    replace_criterion(session, updated)
    assert [c.title for c in session.criteria] == ["A", "B2"]
    assert session.criteria[1] is not updated and session.criteria[0] is first
    with pytest.raises(KeyError):
        replace_criterion(session, own("C"))


def test_an_own_criterion_starts_at_the_ambition_or_basis() -> None:
    session = web()
    blank = own_criterion(session, "klimaat")
    assert (blank.kind, blank.level, blank.title, blank.text, blank.catalogue_id) == (
        CriterionKind.REQUIREMENT,
        Level.BASIS,
        "",
        "",
        None,
    )
    session.entry("klimaat").ambition = Level.AMBITIOUS
    assert own_criterion(session, "klimaat", CriterionKind.AWARD).level is Level.AMBITIOUS
    assert own_criterion(session, "klimaat", CriterionKind.AWARD).kind is CriterionKind.AWARD


def edit(chosen: ChosenCriterion, **changes: object) -> ChosenCriterion:
    fields: dict[str, object] = {
        "title": chosen.title,
        "text": chosen.text,
        "verification": chosen.verification,
        "scoring": chosen.scoring,
        "weight": chosen.weight,
        "values": dict(chosen.values),
    } | changes
    return revise(chosen, **fields)  # type: ignore[arg-type]


def test_a_revision_keeps_weight_method_and_discount_for_awards_only() -> None:
    award = own("G", kind=CriterionKind.AWARD, scoring="S", weight=10)
    assert edit(award, weight=12).weight == 12
    korting = award.model_copy(
        update={"scoring_method": ScoringMethod.NOTIONAL_DISCOUNT, "max_discount": 500}
    )
    after = edit(korting, weight=12)
    assert (after.weight, after.scoring_method, after.max_discount) == (
        None,
        ScoringMethod.NOTIONAL_DISCOUNT,
        500,
    )
    requirement = edit(korting, kind=CriterionKind.REQUIREMENT, weight=12)
    assert (
        requirement.weight,
        requirement.scoring_method,
        requirement.max_discount,
        requirement.scoring,
    ) == (
        None,
        ScoringMethod.WEIGHT,
        None,
        "",
    )


def test_an_own_criterion_is_never_edited_and_keeps_its_kind_unless_told() -> None:
    chosen = own("Eigen")
    after = edit(chosen, text="Iets anders.")
    assert (after.edited, after.kind, after.text) == (False, CriterionKind.REQUIREMENT, "Iets anders.")
    assert edit(chosen, kind=CriterionKind.CONTRACT_CLAUSE).kind is CriterionKind.CONTRACT_CLAUSE


def test_a_catalogue_text_is_edited_only_when_its_wording_changes_beyond_spaces() -> None:
    criteria_set, criterion = catalogue_criterion()
    chosen = choose(criterion, criteria_set)
    assert not edit(chosen, title=" CO2 ", text="Tekst {{ton}}.  ").edited
    assert not edit(chosen, weight=30, values={"ton": "5"}).edited
    for field in ("title", "text", "verification", "scoring"):
        assert edit(chosen, **{field: "Anders."}).edited, field


def test_adopting_the_catalogue_text_takes_its_level_set_version_and_revision() -> None:
    criteria_set, criterion = catalogue_criterion()
    chosen = choose(criterion, criteria_set).model_copy(
        update={
            "text": "Oud {{ton}}.",
            "edited": True,
            "level": Level.BASIS,
            "catalogue_set": "oud",
            "catalogue_version": "1.0",
            "catalogue_revision": 1,
        }
    )
    adopted = revise(
        chosen,
        title="CO2",
        text="Tekst {{ton}}.",
        verification="Bewijs.",
        scoring="Punten.",
        weight=None,
        values={},
        source=(criteria_set, criterion),
    )
    assert (
        adopted.edited,
        adopted.level,
        adopted.catalogue_set,
        adopted.catalogue_version,
        adopted.catalogue_revision,
    ) == (False, Level.SIGNIFICANT, "set", "2.1", 4)
    other = catalogue_criterion(id="ander")
    kept = revise(
        chosen,
        title="CO2",
        text="Tekst {{ton}}.",
        verification="Bewijs.",
        scoring="Punten.",
        weight=None,
        values={},
        source=other,
    )
    assert (kept.catalogue_revision, kept.catalogue_set, kept.edited) == (1, "oud", True)


def test_the_catalogue_description_of_a_placeholder_or_its_name() -> None:
    _set, criterion = catalogue_criterion()
    assert placeholder_label("ton", criterion) == "Aantal ton"
    assert placeholder_label("jaar", criterion) == "jaar"
    assert placeholder_label("ton", None) == "ton"


def test_set_values_fills_known_names_stripped_and_overwrites() -> None:
    first = own("A", text="{{a}} {{b}}", values={"a": "oud"})
    second = own("B", text="{{c}}")
    session = web(first, second)
    set_values(session, {first.id: {"a": " nieuw ", "b": "  ", "x": "y"}, second.id: {}})
    assert session.criteria[0].values == {"a": "nieuw"}
    assert session.criteria[1].values == {}


def test_with_values_copies_only_what_it_fills() -> None:
    first = own("A", text="{{a}}")
    second = own("B", text="{{b}}")
    session = web(first, second)
    copy = with_values(session, {first.id: {"a": "1"}})
    assert copy.criteria[0].values == {"a": "1"} and session.criteria[0].values == {}
    assert copy.criteria[1] is session.criteria[1] and copy is not session
    assert copy.criteria[0] is not session.criteria[0]


def test_the_webs_own_warnings_name_the_theme() -> None:
    session = web()
    session.entry("klimaat").ambition = Level.SIGNIFICANT
    found = [f for f in check_tender(session, names={"klimaat": "Klimaat"}) if f.theme_id == "klimaat"]
    assert found == [
        Finding(
            "ambition-without-criterion",
            "klimaat",
            "'Klimaat' heeft ambitie 2 (significant) maar nog geen criterium.",
            "'Klimaat' has ambition 2 (significant) but no criterion yet.",
        )
    ]


def test_a_criterion_is_added_as_a_copy_and_not_twice() -> None:
    chosen = own("A", text="{{a}}", values={"a": "1"})
    session = web()
    assert add_criterion(session, chosen)
    chosen.values["a"] = "2"  # the dialog's object, changed after adding
    assert session.criteria[0].values == {"a": "1"}
    assert not add_criterion(session, chosen)
    assert [c.title for c in session.criteria] == ["A"]


def test_a_replaced_criterion_is_a_copy() -> None:
    chosen = own("A", text="{{a}}", values={"a": "1"})
    session = web(chosen)
    updated = chosen.model_copy(update={"values": {"a": "2"}})
    replace_criterion(session, updated)
    updated.values["a"] = "3"
    assert session.criteria[0].values == {"a": "2"}


def test_an_edited_catalogue_criterion_keeps_its_kind_when_the_catalogue_has_another() -> None:
    criteria_set, requirement = catalogue_criterion(kind="requirement", scoring=None)
    chosen = choose(requirement, criteria_set)
    _set, clause = catalogue_criterion(kind="contract_clause", scoring=None)
    for asked in (CriterionKind.REQUIREMENT, CriterionKind.AWARD):
        after = edit(chosen, title="CO2, anders", kind=asked, source=(criteria_set, clause))
        assert (after.kind, after.edited) == (CriterionKind.REQUIREMENT, True), asked
    taken = edit(
        chosen, title="CO2, anders", kind=CriterionKind.CONTRACT_CLAUSE, source=(criteria_set, clause)
    )
    assert (taken.kind, taken.edited) == (CriterionKind.CONTRACT_CLAUSE, True)


def test_a_revision_keeps_the_values_of_placeholders_in_the_verification() -> None:
    chosen = own("Eis", text="Tekst.", verification="Bewijs over {{jaar}}.", values={"jaar": "2027"})
    assert edit(chosen, title="Eis 2").values == {"jaar": "2027"}
    assert edit(chosen, verification="Bewijs.").values == {}


def test_set_values_fills_a_later_criterion_when_an_earlier_gets_none() -> None:
    first = own("A", text="{{a}}")
    second = own("B", text="{{c}}")
    session = web(first, second)
    set_values(session, {second.id: {"c": "3"}})
    assert [c.values for c in session.criteria] == [{}, {"c": "3"}]
