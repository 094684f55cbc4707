from __future__ import annotations

import shutil
from collections.abc import Collection, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Goal, Participant, Role, Session, SessionStatus
from ambitieweb.store import Repository, open_database


@pytest.fixture
def controller(repository: Repository, catalogue: Catalogue, qtbot: QtBot) -> Iterator[SessionController]:
    framework = catalogue.framework("mvi-nationaal-plan")
    session = repository.create(Session.new(framework, "Catering 2027"))
    controller = SessionController(session, framework, repository)
    yield controller
    controller.flush()  # saves to a server still on their way land before the database closes


def stored(controller: SessionController) -> Session:
    """What the database holds, once saves on their way to a server have landed."""
    controller.flush()
    return controller.repository.get(controller.session.id)


def test_every_edit_is_saved_at_once_and_undoable(controller: SessionController) -> None:
    controller.set_ambition(0, Level.AMBITIOUS)
    controller.set_current(0, Level.BASIS)
    controller.set_rationale(1, "Omdat het kan.")
    controller.set_focus(2, True)
    assert stored(controller).themes[0].ambition is Level.AMBITIOUS
    assert stored(controller).themes[1].rationale == "Omdat het kan."
    stack = controller.undo_stack
    assert stack.undoText().startswith("Focusthema")
    stack.undo()
    stack.undo()
    assert stored(controller).themes[1].rationale == "" and not stored(controller).themes[2].focus
    stack.undo()
    stack.undo()
    assert stored(controller).themes[0] == controller.session.themes[0]
    assert controller.session.themes[0].ambition is Level.UNSET
    stack.redo()
    assert stored(controller).themes[0].ambition is Level.AMBITIOUS


def test_typing_is_one_undo_step_per_field(controller: SessionController) -> None:
    for text in ("O", "Om", "Omd", "Omdat"):
        controller.set_rationale(0, text)
    controller.set_rationale(1, "Ander")
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.session.themes[0].rationale == ""


def test_details_goals_and_participants(controller: SessionController) -> None:
    controller.set_details(title="Catering 2028", organisation="Gemeente X")
    controller.set_goals(0, [Goal(indicator="CO2", baseline=10, target=5, unit="ton", year=2030)])
    controller.set_participants([Participant(name="Noor", role=Role.INKOPER)])
    again = stored(controller)
    assert (again.title, again.organisation) == ("Catering 2028", "Gemeente X")
    assert again.themes[0].goals[0].target == 5
    assert again.participants[0].name == "Noor"
    controller.undo_stack.undo()
    assert stored(controller).participants == []


def test_an_edit_after_agreement_starts_a_new_draft(controller: SessionController) -> None:
    controller.set_ambition(0, Level.SIGNIFICANT)
    snapshot = controller.agree()
    assert snapshot is not None and stored(controller).status is SessionStatus.AGREED
    controller.set_ambition(0, Level.AMBITIOUS)
    assert stored(controller).status is SessionStatus.DRAFT
    [kept] = controller.repository.snapshots(controller.session.id)
    assert kept.session.themes[0].ambition is Level.SIGNIFICANT


def test_a_change_made_elsewhere_is_not_overwritten_and_mine_is_kept(
    controller: SessionController, qtbot: QtBot
) -> None:
    other = controller.repository.get(controller.session.id)
    other.title = "Changed by a colleague"
    controller.repository.save(other)
    with qtbot.waitSignal(controller.saveFailed) as failed:
        controller.set_ambition(3, Level.AMBITIOUS)
    assert "elders gewijzigd" in failed.args[0]
    assert controller.unsaved and controller.session.themes[3].ambition is Level.AMBITIOUS
    assert stored(controller).title == "Changed by a colleague"
    copy = controller.save_as_copy()
    assert copy is not None
    assert controller.repository.get(copy.id).themes[3].ambition is Level.AMBITIOUS


def test_a_vanished_database_keeps_the_edit_in_memory(
    tmp_path: Path, catalogue: Catalogue, qtbot: QtBot
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    database = open_database(f"sqlite:///{folder / 'db.sqlite'}")
    repository = Repository(database.engine)
    framework = catalogue.framework("inkopen-met-impact")
    controller = SessionController(
        repository.create(Session.new(framework, "Laptops")), framework, repository
    )
    database.engine.dispose()
    shutil.rmtree(folder)
    with qtbot.waitSignal(controller.saveFailed) as failed:
        controller.set_rationale(0, "Dit mag niet verloren gaan")
    assert "is verwijderd, verplaatst of vervangen" in failed.args[0]
    assert controller.unsaved and controller.session.themes[0].rationale == "Dit mag niet verloren gaan"
    controller.undo_stack.undo()  # undo still works on the in-memory session
    assert controller.session.themes[0].rationale == ""
    controller.undo_stack.redo()
    assert controller.session.themes[0].rationale == "Dit mag niet verloren gaan"


def test_a_percent_sign_in_a_name_stays_in_the_undo_text(controller: SessionController) -> None:
    # Qt's %1/%2 filled one by one would put the theme's name into "Jan %2" too.
    controller.set_participants([Participant(name="Jan %2", role=Role.INKOPER)])
    person = controller.session.participants[0].id
    controller.set_vote(0, person, Level.BASIS)
    theme = controller.theme_name(0)
    assert controller.undo_stack.undoText() == f"Stem Jan %2 op {theme}: {Level.BASIS.label('nl')}"
    controller.set_rationale(0, "%1 %2 %3")
    assert controller.undo_stack.undoText() == f"Onderbouwing {theme}"


@pytest.mark.sqlite_only  # a server's saves run in a thread and report through another path
def test_a_failed_save_without_a_message_still_keeps_the_edit_and_says_so(
    controller: SessionController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def silent_failure(_session: Session, _edited: object = None) -> None:
        raise OSError  # str() is empty: no first line to show

    monkeypatch.setattr(controller.repository, "save", silent_failure)
    with qtbot.waitSignal(controller.saveFailed) as failed:
        controller.set_ambition(0, Level.SIGNIFICANT)
    assert failed.args[0] == "Opslaan mislukt: OSError"
    assert controller.unsaved and controller.session.themes[0].ambition is Level.SIGNIFICANT


@pytest.mark.sqlite_only  # a server's saves run in a thread and compare every row
def test_what_a_failed_save_did_not_write_the_next_one_does(
    controller: SessionController, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save is told the fields edited since the last save that landed, not only the last edit's:
    the people and a rationale typed while the disk was full are stored by the next key."""
    real_save = controller.repository.save
    told: list[set[str]] = []

    def full_disk(session: Session, edited: Collection[str] | None = None) -> None:
        raise OSError("disk full")

    def spy(session: Session, edited: Collection[str] | None = None) -> Session:
        assert edited is not None
        told.append(set(edited))
        return real_save(session, edited)

    monkeypatch.setattr(controller.repository, "save", full_disk)
    controller.set_participants([Participant(name="Noor", role=Role.INKOPER)])
    controller.set_rationale(1, "Eerst getypt")
    assert controller.unsaved
    monkeypatch.setattr(controller.repository, "save", spy)
    controller.set_max_focus(3)
    assert told == [{"participants", "themes", "max_focus"}]
    assert Repository(controller.repository.engine).get(controller.session.id) == controller.session
    controller.set_ambition(0, Level.BASIS)
    assert told[-1] == {"themes"}  # saved: the next save starts afresh
    controller.undo_stack.undo()
    controller.undo_stack.undo()  # an undo is noted like an edit
    assert told[-2:] == [{"themes"}, {"max_focus"}]
    assert Repository(controller.repository.engine).get(controller.session.id) == controller.session
