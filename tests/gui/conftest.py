"""GUI fixtures: the main window on a fresh database holding the example sessions."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ambitieweb.gui.app import open_store
from ambitieweb.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, database_url: str) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert open_store(window, database_url, "nl")
    return window
