"""Keys a facilitator uses besides the level keys (those are pressed for real in tests/xserver): the
rationale's Esc, the notes in presenter mode, the list's search field, the date's calendar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.sessions.session_dialog import SessionDialog
from tests.gui.sessions import open_titled, start_presenting, stored
from tests.gui.test_presenter import as_with_a_projector


def test_the_rationale_opens_at_its_end_and_esc_leaves_it_saved(window: MainWindow, qtbot: QtBot) -> None:
    workspace = open_titled(window, "N123")
    table = workspace.ui.themeTable
    before = workspace.controller.session.themes[0].rationale
    assert before  # the example has one: the cursor must land after it
    qtbot.keyClick(table, Qt.Key.Key_N)
    edit = workspace.ui.rationaleEdit
    assert edit.hasFocus() and edit.textCursor().position() == len(before)
    qtbot.keyClicks(edit, " 2")
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_N)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert table.hasFocus() and workspace.current_theme == 0
    assert stored(window).themes[0].rationale == before + " 2n"
    assert stored(window).themes[0].ambition == workspace.controller.session.themes[0].ambition


def test_presenter_notes_esc_goes_back_to_the_votes_not_out_of_the_presentation(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_titled(window, "N123")
    presenter = start_presenting(window, qtbot)
    as_with_a_projector(window, qtbot, presenter)  # the notes are in the presenter view
    view = presenter.view
    qtbot.keyClick(view.ui.votesTable, Qt.Key.Key_N)
    notes = view.ui.notesEdit
    assert notes.hasFocus() and notes.textCursor().position() == len(notes.toPlainText())
    qtbot.keyClicks(notes, "T1R")  # letters and digits are text here
    assert not presenter.presentation.clock.running and not presenter.presentation.revealed
    qtbot.keyClick(notes, Qt.Key.Key_Escape)
    assert window.presenter is presenter and view.ui.votesTable.hasFocus()
    qtbot.keyClick(view.ui.votesTable, Qt.Key.Key_Escape)  # from the votes, Esc stops presenting
    assert window.presenter is None


def test_with_one_screen_n_opens_the_notes_over_the_audience_view(window: MainWindow, qtbot: QtBot) -> None:
    open_titled(window, "N123")
    presenter = start_presenting(window, qtbot)
    assert presenter.single_screen  # offscreen: one screen
    presentation = presenter.presentation
    presenter.actions.notes.trigger()
    dialog = presenter._notes
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    assert dialog.parent() is presenter.audience
    assert dialog.edit.textCursor().position() == len(dialog.edit.toPlainText())
    assert dialog.font().pixelSize() >= presenter.audience.height() // 40
    qtbot.keyClicks(dialog.edit, " Tijd: 1 R")
    assert not presentation.clock.running and not presentation.revealed
    theme = presentation.theme
    assert stored(window).themes[theme].rationale.endswith(" Tijd: 1 R")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: presenter._notes is None)
    assert window.presenter is presenter  # Esc closed the notes, not the presentation


def test_the_next_theme_starts_the_votes_with_the_first_person(window: MainWindow, qtbot: QtBot) -> None:
    open_titled(window, "N123")
    presenter = start_presenting(window, qtbot)
    table = presenter.view.ui.votesTable
    for key in (Qt.Key.Key_3, Qt.Key.Key_2):
        qtbot.keyClick(table, key)
    assert presenter.presentation.participant == 2
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert presenter.presentation.participant == 0 and table.currentIndex().row() == 0


def test_enter_in_the_search_field_opens_and_down_goes_into_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    search = window.ui.searchEdit
    search.setFocus()
    qtbot.keyClicks(search, "n123")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert window.ui.sessionTable.hasFocus() and window.ui.sessionTable.currentIndex().row() == 0
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Return)  # read in the background: the key does not wait
    qtbot.waitUntil(lambda: window.controller is not None)
    assert window.controller is not None and "N123" in window.controller.session.title


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen, for a popup
@pytest.mark.parametrize(
    "key,modifier",
    [(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)],
    ids=["F4", "Alt+Down"],
)
def test_the_date_s_calendar_opens_by_keyboard(
    qtbot: QtBot, catalogue: Catalogue, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    dialog = SessionDialog(catalogue, [])
    qtbot.addWidget(dialog)
    dialog.show()
    date = dialog.ui.dateEdit
    date.setDate(QDate(2027, 3, 9))
    date.setFocus()
    qtbot.keyClick(date, key, modifier)
    calendar = date.calendarWidget()
    assert calendar.window().isVisible()
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert not calendar.window().isVisible()
    assert date.date() == QDate(2027, 3, 10)
    qtbot.waitUntil(date.hasFocus)  # the keyboard is back in the field
