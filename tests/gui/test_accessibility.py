"""Every window and dialog walked as a screen reader (Qt's accessibility interfaces) and a keyboard
user (Tab) meet it, in Dutch and in English; announcements of changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ambitieweb.gui.app import install_translators
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.store_opener import open_store
from tests.gui.accessibility import (
    controls,
    hidden_label_texts,
    menu_clashes,
    mnemonic_clashes,
    tab_problems,
    unnamed_controls,
)
from tests.gui.sessions import open_titled, start_presenting

Audit = Callable[[str, QWidget], None]


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "nl")


@pytest.fixture
def problems() -> dict[str, list[str]]:
    return {}


@pytest.fixture
def audit(qtbot: QtBot, problems: dict[str, list[str]]) -> Audit:
    """Check one window as it is shown now; what is wrong goes into `problems` under `where`."""

    def check(where: str, window: QWidget) -> None:
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not window:
            (window.focusWidget() or next(iter(controls(window)))).setFocus(Qt.FocusReason.OtherFocusReason)
        found = hidden_label_texts(window) + unnamed_controls(window)
        found += [f"mnemonic {k}: {v}" for k, v in mnemonic_clashes(window).items()]
        if isinstance(window, MainWindow):
            found += [f"menu mnemonic {k}: {v}" for k, v in menu_clashes(window).items()]
        found += tab_problems(window)
        if found:
            problems[where] = found

    return check


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, audit: Audit) -> list[str]:
    """Every dialog the program opens is audited while it is open, then closed."""
    seen: list[str] = []

    def exec_(dialog: QDialog) -> int:
        name = type(dialog).__name__
        seen.append(name)
        dialog.show()
        audit(name, dialog)
        dialog.reject()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QDialog, "exec", exec_)
    return seen


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen; F1 raises the help
def test_every_window_and_dialog_reads_and_tabs_well(
    qtbot: QtBot,
    database_url: str,
    language: str,
    audit: Audit,
    dialogs: list[str],
    problems: dict[str, list[str]],
    tmp_path: Any,
) -> None:
    window = MainWindow(
        language=language, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert open_store(window, database_url, language)
    window.ui.sessionTable.setFocus()
    audit("session list", window)

    window.new_session()  # SessionDialog
    workspace = open_titled(window, "N123")
    tabs = workspace.ui.detailTabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        workspace.ui.themeTable.setFocus()
        audit(f"workspace, tab {tabs.tabText(index)}", window)
    workspace._show_problem("Opslaan mislukt")  # the message bar with its two buttons
    audit("workspace with a message", window)
    workspace.ui.messageBar.hide()
    window.edit_details()  # SessionDialog
    window.edit_participants()  # ParticipantsDialog
    window.show_snapshots()  # SnapshotDialog
    window.export_documents()  # ExportDialog
    tabs.setCurrentWidget(workspace.ui.criteriaTab)
    workspace.criteria.ui.ownButton.click()  # CriterionDialog (window-modal: open(), not exec())
    [criterion] = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "CriterionDialog"]
    audit("CriterionDialog", criterion)
    assert isinstance(criterion, QDialog)
    criterion.reject()
    window.show_help()
    assert window._help is not None
    audit("help", window._help)
    window._help.close()
    editor = window.frameworks.show_editor()  # Bestand › Kaders…: the framework editor
    assert editor is not None
    editor.ui.newButton.click()  # an own framework from the first template: every field enabled
    editor.ui.themeList.setFocus()
    audit("FrameworkEditor", editor)
    editor.close()

    presenter = start_presenting(window, qtbot)
    presenter.view.focus_votes()
    window.activateWindow()
    audit("presenter view", window)
    audience = presenter.audience
    problems_audience = hidden_label_texts(audience) + unnamed_controls(audience)
    if problems_audience:
        problems["audience window"] = problems_audience
    presenter.open_notes()  # one screen here: the notes dialog over the audience view
    assert presenter._notes is not None
    audit("notes", presenter._notes)
    presenter._notes.close()
    window.stop_presenting()

    assert window.controller is not None and window.controller.agree() is not None
    window.contracts.start()  # Sessie › Contractopvolging… on the agreed web
    page = window.contracts.page
    assert page is not None
    page.new_review()
    for index in range(page.editor.tabs.count()):
        page.editor.tabs.setCurrentIndex(index)
        page.reviews.setFocus()
        audit(f"contract follow-up, review tab {page.editor.tabs.tabText(index)}", window)
    page.tabs.setCurrentIndex(1)
    page.comparison_view.setFocus()
    audit("contract follow-up, agreed against realised", window)
    window.contracts.overview_action.trigger()  # Bestand › Contracten…
    qtbot.waitUntil(lambda: window.contracts.overview is not None and window.contracts.overview.isVisible())
    assert window.contracts.overview is not None
    audit("ContractOverview", window.contracts.overview)
    window.contracts.overview.close()

    assert {"SessionDialog", "ParticipantsDialog", "SnapshotDialog", "ExportDialog"} <= set(dialogs)
    assert not problems, "\n".join(f"{where}: {found}" for where, found in problems.items())


def test_level_changes_are_announced_however_they_are_made(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[tuple[str, bool]] = []

    def update(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            assert isinstance(event, QAccessibleAnnouncementEvent)
            said.append((event.message(), event.politeness() == QAccessible.AnnouncementPoliteness.Assertive))

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    workspace = open_titled(window, "N123")
    table = workspace.ui.themeTable
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.keyClick(table, Qt.Key.Key_3, Qt.KeyboardModifier.ShiftModifier)
    workspace._level_picked(0, 1)  # a click on the radar's first ring
    window.undo_action.trigger()
    name = workspace.controller.theme_name(0)
    assert said == [
        (f"Ambitie {name}: 2 significant", False),
        (f"Huidige situatie {name}: 3 ambitieus", False),
        (f"Ambitie {name}: 1 basis", False),
        (f"Ambitie {name}: 2 significant", False),
    ]
    qtbot.keyClick(table, Qt.Key.Key_Down)  # another theme: read with it, not announced
    assert len(said) == 4
    workspace.controller.saveFailed.emit("De database is weg.")
    assert said[-1] == ("De database is weg.", True)  # a save failure interrupts


def test_the_search_field_s_clear_button_and_cell_editors_are_named(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QToolButton

    [clear] = window.ui.searchEdit.findChildren(QToolButton)
    qtbot.keyClicks(window.ui.searchEdit, "n123")
    assert QAccessible.queryAccessibleInterface(clear).text(QAccessible.Text.Name) == "Zoekveld leegmaken"
    workspace = open_titled(window, "N123")
    table = workspace.ui.themeTable
    for column, name in ((1, "Huidig"), (2, "Ambitie")):
        table.edit(workspace.themes.index(0, column))
        editor = QApplication.focusWidget()
        assert editor is not None and editor.accessibleName() == name
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    workspace.ui.detailTabs.setCurrentWidget(workspace.ui.goalsTab)
    workspace.ui.addGoalButton.click()
    editor = QApplication.focusWidget()
    assert editor is not None and editor.accessibleName() == "Indicator"
