"""An open session's themes changed from the window: Innovatie added, a theme dropped after being told
what goes, an own theme added; a newer framework version announced and moved to; each undoable."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.frameworks.session_themes import MoveVersionDialog, NewerVersionBar, SessionThemesDialog
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.model import framework_edits as edits
from ambitieweb.model.framework import check_framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session
from ambitieweb.store.frameworks import FrameworkRepository
from tests.gui.accessibility import mnemonic_clashes, unnamed_controls
from tests.gui.sessions import open_titled, stored


def answer(monkeypatch: pytest.MonkeyPatch, act: Callable[[QDialog], bool]) -> list[QDialog]:
    """Dialogs opened with exec() are shown, driven by `act`, and accepted if it says so."""
    seen: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.show()
        accepted = act(dialog)
        return (QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected).value

    monkeypatch.setattr(QDialog, "exec", exec_)
    return seen


def check(dialog: SessionThemesDialog, theme_id: str, on: bool) -> None:
    for row in range(dialog.themeList.count()):
        item = dialog.themeList.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == theme_id:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return
    raise AssertionError(theme_id)


def test_add_innovatie_and_drop_klimaat_after_being_told_then_undo(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    open_titled(window, "Schoonmaak")
    assert window.controller is not None
    before = {e.theme_id: e.model_copy(deep=True) for e in window.controller.session.themes}
    criteria = len(window.controller.session.criteria)
    klimaat_criteria = sum(1 for c in window.controller.session.criteria if c.theme_id == "klimaat")
    told: list[str] = []

    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, SessionThemesDialog)
        assert unnamed_controls(dialog) == [] and mnemonic_clashes(dialog) == {}
        assert dialog.dropLabel.text() == "Er wordt niets weggehaald."
        check(dialog, "innovatie", True)
        check(dialog, "klimaat", False)
        told.append(dialog.dropLabel.text())
        return True

    answer(monkeypatch, choose)
    window.frameworks.themes_action.trigger()  # Sessie › Thema's van de sessie…
    assert told[0].startswith("Wordt weggehaald (terug te halen met Ongedaan maken):\n• Klimaat: ambitie")
    session = stored(window)
    assert [e.theme_id for e in session.themes] == [
        "milieu",
        "circulair",
        "ketenverantwoordelijkheid",
        "diversiteit-inclusie",
        "social-return",
        "innovatie",
    ]
    assert all(session.entry(k) == v for k, v in before.items() if k != "klimaat")
    assert len(session.criteria) == criteria - klimaat_criteria
    workspace = window.workspace
    assert workspace is not None and workspace.themes.rowCount() == 6  # views built for the new themes
    window.undo_action.trigger()  # Ctrl+Z: Klimaat and its criteria are back
    session = stored(window)
    assert {e.theme_id: e for e in session.themes} == before and len(session.criteria) == criteria
    assert window.workspace is not None and window.workspace.themes.rowCount() == len(before)


def test_an_own_theme_moves_the_session_to_an_own_framework(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    open_titled(window, "Schoonmaak")
    assert window.controller is not None
    before = [e.model_copy(deep=True) for e in window.controller.session.themes]

    def add_welzijn(dialog: QDialog) -> bool:
        assert isinstance(dialog, SessionThemesDialog)
        qtbot.keyClicks(dialog.ownEdit, "Welzijn")
        return True

    answer(monkeypatch, add_welzijn)
    window.frameworks.themes_action.trigger()
    assert window.controller.session.themes == before  # the framework is stored in the background first
    qtbot.waitUntil(
        lambda: window.controller is not None and len(window.controller.session.themes) == len(before) + 1
    )
    session = stored(window)
    assert session.framework_id == "mvi-nationaal-plan-eigen"
    assert session.themes[:-1] == before and session.themes[-1].theme_id == "welzijn"
    assert window.repository is not None
    own = FrameworkRepository(window.repository.engine).get("mvi-nationaal-plan-eigen")
    assert own.themes[-1].name == "Welzijn"
    assert window.controller.framework == own
    assert window.controller.theme_name(len(session.themes) - 1) == "Welzijn"


def test_a_newer_version_is_announced_and_moved_to_with_the_differences_listed_first(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    assert window.repository is not None and window.catalogue is not None
    frameworks = FrameworkRepository(window.repository.engine)
    preset = window.catalogue.framework("inkopen-met-impact")
    first = frameworks.save(
        check_framework(edits.from_template(preset, "rijk-eigen", "Rijk eigen", "2027-01-01"))
    )
    session = Session.new(first, "Inhuur 2028")
    session.themes[0].ambition = Level.AMBITIOUS
    session.themes[1].rationale = "Circulair is ons speerpunt."
    window.repository.create(session)
    renamed = check_framework(edits.set_theme_field(first, 0, "name", "Klimaat en energie"))
    second = frameworks.save(check_framework(edits.add_theme(renamed, "Welzijn")))
    assert second.version == "1.1"  # 1.0 is in use
    job = window.own_frameworks_changed()  # read in a worker
    assert job is not None
    with qtbot.waitSignal(job.finished):
        pass
    window.refresh()
    open_titled(window, "Inhuur 2028")
    bar = window.frameworks.bar
    assert bar is not None and bar.isVisible()
    assert bar.label.text() == "Een nieuwere versie van dit kader bestaat (versie 1.1, 2027-01-01)."
    listed: list[str] = []

    def agree(dialog: QDialog) -> bool:
        assert isinstance(dialog, MoveVersionDialog)
        listed.append(dialog.summary.text())
        return True

    answer(monkeypatch, agree)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert "Thema 'Klimaat' heet nu 'Klimaat en energie'" in listed[0] and "Nieuw thema: Welzijn" in listed[0]
    moved = stored(window)
    assert moved.framework_version == "1.1" and moved.themes[-1].theme_id == "welzijn"
    assert moved.entry("klimaat").ambition is Level.AMBITIOUS
    assert moved.entry("circulair").rationale == "Circulair is ons speerpunt."
    assert window.frameworks.bar is not None and not window.frameworks.bar.isVisible()
    assert window.controller is not None and window.controller.theme_name(0) == "Klimaat en energie"


def test_cancelling_changes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    open_titled(window, "Schoonmaak")
    assert window.controller is not None
    before = window.controller.session.model_copy(deep=True)

    def cancel(dialog: QDialog) -> bool:
        assert isinstance(dialog, SessionThemesDialog)
        check(dialog, "klimaat", False)
        return False

    answer(monkeypatch, cancel)
    window.frameworks.themes_action.trigger()
    assert stored(window).themes == before.themes and window.controller.undo_stack.count() == 0


def test_a_percent_placeholder_in_a_framework_title_stays_as_typed(
    catalogue: Catalogue, qtbot: QtBot
) -> None:
    """A title is put into the message in one pass: its '%2' is not filled with the version."""
    preset = catalogue.framework("inkopen-met-impact")
    first = check_framework(edits.from_template(preset, "rijk-eigen", "Kader %2 en %3", "2027-01-01"))
    newer = check_framework(edits.add_theme(first.model_copy(update={"version": "1.1"}), "Welzijn"))
    dialog = MoveVersionDialog(Session.new(first, "Inhuur 2028"), first, newer, "nl")
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("Kader 'Kader %2 en %3': van versie 1.0 naar versie 1.1.\n")
    bar = NewerVersionBar()
    qtbot.addWidget(bar)
    bar.show_newer(newer.model_copy(update={"version": "%1 %2"}))
    assert bar.label.text() == "Een nieuwere versie van dit kader bestaat (versie %1 %2, 2027-01-01)."
