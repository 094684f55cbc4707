"""The session controller pinned (issue 14, mutation testing): each edit's undo text, in Dutch with the
levels in the session's language; an edit that changes nothing is no step; which edits merge into one
step; undo and redo of each edit, saved; agreeing; saving before the store is attached, to a file and
through the save queue of a server (a SQLite store that says it is remote: the queue's thread, without
a PostgreSQL server); a copy of the session after a refused save; the views rebuilt when the themes
change."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import Engine

import ambitieweb.gui.workspace.controller as controller_module
from ambitieweb.catalogue import Catalogue
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
    ThemeEntry,
)
from ambitieweb.store import Repository
from ambitieweb.store.errors import DuplicateSessionError

KLIMAAT, MILIEU, CIRCULAIR = "Klimaat", "Milieu en biodiversiteit", "Circulair (incl. biobased)"


_MADE: list[SessionController] = []


def made(controller: SessionController) -> SessionController:
    """Deleted when the test ends (`deleted_controllers`)."""
    _MADE.append(controller)
    return controller


@pytest.fixture(autouse=True)
def deleted_controllers(qtbot: QtBot) -> Iterator[None]:
    """Each controller a test made is deleted when it ends, its saves landed: one whose undo steps are
    left to the garbage collector at the end of the run can take the process down with it."""
    yield
    while _MADE:
        controller = _MADE.pop()
        if isValid(controller):
            controller.flush()
            controller.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def framework(catalogue: Catalogue) -> Framework:
    return catalogue.framework("mvi-nationaal-plan")


def failing_save(message: str) -> Callable[..., Session]:
    """A stand-in for `Repository.save` that fails as a full disk or a pulled cable does."""

    def save(_session: Session, _edited: object = None) -> Session:
        raise OSError(message)

    return save


def make(
    repository: Repository | None, framework: Framework, language: str = "nl", title: str = "Catering 2027"
) -> SessionController:
    session = Session.new(framework, title)
    if repository is not None:
        session = repository.create(session)
    return made(SessionController(session, framework, repository, language))


@pytest.fixture
def controller(repository: Repository, framework: Framework, qtbot: QtBot) -> Iterator[SessionController]:
    controller = make(repository, framework)
    yield controller
    controller.flush()


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


# --- undo texts ---------------------------------------------------------------------------------


def test_each_edit_is_one_step_named_in_dutch(controller: SessionController) -> None:
    person = noor(controller)
    controller.set_ambition(0, Level.AMBITIOUS)
    controller.set_current(1, Level.BASIS)
    controller.set_rationale(2, "Omdat het kan.")
    controller.set_focus(0, True)
    controller.set_max_focus(4)
    controller.set_goals(1, [Goal(indicator="CO2", target=5, unit="ton")])
    controller.set_measures(2, [Measure(what="Elektrisch rijden")])
    controller.set_vote(0, person, Level.SIGNIFICANT)
    controller.set_vote(0, person, Level.UNSET)
    controller.set_vote(1, "f" * 32, Level.BASIS)  # not (or no longer) a participant
    controller.set_tally(1, (1, 2, 3))
    controller.set_minutes(2, 15)
    controller.set_details(title="Catering 2028")
    assert texts(controller) == [
        "Deelnemers",
        f"Ambitie {KLIMAAT}: ambitieus",
        f"Huidige situatie {MILIEU}: basis",
        f"Onderbouwing {CIRCULAIR}",
        f"Focusthema {KLIMAAT}",
        "Hoogstens 4 focusthema's",
        f"Doelen {MILIEU}",
        f"Maatregelen {CIRCULAIR}",
        f"Stem Noor op {KLIMAAT}: significant",
        f"Stem Noor op {KLIMAAT} ingetrokken",
        f"Stem ? op {MILIEU}: basis",
        f"Telling {MILIEU}",
        f"Agenda {CIRCULAIR}",
        "Sessiegegevens",
    ]


def test_the_levels_in_an_undo_text_are_in_the_sessions_language(
    repository: Repository, framework: Framework, qtbot: QtBot
) -> None:
    controller = make(repository, framework, "en")
    person = noor(controller)
    controller.set_ambition(0, Level.AMBITIOUS)
    controller.set_current(1, Level.BASIS)
    controller.set_vote(2, person, Level.AMBITIOUS)
    assert texts(controller)[1:] == [
        f"Ambitie {KLIMAAT}: ambitious",
        f"Huidige situatie {MILIEU}: basic",
        f"Stem Noor op {CIRCULAIR}: ambitious",
    ]
    controller.flush()


def test_a_theme_the_framework_does_not_know_is_named_by_its_id(
    controller: SessionController, framework: Framework
) -> None:
    controller.session.themes[0].theme_id = "verdwenen-thema"
    assert controller.theme_name(0) == "verdwenen-thema"
    assert controller.theme_name(1) == MILIEU
    controller.set_rationale(0, "Toch")
    assert controller.undo_stack.undoText() == "Onderbouwing verdwenen-thema"


# --- nothing changed, nothing done ---------------------------------------------------------------


def test_an_edit_to_the_value_it_has_is_no_step_and_no_save(
    controller: SessionController, qtbot: QtBot
) -> None:
    person = noor(controller)
    controller.set_vote(0, person, Level.BASIS)
    controller.set_tally(0, (1, 1, 1))
    controller.set_minutes(0, 10)
    steps = controller.undo_stack.count()
    with qtbot.assertNotEmitted(controller.saved), qtbot.assertNotEmitted(controller.changed):
        controller.set_ambition(1, Level.UNSET)
        controller.set_current(1, Level.UNSET)
        controller.set_rationale(1, "")
        controller.set_focus(1, False)
        controller.set_max_focus(5)
        controller.set_vote(0, person, Level.BASIS)
        controller.set_vote(1, person, Level.UNSET)  # no vote to take back
        controller.set_tally(0, (1, 1, 1))
        controller.set_minutes(0, 10)
        controller.set_details(title="Catering 2027", organisation="")
    assert controller.undo_stack.count() == steps


def test_each_edit_changes_the_value_and_undo_brings_it_back(controller: SessionController) -> None:
    person = noor(controller)
    before = controller.session.model_copy(deep=True)
    controller.set_ambition(0, Level.AMBITIOUS)
    controller.set_current(0, Level.SIGNIFICANT)
    controller.set_rationale(1, "Omdat")
    controller.set_focus(2, True)
    controller.set_max_focus(2)
    controller.set_goals(0, [Goal(indicator="CO2", target=5)])
    controller.set_measures(1, [Measure(what="Fietsen")])
    controller.set_vote(2, person, Level.BASIS)
    controller.set_tally(0, (0, 2, 1))
    controller.set_minutes(1, 25)
    controller.set_details(organisation="Gemeente X", facilitator="Sam")
    after = stored(controller)
    assert (after.themes[0].ambition, after.themes[0].current) == (Level.AMBITIOUS, Level.SIGNIFICANT)
    assert (after.themes[1].rationale, after.themes[2].focus, after.max_focus) == ("Omdat", True, 2)
    assert after.themes[0].goals == [Goal(indicator="CO2", target=5)]
    assert after.themes[1].measures == [Measure(what="Fietsen")]
    assert after.themes[2].votes == {person: Level.BASIS}
    assert (after.themes[0].tally, after.themes[1].minutes) == ((0, 2, 1), 25)
    assert (after.title, after.organisation, after.facilitator) == ("Catering 2027", "Gemeente X", "Sam")
    assert after == controller.session
    for _ in range(11):
        controller.undo_stack.undo()
    assert stored(controller).model_dump(exclude={"revision", "updated_at"}) == before.model_dump(
        exclude={"revision", "updated_at"}
    )
    for _ in range(11):
        controller.undo_stack.redo()
    assert stored(controller).model_dump(exclude={"revision", "updated_at"}) == after.model_dump(
        exclude={"revision", "updated_at"}
    )


def test_the_goals_and_measures_kept_are_copies(controller: SessionController) -> None:
    goals, measures = [Goal(indicator="CO2", target=5)], [Measure(what="Fietsen")]
    controller.set_goals(0, goals)
    controller.set_measures(0, measures)
    goals[0].target, measures[0].what = 9, "Lopen"  # the dialog goes on editing its own
    assert controller.session.themes[0].goals[0].target == 5
    assert controller.session.themes[0].measures[0].what == "Fietsen"


def test_a_vote_taken_back_is_gone_and_undo_brings_it_back(controller: SessionController) -> None:
    person = noor(controller)
    controller.set_vote(0, person, Level.AMBITIOUS)
    controller.set_vote(0, person, Level.UNSET)
    assert controller.session.themes[0].votes == {}
    assert stored(controller).themes[0].votes == {}
    controller.undo_stack.undo()
    assert stored(controller).themes[0].votes == {person: Level.AMBITIOUS}


def test_people_who_leave_take_their_votes_in_the_same_step(controller: SessionController) -> None:
    controller.set_participants(
        [Participant(name="Noor", role=Role.INKOPER), Participant(name="Sam", role=Role.INKOPER)]
    )
    first, second = controller.session.participants
    controller.set_vote(0, first.id, Level.BASIS)
    controller.set_vote(0, second.id, Level.AMBITIOUS)
    controller.set_participants([second])
    assert stored(controller).themes[0].votes == {second.id: Level.AMBITIOUS}
    controller.undo_stack.undo()
    again = stored(controller)
    assert [p.name for p in again.participants] == ["Noor", "Sam"]
    assert again.themes[0].votes == {first.id: Level.BASIS, second.id: Level.AMBITIOUS}


# --- merging ------------------------------------------------------------------------------------


def test_typing_and_dragging_merge_per_field_and_theme(controller: SessionController) -> None:
    controller.set_ambition(0, Level.BASIS, merge_key="drag-0")
    controller.set_ambition(0, Level.AMBITIOUS, merge_key="drag-0")
    controller.set_ambition(1, Level.BASIS)
    controller.set_ambition(1, Level.SIGNIFICANT)  # clicks: a step each
    controller.set_current(2, Level.BASIS)
    controller.set_current(2, Level.SIGNIFICANT)
    assert controller.undo_stack.count() == 5
    for value in (1, 2, 3):
        controller.set_max_focus(value)
    for minutes in (5, 10):
        controller.set_minutes(0, minutes)
    controller.set_minutes(1, 5)
    for tally in ((1, 0, 0), (1, 1, 0)):
        controller.set_tally(0, tally)
    controller.set_tally(1, (0, 0, 1))
    controller.set_rationale(0, "A")
    controller.set_rationale(0, "AB")
    controller.set_rationale(1, "C")
    assert controller.undo_stack.count() == 5 + 7
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert [e.rationale for e in controller.session.themes[:2]] == ["", ""]
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert [e.tally for e in controller.session.themes[:2]] == [(0, 0, 0), (0, 0, 0)]
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert [e.minutes for e in controller.session.themes[:2]] == [0, 0]
    controller.undo_stack.undo()
    assert controller.session.max_focus == 5
    controller.undo_stack.undo()
    assert theme(controller, 2).current is Level.BASIS
    controller.undo_stack.undo()
    assert theme(controller, 2).current is Level.UNSET
    assert theme(controller, 1).ambition is Level.SIGNIFICANT
    controller.undo_stack.undo()
    assert theme(controller, 1).ambition is Level.BASIS
    controller.undo_stack.undo()
    assert theme(controller, 0).ambition is Level.AMBITIOUS
    controller.undo_stack.undo()  # the drag: one step
    assert theme(controller, 0).ambition is Level.UNSET


def test_goals_and_measures_merge_only_with_a_key(controller: SessionController) -> None:
    controller.set_goals(0, [Goal(indicator="A")], merge_key="goals-0")
    controller.set_goals(0, [Goal(indicator="AB")], merge_key="goals-0")
    controller.set_measures(0, [Measure(what="A")], merge_key="measures-0")
    controller.set_measures(0, [Measure(what="AB")], merge_key="measures-0")
    controller.set_goals(1, [Goal(indicator="X")])
    controller.set_goals(1, [Goal(indicator="Y")])
    assert controller.undo_stack.count() == 4


# --- the undo history ---------------------------------------------------------------------------


def test_a_thousand_steps_are_kept_to_undo(framework: Framework, qtbot: QtBot) -> None:
    controller = make(None, framework)  # no store: the edits wait for it, quickly
    for step in range(1003):
        controller.set_focus(0, step % 2 == 0)  # a click each: no merging
    assert controller.undo_stack.count() == 1000


@pytest.mark.sqlite_only  # a server's saves run in a thread: see the save queue's tests below
def test_an_undo_after_saves_keeps_the_stores_revision(controller: SessionController, qtbot: QtBot) -> None:
    """Undo restores the content, not the revision or the times: the save after it is not stale."""
    controller.set_participants([Participant(name="Noor", role=Role.INKOPER)])
    controller.set_details(title="Catering 2028")
    created = controller.session.created_at
    revision = controller.session.revision
    with qtbot.assertNotEmitted(controller.saveFailed):
        controller.undo_stack.undo()
        controller.undo_stack.undo()
        controller.undo_stack.redo()
    assert controller.session.revision == revision + 3 and controller.session.created_at == created
    assert stored(controller) == controller.session


def test_undo_and_a_new_edit_touch_only_their_own_field(controller: SessionController) -> None:
    controller.set_ambition(0, Level.BASIS)
    controller.set_ambition(1, Level.SIGNIFICANT)
    controller.undo_stack.undo()
    controller.set_rationale(2, "Nieuw")  # replaces the step undone
    controller.undo_stack.undo()
    assert [e.ambition for e in controller.session.themes[:2]] == [Level.BASIS, Level.UNSET]
    assert controller.session.themes[2].rationale == ""
    controller.undo_stack.undo()
    assert controller.session.themes[0].ambition is Level.UNSET
    controller.set_details(title="Nieuw")  # a step that looks at the whole session
    controller.set_max_focus(1)
    controller.undo_stack.undo()
    assert (controller.session.title, controller.session.max_focus) == ("Nieuw", 5)
    controller.undo_stack.undo()
    assert controller.session.title == "Catering 2027"
    assert stored(controller) == controller.session


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


# --- the views: redrawn or built again ----------------------------------------------------------


def test_a_change_of_themes_rebuilds_the_views_and_undo_takes_the_framework_back(
    controller: SessionController, catalogue: Catalogue, framework: Framework, qtbot: QtBot
) -> None:
    other = catalogue.framework("inkopen-met-impact")
    keep = [t.id for t in other.default_themes]
    with qtbot.waitSignal(controller.reshaped), qtbot.assertNotEmitted(controller.changed):
        controller.change_themes(other, keep, "Ander kader")
    assert controller.framework is other and controller.undo_stack.undoText() == "Ander kader"
    assert [e.theme_id for e in controller.session.themes] == keep
    with qtbot.waitSignal(controller.reshaped):
        controller.undo_stack.undo()
    assert controller.framework is framework and controller.theme_name(0) == KLIMAAT
    with qtbot.waitSignal(controller.reshaped):
        controller.undo_stack.redo()
    assert controller.framework is other
    assert stored(controller).framework_id == "inkopen-met-impact"
    with qtbot.waitSignal(controller.changed), qtbot.assertNotEmitted(controller.reshaped):
        controller.set_ambition(0, Level.BASIS)


def test_dropping_a_theme_rebuilds_the_views_on_the_same_framework(
    controller: SessionController, framework: Framework, qtbot: QtBot
) -> None:
    keep = [e.theme_id for e in controller.session.themes[1:]]
    with qtbot.waitSignal(controller.reshaped), qtbot.assertNotEmitted(controller.changed):
        controller.change_themes(framework, keep, "Klimaat eruit")
    assert controller.framework is framework and controller.theme_name(0) == MILIEU
    with qtbot.waitSignal(controller.changed), qtbot.assertNotEmitted(controller.reshaped):
        controller.set_details(title="Nieuw")
    with qtbot.waitSignal(controller.changed), qtbot.assertNotEmitted(controller.reshaped):
        controller.undo_stack.undo()
    with qtbot.waitSignal(controller.reshaped):
        controller.undo_stack.undo()
    assert controller.theme_name(0) == KLIMAAT


# --- saving to a server: through the save queue --------------------------------------------------


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


@pytest.fixture
def far(repository: Repository, qtbot: QtBot) -> Iterator[FarRepository]:
    far = FarRepository(repository.engine)
    yield far
    far.gate.set()


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
