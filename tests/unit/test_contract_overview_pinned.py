"""Pinned behaviour of `model/contract/overview.py`: a line per contract with its web, supplier and
manager; the next review never after the end; days late only when overdue; no open actions and no share
without a review; the order (overdue, longest late first, then by the next review's day, those without
one last, then by title); the facts of a contract: criteria met and judged per review, the themes of the
last review only (the same date: the one held last)."""

from __future__ import annotations

import datetime as dt

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.overview import (
    ContractFacts,
    ReviewFacts,
    ThemeState,
    facts,
    overview,
    theme_states,
)
from ambitieweb.model.contract.parts import (
    CriterionCheck,
    CriterionStatus,
    FollowUpAction,
    Review,
    ThemeRealisation,
)

A, B, C, D = "a" * 32, "b" * 32, "c" * 32, "d" * 32
TODAY = dt.date(2027, 10, 2)
NOON = dt.datetime(2027, 1, 1, 12, tzinfo=dt.UTC)


def contract_facts(
    contract_id: str = A,
    session_id: str = B,
    start: dt.date | None = dt.date(2027, 1, 1),
    end: dt.date | None = None,
    *reviews: ReviewFacts,
    rhythm: int = 6,
) -> ContractFacts:
    return ContractFacts(
        contract_id, session_id, "Schoon & Zo", "P. de Wit", start, end, rhythm, tuple(reviews)
    )


def test_a_line_names_the_contract_its_web_supplier_and_manager() -> None:
    [line] = overview([contract_facts(A, B)], {B: "Schoonmaak"}, TODAY)
    assert (line.contract_id, line.session_id, line.web_title) == (A, B, "Schoonmaak")
    assert (line.supplier, line.manager) == ("Schoon & Zo", "P. de Wit")
    assert (line.reviews, line.open_actions, line.share_met, line.themes) == (0, 0, None, ())


def test_the_next_review_is_never_after_the_end() -> None:
    [line] = overview([contract_facts(end=dt.date(2027, 5, 1))], {}, dt.date(2027, 4, 1))
    assert line.next_due == dt.date(2027, 5, 1) and not line.overdue


def test_days_late_only_when_overdue() -> None:
    [ahead] = overview([contract_facts(start=dt.date(2027, 9, 1))], {}, TODAY)  # due 1-3-2028
    assert (ahead.next_due, ahead.overdue, ahead.days_late) == (dt.date(2028, 3, 1), False, 0)
    [late] = overview([contract_facts(start=dt.date(2027, 1, 1))], {}, TODAY)  # due 1-7-2027
    assert (late.overdue, late.days_late) == (True, 93)


def test_the_order_overdue_then_by_day_then_without_a_day_then_by_title() -> None:
    contracts = [
        contract_facts("1" * 32, "5" * 32, None),  # no review planned
        contract_facts("2" * 32, "6" * 32, dt.date(2027, 9, 1)),  # due 1-3-2028
        contract_facts("3" * 32, "7" * 32, dt.date(2027, 6, 1)),  # due 1-12-2027
        contract_facts("4" * 32, "8" * 32, dt.date(2027, 1, 1)),  # due 1-7-2027, 93 days late
        contract_facts("9" * 32, "0" * 32, dt.date(2027, 3, 1)),  # due 1-9-2027, 31 days late
        contract_facts(A, C, dt.date(2027, 6, 1)),  # due 1-12-2027 too: by title
    ]
    titles = {"5" * 32: "A", "6" * 32: "B", "7" * 32: "Z", "8" * 32: "Y", "0" * 32: "X", C: "M"}
    lines = overview(contracts, titles, TODAY)
    assert [line.web_title for line in lines] == ["Y", "X", "M", "Z", "B", "A"]


def test_open_actions_and_share_met_of_the_last_review() -> None:
    earlier = ReviewFacts(dt.date(2027, 3, 1), NOON, met=1, judged=1, open_actions=4)
    last = ReviewFacts(dt.date(2027, 7, 1), NOON, met=1, judged=3, open_actions=2)
    nothing_judged = ReviewFacts(dt.date(2027, 8, 1), NOON, met=0, judged=0, open_actions=0)
    [line] = overview([contract_facts(A, B, dt.date(2027, 1, 1), None, last, earlier)], {}, TODAY)
    assert (line.open_actions, line.share_met, line.reviews) == (2, 1 / 3, 2)
    [line] = overview([contract_facts(A, B, dt.date(2027, 1, 1), None, last, nothing_judged)], {}, TODAY)
    assert line.share_met is None


def review(day: dt.date, snapshot: str, created: dt.datetime = NOON, **fields: object) -> Review:
    return Review.model_validate({"date": day, "snapshot_id": snapshot, "created_at": created} | fields)


def test_the_facts_of_a_contract() -> None:
    checks = [
        CriterionCheck(criterion_id=A, status=CriterionStatus.MET),
        CriterionCheck(criterion_id=B, status=CriterionStatus.PARTLY),
        CriterionCheck(criterion_id=C, status=CriterionStatus.NOT_YET),
        CriterionCheck(criterion_id=D, status=CriterionStatus.MET),
    ]
    themes = [ThemeRealisation(theme_id="klimaat", level=1), ThemeRealisation(theme_id="milieu")]
    first = review(dt.date(2027, 6, 1), C, checks=checks, themes=themes)
    second = review(
        dt.date(2027, 6, 1),
        D,
        NOON + dt.timedelta(hours=1),
        themes=themes,
        actions=[FollowUpAction(what="a"), FollowUpAction(what="b", done=True), FollowUpAction(what="c")],
    )
    contract = Contract(
        session_id=B,
        supplier="Schoon & Zo",
        manager="P. de Wit",
        start=dt.date(2027, 1, 1),
        end=dt.date(2029, 1, 1),
        rhythm_months=4,
        reviews=[second, first],
    )
    agreed = {C: {"klimaat": 2}, D: {"klimaat": 2, "milieu": 1, "circulair": 3}}
    found = facts(contract, agreed)
    assert (found.id, found.session_id, found.supplier, found.manager) == (
        contract.id,
        B,
        "Schoon & Zo",
        "P. de Wit",
    )
    assert (found.start, found.end, found.rhythm_months) == (dt.date(2027, 1, 1), dt.date(2029, 1, 1), 4)
    assert [(r.met, r.judged, r.open_actions) for r in found.reviews] == [(0, 0, 2), (2, 3, 0)]
    assert [r.created_at for r in found.reviews] == [second.created_at, first.created_at]
    assert found.reviews[0].themes == (
        ThemeState("klimaat", 2, 1),
        ThemeState("milieu", 1, None),
        ThemeState("circulair", 3, None),
    )
    assert found.reviews[1].themes == ()  # only the last review's
    assert found.last is found.reviews[0]
    assert facts(contract).reviews[0].themes == ()  # its version unknown
    assert contract_facts().last is None


def test_theme_states_without_a_version_are_none() -> None:
    held = review(dt.date(2027, 6, 1), C, themes=[ThemeRealisation(theme_id="klimaat", level=3)])
    assert theme_states(held, None) == ()
    assert theme_states(held, {}) == ()
    assert theme_states(held, {"klimaat": 3}) == (ThemeState("klimaat", 3, 3),)
