"""Pinned behaviour of `model/contract/rules.py`: a contract without an end, and every problem of a
review in full, in Dutch and English, numbered as the list shows the reviews (or not numbered), in order,
each review checked however many problems the one before had."""

from __future__ import annotations

import datetime as dt

from ambitieweb.model.contract.parts import GoalMeasurement, Review, ThemeRealisation
from ambitieweb.model.contract.rules import contract_problems, due_after, new_review, review_problems
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.plan.problems import ProblemError
from ambitieweb.model.session import Snapshot
from tests.contract_data import START, agreed, contract_for

INDICATOR = "Verbruik schoonmaakmiddelen (concentraat)"


def texts(problems: list[ProblemError]) -> list[tuple[str, str]]:
    return [(p.text(), p.text("en")) for p in problems]


def test_without_an_end_the_next_review_is_a_rhythm_after_the_last() -> None:
    assert due_after(dt.date(2027, 1, 31), None, 1, None) == dt.date(2027, 2, 28)
    assert due_after(dt.date(2027, 1, 31), None, 6, dt.date(2027, 8, 15)) == dt.date(2028, 2, 15)


def test_a_review_of_another_version_says_so_and_nothing_else() -> None:
    first, second = agreed(number=1), agreed(number=2)
    review = new_review(first, START)
    review.themes.append(ThemeRealisation(theme_id="onbekend"))  # not looked at
    assert texts(review_problems(review, second)) == [
        ("Voortgangsgesprek: hoort bij een andere versie", "Review: belongs to another version")
    ]
    assert texts(review_problems(review, second, 4)) == [
        ("Voortgangsgesprek 4: hoort bij een andere versie", "Review 4: belongs to another version")
    ]


def broken_review(snapshot: Snapshot) -> Review:
    """A review with one of each problem: a criterion not in the version, a promise on a requirement, a
    goal of a theme the web lacks, a value in another unit, a theme the web lacks."""
    review = new_review(snapshot, START)
    requirement = next(c for c in snapshot.session.criteria if c.kind is CriterionKind.REQUIREMENT)
    check = review.check(requirement.id)
    assert check is not None
    check.promised = "zeker"
    review.checks.insert(0, review.checks[0].model_copy(update={"criterion_id": "f" * 32}))
    review.measurements.insert(0, GoalMeasurement(theme_id="onbekend", goal_index=1, value=1.0))
    goal = review.measurement("circulair", 0)
    assert goal is not None
    goal.value, goal.unit = 3100.0, "m3"
    review.themes.append(ThemeRealisation(theme_id="onbekend"))
    return review


def test_each_problem_of_a_review_in_dutch_and_english() -> None:
    snapshot = agreed()
    review = broken_review(snapshot)
    requirement = next(c for c in snapshot.session.criteria if c.kind is CriterionKind.REQUIREMENT)
    missing = "f" * 32
    assert texts(review_problems(review, snapshot)) == [
        (
            f"Voortgangsgesprek, Criteria: criterium {missing} staat niet (meer) in vastgestelde versie 1",
            f"Review, Criteria: criterion {missing} is not (any longer) in agreed version 1",
        ),
        (
            f"Voortgangsgesprek, Toegezegd in de inschrijving: alleen bij een gunningscriterium "
            f"('{requirement.title}')",
            f"Review, Promised in the bid: only for an award criterion ('{requirement.title}')",
        ),
        (
            "Voortgangsgesprek, Doelen: doel 2 van thema 'onbekend' staat niet in vastgestelde versie 1",
            "Review, Goals: goal 2 of theme 'onbekend' is not in agreed version 1",
        ),
        (
            f"Voortgangsgesprek, Gemeten waarde ('{INDICATOR}'): eenheid 'm3' wijkt af van de eenheid van "
            "het doel ('liter per jaar')",
            f"Review, Measured value ('{INDICATOR}'): unit 'm3' differs from the goal's unit "
            "('liter per jaar')",
        ),
        (
            "Voortgangsgesprek, Thema's: thema 'onbekend' staat niet in vastgestelde versie 1",
            "Review, Themes: theme 'onbekend' is not in agreed version 1",
        ),
    ]
    numbered = texts(review_problems(review, snapshot, 3))
    assert [en.split(",")[0] for _nl, en in numbered] == ["Review 3"] * 5
    assert [nl.split(",")[0] for nl, _en in numbered] == ["Voortgangsgesprek 3"] * 5


def test_a_contracts_reviews_are_numbered_from_one_and_each_is_checked() -> None:
    snapshot = agreed()
    fine = new_review(snapshot, START)
    gone = new_review(snapshot, START).model_copy(update={"snapshot_id": "e" * 32})
    theme_only = new_review(snapshot, START)
    theme_only.themes.append(ThemeRealisation(theme_id="onbekend"))
    contract = contract_for(snapshot)
    also_gone = new_review(snapshot, START).model_copy(update={"snapshot_id": "d" * 32})
    contract.reviews = [gone, theme_only, fine, also_gone]
    assert texts(contract_problems(contract, {snapshot.id: snapshot})) == [
        (
            "Voortgangsgesprek 1: de vastgestelde versie die het toetst bestaat niet (meer)",
            "Review 1: the agreed version it checks does not exist (any more)",
        ),
        (
            "Voortgangsgesprek 2, Thema's: thema 'onbekend' staat niet in vastgestelde versie 1",
            "Review 2, Themes: theme 'onbekend' is not in agreed version 1",
        ),
        (
            "Voortgangsgesprek 4: de vastgestelde versie die het toetst bestaat niet (meer)",
            "Review 4: the agreed version it checks does not exist (any more)",
        ),
    ]
