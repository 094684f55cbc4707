"""Fixtures for the controller's tests: a controller on the test database, deleted when the test ends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.framework import Framework
from ambitieweb.store import Repository
from tests.gui.controller.helpers import MADE, FarRepository, make


@pytest.fixture(autouse=True)
def deleted_controllers(qtbot: QtBot) -> Iterator[None]:
    """Each controller a test made is deleted when it ends, its saves landed: one whose undo steps are
    left to the garbage collector at the end of the run can take the process down with it."""
    yield
    while MADE:
        controller = MADE.pop()
        if isValid(controller):
            controller.flush()
            controller.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def framework(catalogue: Catalogue) -> Framework:
    return catalogue.framework("mvi-nationaal-plan")


@pytest.fixture
def controller(repository: Repository, framework: Framework, qtbot: QtBot) -> Iterator[SessionController]:
    controller = make(repository, framework)
    yield controller
    controller.flush()


@pytest.fixture
def far(repository: Repository, qtbot: QtBot) -> Iterator[FarRepository]:
    far = FarRepository(repository.engine)
    yield far
    far.gate.set()
