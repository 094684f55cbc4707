"""The save queue (saves to a server in a thread): in order, the newest content wins, stale saves are
still refused, and it never calls back into the window."""

from __future__ import annotations

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session
from ambitieweb.store import Repository, StaleSessionError
from ambitieweb.store.save_queue import SaveQueue


def test_many_quick_saves_land_in_order_with_the_newest_content(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(Session.new(catalogue.framework("duurzaam-gww"), "Kade"))
    queue = SaveQueue(repository, session.revision)
    for step in range(60):
        session.themes[step % 12].ambition = Level(step % 4)
        session.themes[0].rationale = f"stap {step}"
        queue.put(session.model_copy(deep=True))
    assert queue.wait(30) and queue.idle
    results = queue.take_results()
    assert results and all(r.error is None for r in results)
    assert [r.revision for r in results] == list(range(1, len(results) + 1))  # one after another
    assert len(results) <= 60  # content waiting behind a running save was replaced, not queued
    stored = repository.get(session.id)
    assert stored.themes[0].rationale == "stap 59"
    assert stored.model_dump(exclude={"revision", "updated_at"}) == session.model_dump(
        exclude={"revision", "updated_at"}
    )
    queue.close()


def test_a_save_over_someone_elses_is_refused_and_reported(
    repository: Repository, catalogue: Catalogue
) -> None:
    session = repository.create(Session.new(catalogue.framework("duurzaam-gww"), "Kade"))
    queue = SaveQueue(repository, session.revision)
    theirs = repository.get(session.id)
    theirs.title = "Van een collega"
    repository.save(theirs)
    session.themes[0].ambition = Level.AMBITIOUS
    queue.put(session.model_copy(deep=True))
    assert queue.wait(30)
    [result] = queue.take_results()
    assert isinstance(result.error, StaleSessionError) and result.revision == 0
    assert repository.get(session.id).title == "Van een collega"
    queue.rebase(theirs.revision)  # after reloading: the queue saves on top of theirs
    queue.put(session.model_copy(deep=True))
    assert queue.wait(30)
    [result] = queue.take_results()
    assert result.error is None and result.revision == theirs.revision + 1
    queue.close()


def test_closing_ends_the_thread(repository: Repository, catalogue: Catalogue) -> None:
    session = repository.create(Session.new(catalogue.framework("duurzaam-gww"), "Kade"))
    queue = SaveQueue(repository, session.revision)
    queue.put(session.model_copy(deep=True))
    queue.close()
    queue._thread.join(10)
    assert not queue._thread.is_alive()
    assert repository.get(session.id).revision == 1  # the save it was given still landed
