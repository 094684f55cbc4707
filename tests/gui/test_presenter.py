"""Presenter mode driven as a facilitator would: F5, walk the themes, votes, reveal, timer, compare."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.presenter.actions import audience_screen, screen_id
from ambitieweb.gui.presenter.mode import PresenterMode
from ambitieweb.gui.presenter.vote_table_model import VoteTableModel
from ambitieweb.model.agenda import AgendaClock
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session
from tests.gui.pixels import area_of, ink
from tests.gui.sessions import drawn, open_titled, stored


def present(window: MainWindow, qtbot: QtBot, words: str = "N123") -> PresenterMode:
    open_titled(window, words)
    assert window.workspace is not None
    qtbot.keyClick(window.workspace.ui.themeTable, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter is not None
    assert not presenter.audience.isVisible()  # the presenter view first, the audience in the next event
    qtbot.waitUntil(presenter.audience.isVisible)
    return presenter


def as_with_a_projector(window: MainWindow, qtbot: QtBot, presenter: PresenterMode) -> None:
    """The audience window on another screen: the keys stay with the presenter view."""
    presenter.single_screen = False
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def key(qtbot: QtBot, target: QWidget, *keys: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    for k in keys:
        if modifier is None:
            qtbot.keyClick(target, k)
        else:
            qtbot.keyClick(target, k, modifier)


def unvoted_theme(session: Session) -> int:
    return next(i for i, e in enumerate(session.themes) if not e.votes and not any(e.tally))


def test_f5_starts_presenting_and_esc_goes_back_to_the_theme_last_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    presenter = present(window, qtbot)
    audience = presenter.audience
    assert window.ui.pages.currentWidget() is presenter.view
    assert audience.isFullScreen() and audience.isVisible()
    assert presenter.single_screen  # offscreen has one screen: full screen here, with the controls
    assert audience.ui.controlBar.isVisible()
    assert audience.ui.titleLabel.text() == "Reconstructie N123 Zandwolde–Elsmeer"
    assert not window.presenter_actions.start.isEnabled()

    view = presenter.view.ui.votesTable
    key(qtbot, view, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Left)
    assert presenter.presentation.theme == 2
    key(qtbot, view, Qt.Key.Key_1, modifier=Qt.KeyboardModifier.ControlModifier)  # the group decides
    key(qtbot, view, Qt.Key.Key_Escape)
    assert window.presenter is None
    assert window.workspace is not None and window.workspace.current_theme == 2
    assert window.workspace.radar.data.ambition[2] == 1  # the workspace caught up
    assert window.ui.pages.currentWidget() is window.ui.workspacePage
    assert not audience.isVisible()
    assert window.presenter_actions.start.isEnabled()
    assert not window.presenter_actions.next.isEnabled()


def test_walking_highlights_the_theme_in_both_windows(window: MainWindow, qtbot: QtBot) -> None:
    presenter = present(window, qtbot)
    view, audience = presenter.view, presenter.audience
    key(qtbot, view.ui.votesTable, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right)
    assert view.radar.data.highlight == 3
    assert audience.radar.data.highlight == 3
    name = window.controller.theme_name(3) if window.controller else ""
    assert audience.ui.themeName.text() == view.ui.themeName.text() == name
    assert audience.ui.themeCounter.text() == "Thema 4 van 12"
    assert "1 basis:" in audience.ui.level1Text.text()
    key(qtbot, view.ui.votesTable, Qt.Key.Key_PageUp)
    assert audience.radar.data.highlight == 2
    for _ in range(20):  # the walk stops at the last theme
        key(qtbot, view.ui.votesTable, Qt.Key.Key_Right)
    assert presenter.presentation.theme == 11


def test_votes_of_three_people_show_median_and_spread_and_are_stored(
    window: MainWindow, qtbot: QtBot
) -> None:
    presenter = present(window, qtbot)
    view, audience = presenter.view, presenter.audience
    table = view.ui.votesTable
    quiet = unvoted_theme(stored(window))
    key(qtbot, table, *[Qt.Key.Key_Right] * quiet)
    key(qtbot, table, Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_1)  # the next person is selected after each
    assert presenter.presentation.participant == 3
    session = stored(window)
    people = session.participants
    entry = session.themes[quiet]
    assert entry.votes == {
        people[0].id: Level.AMBITIOUS,
        people[1].id: Level.SIGNIFICANT,
        people[2].id: Level.BASIS,
    }
    assert "mediaan significant" in view.ui.distributionLabel.text()
    assert "spreiding 2 niveaus" in view.ui.distributionLabel.text()
    assert table.model().index(0, VoteTableModel.VOTE).data() == "3 ambitieus"
    spread = view.radar.data.votes
    assert spread is not None
    quiet_votes = spread[quiet]
    assert quiet_votes is not None and quiet_votes.median == 2.0

    # Hidden on the projector until revealed; the agreed ambition is set apart from the votes.
    assert not audience.ui.votesLabel.isVisible()
    assert audience.radar.data.votes is None
    key(qtbot, table, Qt.Key.Key_R)
    assert audience.ui.votesLabel.isVisible()
    assert "Stemmen (3)" in audience.ui.votesLabel.text()
    shown = audience.radar.data.votes
    assert shown is not None and shown[quiet] is not None  # this theme only
    assert all(spread is None for i, spread in enumerate(shown) if i != quiet)
    key(qtbot, table, Qt.Key.Key_R)
    assert not audience.ui.votesLabel.isVisible()
    key(qtbot, table, Qt.Key.Key_1, modifier=Qt.KeyboardModifier.ControlModifier)
    assert stored(window).themes[quiet].ambition == Level.BASIS
    assert stored(window).themes[quiet].votes == entry.votes  # the group's choice leaves the votes be

    # Take a vote back (0) and undo it.
    table.setCurrentIndex(table.model().index(1, 0))
    key(qtbot, table, Qt.Key.Key_0)
    assert people[1].id not in stored(window).themes[quiet].votes
    window.undo_action.trigger()
    assert stored(window).themes[quiet].votes[people[1].id] == Level.SIGNIFICANT


def test_an_anonymous_tally_counts_with_the_named_votes(window: MainWindow, qtbot: QtBot) -> None:
    presenter = present(window, qtbot)
    view = presenter.view
    quiet = unvoted_theme(stored(window))
    presenter.presentation.go_to(quiet)
    view.ui.tally2Spin.setValue(4)
    view.ui.tally3Spin.setValue(1)
    assert stored(window).themes[quiet].tally == (0, 4, 1)
    assert "Stemmen (5)" in view.ui.distributionLabel.text()


def test_the_clock_counts_down_per_theme_and_signals_when_time_is_up(
    window: MainWindow, qtbot: QtBot
) -> None:
    presenter = present(window, qtbot)
    presentation, view = presenter.presentation, presenter.view
    now = [1000.0]
    presentation.clock = AgendaClock(lambda: now[0])
    presentation.clock.switch(presentation.theme_id)
    view.ui.minutesSpin.setValue(2)
    assert stored(window).themes[0].minutes == 2
    key(qtbot, view.ui.votesTable, Qt.Key.Key_T)
    assert presentation.clock.running and view.ui.clockButton.text() == "Klok pauzeren (T)"
    now[0] += 65
    presentation._tick()
    assert view.ui.themeClock.text() == "Thema: 00:55"
    with qtbot.waitSignal(presentation.timeUp) as up:
        now[0] += 60
        presentation._tick()
    assert up.args == [presentation.theme_id]
    assert "tijd om" in view.ui.themeClock.text()
    assert view.ui.sessionClock.text().startswith("Sessie: ")


def test_compare_with_the_generic_web_and_an_earlier_version(window: MainWindow, qtbot: QtBot) -> None:
    open_titled(window, "Schoonmaak")
    controller = window.controller
    assert controller is not None
    assert controller.agree() is not None  # version 1 as agreed
    controller.set_ambition(0, Level.BASIS)  # klimaat: below generic (3) and below version 1 (2)
    controller.set_rationale(0, "")
    assert window.workspace is not None
    qtbot.keyClick(window.workspace.ui.themeTable, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter is not None
    view = presenter.view
    assert "generieke ambitieweb" in view.ui.warningLabel.text()
    data = view.radar.data
    assert data.reference is not None and data.flagged is not None and data.flagged[0]
    key(qtbot, view.ui.votesTable, Qt.Key.Key_V)
    assert presenter.presentation.earlier is not None
    assert view.ui.earlierCombo.currentIndex() == 1
    assert view.radar.data.earlier is not None
    assert "eerdere versie" in view.ui.warningLabel.text()
    key(qtbot, view.ui.votesTable, Qt.Key.Key_G)
    assert view.radar.data.reference is None
    view.ui.notesEdit.setFocus()
    view.ui.notesEdit.insertPlainText("Budget voor elektrische voertuigen pas vanaf 2029.")
    assert view.ui.warningLabel.text() == ""  # the reason is recorded
    assert stored(window).themes[0].rationale.startswith("Budget")


def test_the_audience_can_see_only_the_focus_themes(window: MainWindow, qtbot: QtBot) -> None:
    presenter = present(window, qtbot)  # N123 has three focus themes: energie, materialen, ecologie
    audience, view = presenter.audience, presenter.view
    key(qtbot, view.ui.votesTable, Qt.Key.Key_F)
    assert len(audience.radar.data.labels) == 3
    assert len(view.radar.data.labels) == 12  # the presenter keeps the whole web
    key(qtbot, view.ui.votesTable, Qt.Key.Key_Right, Qt.Key.Key_Right)
    focus = [i for i, e in enumerate(stored(window).themes) if e.focus]
    assert presenter.presentation.theme == focus[2]
    assert audience.ui.themeCounter.text() == "Thema 3 van 3"


def test_the_audience_screen_is_another_than_the_presenters(qtbot: QtBot) -> None:
    screens = QGuiApplication.screens()
    only = screens[0]
    assert audience_screen([only], only, "") is None  # one screen: full screen here
    assert audience_screen([only], only, screen_id(only)) is None
    assert audience_screen([only], None, "gone") is only


def test_the_vote_table_is_a_well_behaved_qt_model(
    window: MainWindow, qtbot: QtBot, qtmodeltester: object
) -> None:
    presenter = present(window, qtbot)
    qtmodeltester.check(presenter.view.votes)  # type: ignore[attr-defined]


def test_both_windows_can_be_grabbed(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    presenter = present(window, qtbot)
    # Both radars are drawn (their drawing comes from a worker) and the votes are listed.
    drawn(qtbot, presenter.view.radar)
    drawn(qtbot, presenter.audience.radar)
    view = presenter.view.grab()
    audience = presenter.audience.grab()
    assert audience.save(str(tmp_path / "audience.png"))
    assert ink(view, area_of(presenter.view.radar, presenter.view)) > 0.02
    assert ink(view, area_of(presenter.view.ui.votesTable.viewport(), presenter.view)) > 0.01
    assert ink(audience, area_of(presenter.audience.radar, presenter.audience)) > 0.02


def test_every_presenter_action_has_a_key_and_a_menu_entry(window: MainWindow) -> None:
    actions = window.presenter_actions
    for action in [actions.start, *actions.while_presenting()]:
        assert not action.shortcut().isEmpty(), action.text()
        assert action.associatedObjects(), action.text()


def test_the_audience_never_sees_the_notes(window: MainWindow, qtbot: QtBot) -> None:
    presenter = present(window, qtbot)
    as_with_a_projector(window, qtbot, presenter)  # N opens the notes in the presenter view
    qtbot.keyClick(presenter.view.ui.votesTable, Qt.Key.Key_N)
    assert presenter.view.ui.notesEdit.hasFocus()
    presenter.view.ui.notesEdit.insertPlainText(" Vertrouwelijk: budget nog niet rond.")
    assert "Vertrouwelijk" in stored(window).themes[0].rationale
    shown = " ".join(label.text() for label in presenter.audience.findChildren(QLabel))
    assert "Vertrouwelijk" not in shown


def test_esc_before_the_audience_window_is_placed_never_shows_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_titled(window, "N123")
    assert window.workspace is not None
    qtbot.keyClick(window.workspace.ui.themeTable, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter is not None
    placed: list[object] = []
    monkeypatch.setattr(presenter, "place", placed.append)
    qtbot.keyClick(presenter.view.ui.votesTable, Qt.Key.Key_Escape)  # before its turn in the event loop
    assert window.presenter is None
    qtbot.wait(50)  # the audience window's turn came and went
    assert placed == []
    assert window.ui.pages.currentWidget() is window.ui.workspacePage
