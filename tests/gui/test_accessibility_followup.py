"""The action plan's evaluation step, the library and framework editors and the contract follow-up as a
screen reader and a keyboard user meet them: names that hold the visible words, tables with header
names, descriptions that say where a value came from, and changes out of sight (a value taken over, a
level below the agreed one, a refused edit, a failed save) read out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ambitieweb.gui.app import install_translators
from ambitieweb.gui.frameworks.editor import FrameworkEditor
from ambitieweb.gui.frameworks.library_editor import LibraryEditor
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.store_opener import open_store
from ambitieweb.store.plans import PlanRepository
from tests.gui.accessibility import (
    accessible_name,
    hidden_label_texts,
    mnemonic_clashes,
    names_without_labels,
    tab_problems,
    unnamed_controls,
)
from tests.gui.test_contract import agreed_web, contract_page, field, review_on, write_into
from tests.gui.test_framework_editor import start_from, type_line, type_text
from tests.gui.test_framework_saving import read_only
from tests.gui.test_library_editor import write_zero_emission
from tests.gui.test_plan import cell, choose_in
from tests.gui.test_plan_realised import followed_plan, opened

Said = list[tuple[str, bool]]  # message, assertive


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Said:
    heard: Said = []
    update = QAccessible.updateAccessibility

    def listen(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            assert isinstance(event, QAccessibleAnnouncementEvent)
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            heard.append((event.message(), assertive))
        update(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    return heard


def well_read(window: QWidget) -> list[str]:
    found = hidden_label_texts(window) + unnamed_controls(window) + names_without_labels(window)
    found += [f"mnemonic {k}: {v}" for k, v in mnemonic_clashes(window).items()]
    return found + tab_problems(window)


def cells(table: QWidget) -> Iterator[QAccessibleInterface]:
    interface = QAccessible.queryAccessibleInterface(table)
    assert interface is not None
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and child.role() == QAccessible.Role.Cell:
            yield child


@pytest.mark.sqlite_only  # a read-only SQLite file refuses the save
def test_the_evaluation_step_reads_well_and_says_what_it_took_over_or_could_not_save(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, said: Said
) -> None:
    plan = followed_plan(window)
    page, controller = opened(window, qtbot, plan.id)
    evaluation = page.evaluation
    qtbot.waitUntil(evaluation.isVisible)  # the step is laid in its tab once that is shown
    evaluation.realised_table.setFocus()
    assert well_read(window) == []
    assert page.title.text() == "Evaluatie <contracten> & co"  # shown as typed, read as shown

    # What fell short is in words above its table (not only in a cell), read with the box
    short = (
        "▼ Lager gerealiseerd dan gepland: Ketenverantwoordelijkheid (Internationale Sociale Voorwaarden) "
    )
    assert (
        evaluation.short_note.isVisible()
        and evaluation.short_note.text() == short + "(Schoonmaak <stadhuis>)."
    )
    assert accessible_name(evaluation.short_note) == evaluation.short_note.text()

    # Contracts read again while the step is shown (a web edited elsewhere): a new shortfall is read out
    followed = dict(controller.followed)
    said.clear()
    controller._contracts_read(controller._reading, {})  # as the worker hands its result over
    assert not evaluation.short_note.isVisible() and said == []
    controller._contracts_read(controller._reading, followed)
    assert evaluation.short_note.isVisible() and said == [(evaluation.short_note.text(), False)]

    # A typed value's cell names its column and says where the contracts' value comes from
    [typed] = [c for c in cells(evaluation.realised_table) if c.text(QAccessible.Text.Name) == "55"]
    header = typed.tableCellInterface().columnHeaderCells()
    assert [h.text(QAccessible.Text.Name) for h in header] == ["2027"]
    description = typed.text(QAccessible.Text.Description)
    assert description.startswith("Uit contracten: 60, van:") and "Schoonmaak <stadhuis>" in description
    [empty] = [c for c in cells(evaluation.realised_table) if c.text(QAccessible.Text.Name) == "80"]
    assert empty.text(QAccessible.Text.Description) == ""  # 2029: nothing measured

    # Taken over: the table changes away from the button, so the count is read out
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: int(QMessageBox.StandardButton.Yes))
    assert window.repository is not None
    with read_only(window.repository.engine):
        qtbot.mouseClick(evaluation.take_over_button, Qt.MouseButton.LeftButton)
    failed = [text for text, assertive in said if assertive]
    assert controller.unsaved and len(failed) == 1 and page.message.text() == failed[0]  # heard at once
    assert said[-1] == ("Waarden uit de contracten overgenomen: 2", False)
    assert controller.plan.goals[0].realised == {2027: 60.0, 2028: 72.5, 2029: 80.0}


def new_library_criterion(window: MainWindow, qtbot: QtBot) -> LibraryEditor:
    """The library editor, opened from its menu item, with a new criterion (a click on its button)."""
    window.frameworks.library_action.trigger()
    library = window.frameworks.library_editor
    assert library is not None
    qtbot.waitExposed(library)
    library.activateWindow()
    qtbot.waitUntil(library.isActiveWindow)
    qtbot.mouseClick(library.ui.newButton, Qt.MouseButton.LeftButton)
    return library


def new_framework(window: MainWindow, qtbot: QtBot) -> FrameworkEditor:
    """The framework editor, opened from its menu item, with a new framework and the themes focused."""
    window.frameworks.action.trigger()
    editor = window.frameworks.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.ui.newButton.click()
    editor.ui.themeList.setFocus()
    return editor


def test_the_editors_messages_are_read_as_shown_and_said_at_once(
    window: MainWindow, qtbot: QtBot, said: Said
) -> None:
    library = new_library_criterion(window, qtbot)
    type_text(qtbot, library.ui.guidanceEdit, "   ")  # refused: a guidance of spaces
    message = library.ui.messageLabel.text()
    assert message.startswith("criterium 'eigen-nieuw-criterium', veld toelichting:")
    assert said[-1] == (message, True)
    library.ui.criteriaList.setFocus()
    assert well_read(library) == []  # the message's name is its text, not "Melding"
    library.close()

    editor = new_framework(window, qtbot)
    assert well_read(editor) == []  # "Themanaam" and "Samenvoegen met volgende" in their names
    editor.say("Kader <b>niet</b> opgeslagen")
    assert editor.ui.messageLabel.textFormat() == Qt.TextFormat.PlainText
    assert accessible_name(editor.ui.messageLabel) == "Kader <b>niet</b> opgeslagen"
    assert said[-1] == ("Kader <b>niet</b> opgeslagen", True)
    editor.say("")
    assert said[-1][0] != ""  # clearing the message is not read
    editor.close()


def test_a_level_below_the_agreed_one_and_a_refused_date_are_said_in_the_review(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, said: Said
) -> None:
    agreed_web(window, monkeypatch)
    page = contract_page(window)
    review_on(page, dt.date(2027, 3, 1), qtbot)
    editor = page.editor
    page.reviews.setFocus()
    assert well_read(window) == []  # "Datum gesprek", "Aanwezig", "Waarde (€, excl. btw)" in the names
    assert accessible_name(editor.date) == "Datum gesprek"
    assert accessible_name(page.form.rhythm) == "Ritme van de gesprekken"
    said.clear()

    editor.tabs.setCurrentIndex(2)  # Thema's
    view = editor.views["themes"]
    theme = editor.themes.text(0, editor.themes.columns[0])
    choose_in(qtbot, view, cell(view, 0, "Gerealiseerd"), "0 niets gerealiseerd")
    assert cell(view, 0, "Signaal").data() == "⚠ onder het vastgestelde niveau"
    assert said == [(f"⚠ Onder het vastgestelde niveau: {theme}.", False)]
    choose_in(qtbot, view, cell(view, 0, "Gerealiseerd"), "niet beoordeeld")
    assert said[-1] == ("Geen thema meer onder het vastgestelde niveau.", False)
    count = len(said)
    editor.participants.setFocus()
    field(qtbot, editor.participants, "Wouter Brouwer")  # an edit that changes no level: not said
    assert len(said) == count

    field(qtbot, editor.date, "31-02-2027")
    assert said[-1] == (page.message.text(), True) and "31-02-2027" in page.message.text()


def test_the_share_of_criteria_met_is_said_when_a_status_changes_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, said: Said
) -> None:
    agreed_web(window, monkeypatch)
    page = contract_page(window)
    review_on(page, dt.date(2027, 3, 1), qtbot)
    checks = page.editor.views["checks"]
    said.clear()
    choose_in(qtbot, checks, cell(checks, 0, "Status"), "nagekomen")
    assert said == [("Nagekomen: 100% van de beoordeelde criteria.", False)]
    choose_in(qtbot, checks, cell(checks, 1, "Status"), "niet")
    assert said[-1] == ("Nagekomen: 50% van de beoordeelde criteria.", False)
    count = len(said)
    write_into(qtbot, checks, cell(checks, 0, "Bewijs ontvangen"), "Kentekenlijst")  # the share stays
    assert len(said) == count
    choose_in(qtbot, checks, cell(checks, 0, "Status"), "nog niet te beoordelen")
    choose_in(qtbot, checks, cell(checks, 1, "Status"), "nog niet te beoordelen")
    assert said[-1] == ("Nog geen criterium beoordeeld.", False)


@pytest.fixture
def english(qtbot: QtBot, qapp: QApplication, database_url: str, tmp_path: Path) -> Iterator[MainWindow]:
    translators = install_translators(qapp, "en")
    window = MainWindow(
        language="en", settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert open_store(window, database_url, "en")
    yield window
    window.close()
    if window.repository is not None:
        window.repository.close()
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "nl")


def test_in_english_the_same_views_read_and_tab_well(
    english: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = english
    plan = followed_plan(window)
    page, _controller = opened(window, qtbot, plan.id)
    evaluation = page.evaluation
    qtbot.waitUntil(evaluation.isVisible)
    evaluation.realised_table.setFocus()
    assert well_read(window) == []
    assert evaluation.take_over_button.text() == "Take values over from &contracts…"
    assert evaluation.short_note.text().startswith("▼ Realised below plan: ")
    assert evaluation.tenders.text(1, 4) == "2 ▼ below plan"
    assert window.grab().save(str(tmp_path / "evaluation-en.png"))  # looked at by hand
    window.plans.close()

    agreed_web(window, monkeypatch)
    window.contracts.action.trigger()
    contract = window.contracts.page
    assert contract is not None
    review_on(contract, dt.date(2027, 3, 1), qtbot)
    contract.reviews.setFocus()
    assert well_read(window) == []
    assert accessible_name(contract.editor.participants) == "Present at the review"


def test_in_english_the_editors_read_and_tab_well(english: MainWindow, qtbot: QtBot) -> None:
    window = english
    library = new_library_criterion(window, qtbot)
    library.ui.criteriaList.setFocus()
    assert well_read(library) == []
    library.close()

    editor = new_framework(window, qtbot)
    assert well_read(editor) == []
    editor.close()


def steps_read_well(window: MainWindow, qtbot: QtBot) -> dict[int, list[str]]:
    """Each of the plan's seven steps: no Alt key shared with the menu bar or another control, names
    that hold what their labels show."""
    page, _controller = opened(window, qtbot, followed_plan(window).id)
    found = {}
    for number in range(1, 8):
        page.show_step(number)
        qtbot.waitUntil(page.step(number).isVisible)
        problems = hidden_label_texts(window) + names_without_labels(window)
        problems += [f"mnemonic {k}: {v}" for k, v in mnemonic_clashes(window).items()]
        if problems:
            found[number] = problems
    return found


def test_no_plan_step_shares_an_alt_key(window: MainWindow, qtbot: QtBot) -> None:
    assert steps_read_well(window, qtbot) == {}


def test_no_plan_step_shares_an_alt_key_in_english(english: MainWindow, qtbot: QtBot) -> None:
    assert steps_read_well(english, qtbot) == {}


def test_the_evaluation_s_columns_show_their_texts_whole(window: MainWindow, qtbot: QtBot) -> None:
    """A partially sighted user reads '2 ▼ lager dan gepland', the review's date and the contracts'
    values without a tooltip: those columns are as wide as their texts."""
    page, _controller = opened(window, qtbot, followed_plan(window).id)
    evaluation = page.evaluation
    qtbot.waitUntil(evaluation.isVisible)
    for view in (evaluation.tenders_table, evaluation.realised_table):
        model, metrics = view.model(), view.fontMetrics()
        for column in range(1, model.columnCount()):
            texts = [str(model.index(row, column).data()) for row in range(model.rowCount())]
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
            needed = max(metrics.horizontalAdvance(text) for text in texts)
            assert view.columnWidth(column) >= needed, (
                model.headerData(column, Qt.Orientation.Horizontal),
                texts,
            )


@pytest.mark.sqlite_only  # a read-only SQLite file refuses the save
def test_a_failed_library_save_is_said_and_so_is_the_save_that_follows(
    window: MainWindow, qtbot: QtBot, said: Said
) -> None:
    window.frameworks.library_action.trigger()
    library = window.frameworks.library_editor
    assert library is not None and window.repository is not None
    qtbot.waitExposed(library)
    library.activateWindow()
    qtbot.waitUntil(library.isActiveWindow)
    write_zero_emission(library, qtbot)
    library.wait()
    with read_only(window.repository.engine):
        type_line(qtbot, library.ui.titleEdit, "Stille bouwlogistiek")
        library.wait()
    message = library.ui.messageLabel.text()
    assert "alleen-lezen" in message and said[-1] == (message, True)
    qtbot.mouseClick(library.ui.retryButton, Qt.MouseButton.LeftButton)
    library.wait()
    qtbot.waitUntil(lambda: not library.ui.retryButton.isVisible())
    assert said[-1] == ("De bibliotheek is opgeslagen.", False)
    library.close()


@pytest.mark.sqlite_only  # a read-only SQLite file refuses the save
def test_a_failed_framework_save_is_said_and_so_is_the_save_that_follows(
    window: MainWindow, qtbot: QtBot, said: Said
) -> None:
    window.frameworks.action.trigger()
    editor = window.frameworks.editor
    assert isinstance(editor, FrameworkEditor)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    start_from(editor, qtbot, "Leeg kader")
    editor.wait()
    assert window.repository is not None
    with read_only(window.repository.engine):
        editor.ui.themeList.setCurrentRow(0)
        type_line(qtbot, editor.ui.nameEdit, "Welzijn")
        editor.wait()
    message = editor.ui.messageLabel.text()
    assert "alleen-lezen" in message and said[-1] == (message, True)
    qtbot.mouseClick(editor.ui.retryButton, Qt.MouseButton.LeftButton)
    editor.wait()
    qtbot.waitUntil(lambda: not editor.ui.retryButton.isVisible())
    assert said[-1] == ("Het kader is opgeslagen.", False)
    editor.close()


def test_without_contracts_the_disabled_take_over_says_why_on_screen(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.repository is not None
    [summary] = PlanRepository(window.repository.engine).list_plans()  # an example plan: no contracts
    window.plans.open_plan(summary.id)
    page, controller = window.plans.page, window.plans.controller
    assert page is not None and controller is not None
    qtbot.waitUntil(lambda: controller.contracts_job is None or not controller.contracts_job.running)
    page.show_step(7)
    evaluation = page.evaluation
    qtbot.waitUntil(evaluation.isVisible)
    why = "Geen van de aanbestedingen heeft (nog) een contractopvolging."
    assert not evaluation.take_over_button.isEnabled()
    assert evaluation.no_contracts.isVisible() and accessible_name(evaluation.no_contracts) == why
    button = QAccessible.queryAccessibleInterface(evaluation.take_over_button)
    assert button is not None and button.text(QAccessible.Text.Description) == why


def test_with_contracts_the_take_over_s_note_is_gone(window: MainWindow, qtbot: QtBot) -> None:
    page, _controller = opened(window, qtbot, followed_plan(window).id)
    qtbot.waitUntil(page.evaluation.isVisible)
    assert page.evaluation.take_over_button.isEnabled() and not page.evaluation.no_contracts.isVisible()
