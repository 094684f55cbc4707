"""Contract follow-up (issue 18): the model's checks and the pure rules, at their boundaries."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import CriterionStatus, FollowUpAction, GoalMeasurement, Review
from ambitieweb.model.contract.problems import describe_all
from ambitieweb.model.contract.rules import (
    add_months,
    agreed_against_realised,
    below_agreed,
    contract_problems,
    is_overdue,
    new_review,
    next_review_due,
    review_problems,
    share_met,
)
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from tests.contract_data import START, agreed, cleaning_web, contract_for


def problem(exc: pytest.ExceptionInfo[ValidationError], language: str = "nl") -> str:
    return describe_all(exc.value, language)


# --- rules ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2027, 1, 31), 1, dt.date(2027, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),
        (dt.date(2027, 11, 15), 2, dt.date(2028, 1, 15)),
        (dt.date(2027, 12, 1), 12, dt.date(2028, 12, 1)),
    ],
)
def test_months_are_added_with_the_last_day_of_short_months(
    day: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(day, months) == expected


def test_the_first_review_is_due_a_rhythm_after_the_start_then_after_the_last_review() -> None:
    snapshot = agreed()
    contract = contract_for(snapshot)
    assert next_review_due(contract) == dt.date(2027, 7, 31)
    contract.reviews = [new_review(snapshot, dt.date(2027, 9, 10))]
    assert next_review_due(contract) == dt.date(2028, 3, 10)
    # an earlier review entered later does not move the date: the last one by date counts
    contract.reviews = [*contract.reviews, new_review(snapshot, dt.date(2027, 6, 1))]
    assert next_review_due(contract) == dt.date(2028, 3, 10)


def test_no_review_is_due_without_a_start_or_after_a_review_at_the_end() -> None:
    snapshot = agreed()
    assert next_review_due(contract_for(snapshot, start=None, end=None)) is None
    closing = contract_for(snapshot, end=dt.date(2027, 12, 31))
    assert next_review_due(closing) == dt.date(2027, 7, 31)
    closing.reviews = [new_review(snapshot, dt.date(2027, 10, 1))]
    assert next_review_due(closing) == dt.date(2027, 12, 31)  # never after the end
    closing.reviews = [*closing.reviews, new_review(snapshot, dt.date(2027, 12, 31))]
    assert next_review_due(closing) is None


def test_overdue_from_the_day_after_the_due_date() -> None:
    contract = contract_for(agreed())
    due = dt.date(2027, 7, 31)
    assert not is_overdue(contract, due - dt.timedelta(days=1))
    assert not is_overdue(contract, due)
    assert is_overdue(contract, due + dt.timedelta(days=1))
    assert not is_overdue(contract_for(agreed(), start=None, end=None), dt.date(2099, 1, 1))


def test_share_met_counts_judged_criteria_only() -> None:
    review = new_review(agreed(), START)
    assert len(review.checks) == 15  # the selection criterion judges the bidder, not the contract
    assert share_met(review) is None
    review.checks[0].status = CriterionStatus.MET
    assert share_met(review) == 1.0
    review.checks[1].status = CriterionStatus.PARTLY
    review.checks[2].status = CriterionStatus.NOT_MET
    review.checks[3].status = CriterionStatus.MET
    assert share_met(review) == 0.5


def test_themes_realised_below_their_agreed_level_are_found_not_equal_or_unjudged_ones() -> None:
    snapshot = agreed()
    review = new_review(snapshot, START)
    levels = {"klimaat": 1, "milieu": 2, "circulair": 3, "social-return": 0}  # agreed 2, 2, 2, 3
    for realisation in review.themes:
        level = levels.get(realisation.theme_id)
        realisation.level = None if level is None else Level(level)
    assert below_agreed(review, snapshot) == ["klimaat", "social-return"]


def test_agreed_against_realised_over_two_reviews_with_the_trend() -> None:
    snapshot = agreed()
    contract = contract_for(snapshot)
    first, second = new_review(snapshot, dt.date(2027, 7, 1)), new_review(snapshot, dt.date(2028, 1, 5))
    first.themes[0].level, second.themes[0].level = Level.BASIS, Level.SIGNIFICANT
    first.themes[1].level, second.themes[1].level = Level.AMBITIOUS, Level.BASIS
    first.themes[2].level = Level.BASIS  # judged once only
    contract.reviews = [second, first]  # held in this order, shown by date
    rows = agreed_against_realised(contract, snapshot)
    assert [r.theme_id for r in rows][:3] == ["klimaat", "milieu", "circulair"]
    assert rows[0].realised == (Level.BASIS, Level.SIGNIFICANT) and rows[0].trend == 1 and not rows[0].below
    assert rows[1].trend == -1 and rows[1].below
    assert rows[2].realised == (Level.BASIS, None) and rows[2].trend == 0 and rows[2].latest == Level.BASIS
    assert rows[2].below
    assert rows[3].latest is None and not rows[3].below


def test_a_new_review_keeps_the_promises_and_the_open_actions_of_the_previous_one() -> None:
    snapshot = agreed()
    first = new_review(snapshot, dt.date(2027, 7, 1))
    award = next(c for c in snapshot.session.criteria if c.kind is CriterionKind.AWARD)
    check = first.check(award.id)
    assert check is not None
    check.promised = "100% elektrisch vanaf maand 3"
    first.actions = [
        FollowUpAction(what="Audit plannen", owner="inkoop", due=dt.date(2027, 9, 1)),
        FollowUpAction(what="Bewijs zero-emissie", done=True),
    ]
    second = new_review(snapshot, dt.date(2028, 1, 5), first)
    again = second.check(award.id)
    assert again is not None and again.promised == "100% elektrisch vanaf maand 3"
    assert again.status is CriterionStatus.NOT_YET
    assert [a.what for a in second.actions] == ["Audit plannen"]
    assert second.id != first.id
    assert len(second.measurements) == 7 and {m.value for m in second.measurements} == {None}


# --- bad input -------------------------------------------------------------------------------------


def test_an_end_before_the_start_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as exc:
        contract_for(agreed(), end=START - dt.timedelta(days=1))
    assert problem(exc) == "Einddatum: 30-01-2027 ligt vóór de startdatum 31-01-2027"
    assert problem(exc, "en").startswith("End date: 30-01-2027 lies before")
    contract_for(agreed(), end=START)  # one day is a contract


def test_a_review_before_the_contract_start_is_refused_on_the_start_day_it_is_not() -> None:
    snapshot = agreed()
    contract = contract_for(snapshot)
    contract.reviews = [new_review(snapshot, START)]
    early = new_review(snapshot, START - dt.timedelta(days=1))
    with pytest.raises(ValidationError) as exc:
        Contract.model_validate(contract.model_dump() | {"reviews": [*contract.reviews, early]})
    assert problem(exc) == (
        "Voortgangsgesprek 2, Datum: 30-01-2027 ligt vóór de startdatum van het contract (31-01-2027)"
    )
    with pytest.raises(ValidationError):  # a start moved after a review held is refused too
        Contract.model_validate(contract.model_dump() | {"start": START + dt.timedelta(days=1)})


@pytest.mark.parametrize(("value", "ok"), [(-0.01, False), (0.0, True), (None, True), (1e12, True)])
def test_a_negative_value_is_refused(value: float | None, ok: bool) -> None:
    if ok:
        assert contract_for(agreed(), value=value).value == value
        return
    with pytest.raises(ValidationError) as exc:
        contract_for(agreed(), value=value)
    assert problem(exc) == "Waarde: mag niet negatief zijn"
    assert problem(exc, "en") == "Value: must not be negative"


def test_a_measured_value_in_another_unit_than_the_goals_is_refused() -> None:
    snapshot = agreed()
    review = new_review(snapshot, START)
    goal = review.measurement("circulair", 0)
    assert goal is not None
    goal.value, goal.unit = 3100.0, " Liter per jaar "  # the same unit, written otherwise
    assert review_problems(review, snapshot) == []
    goal.unit = "m3"
    (found,) = review_problems(review, snapshot, 2)
    assert found.text() == (
        "Voortgangsgesprek 2, Gemeten waarde ('Verbruik schoonmaakmiddelen (concentraat)'): eenheid 'm3' "
        "wijkt af van de eenheid van het doel ('liter per jaar')"
    )
    assert "Measured value" in found.text("en")
    review.measurements.append(GoalMeasurement(theme_id="milieu", goal_index=0, value=1.0))
    assert (
        "doel 1 van thema 'milieu' staat niet in vastgestelde versie 1"
        in review_problems(review, snapshot)[1].text()
    )


def test_a_review_of_a_criterion_removed_in_a_later_version_is_refused_there_but_kept_where_it_was() -> None:
    web = cleaning_web()
    first = agreed(web, 1)
    review = new_review(first, START)
    removed = web.criteria.pop(0)
    second = agreed(web, 2)
    assert review_problems(review, first) == []
    moved = review.model_copy(update={"snapshot_id": second.id})
    (found,) = review_problems(moved, second)
    assert found.text() == (
        f"Voortgangsgesprek, Criteria: criterium {removed.id} staat niet (meer) in vastgestelde versie 2"
    )
    contract = contract_for(first)
    contract.reviews = [review]
    assert contract_problems(contract, {first.id: first}) == []
    assert "bestaat niet (meer)" in contract_problems(contract, {})[0].text()


def test_a_promise_belongs_to_an_award_criterion_only() -> None:
    snapshot = agreed()
    review = new_review(snapshot, START)
    requirement = next(c for c in snapshot.session.criteria if c.kind is CriterionKind.REQUIREMENT)
    check = review.check(requirement.id)
    assert check is not None
    check.promised = "zeker"
    assert "alleen bij een gunningscriterium" in review_problems(review, snapshot)[0].text()


def test_a_long_evidence_note_and_markup_are_kept_literally_control_characters_refused() -> None:
    snapshot = agreed()
    review = new_review(snapshot, START)
    evidence = ("<b>factuur</b> & {{x}} \\n <script>alert(1)</script>\t\n" * 2000)[:100_000]
    review.checks[0].evidence = evidence
    review.participants = "<i>Jansen</i> & 'Pietersen'"
    contract = contract_for(snapshot, supplier="Schoon & Zo <B.V.>")
    contract.reviews = [review]
    again = Contract.model_validate_json(contract.model_dump_json())
    assert again.reviews[0].checks[0].evidence == evidence and len(evidence) == 100_000
    assert again.reviews[0].participants == "<i>Jansen</i> & 'Pietersen'"
    assert again.supplier == "Schoon & Zo <B.V.>" and again.manager == "P. de Wit"
    with pytest.raises(ValidationError) as exc:
        contract.model_validate(contract.model_dump() | {"supplier": "Schoon\x1b[31m"})
    assert problem(exc).startswith("Leverancier: bevat een onzichtbaar stuurteken")
    data = contract.model_dump()
    data["reviews"][0]["checks"][0]["evidence"] = "x" * 200_001
    with pytest.raises(ValidationError) as exc:
        Contract.model_validate(data)
    assert problem(exc) == "Voortgangsgesprek 1, Bewijs ontvangen: is te lang (hoogstens 200000 tekens)"


def test_a_realised_level_is_a_whole_number_from_0_to_3_or_unset() -> None:
    snapshot = agreed()
    review = new_review(snapshot, START)
    review.themes[0].level = Level(0)
    assert review.realised(review.themes[0].theme_id) == Level.UNSET
    for wrong in (4, "2", True, -1):
        data = review.model_dump()
        data["themes"][0]["level"] = wrong
        with pytest.raises(ValidationError):
            Review.model_validate(data)


def test_the_overview_puts_overdue_contracts_first_with_their_open_actions_and_share_met() -> None:
    from ambitieweb.model.contract.overview import facts, overview

    snapshot = agreed()
    late = contract_for(snapshot, start=dt.date(2027, 1, 1))  # due 1-7-2027
    soon = contract_for(snapshot, start=dt.date(2027, 3, 1))  # reviewed, due 1-4-2028
    review = new_review(snapshot, dt.date(2027, 10, 1))
    review.checks[0].status, review.checks[1].status = CriterionStatus.MET, CriterionStatus.NOT_MET
    review.actions = [FollowUpAction(what="a"), FollowUpAction(what="b", done=True)]
    soon.reviews = [review]
    unplanned = contract_for(snapshot, start=None, end=None)
    today = dt.date(2027, 10, 2)
    lines = overview([facts(c) for c in (unplanned, soon, late)], {snapshot.session_id: "Schoonmaak"}, today)
    assert [line.contract_id for line in lines] == [late.id, soon.id, unplanned.id]
    assert lines[0].overdue and lines[0].days_late == 93 and lines[0].share_met is None
    assert not lines[1].overdue and lines[1].next_due == dt.date(2028, 4, 1)
    assert lines[1].open_actions == 1 and lines[1].share_met == 0.5 and lines[1].reviews == 1
    assert lines[2].next_due is None and not lines[2].overdue and lines[2].web_title == "Schoonmaak"
    assert [line.next_due for line in lines] == [next_review_due(c) for c in (late, soon, unplanned)]
    due_today = overview([facts(late)], {}, dt.date(2027, 7, 1))[0]
    assert not due_today.overdue and due_today.days_late == 0 and due_today.web_title == ""


def test_a_theme_is_below_only_when_judged_lower_than_a_set_agreed_level() -> None:
    from ambitieweb.model.contract.overview import ThemeState

    assert ThemeState("a", 2, 1).below
    assert not ThemeState("a", 2, 2).below  # equal is not below
    assert not ThemeState("a", 2, None).below  # not judged
    assert not ThemeState("a", 0, 0).below  # nothing agreed
    assert ThemeState("a", 1, 0).below  # realised nothing


def test_the_overview_s_theme_columns_are_the_last_reviews_themes_in_first_seen_order() -> None:
    import dataclasses

    from ambitieweb.model.contract.overview import facts, overview, theme_columns

    snapshot = agreed()
    review = new_review(snapshot, dt.date(2027, 7, 1))
    review.themes[0].level = Level(0)
    contract = contract_for(snapshot, reviews=[review])
    levels = {snapshot.id: {e.theme_id: int(e.ambition) for e in snapshot.session.themes}}
    lines = overview([facts(contract, levels), facts(contract)], {}, dt.date(2027, 8, 1))
    order = [e.theme_id for e in snapshot.session.themes]
    assert theme_columns(lines) == order
    assert [line.themes for line in lines].count(()) == 1  # without its version: no states
    other = dataclasses.replace(lines[0], themes=tuple(reversed(lines[0].themes)))
    assert theme_columns([other, lines[0]]) == list(reversed(order))
    assert theme_columns([]) == []
