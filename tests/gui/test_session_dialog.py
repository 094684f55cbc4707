"""The session form, driven as a facilitator would: typing, picking from combo boxes, clicking OK."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.sessions.session_dialog import SessionDialog
from ambitieweb.model.session import Session, SessionKind, SessionStatus
from ambitieweb.model.summary import SessionSummary
from tests.gui.pixels import ink

GENERIC_ID = "a" * 32
PROJECT_ID = "b" * 32
UPDATED = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
MARKUP = "<b>R&D</b> 🌍"


@pytest.fixture
def generic_webs() -> list[SessionSummary]:
    return [
        SessionSummary(
            GENERIC_ID,
            "Generiek ambitieweb Zuiderhaven",
            "Gemeente Zuiderhaven",
            SessionKind.ORGANISATION,
            SessionStatus.AGREED,
            dt.date(2025, 2, 3),
            UPDATED,
            "mvi-nationaal-plan",
        ),
        # a project web is never offered as the generic web to refer to
        SessionSummary(
            PROJECT_ID,
            "Schoonmaak 2027",
            "Gemeente Zuiderhaven",
            SessionKind.PROJECT,
            SessionStatus.DRAFT,
            None,
            UPDATED,
            "mvi-nationaal-plan",
        ),
    ]


def open_dialog(qtbot: QtBot, dialog: SessionDialog) -> SessionDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def new_dialog(qtbot: QtBot, catalogue: Catalogue, generic_webs: list[SessionSummary]) -> SessionDialog:
    return open_dialog(qtbot, SessionDialog(catalogue, generic_webs))


def ok_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick the first item containing ``text`` with the keyboard (Home, then Down), as a user can."""
    labels = [combo.itemText(i) for i in range(combo.count())]
    target = next(i for i, label in enumerate(labels) if text in label)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == target


def paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Paste through the clipboard (QTest cannot type characters outside ASCII, such as emoji)."""
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def type_date(qtbot: QtBot, edit: QDateEdit, day: str, month: str, year: str) -> None:
    for section, digits in (
        (QDateEdit.Section.DaySection, day),
        (QDateEdit.Section.MonthSection, month),
        (QDateEdit.Section.YearSection, year),
    ):
        edit.setSelectedSection(section)  # what clicking into that part of the date does
        qtbot.keyClicks(edit, digits)


def test_a_new_gww_session_gets_its_twelve_themes_and_the_typed_fields(
    new_dialog: SessionDialog, qtbot: QtBot, catalogue: Catalogue
) -> None:
    ui = new_dialog.ui
    assert new_dialog.windowTitle() == "Nieuwe sessie"
    assert ui.dateEdit.date() == QDate.currentDate()
    qtbot.keyClicks(ui.titleEdit, "Herinrichting Dorpsstraat")
    qtbot.keyClicks(ui.organisationEdit, "Gemeente Zuiderhaven")
    qtbot.keyClicks(ui.subjectEdit, "GWW - wegen")
    qtbot.keyClicks(ui.facilitatorEdit, "Fatima el Amrani")
    type_date(qtbot, ui.dateEdit, "15", "03", "2027")
    choose(qtbot, ui.frameworkCombo, "Duurzaam GWW")
    assert "versie 1.0" in ui.frameworkCombo.currentText()
    assert not ui.optionalCheck.isEnabled()  # GWW has no optional themes
    qtbot.mouseClick(ok_button(new_dialog), Qt.MouseButton.LeftButton)

    assert new_dialog.result() == QDialog.DialogCode.Accepted
    session = new_dialog.new_session()
    gww = catalogue.framework("duurzaam-gww")
    assert [e.theme_id for e in session.themes] == [t.id for t in gww.themes]
    assert len(session.themes) == 12
    assert (session.framework_id, session.framework_version) == ("duurzaam-gww", gww.version)
    assert session.title == "Herinrichting Dorpsstraat"
    assert session.organisation == "Gemeente Zuiderhaven"
    assert session.subject == "GWW - wegen"
    assert session.facilitator == "Fatima el Amrani"
    assert session.session_date == dt.date(2027, 3, 15)
    assert session.kind is SessionKind.PROJECT
    assert session.generic_session_id is None
    assert new_dialog.new_session() is session  # the same session each time it is asked for


def test_the_product_group_is_picked_from_the_catalogue_for_the_framework(
    new_dialog: SessionDialog, qtbot: QtBot, catalogue: Catalogue
) -> None:
    ui = new_dialog.ui
    assert ui.productGroupCombo.accessibleName() == "Productgroep"
    choose(qtbot, ui.frameworkCombo, "MVI")
    combo = ui.productGroupCombo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "Anders (geen productgroep uit de catalogus)" and combo.currentIndex() == 0
    assert items[1:] == sorted(items[1:], key=str.casefold) and len(items) == 9  # eight groups fit MVI
    assert "Grond-, weg- en waterbouw (GWW)" not in items
    tip = combo.itemData(items.index("Catering en bedrijfsrestaurants"), Qt.ItemDataRole.ToolTipRole)
    assert tip == catalogue.product_groups["catering"].description
    # Tab from the subject reaches the group; the keyboard picks one.
    ui.subjectEdit.setFocus()
    qtbot.keyClick(ui.subjectEdit, Qt.Key.Key_Tab)
    assert combo.hasFocus()
    choose(qtbot, combo, "Schoonmaakdienstverlening")
    qtbot.keyClicks(ui.titleEdit, "Schoonmaak 2031")
    qtbot.mouseClick(ok_button(new_dialog), Qt.MouseButton.LeftButton)
    session = new_dialog.new_session()
    assert (session.product_group, session.subject) == ("schoonmaak", "")


def test_another_framework_offers_its_own_groups_and_drops_a_choice_that_does_not_fit(
    new_dialog: SessionDialog, qtbot: QtBot
) -> None:
    ui = new_dialog.ui
    choose(qtbot, ui.frameworkCombo, "MVI")
    choose(qtbot, ui.productGroupCombo, "Catering")
    choose(qtbot, ui.frameworkCombo, "Duurzaam GWW")
    combo = ui.productGroupCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Anders (geen productgroep uit de catalogus)",
        "Grond-, weg- en waterbouw (GWW)",
    ]
    assert combo.currentData() is None  # catering does not fit GWW: back to "anders"
    choose(qtbot, combo, "GWW")
    choose(qtbot, ui.frameworkCombo, "Inkopen met Impact")
    assert combo.currentData() is None
    choose(qtbot, ui.frameworkCombo, "Duurzaam GWW")
    choose(qtbot, combo, "GWW")
    qtbot.keyClicks(ui.titleEdit, "N123")
    qtbot.mouseClick(ok_button(new_dialog), Qt.MouseButton.LeftButton)
    assert new_dialog.new_session().product_group == "gww"


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("schoonmaak", "Schoonmaakdienstverlening"),
        ("gww", "Grond-, weg- en waterbouw (GWW) (hoort niet bij dit kader)"),
        ("groenbeheer", "onbekende productgroep (groenbeheer)"),
        (None, "Anders (geen productgroep uit de catalogus)"),
    ],
)
def test_editing_shows_and_keeps_the_stored_product_group(
    qtbot: QtBot, catalogue: Catalogue, existing: Session, stored: str | None, shown: str
) -> None:
    existing.product_group = stored  # e.g. from a file of a newer program: never dropped silently
    dialog = open_dialog(qtbot, SessionDialog(catalogue, [], existing))
    assert dialog.ui.productGroupCombo.currentText() == shown
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.detail_fields()["product_group"] == stored
    again = open_dialog(qtbot, SessionDialog(catalogue, [], existing))
    choose(qtbot, again.ui.productGroupCombo, "Kantoorinrichting")
    qtbot.mouseClick(ok_button(again), Qt.MouseButton.LeftButton)
    assert again.detail_fields()["product_group"] == "kantoorinrichting"


def test_mvi_leaves_innovation_out_unless_ticked(
    qtbot: QtBot, catalogue: Catalogue, generic_webs: list[SessionSummary]
) -> None:
    themes: dict[bool, list[str]] = {}
    for tick in (False, True):
        dialog = open_dialog(qtbot, SessionDialog(catalogue, generic_webs))
        qtbot.keyClicks(dialog.ui.titleEdit, "Kantoorinrichting")
        choose(qtbot, dialog.ui.frameworkCombo, "MVI")
        check = dialog.ui.optionalCheck
        assert check.isEnabled()
        assert "Innovatie" in check.text()
        assert not check.isChecked()
        if tick:
            qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
            assert check.isChecked()
        qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Return)  # Enter presses OK
        assert dialog.result() == QDialog.DialogCode.Accepted
        themes[tick] = [e.theme_id for e in dialog.new_session().themes]
    assert len(themes[False]) == 6 and "innovatie" not in themes[False]
    assert len(themes[True]) == 7 and themes[True][-1] == "innovatie"


def test_switching_to_a_framework_without_optional_themes_unticks_the_box(
    new_dialog: SessionDialog, qtbot: QtBot
) -> None:
    choose(qtbot, new_dialog.ui.frameworkCombo, "MVI")
    qtbot.mouseClick(new_dialog.ui.optionalCheck, Qt.MouseButton.LeftButton)
    choose(qtbot, new_dialog.ui.frameworkCombo, "Duurzaam GWW")
    assert not new_dialog.ui.optionalCheck.isEnabled()
    assert not new_dialog.ui.optionalCheck.isChecked()


def test_ok_stays_disabled_while_the_title_is_empty(new_dialog: SessionDialog, qtbot: QtBot) -> None:
    ui = new_dialog.ui
    assert not ok_button(new_dialog).isEnabled()
    assert ui.titleHint.text() == "Een titel is verplicht."
    below = ui.organisationEdit.y()
    qtbot.keyClicks(ui.titleEdit, "   ")
    assert not ok_button(new_dialog).isEnabled()
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Return)
    assert new_dialog.isVisible()  # Enter does nothing without a title
    qtbot.keyClicks(ui.titleEdit, "x")
    assert ok_button(new_dialog).isEnabled()
    assert ui.titleHint.text() == ""
    qtbot.wait(1)
    assert ui.organisationEdit.y() == below  # the form does not jump as the hint goes
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Backspace)
    assert not ok_button(new_dialog).isEnabled()


def test_the_generic_web_is_offered_only_for_a_project_web(new_dialog: SessionDialog, qtbot: QtBot) -> None:
    ui = new_dialog.ui
    qtbot.keyClicks(ui.titleEdit, "Schoonmaakdiensten")
    items = [ui.genericCombo.itemText(i) for i in range(ui.genericCombo.count())]
    assert items == ["(geen)", "Generiek ambitieweb Zuiderhaven — Gemeente Zuiderhaven"]
    assert ui.kindCombo.currentText() == "project-ambitieweb"
    assert ui.genericCombo.isEnabled()

    choose(qtbot, ui.genericCombo, "Zuiderhaven")
    choose(qtbot, ui.kindCombo, "generiek ambitieweb")
    assert not ui.genericCombo.isEnabled()
    assert new_dialog.new_session().generic_session_id is None  # a generic web refers to nothing

    choose(qtbot, ui.kindCombo, "project-ambitieweb")
    assert ui.genericCombo.isEnabled()
    qtbot.mouseClick(ok_button(new_dialog), Qt.MouseButton.LeftButton)
    assert new_dialog.new_session().generic_session_id == GENERIC_ID


def test_a_generic_web_of_another_framework_gets_a_note(new_dialog: SessionDialog, qtbot: QtBot) -> None:
    ui = new_dialog.ui
    choose(qtbot, ui.frameworkCombo, "Duurzaam GWW")
    assert not ui.genericHint.isVisible()
    choose(qtbot, ui.genericCombo, "Zuiderhaven")
    assert ui.genericHint.isVisible()
    assert "ander kader" in ui.genericHint.text()
    qtbot.wait(1)  # let the layout settle: the wrapped note gets the height it needs, not clipped
    assert ui.genericHint.height() >= ui.genericHint.heightForWidth(ui.genericHint.width())
    assert ui.genericHint.geometry().bottom() < ui.buttonBox.geometry().top()
    choose(qtbot, ui.frameworkCombo, "MVI")
    assert not ui.genericHint.isVisible()


@pytest.fixture
def existing(catalogue: Catalogue) -> Session:
    return Session.new(
        catalogue.framework("mvi-nationaal-plan"),
        "Schoonmaakdiensten 2027",
        organisation="Gemeente Zuiderhaven",
        subject="Schoonmaak",
        facilitator="Joost",
        session_date=dt.date(2025, 5, 20),
        generic_session_id=GENERIC_ID,
    )


def test_editing_shows_the_session_and_returns_the_changes(
    qtbot: QtBot, catalogue: Catalogue, generic_webs: list[SessionSummary], existing: Session
) -> None:
    dialog = open_dialog(qtbot, SessionDialog(catalogue, generic_webs, existing))
    ui = dialog.ui
    assert dialog.windowTitle() == "Sessiegegevens"
    assert ui.titleEdit.text() == "Schoonmaakdiensten 2027"
    assert ui.organisationEdit.text() == "Gemeente Zuiderhaven"
    assert ui.subjectEdit.text() == "Schoonmaak"
    assert ui.facilitatorEdit.text() == "Joost"
    assert ui.dateEdit.date() == QDate(2025, 5, 20)
    assert ui.kindCombo.currentText() == "project-ambitieweb"
    assert ui.genericCombo.currentData() == GENERIC_ID
    assert not ui.frameworkCombo.isEnabled()
    assert ui.frameworkCombo.currentText().startswith("MVI")
    assert not ui.optionalCheck.isEnabled() and not ui.optionalCheck.isChecked()

    assert not ui.titleHint.isVisible()
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Delete)
    assert ui.titleHint.isVisible() and not ok_button(dialog).isEnabled()
    retype(qtbot, ui.titleEdit, "  Schoonmaak en glasbewassing 2027  ")
    assert not ui.titleHint.isVisible()
    retype(qtbot, ui.facilitatorEdit, "Fatima")
    choose(qtbot, ui.genericCombo, "(geen)")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.detail_fields() == {
        "title": "Schoonmaak en glasbewassing 2027",  # the model strips the spaces
        "organisation": "Gemeente Zuiderhaven",
        "subject": "Schoonmaak",
        "product_group": None,
        "session_date": dt.date(2025, 5, 20),
        "facilitator": "Fatima",
        "kind": SessionKind.PROJECT,
        "generic_session_id": None,
    }
    assert existing.title == "Schoonmaakdiensten 2027"  # the dialog changes nothing itself
    with pytest.raises(RuntimeError):
        dialog.new_session()


def test_a_new_session_has_no_detail_fields(new_dialog: SessionDialog) -> None:
    with pytest.raises(RuntimeError):
        new_dialog.detail_fields()


def test_editing_keeps_a_missing_date_and_an_unlisted_generic_web(
    qtbot: QtBot, catalogue: Catalogue, existing: Session
) -> None:
    existing.session_date = None
    existing.generic_session_id = "c" * 32  # e.g. deleted since
    dialog = open_dialog(qtbot, SessionDialog(catalogue, [], existing))
    assert dialog.ui.dateEdit.text() == "geen datum"
    assert "onbekend" in dialog.ui.genericCombo.currentText()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    fields = dialog.detail_fields()
    assert fields["session_date"] is None
    assert fields["generic_session_id"] == "c" * 32


def test_editing_a_web_with_its_optional_theme_shows_the_box_ticked(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    mvi = catalogue.framework("mvi-nationaal-plan")
    from ambitieweb.model.session import ThemeEntry

    session = Session.new(mvi, "Met innovatie", themes=[ThemeEntry(theme_id=t.id) for t in mvi.themes])
    dialog = open_dialog(qtbot, SessionDialog(catalogue, [], session))
    assert dialog.ui.optionalCheck.isChecked() and not dialog.ui.optionalCheck.isEnabled()


def test_markup_and_emoji_are_kept_literally(new_dialog: SessionDialog, qtbot: QtBot) -> None:
    ui = new_dialog.ui
    for edit in (ui.titleEdit, ui.organisationEdit, ui.subjectEdit, ui.facilitatorEdit):
        qtbot.keyClicks(edit, "<b>R&D</b> ")
        paste(qtbot, edit, "🌍")
        assert edit.text() == MARKUP
    qtbot.mouseClick(ok_button(new_dialog), Qt.MouseButton.LeftButton)
    session = new_dialog.new_session()
    assert (session.title, session.organisation, session.subject, session.facilitator) == (MARKUP,) * 4


def test_a_pasted_control_character_gets_a_message_not_an_exception(
    new_dialog: SessionDialog, qtbot: QtBot
) -> None:
    ui = new_dialog.ui
    qtbot.keyClicks(ui.titleEdit, "Inkoop")
    paste(qtbot, ui.organisationEdit, "Gemeente\x07Zuiderhaven")
    qtbot.mouseClick(ok_button(new_dialog), Qt.MouseButton.LeftButton)
    assert new_dialog.isVisible()
    assert ui.messageLabel.isVisible()
    assert "Organisatie bevat een onzichtbaar stuurteken" in ui.messageLabel.text()
    assert ui.messageLabel.height() >= ui.messageLabel.heightForWidth(ui.messageLabel.width())
    retype(qtbot, ui.organisationEdit, "Gemeente Zuiderhaven")
    qtbot.mouseClick(ok_button(new_dialog), Qt.MouseButton.LeftButton)
    assert new_dialog.result() == QDialog.DialogCode.Accepted


def test_text_fields_stop_at_the_model_limit(new_dialog: SessionDialog, qtbot: QtBot) -> None:
    paste(qtbot, new_dialog.ui.titleEdit, "x" * 100_000)
    assert len(new_dialog.ui.titleEdit.text()) == 500
    qtbot.mouseClick(ok_button(new_dialog), Qt.MouseButton.LeftButton)
    assert new_dialog.new_session().title == "x" * 500


def test_every_control_is_named_labelled_and_in_tab_order(new_dialog: SessionDialog) -> None:
    ui = new_dialog.ui
    inputs: list[QWidget] = [
        ui.titleEdit,
        ui.organisationEdit,
        ui.subjectEdit,
        ui.productGroupCombo,
        ui.dateEdit,
        ui.facilitatorEdit,
        ui.kindCombo,
        ui.frameworkCombo,
        ui.optionalCheck,
        ui.genericCombo,
    ]
    for widget in [*inputs, *new_dialog.findChildren(QPushButton)]:
        assert widget.accessibleName(), widget.objectName()
    buddies = {label.buddy() for label in new_dialog.findChildren(QLabel) if label.buddy()}
    assert buddies == set(inputs) - {ui.optionalCheck}  # the check box carries its own text
    mnemonics = [
        label.text().split("&")[1][0].lower()
        for label in new_dialog.findChildren(QLabel)
        if "&" in label.text()
    ]
    mnemonics.append(ui.optionalCheck.text().split("&")[1][0].lower())
    assert len(mnemonics) == len(set(mnemonics)) == 10
    chain: list[QWidget] = [ui.titleEdit]
    while (following := chain[-1].nextInFocusChain()) is not None and following is not ui.titleEdit:
        chain.append(following)
    assert [w for w in chain if w in inputs] == inputs


def test_the_dialog_can_be_grabbed(
    qtbot: QtBot, catalogue: Catalogue, generic_webs: list[SessionSummary], existing: Session, tmp_path: Path
) -> None:
    new = open_dialog(qtbot, SessionDialog(catalogue, generic_webs))
    choose(qtbot, new.ui.frameworkCombo, "MVI")
    image = new.grab()
    assert image.width() >= 400
    image.save(str(tmp_path / "session-dialog.png"))
    assert ink(image) > 0.01  # labels, fields and the chosen framework, not a blank dialog
    edit = open_dialog(qtbot, SessionDialog(catalogue, generic_webs, existing))
    edit.grab().save(str(tmp_path / "session-dialog-edit.png"))
