"""GUI fixtures: the main window on a fresh database holding the example sessions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.store_opener import open_store
from ambitieweb.gui.workspace import workspace as _loaded  # noqa: F401  # as after start-up: sessions open at once


@pytest.fixture(autouse=True)
def engines_closed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Windows a test makes besides the fixture's (a second program, a restart) open databases the
    program would close at exit: close them when the test ends, so no connection outlives it."""
    from sqlalchemy import Engine, create_engine

    import ambitieweb.store.engines as engines

    made: list[Engine] = []
    create = create_engine  # the one engines.py imported

    def recorded(*args: Any, **kwargs: Any) -> Engine:
        made.append(create(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(engines, "create_engine", recorded)
    yield
    for engine in made:
        engine.dispose()


@pytest.fixture
def window(qtbot: QtBot, database_url: str) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert open_store(window, database_url, "nl")
    yield window
    window.close()  # saves still on their way land first
    if window.repository is not None:
        window.repository.close()
