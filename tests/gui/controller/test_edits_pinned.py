"""Each edit of the session controller pinned: its undo text, in Dutch with the levels in the session's
language; an edit that changes nothing is no step; which edits merge into one step; undo and redo of
each edit, saved; the views rebuilt when the themes change."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import (
    Goal,
    Measure,
    Participant,
    Role,
)
from ambitieweb.store import Repository
from tests.gui.controller.helpers import (
    CIRCULAIR,
    KLIMAAT,
    MILIEU,
    make,
    noor,
    stored,
    texts,
    theme,
)

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
