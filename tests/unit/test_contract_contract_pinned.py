"""Pinned behaviour of `model/contract/contract.py`, `parts.py` and `problems.py`: each review, and in a
review each criterion, theme, goal and action named once, the message numbering the review from one in
Dutch and English; dates as day-month-year; the reviews by date, the same date in the order they were
held; a review's look-ups; the criterion statuses in both languages; a problem named by its field, in a
review by the review's number, a measured value as such."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import (
    CriterionCheck,
    CriterionStatus,
    FollowUpAction,
    GoalMeasurement,
    Review,
    ThemeRealisation,
)
from ambitieweb.model.contract.problems import describe, describe_all, field_label
from ambitieweb.model.levels import Level

A, B, C, D = "a" * 32, "b" * 32, "c" * 32, "d" * 32
DAY = dt.date(2027, 3, 5)


def contract(*reviews: Review, **fields: object) -> Contract:
    return Contract.model_validate({"session_id": A, "reviews": [r.model_dump() for r in reviews]} | fields)


def review(**fields: object) -> Review:
    return Review.model_validate({"date": DAY, "snapshot_id": B} | fields)


def refused(*reviews: Review, **fields: object) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        contract(*reviews, **fields)
    return describe_all(caught.value), describe_all(caught.value, "en")


def test_dates_are_named_day_month_year() -> None:
    assert refused(start=dt.date(2027, 3, 5), end=dt.date(2027, 3, 4)) == (
        "Einddatum: 04-03-2027 ligt vóór de startdatum 05-03-2027",
        "End date: 04-03-2027 lies before the start date 05-03-2027",
    )
    assert contract(start=DAY, end=DAY).end == DAY
    assert contract(end=dt.date(2000, 1, 1)).start is None  # an end without a start
    assert contract(start=DAY).end is None


def test_a_review_before_the_start_is_named_in_both_languages() -> None:
    early = review(date=dt.date(2027, 3, 4))
    assert refused(review(), early, start=DAY) == (
        "Voortgangsgesprek 2, Datum: 04-03-2027 ligt vóór de startdatum van het contract (05-03-2027)",
        "Review 2, Date: 04-03-2027 lies before the contract's start date (05-03-2027)",
    )
    assert contract(early).start is None  # without a start any date will do


def test_a_review_is_named_once() -> None:
    assert refused(review(id=C), review(id=D), review(id=C)) == (
        f"Voortgangsgesprek {C} staat er twee keer in",
        f"Review {C} occurs twice",
    )


@pytest.mark.parametrize(
    ("field", "records", "nl", "en"),
    [
        (
            "checks",
            [CriterionCheck(criterion_id=C), CriterionCheck(criterion_id=D), CriterionCheck(criterion_id=C)],
            f"criterium {C} staat er twee keer in",
            f"criterion {C} occurs twice",
        ),
        (
            "themes",
            [ThemeRealisation(theme_id="klimaat"), ThemeRealisation(theme_id="klimaat", level=2)],
            "thema 'klimaat' staat er twee keer in",
            "theme 'klimaat' occurs twice",
        ),
        (
            "measurements",
            [
                GoalMeasurement(theme_id="klimaat", goal_index=1),
                GoalMeasurement(theme_id="klimaat", goal_index=0),
                GoalMeasurement(theme_id="milieu", goal_index=0),
                GoalMeasurement(theme_id="klimaat", goal_index=1, value=3),
            ],
            "doel klimaat/1 staat er twee keer in",
            "goal klimaat/1 occurs twice",
        ),
        (
            "actions",
            [FollowUpAction(id=C, what="Bellen"), FollowUpAction(id=C, what="Mailen")],
            f"actie {C} staat er twee keer in",
            f"action {C} occurs twice",
        ),
    ],
)
def test_in_a_review_each_record_is_named_once(field: str, records: list[object], nl: str, en: str) -> None:
    assert refused(review(), review(**{field: records})) == (
        f"Voortgangsgesprek 2: {nl}",
        f"Review 2: {en}",
    )
    assert len(getattr(contract(review(**{field: records[1:]})).reviews[0], field)) == len(records) - 1


def test_the_reviews_by_date_and_the_same_date_in_the_order_held() -> None:
    first = dt.datetime(2027, 1, 1, 9, tzinfo=dt.UTC)
    later = review(id=C, date=dt.date(2027, 9, 1), created_at=first)
    same_second = review(id=D, date=DAY, created_at=first + dt.timedelta(hours=1))
    same_first = review(id=B, date=DAY, created_at=first)
    held = contract(later, same_second, same_first)
    assert [r.id for r in held.by_date()] == [B, D, C]
    assert [r.id for r in held.reviews] == [C, D, B]  # kept as entered
    assert held.last_review is not None and held.last_review.id == C
    assert contract().last_review is None
    assert held.review(D).id == D
    with pytest.raises(KeyError):
        held.review(A)


def test_a_reviews_look_ups() -> None:
    held = review(
        checks=[CriterionCheck(criterion_id=C, status=CriterionStatus.MET)],
        themes=[ThemeRealisation(theme_id="klimaat", level=0), ThemeRealisation(theme_id="milieu")],
        measurements=[
            GoalMeasurement(theme_id="klimaat", goal_index=1, value=2.0),
            GoalMeasurement(theme_id="milieu", goal_index=0, value=5.0),
        ],
        actions=[FollowUpAction(what="Open"), FollowUpAction(what="Klaar", done=True)],
    )
    found = held.check(C)
    assert found is not None and found.status is CriterionStatus.MET
    assert held.check(D) is None
    assert held.realised("klimaat") is Level.UNSET  # judged: nothing realised
    assert held.realised("milieu") is None  # not judged
    assert held.realised("circulair") is None  # not in the review
    assert [t.judged for t in held.themes] == [True, False]
    measured = held.measurement("milieu", 0)
    assert measured is not None and measured.value == 5.0
    assert held.measurement("klimaat", 0) is None and held.measurement("milieu", 1) is None
    assert [a.what for a in held.open_actions()] == ["Open"]


@pytest.mark.parametrize(
    ("status", "nl", "en"),
    [
        (CriterionStatus.MET, "nagekomen", "met"),
        (CriterionStatus.PARTLY, "deels", "partly"),
        (CriterionStatus.NOT_MET, "niet", "not met"),
        (CriterionStatus.NOT_YET, "nog niet te beoordelen", "not yet to be judged"),
    ],
)
def test_a_criterion_status_in_dutch_and_english(status: CriterionStatus, nl: str, en: str) -> None:
    assert (status.label(), status.label("nl"), status.label("en"), status.label("fr")) == (nl, nl, en, nl)


def missing(*loc: int | str) -> ErrorDetails:
    return {"type": "missing", "loc": loc, "msg": "Field required", "input": None}


@pytest.mark.parametrize(
    ("loc", "nl", "en"),
    [
        (("supplier",), "Leverancier: ontbreekt", "Supplier: is missing"),
        (("reviews", 1, "date"), "Voortgangsgesprek 2, Datum: ontbreekt", "Review 2, Date: is missing"),
        (
            ("reviews", 0, "measurements", 3, "value"),
            "Voortgangsgesprek 1, Gemeten waarde: ontbreekt",
            "Review 1, Measured value: is missing",
        ),
        (
            ("reviews", 0, "measurements", 3, "unit"),
            "Voortgangsgesprek 1, Eenheid: ontbreekt",
            "Review 1, Unit: is missing",
        ),
        (("reviews", 4), "Voortgangsgesprekken: ontbreekt", "Reviews: is missing"),  # a whole review
        (
            ("reviews", 0, "checks", 0),
            "Voortgangsgesprek 1, Criteria: ontbreekt",
            "Review 1, Criteria: is missing",
        ),
        (
            ("reviews", 2, "checks", 2, "status"),
            "Voortgangsgesprek 3, Status: ontbreekt",
            "Review 3, Status: is missing",
        ),
        (
            ("reviews", 4, "x"),
            "Voortgangsgesprek 5, Voortgangsgesprekken: ontbreekt",
            "Review 5, Reviews: is missing",
        ),
        (("reviews",), "Voortgangsgesprekken: ontbreekt", "Reviews: is missing"),
        (("measurements", 0, "value"), "Gemeten waarde: ontbreekt", "Measured value: is missing"),
        (("value",), "Waarde: ontbreekt", "Value: is missing"),
        (("x", 2), "Ontbreekt", "Is missing"),
        ((), "Ontbreekt", "Is missing"),
    ],
)
def test_a_problem_named_by_its_field_and_review(loc: tuple[int | str, ...], nl: str, en: str) -> None:
    assert describe(missing(*loc)) == nl
    assert describe(missing(*loc), "en") == en


def test_each_reviews_whole_record_is_named_with_the_review() -> None:
    """A check at the same place as its review (the first check of the first review) was named
    without the review: 'Criteria: moet een object zijn'."""
    data = {"session_id": A, "reviews": [{"date": "2027-01-01", "snapshot_id": B, "checks": ["x", "y"]}] * 2}
    with pytest.raises(ValidationError) as caught:
        Contract.model_validate(data)
    assert describe_all(caught.value).splitlines() == [
        "Voortgangsgesprek 1, Criteria: moet een object zijn",
        "Voortgangsgesprek 1, Criteria: moet een object zijn",
        "Voortgangsgesprek 2, Criteria: moet een object zijn",
        "Voortgangsgesprek 2, Criteria: moet een object zijn",
    ]
    assert describe_all(caught.value, "en").splitlines()[0] == "Review 1, Criteria: must be an object"


def test_a_field_label_in_dutch_and_english() -> None:
    assert (field_label("rhythm_months"), field_label("rhythm_months", "en")) == (
        "Ritme (maanden)",
        "Rhythm (months)",
    )
    assert field_label("due", "fr") == "Uiterlijk"
    assert field_label("colour", "en") == "colour"


def test_at_most_ten_problems_and_how_many_more() -> None:
    data = {"session_id": A, "reviews": [{"date": "x", "snapshot_id": B} for _ in range(12)]}
    with pytest.raises(ValidationError) as caught:
        Contract.model_validate(data)
    lines = describe_all(caught.value).splitlines()
    assert len(lines) == 11 and lines[10] == "(+2 meer)"
    assert lines[0].startswith("Voortgangsgesprek 1, Datum: ")
    assert describe_all(caught.value, "en").splitlines()[10] == "(+2 more)"
    assert describe_all(caught.value, limit=12).splitlines()[11].startswith("Voortgangsgesprek 12, Datum")
    assert len(describe_all(caught.value, limit=12).splitlines()) == 12
    assert describe_all(caught.value, "en", limit=11).splitlines()[11] == "(+1 more)"
