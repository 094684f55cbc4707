"""Repository behaviour that mutation testing found unpinned: counting without a search, and the
message when a session to delete is gone."""

from __future__ import annotations

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.session import Session
from ambitieweb.store import Repository, SessionNotFoundError


def test_counting_without_a_search_counts_every_session(repository: Repository, catalogue: Catalogue) -> None:
    framework = catalogue.framework("mvi-nationaal-plan")
    for title in ("Catering", "Schoonmaak", "ICT"):
        repository.create(Session.new(framework, title))
    assert repository.count_sessions() == 3
    assert repository.count_sessions("") == repository.count_sessions("  ") == 3
    assert repository.count_sessions("catering") == 1


def test_deleting_a_session_that_is_gone_names_it(repository: Repository, catalogue: Catalogue) -> None:
    session = repository.create(Session.new(catalogue.framework("mvi-nationaal-plan"), "Weg"))
    repository.delete(session.id)
    with pytest.raises(SessionNotFoundError, match=session.id) as raised:
        repository.delete(session.id)
    assert raised.value.session_id == session.id
    assert repository.count_sessions() == 0
