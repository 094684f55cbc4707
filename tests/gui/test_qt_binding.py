"""The Qt binding itself: a bad wheel can crash the program long after start-up."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_qt_calls_leave_the_reference_count_of_none_alone(qtbot: QtBot) -> None:
    # PySide6 6.12 under Python 3.11 dropped a reference to None on every void call, so a session
    # aborted ("deallocating None") after some minutes of painting. pyproject.toml pins around it.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Klimaat")
    assert sys.getrefcount(None) > before - 100
