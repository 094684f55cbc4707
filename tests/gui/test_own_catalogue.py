"""The window's catalogue follows the database's own frameworks and library without reading the
database on the GUI thread: after an import it is read in a worker, and a read that a newer change
overtook is done again rather than applied."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from ambitieweb.gui.main_window import MainWindow
from ambitieweb.model.framework import Framework, check_framework
from ambitieweb.store.frameworks import FrameworkRepository
from ambitieweb.store.library import LibraryRepository
from tests.unit.test_criteria_library import library_criterion
from tests.unit.test_framework_model import own


@pytest.mark.sqlite_only
def test_the_own_frameworks_are_read_in_a_worker_then_the_follow_up_runs(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.repository is not None
    framework = check_framework(own(3))
    FrameworkRepository(window.repository.engine).save(framework)
    LibraryRepository(window.repository.engine).put([library_criterion()])
    threads: list[threading.Thread] = []
    real = FrameworkRepository.all_versions

    def recorded(self: FrameworkRepository) -> list[Framework]:
        threads.append(threading.current_thread())
        return real(self)

    monkeypatch.setattr(FrameworkRepository, "all_versions", recorded)
    followed: list[bool] = []
    job = window.own_frameworks_changed(then=lambda: followed.append(True))
    assert job is not None and followed == []  # nothing read yet on this thread
    with qtbot.waitSignal(job.finished):
        pass
    assert threads and threading.main_thread() not in threads
    assert followed == [True]
    assert window.catalogue is not None and window.catalogue.framework(framework.id) == framework
    assert window.catalogue.library == (library_criterion(),)


@pytest.mark.sqlite_only
def test_a_read_overtaken_by_a_newer_change_is_done_again(window: MainWindow, qtbot: QtBot) -> None:
    assert window.repository is not None and window.catalogue is not None
    followed: list[int] = []

    def follow() -> None:
        assert window.catalogue is not None
        followed.append(len(window.catalogue.library))

    job = window.own_frameworks_changed(then=follow)
    assert job is not None
    LibraryRepository(window.repository.engine).put([library_criterion()])
    window.library_changed([library_criterion()])  # e.g. the library editor stored it meanwhile
    qtbot.waitUntil(lambda: followed != [], timeout=10_000)
    assert followed == [1]  # the first read (maybe without it) was not applied over the newer state
    assert window.catalogue.library == (library_criterion(),)
