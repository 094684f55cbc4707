"""The session controller's saving pinned: before the store is attached, to a file and through the save
queue of a server (a SQLite store that says it is remote: the queue's thread, without a PostgreSQL
server); agreeing; a copy of the session after a refused save."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

import ambitieweb.gui.workspace.controller as controller_module
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import (
    Goal,
    Measure,
    Participant,
    Role,
    Session,
    SessionStatus,
    Snapshot,
)
from ambitieweb.store import Repository
from ambitieweb.store.errors import DuplicateSessionError
from tests.gui.controller.helpers import (
    FarRepository,
    failing_save,
    made,
    make,
    noor,
    stored,
)

# --- before the store is attached ---------------------------------------------------------------


def test_edits_before_the_store_is_attached_are_saved_when_it_is(
    repository: Repository, framework: Framework, qtbot: QtBot
) -> None:
    session = repository.create(Session.new(framework, "Catering 2027"))
    controller = made(SessionController(session, framework, None))
    assert not controller.attached
    with pytest.raises(AssertionError, match=r"^the store is not attached yet$"):
        _ = controller.repository
    with qtbot.assertNotEmitted(controller.saved), qtbot.assertNotEmitted(controller.saveFailed):
        controller.set_ambition(0, Level.BASIS)
        controller.set_rationale(0, "Eerst")
    assert controller.unsaved and not controller.save_now() and not controller.flush()
    with qtbot.waitSignal(controller.saved):
        controller.attach(repository)
    assert controller.attached and controller.repository is repository and not controller.unsaved
    again = Repository(repository.engine).get(session.id)
    assert (again.themes[0].ambition, again.themes[0].rationale) == (Level.BASIS, "Eerst")


def test_attaching_without_edits_saves_nothing(
    repository: Repository, framework: Framework, qtbot: QtBot
) -> None:
    session = repository.create(Session.new(framework, "Catering 2027"))
    controller = made(SessionController(session, framework, None))
    with qtbot.assertNotEmitted(controller.saved):
        controller.attach(repository)
    assert controller.attached and not controller.unsaved and controller.flush()


# --- saving to a file ---------------------------------------------------------------------------


@pytest.mark.sqlite_only  # a server's saves run in a thread: see the save queue's tests below
def test_a_save_says_whether_it_landed(controller: SessionController, qtbot: QtBot) -> None:
    controller.set_ambition(0, Level.BASIS)
    with qtbot.waitSignal(controller.saved):
        assert controller.save_now()
    assert not controller.unsaved
    other = Repository(controller.repository.engine)
    theirs = other.get(controller.session.id)
    theirs.title = "Elders"
    other.save(theirs)
    with qtbot.waitSignal(controller.saveFailed) as failed:
        assert not controller.save_now()
    assert failed.args == [
        "'Catering 2027' is intussen elders gewijzigd. Uw wijziging is niet opgeslagen over die van "
        "een ander heen; laad de sessie opnieuw."
    ]
    assert controller.unsaved and not controller.flush()


def test_a_refused_save_is_told_in_the_sessions_language(
    repository: Repository, framework: Framework, qtbot: QtBot
) -> None:
    controller = make(repository, framework, "en")
    theirs = Repository(repository.engine).get(controller.session.id)
    theirs.title = "Elders"
    Repository(repository.engine).save(theirs)
    with qtbot.waitSignal(controller.saveFailed) as failed:
        controller.set_ambition(0, Level.BASIS)
    assert failed.args == [
        "'Catering 2027' was changed elsewhere in the meantime. Your change was not saved over "
        "someone else's; reload the session."
    ]
    assert controller.unsaved


@pytest.mark.sqlite_only
def test_an_unexpected_failure_is_told_by_its_first_line(
    controller: SessionController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(controller.repository, "save", failing_save("\nkabel eruit\nmeer details"))
    with qtbot.waitSignal(controller.saveFailed) as failed:
        controller.set_focus(0, True)
    assert failed.args == ["Opslaan mislukt: kabel eruit"]
    assert controller.unsaved and controller.session.themes[0].focus
    assert not controller.save_now()  # tried again: still not stored


# --- agreeing -----------------------------------------------------------------------------------


def test_agreeing_freezes_the_session_and_says_so(controller: SessionController, qtbot: QtBot) -> None:
    controller.set_ambition(0, Level.SIGNIFICANT)
    agreed: list[Snapshot] = []
    controller.agreed.connect(agreed.append)
    with qtbot.waitSignal(controller.changed), qtbot.assertNotEmitted(controller.saveFailed):
        snapshot = controller.agree()
    assert snapshot is not None and agreed == [snapshot] and snapshot.number == 1
    assert snapshot.session.themes[0].ambition is Level.SIGNIFICANT
    assert not controller.unsaved and controller.session.status is SessionStatus.AGREED
    assert stored(controller).status is SessionStatus.AGREED


def test_an_edit_after_agreeing_is_a_draft_and_undo_makes_it_agreed_again(
    controller: SessionController, qtbot: QtBot
) -> None:
    controller.set_ambition(0, Level.SIGNIFICANT)
    assert controller.agree() is not None
    controller.set_ambition(0, Level.AMBITIOUS)
    assert stored(controller).status is SessionStatus.DRAFT
    controller.undo_stack.undo()
    again = stored(controller)
    assert again.status is SessionStatus.AGREED and again.themes[0].ambition is Level.SIGNIFICANT


@pytest.mark.sqlite_only  # a server's saves run in a thread and compare every row
def test_after_agreeing_a_save_is_told_only_the_new_edits(
    controller: SessionController, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.set_participants([Participant(name="Noor", role=Role.INKOPER)])
    controller.set_details(title="Catering 2028")
    real_save = controller.repository.save
    told: list[set[str]] = []

    def spy(session: Session, edited: Collection[str] | None = None) -> Session:
        told.append(set(edited or ()))
        return real_save(session, edited)

    monkeypatch.setattr(controller.repository, "save", failing_save("disk full"))
    controller.set_max_focus(3)  # not saved: the agreement writes it
    monkeypatch.setattr(controller.repository, "save", real_save)
    assert controller.agree() is not None and not controller.unsaved
    monkeypatch.setattr(controller.repository, "save", spy)
    controller.set_focus(0, True)
    assert told == [{"themes", "status"}]


@pytest.mark.sqlite_only
def test_agreeing_waits_for_a_save_that_fails(
    controller: SessionController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(controller.repository, "save", failing_save("disk full"))
    controller.set_ambition(0, Level.BASIS)
    with qtbot.assertNotEmitted(controller.agreed), qtbot.waitSignal(controller.saveFailed) as failed:
        assert controller.agree() is None
    assert failed.args == ["Opslaan mislukt: disk full"]
    assert controller.repository.snapshots(controller.session.id) == []
    assert controller.session.status is SessionStatus.DRAFT


@pytest.mark.sqlite_only  # a server's saves run in a thread: see the save queue's tests below
def test_a_refused_agreement_is_told(controller: SessionController, qtbot: QtBot) -> None:
    controller.set_ambition(0, Level.BASIS)
    other = Repository(controller.repository.engine)
    theirs = other.get(controller.session.id)
    theirs.title = "Elders"
    other.save(theirs)
    with qtbot.assertNotEmitted(controller.agreed), qtbot.waitSignal(controller.saveFailed) as failed:
        assert controller.agree() is None
    assert failed.args[0].startswith("'Catering 2027' is intussen elders gewijzigd.")
    assert other.snapshots(controller.session.id) == []


# --- a copy after a refused save ----------------------------------------------------------------


def test_my_version_is_kept_as_a_copy(controller: SessionController, qtbot: QtBot) -> None:
    other = Repository(controller.repository.engine)
    theirs = other.get(controller.session.id)
    theirs.title = "Elders"
    other.save(theirs)
    controller.set_ambition(2, Level.AMBITIOUS)
    copy = controller.save_as_copy()
    assert copy is not None and copy.id != controller.session.id
    kept = other.get(copy.id)
    assert kept.title == "Catering 2027 (mijn versie)" and kept.themes[2].ambition is Level.AMBITIOUS
    assert other.get(controller.session.id).title == "Elders"


@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("nl", "Sessie 'Catering 2027 (mijn versie)' staat al in de database."),
        ("en", "Session 'Catering 2027 (mijn versie)' is already in the database."),
    ],
)
def test_a_copy_that_cannot_be_stored_is_told_in_the_sessions_language(
    repository: Repository,
    framework: Framework,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    told: str,
) -> None:
    controller = make(repository, framework, language)

    def refused(session: Session) -> Session:
        raise DuplicateSessionError(session.title)

    monkeypatch.setattr(controller.repository, "create", refused)
    with qtbot.waitSignal(controller.saveFailed) as failed:
        assert controller.save_as_copy() is None
    assert failed.args == [told]


# --- saving to a server: through the save queue ---------------------------------------------------


@pytest.mark.sqlite_only
def test_a_save_to_a_server_runs_in_the_background(
    far: FarRepository, framework: Framework, qtbot: QtBot
) -> None:
    controller = make(far, framework)
    far.gate.clear()
    with qtbot.assertNotEmitted(controller.saved, wait=50):
        controller.set_ambition(0, Level.BASIS)
        assert controller.unsaved  # on its way
        assert not controller.save_now()  # not stored yet
    with qtbot.waitSignal(controller.saved, timeout=5000):
        far.gate.set()
    assert not controller.unsaved
    again = Repository(far.engine).get(controller.session.id)
    assert again.themes[0].ambition is Level.BASIS
    assert (controller.session.revision, controller.session.updated_at) == (again.revision, again.updated_at)
    controller.set_ambition(1, Level.BASIS)  # the next save starts from the revision the last one made
    assert controller.flush() and not controller.unsaved
    assert Repository(far.engine).get(controller.session.id) == controller.session


@pytest.mark.sqlite_only
def test_a_refused_save_to_a_server_is_told_and_kept(
    far: FarRepository, framework: Framework, qtbot: QtBot
) -> None:
    controller = make(far, framework, "en")
    other = Repository(far.engine)
    theirs = other.get(controller.session.id)
    theirs.title = "Elders"
    other.save(theirs)
    with qtbot.waitSignal(controller.saveFailed, timeout=5000) as failed:
        controller.set_ambition(0, Level.BASIS)
    assert failed.args == [
        "'Catering 2027' was changed elsewhere in the meantime. Your change was not saved over "
        "someone else's; reload the session."
    ]
    assert (
        controller.unsaved and not controller.flush() and controller.session.themes[0].ambition is Level.BASIS
    )
    assert other.get(controller.session.id).title == "Elders"


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("error", "told"),
    [
        (OSError("kabel eruit\nmeer"), "Opslaan mislukt: kabel eruit"),
        (OSError("\nkabel eruit"), "Opslaan mislukt: ?"),  # the queue names only the first line
    ],
)
def test_an_unexpected_failure_of_a_server_is_told(
    far: FarRepository, framework: Framework, qtbot: QtBot, error: Exception, told: str
) -> None:
    controller = make(far, framework)
    far.failure = error
    with qtbot.waitSignal(controller.saveFailed, timeout=5000) as failed:
        controller.set_focus(0, True)
    assert failed.args == [told]
    assert controller.unsaved
    far.failure = None
    with qtbot.waitSignal(controller.saved, timeout=5000):
        controller.set_focus(1, True)  # the server is back: the next save takes both
    assert not controller.unsaved
    assert [e.focus for e in Repository(far.engine).get(controller.session.id).themes[:2]] == [True, True]


@pytest.mark.sqlite_only
def test_a_slow_server_is_told_once_and_the_edit_lands_later(
    far: FarRepository, framework: Framework, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(controller_module, "SLOW_SAVE_MS", 100)
    controller = make(far, framework)
    told: list[str] = []
    controller.saveFailed.connect(told.append)
    far.gate.clear()
    controller.set_rationale(0, "Terwijl de server hangt")
    qtbot.wait(450)
    assert told == [
        "De database antwoordt nog niet. Uw wijziging is nog niet opgeslagen en blijft op het scherm; "
        "zodra de database antwoordt, wordt ze bewaard."
    ]
    with qtbot.waitSignal(controller.saved, timeout=5000):
        far.gate.set()
    assert not controller.unsaved and len(told) == 1
    assert Repository(far.engine).get(controller.session.id).themes[0].rationale == "Terwijl de server hangt"


@pytest.mark.sqlite_only
def test_a_quick_server_is_not_called_slow(
    far: FarRepository, framework: Framework, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(controller_module, "SLOW_SAVE_MS", 200)
    monkeypatch.setattr(controller_module, "POLL_MS", 1000)  # the save is done before the window looks
    controller = make(far, framework)
    assert controller.flush()  # nothing to wait for, nothing to report
    with (
        qtbot.assertNotEmitted(controller.saveFailed, wait=500),
        qtbot.waitSignal(controller.saved, timeout=5000),
    ):
        controller.set_rationale(0, "Snel")


@pytest.mark.sqlite_only
def test_agreeing_on_a_server_waits_for_the_saves_and_the_next_ones_land(
    far: FarRepository, framework: Framework, qtbot: QtBot
) -> None:
    controller = make(far, framework)
    controller.set_ambition(0, Level.SIGNIFICANT)
    controller.set_rationale(0, "Vastgesteld")
    snapshot = controller.agree()
    assert snapshot is not None and snapshot.session.themes[0].rationale == "Vastgesteld"
    with qtbot.assertNotEmitted(controller.saveFailed), qtbot.waitSignal(controller.saved, timeout=5000):
        controller.set_ambition(0, Level.AMBITIOUS)  # the queue knows the revision agreeing made
    again = Repository(far.engine).get(controller.session.id)
    assert again.themes[0].ambition is Level.AMBITIOUS and again.status is SessionStatus.DRAFT


@pytest.mark.sqlite_only
def test_the_save_thread_ends_with_the_controller(
    far: FarRepository, framework: Framework, qtbot: QtBot
) -> None:
    before = set(threading.enumerate())
    controller = make(far, framework)
    [thread] = [t for t in threading.enumerate() if t not in before and t.name == "ambitieweb-save"]
    controller.set_ambition(0, Level.BASIS)
    assert controller.flush()
    controller.deleteLater()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)


@pytest.mark.sqlite_only
def test_the_save_thread_ends_with_the_window_that_owns_the_controller(
    far: FarRepository, framework: Framework, qtbot: QtBot
) -> None:
    window = QObject()
    before = set(threading.enumerate())
    session = far.create(Session.new(framework, "Catering 2027"))
    controller = SessionController(session, framework, far, "nl", window)  # kept, as the room does
    [thread] = [t for t in threading.enumerate() if t not in before and t.name == "ambitieweb-save"]
    window.deleteLater()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    del controller  # held all along: the window deleted it


EDITS: dict[str, Callable[[SessionController, str], None]] = {
    "ambition": lambda c, _p: c.set_ambition(1, Level.AMBITIOUS),
    "current": lambda c, _p: c.set_current(1, Level.BASIS),
    "rationale": lambda c, _p: c.set_rationale(1, "Omdat"),
    "focus": lambda c, _p: c.set_focus(1, True),
    "max_focus": lambda c, _p: c.set_max_focus(2),
    "goals": lambda c, _p: c.set_goals(1, [Goal(indicator="CO2")]),
    "measures": lambda c, _p: c.set_measures(1, [Measure(what="Fietsen")]),
    "vote": lambda c, person: c.set_vote(1, person, Level.SIGNIFICANT),
    "tally": lambda c, _p: c.set_tally(1, (2, 0, 1)),
    "minutes": lambda c, _p: c.set_minutes(1, 20),
}


@pytest.mark.parametrize("edit", EDITS)
def test_one_undo_takes_back_exactly_that_edit(controller: SessionController, edit: str) -> None:
    """Each step keeps what it changed itself (a later step that looks at the whole session must not
    take over its change): the last edit undone, the session is as before it, and redo makes it again."""
    person = noor(controller)
    controller.set_details(organisation="Gemeente X")
    before = controller.content()
    EDITS[edit](controller, person)
    after = controller.content()
    assert after != before
    controller.undo_stack.undo()
    assert controller.content() == before and stored(controller) == controller.session
    controller.undo_stack.redo()
    assert controller.content() == after and stored(controller) == controller.session
    controller.set_details(facilitator="Sam")  # looks at the whole session
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.content() == before


@pytest.mark.parametrize(
    ("language", "told"),
    [
        (
            "nl",
            "'Catering 2027' is intussen elders gewijzigd. Uw wijziging is niet opgeslagen over die van "
            "een ander heen; laad de sessie opnieuw.",
        ),
        (
            "en",
            "'Catering 2027' was changed elsewhere in the meantime. Your change was not saved over "
            "someone else's; reload the session.",
        ),
    ],
)
def test_a_refused_agreement_is_told_in_the_sessions_language(
    repository: Repository, framework: Framework, qtbot: QtBot, language: str, told: str
) -> None:
    controller = make(repository, framework, language)
    other = Repository(repository.engine)
    theirs = other.get(controller.session.id)
    theirs.title = "Elders"
    other.save(theirs)
    with qtbot.waitSignal(controller.saveFailed) as failed:
        assert controller.agree() is None
    assert failed.args == [told]


def test_flushing_with_nothing_unsaved_writes_nothing(controller: SessionController, qtbot: QtBot) -> None:
    controller.set_ambition(0, Level.BASIS)
    revision = stored(controller).revision
    with qtbot.assertNotEmitted(controller.saved), qtbot.assertNotEmitted(controller.saveFailed):
        assert controller.flush()
    assert stored(controller).revision == revision == controller.session.revision


@pytest.mark.sqlite_only
def test_flushing_gives_up_on_a_hung_server_after_its_timeout(
    far: FarRepository, framework: Framework, qtbot: QtBot
) -> None:
    controller = make(far, framework)
    far.gate.clear()
    controller.set_ambition(0, Level.BASIS)
    started = time.monotonic()
    assert not controller.flush(0.2)
    assert time.monotonic() - started < 2 and controller.unsaved
    far.gate.set()
    assert controller.flush() and not controller.unsaved


@pytest.mark.sqlite_only
def test_a_save_to_a_server_writes_the_session_as_it_was_handed_over(
    far: FarRepository, framework: Framework, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save thread writes a copy: an edit made while a save is on its way is not in that save
    (the thread never reads what the window is changing), it goes in the next one."""
    written: list[tuple[Level, Level]] = []
    real_save = Repository.save

    def spy(self: Repository, session: Session, edited: Collection[str] | None = None) -> Session:
        written.append((session.themes[0].ambition, session.themes[1].ambition))
        return real_save(self, session, edited)

    monkeypatch.setattr(Repository, "save", spy)
    controller = make(far, framework)
    far.gate.clear()
    controller.set_ambition(0, Level.BASIS)
    qtbot.wait(100)  # the thread has taken it and waits for the server
    controller.set_ambition(1, Level.AMBITIOUS)
    far.gate.set()
    assert controller.flush()
    assert written == [(Level.BASIS, Level.UNSET), (Level.BASIS, Level.AMBITIOUS)]
