"""Making controllers for the tests beside this file, and reading what they stored."""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection

from sqlalchemy import Engine

from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Participant, Role, Session, ThemeEntry
from ambitieweb.store import Repository

KLIMAAT, MILIEU, CIRCULAIR = "Klimaat", "Milieu en biodiversiteit", "Circulair (incl. biobased)"

MADE: list[SessionController] = []


def made(controller: SessionController) -> SessionController:
    """Deleted when the test ends (the `deleted_controllers` fixture)."""
    MADE.append(controller)
    return controller


def make(
    repository: Repository | None, framework: Framework, language: str = "nl", title: str = "Catering 2027"
) -> SessionController:
    session = Session.new(framework, title)
    if repository is not None:
        session = repository.create(session)
    return made(SessionController(session, framework, repository, language))


def failing_save(message: str) -> Callable[..., Session]:
    """A stand-in for `Repository.save` that fails as a full disk or a pulled cable does."""

    def save(_session: Session, _edited: object = None) -> Session:
        raise OSError(message)

    return save


def stored(controller: SessionController) -> Session:
    controller.flush()
    return Repository(controller.repository.engine).get(controller.session.id)


def texts(controller: SessionController) -> list[str]:
    stack = controller.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def theme(controller: SessionController, index: int) -> ThemeEntry:
    """The theme's entry as it is now (read afresh: each undo changes it)."""
    return controller.session.themes[index]


def noor(controller: SessionController) -> str:
    controller.set_participants([Participant(name="Noor", role=Role.INKOPER)])
    return controller.session.participants[0].id


class FarRepository(Repository):
    """A SQLite store that says it is a server: the controller saves through its queue, in a thread.
    `gate` holds the saves (a server that hangs) until it is set; `failure` is raised by the next."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.gate = threading.Event()
        self.gate.set()
        self.failure: Exception | None = None

    @property
    def remote(self) -> bool:
        return True

    def save(self, session: Session, edited: Collection[str] | None = None) -> Session:
        assert self.gate.wait(10)
        if self.failure is not None:
            raise self.failure
        return super().save(session, edited)
