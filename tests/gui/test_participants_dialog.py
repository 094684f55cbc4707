"""The participants table, driven as a facilitator would: add rows, type names, pick roles, remove."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ambitieweb.gui.sessions.participants_dialog import (
    NAME,
    ORGANISATION,
    ROLE,
    ParticipantsDialog,
    ParticipantTableModel,
)
from ambitieweb.model.session import Participant, Role
from tests.gui.pixels import area_of, ink

TEAM = [
    Participant(name="Anna de Vries", role=Role.INKOPER, organisation="Gemeente Zuiderhaven"),
    Participant(name="Joost Bakker", role=Role.BELEIDSADVISEUR),
]


@pytest.fixture
def dialog(qtbot: QtBot) -> ParticipantsDialog:
    return open_dialog(qtbot, [])


def open_dialog(qtbot: QtBot, participants: list[Participant]) -> ParticipantsDialog:
    dialog = ParticipantsDialog(participants)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ok_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def open_editor(dialog: ParticipantsDialog) -> QWidget:
    """The cell editor the table has open (delegate editors live on the viewport)."""
    viewport = dialog.ui.participantTable.viewport()
    editors = [
        w
        for w in viewport.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if w.isVisible()
    ]
    assert len(editors) == 1
    return editors[0]


def cell_center(dialog: ParticipantsDialog, row: int, column: int) -> object:
    table = dialog.ui.participantTable
    return table.visualRect(dialog.model.index(row, column)).center()


def double_click(qtbot: QtBot, dialog: ParticipantsDialog, row: int, column: int) -> QWidget:
    viewport = dialog.ui.participantTable.viewport()
    # QTest's double click in Qt 6 is only the second click: a person's first click comes before it.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=cell_center(dialog, row, column))
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=cell_center(dialog, row, column))
    return open_editor(dialog)


def add(qtbot: QtBot, dialog: ParticipantsDialog, name: str) -> None:
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    editor = open_editor(dialog)  # Toevoegen starts editing the new name at once
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)


def settle(qtbot: QtBot) -> None:
    """Let the event loop run: the view commits an edit on Enter queued, and deletes closed editors."""
    qtbot.wait(1)


def paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def set_role(qtbot: QtBot, dialog: ParticipantsDialog, row: int, label: str) -> None:
    combo = double_click(qtbot, dialog, row, ROLE)
    assert isinstance(combo, QComboBox)
    labels = [combo.itemText(i) for i in range(combo.count())]
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(labels.index(label)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    settle(qtbot)


def cell(dialog: ParticipantsDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def test_the_existing_participants_are_shown(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, TEAM)
    assert dialog.windowTitle() == "Deelnemers"
    assert [cell(dialog, 0, c) for c in (NAME, ROLE, ORGANISATION)] == [
        "Anna de Vries",
        "inkoper",
        "Gemeente Zuiderhaven",
    ]
    assert cell(dialog, 1, ROLE) == "beleidsadviseur"
    assert not dialog.ui.removeButton.isEnabled()  # nothing selected yet
    assert not dialog.ui.messageLabel.isVisible()


def test_a_renamed_participant_stays_the_same_person(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, TEAM)
    editor = double_click(qtbot, dialog, 1, NAME)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Joost Bakker-Smit")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    renamed = dialog.participants()[1]
    assert (renamed.name, renamed.id) == ("Joost Bakker-Smit", TEAM[1].id)  # their votes stay theirs


def test_add_two_set_their_roles_and_remove_one(dialog: ParticipantsDialog, qtbot: QtBot) -> None:
    add(qtbot, dialog, "Anna de Vries")
    add(qtbot, dialog, "Joost Bakker")
    set_role(qtbot, dialog, 0, "contractmanager")
    set_role(qtbot, dialog, 1, "inkoper")
    organisation = double_click(qtbot, dialog, 1, ORGANISATION)
    qtbot.keyClicks(organisation, "Provincie")
    qtbot.keyClick(organisation, Qt.Key.Key_Return)
    settle(qtbot)
    assert [cell(dialog, r, ROLE) for r in (0, 1)] == ["contractmanager", "inkoper"]

    qtbot.mouseClick(
        dialog.ui.participantTable.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(dialog, 0, NAME)
    )
    assert dialog.ui.removeButton.isEnabled()
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [p.model_dump(exclude={"id"}) for p in dialog.participants()] == [
        {"name": "Joost Bakker", "role": Role.INKOPER, "organisation": "Provincie"}
    ]


def test_a_role_picked_from_the_list_is_stored_at_once(dialog: ParticipantsDialog, qtbot: QtBot) -> None:
    add(qtbot, dialog, "Anna")
    combo = double_click(qtbot, dialog, 0, ROLE)
    assert isinstance(combo, QComboBox)
    assert combo.accessibleName() == "Rol"
    assert [combo.itemText(i) for i in range(combo.count())] == [r.label() for r in Role]
    qtbot.keyClicks(combo, "markt")  # type-ahead in the list, as on any combo box
    assert dialog.model.index(0, ROLE).data(Qt.ItemDataRole.EditRole) == "markt"


def test_a_row_without_a_name_is_dropped(dialog: ParticipantsDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.keyClick(open_editor(dialog), Qt.Key.Key_Escape)
    settle(qtbot)
    add(qtbot, dialog, "   ")
    add(qtbot, dialog, "Anna")
    assert dialog.model.rowCount() == 3
    assert ok_button(dialog).isEnabled()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert [p.name for p in dialog.participants()] == ["Anna"]


def test_a_row_with_only_an_organisation_says_it_will_not_be_kept(
    dialog: ParticipantsDialog, qtbot: QtBot
) -> None:
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.keyClick(open_editor(dialog), Qt.Key.Key_Escape)
    settle(qtbot)
    organisation = double_click(qtbot, dialog, 0, ORGANISATION)
    qtbot.keyClicks(organisation, "Provincie")
    qtbot.keyClick(organisation, Qt.Key.Key_Return)
    settle(qtbot)
    assert "Rij 1 heeft geen naam" in dialog.ui.messageLabel.text()
    assert ok_button(dialog).isEnabled()


def test_a_control_character_in_a_name_shows_a_message(dialog: ParticipantsDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    editor = open_editor(dialog)
    paste(qtbot, editor, "Jan\x07")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)

    assert dialog.ui.messageLabel.isVisible()
    assert "Rij 1: Naam bevat een onzichtbaar stuurteken" in dialog.ui.messageLabel.text()
    assert "stuurteken" in str(dialog.model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole))
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClick(dialog.ui.participantTable, Qt.Key.Key_Return)  # Enter does not accept either
    assert dialog.isVisible()

    editor = double_click(qtbot, dialog, 0, NAME)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Jan")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert not dialog.ui.messageLabel.isVisible()
    assert dialog.model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole) is None
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert [p.name for p in dialog.participants()] == ["Jan"]


def test_markup_and_emoji_in_names_are_kept_literally(dialog: ParticipantsDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    editor = open_editor(dialog)
    qtbot.keyClicks(editor, "<b>R&D</b> ")
    paste(qtbot, editor, "🌍")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.participants()[0].name == "<b>R&D</b> 🌍"


def test_a_pasted_name_stops_at_the_model_limit(dialog: ParticipantsDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    editor = open_editor(dialog)
    paste(qtbot, editor, "x" * 100_000)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert [p.name for p in dialog.participants()] == ["x" * 500]


def test_the_delete_key_removes_the_selected_rows_but_not_while_typing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, [*TEAM, Participant(name="Fatima")])
    table = dialog.ui.participantTable
    editor = double_click(qtbot, dialog, 0, NAME)
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert cell(dialog, 0, NAME) == "nna de Vries"
    assert dialog.model.rowCount() == 3

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(dialog, 0, NAME))
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        pos=cell_center(dialog, 2, NAME),
    )
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [p.name for p in dialog.participants()] == ["Joost Bakker"]
    assert table.selectionModel().isRowSelected(0)  # the next row is selected, ready for another Delete


def test_cancel_leaves_the_callers_list_alone(qtbot: QtBot) -> None:
    team = [p.model_copy() for p in TEAM]
    dialog = open_dialog(qtbot, team)
    add(qtbot, dialog, "Nieuw")
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Annuleren"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert team == TEAM


def test_controls_are_named_and_labelled(dialog: ParticipantsDialog) -> None:
    for widget in [dialog.ui.participantTable, *dialog.findChildren(QPushButton)]:
        assert widget.accessibleName(), widget.objectName()
    assert dialog.ui.tableLabel.buddy() is dialog.ui.participantTable
    assert [b.text() for b in (dialog.ui.addButton, dialog.ui.removeButton)] == ["&Toevoegen", "&Verwijderen"]


def test_the_table_model_is_a_well_behaved_qt_model(qtmodeltester: object) -> None:
    model = ParticipantTableModel([*TEAM, Participant(name="Jan")])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.insertRows(1, 2)
    assert model.setData(model.index(1, NAME), "Nieuw")
    assert model.setData(model.index(1, ROLE), Role.MARKT.value)
    assert not model.setData(model.index(1, ROLE), "no such role")
    assert model.removeRows(0, 1)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [p.name for p in model.participants()] == ["Nieuw", "Joost Bakker", "Jan"]


def test_the_dialog_can_be_grabbed(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, TEAM)
    image = dialog.grab()
    image.save(str(tmp_path / "participants-dialog.png"))
    # The two participants' rows are painted; an empty list leaves the table blank.
    table = dialog.ui.participantTable
    first_rows = area_of(table.viewport(), dialog).adjusted(0, 0, 0, -table.viewport().height() // 2)
    assert ink(image, first_rows) > 0.01
    empty = open_dialog(qtbot, [])
    assert ink(empty.grab(), area_of(empty.ui.participantTable.viewport(), empty)) < 0.001
