"""Pinned behaviour of `store/changes.py` that the round-trip tests do not reach: forgetting a session's
remembered rows, and the error that names the table of two rows with one key."""

from __future__ import annotations

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.levels import Level
from ambitieweb.model.tender import add_criterion, choose
from ambitieweb.store import Repository
from ambitieweb.store.changes import DuplicateKeyError, Rows, SavedRows, child_rows
from ambitieweb.store.tables import criteria, participants
from tests.unit.test_store import make_session

A, B, C = "a" * 32, "b" * 32, "c" * 32


def rows(name: str) -> Rows:
    return {participants: {(name,): {"participant_id": name}}}


def test_a_forgotten_session_has_no_rows_and_the_others_keep_theirs() -> None:
    saved = SavedRows()
    saved.remember(A, 3, rows("a"))
    saved.remember(B, 1, rows("b"))
    saved.forget(A)
    assert saved.get(A, 3) is None
    assert saved.get(B, 1) == rows("b")
    saved.forget(A)  # forgetting twice (or a session never read) is no error
    assert saved.get(B, 1) == rows("b")


def test_as_many_sessions_as_the_size_are_kept_and_then_the_least_used_goes() -> None:
    saved = SavedRows(size=2)
    saved.remember(A, 1, rows("a"))
    saved.remember(B, 1, rows("b"))
    assert (saved.get(A, 1), saved.get(B, 1)) == (rows("a"), rows("b"))  # exactly the size: both kept
    assert saved.get(A, 1) == rows("a")  # A used last: B is now the least used
    saved.remember(C, 1, rows("c"))
    assert saved.get(B, 1) is None
    assert (saved.get(A, 1), saved.get(C, 1)) == (rows("a"), rows("c"))
    saved.remember(A, 2, rows("a2"))  # a newer revision replaces the older, and A is used last again
    saved.remember(B, 1, rows("b"))
    assert (saved.get(A, 1), saved.get(A, 2), saved.get(C, 1)) == (None, rows("a2"), None)


def test_two_criteria_with_one_id_are_refused_naming_the_table(catalogue: Catalogue) -> None:
    session = make_session(catalogue)
    offered = next((s, c) for s in catalogue.criteria_sets for c in s.criteria if c.theme == "klimaat")
    assert add_criterion(session, choose(offered[1], offered[0]))
    [first] = session.criteria
    twin = first.model_copy(update={"title": "Tweede"})
    session.criteria = [first, twin]
    with pytest.raises(DuplicateKeyError) as raised:
        child_rows(session, "", (criteria,))
    assert str(raised.value) == "criteria"
    assert raised.value.table is criteria
    assert (raised.value.row["id"], raised.value.row["title"]) == (first.id, "Tweede")


def test_a_change_to_one_session_leaves_another_with_the_same_themes_alone(
    repository: Repository, catalogue: Catalogue
) -> None:
    """Rows are found by session and key: two sessions share theme ids and goal positions."""
    mine = repository.create(make_session(catalogue, "Schoonmaak"))
    other = repository.create(make_session(catalogue, "Catering"))
    expected = repository.get(other.id)
    mine.entry("klimaat").ambition = Level.AMBITIOUS  # an update of one theme row
    mine.entry("klimaat").goals = []  # a delete of one goal row
    repository.save(mine)
    fresh = Repository(repository.engine)  # remembers nothing: reads what is stored
    assert fresh.get(other.id) == expected
    assert fresh.get(mine.id) == mine
