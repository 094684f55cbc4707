"""The award model in the Criteria tab: the whole scheme in one table, edited, undone, saved at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot

from ambitieweb.gui.criteria.award_dialog import (
    DISCOUNT,
    METHOD,
    NAME,
    WEIGHT,
    AwardModelDialog,
)
from ambitieweb.gui.criteria.award_text import parse_amount
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.model.session import ScoringMethod
from tests.gui.sessions import stored
from tests.gui.test_criteria_panel import open_cleaning


def cell_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item in a cell of the scheme (every cell has one)."""
    item = table.item(row, column)
    assert item is not None
    return item


def open_award(qtbot: QtBot, window: MainWindow) -> AwardModelDialog:
    _workspace, panel = open_cleaning(window, qtbot)
    qtbot.mouseClick(panel.ui.awardButton, Qt.MouseButton.LeftButton)
    dialog = panel.award_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_cell(qtbot: QtBot, dialog: AwardModelDialog, row: int, column: int, text: str) -> None:
    """Select a cell, open its editor with F2 and type over it, as a user does."""
    table = dialog.ui.schemeTable
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert editor is not table
    assert isinstance(editor, (QLineEdit, QAbstractSpinBox))  # the editors the table opens
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell_item(table, row, column).text() == text)  # the view commits after the key


def press_ok(qtbot: QtBot, dialog: AwardModelDialog) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_amounts_are_read_as_people_type_them() -> None:
    assert parse_amount("") is None and parse_amount("  ") is None
    assert parse_amount("12,5") == 12.5 and parse_amount("12.5") == 12.5
    assert parse_amount("€ 25.000") == 25_000 and parse_amount("25.000,50") == 25_000.5
    for bad in ("-1", "tien", "nan", "inf", "1e999"):
        try:
            parse_amount(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_the_whole_scheme_is_edited_undone_and_saved(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_award(qtbot, window)
    table = dialog.ui.schemeTable
    names = [cell_item(table, r, NAME).text() for r in range(table.rowCount())]
    mvi = stored(window).criteria
    awards = [c for c in mvi if c.kind == "award"]
    assert names[0] == "Prijs" and len(names) == 1 + len(awards)
    assert names[1].startswith("W1. ")
    assert cell_item(table, 0, WEIGHT).text() == "0"
    assert dialog.ui.totalLabel.text() == "Totaal 100% (prijs 0%, overige kwaliteit 0%, MVI 100%)"
    assert table.accessibleName() == "Gunningsmodel"

    # price 40%, one other quality criterion of 20%, the first MVI criterion as a fictieve korting
    type_cell(qtbot, dialog, 0, WEIGHT, "40")
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    editor = table.focusWidget()
    assert isinstance(editor, (QLineEdit, QAbstractSpinBox))  # the editors the table opens
    editor.selectAll()
    qtbot.keyClicks(editor, "Plan van aanpak <schoonmaak>")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell_item(table, 1, NAME).text() == "Plan van aanpak <schoonmaak>")
    type_cell(qtbot, dialog, 1, WEIGHT, "20")
    first = 2
    table.setFocus()
    table.setCurrentCell(first, METHOD)
    table.editItem(cell_item(table, first, METHOD))
    combo = table.focusWidget()
    assert isinstance(combo, QComboBox) and combo.accessibleName() == "Telt mee als"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # weging -> fictieve korting
    combo.activated.emit(combo.currentIndex())  # what a keyboard choice in the open list sends
    table.setCurrentCell(first, DISCOUNT)
    assert cell_item(table, first, WEIGHT).text() == "" and not (
        cell_item(table, first, WEIGHT).flags() & Qt.ItemFlag.ItemIsEditable
    )
    type_cell(qtbot, dialog, first, DISCOUNT, "25.000")
    assert dialog.ui.totalLabel.text() == "Totaal 140% (prijs 40%, overige kwaliteit 20%, MVI 80%)"
    type_cell(qtbot, dialog, 1, WEIGHT, "twintig")
    assert (
        "geen getal" in dialog.ui.messageLabel.text() and "Plan van aanpak" in dialog.ui.messageLabel.text()
    )
    press_ok(qtbot, dialog)
    assert dialog.isVisible()  # refused, with the field named
    type_cell(qtbot, dialog, 1, WEIGHT, "20")
    dialog.grab().save(str(tmp_path / "award-dialog.png"))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()

    saved = stored(window)  # saved at once
    assert saved.award_model.price_weight == 40
    assert [(q.name, q.weight) for q in saved.award_model.quality] == [("Plan van aanpak <schoonmaak>", 20)]
    discounted = next(c for c in saved.criteria if c.id == awards[0].id)
    assert (discounted.scoring_method, discounted.weight, discounted.max_discount) == (
        ScoringMethod.NOTIONAL_DISCOUNT,
        None,
        25_000,
    )
    assert window.workspace is not None
    panel = window.workspace.criteria
    assert panel.ui.totalLabel.text() == ("Prijs 40% + kwaliteit 20% + MVI 80% = 140%; 1× fictieve korting")
    assert "tellen op tot 140% in plaats van 100%" in panel.ui.warningsLabel.text()
    window.grab().save(str(tmp_path / "criteria-tab.png"))

    window.undo_action.trigger()  # one step back: the scheme as it was
    undone = stored(window)
    assert undone.award_model.price_weight == 0 and undone.award_model.quality == []
    assert next(c for c in undone.criteria if c.id == awards[0].id).weight == awards[0].weight
    window.redo_action.trigger()
    assert stored(window).award_model.price_weight == 40


def test_a_control_character_in_a_quality_name_is_refused_naming_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_award(qtbot, window)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    cell_item(dialog.ui.schemeTable, 1, NAME).setText("Plan\x1b]8;;https://x\x07")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "kwaliteitscriterium 1" in dialog.ui.messageLabel.text()
    assert stored(window).award_model.quality == []


def test_removing_the_last_criterion_of_a_theme_warns_that_its_ambition_has_none(
    window: MainWindow, qtbot: QtBot
) -> None:
    _workspace, panel = open_cleaning(window, qtbot)
    assert panel.ui.warningsLabel.text() == "Geen waarschuwingen voor dit thema."
    table = panel.ui.chosenTable
    table.setFocus()
    table.setCurrentIndex(panel.chosen.index(0, 0))
    qtbot.mouseClick(panel.ui.removeButton, Qt.MouseButton.LeftButton)
    assert not [c for c in stored(window).criteria if c.theme_id == "klimaat"]
    assert "'Klimaat' heeft ambitie 2 (significant) maar nog geen criterium." in panel.ui.warningsLabel.text()
