"""New session, session details and participants, reached from the main window as a user would."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.sessions.participants_dialog import ParticipantsDialog
from ambitieweb.gui.sessions.session_dialog import SessionDialog
from ambitieweb.model.session import Role
from tests.gui.sessions import stored


def test_a_new_session_from_a_framework_opens_ready_to_work(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_in(dialog: SessionDialog) -> int:
        qtbot.keyClicks(dialog.ui.titleEdit, "Groenonderhoud 2028")
        qtbot.keyClicks(dialog.ui.organisationEdit, "Gemeente Zuiderhaven")
        combo = dialog.ui.frameworkCombo
        combo.setCurrentIndex(next(i for i in range(combo.count()) if "GWW" in combo.itemText(i)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SessionDialog, "exec", fill_in)
    window.ui.actionNew.trigger()
    assert window.controller is not None and window.workspace is not None
    session = window.controller.session
    assert (session.title, session.organisation, session.framework_id) == (
        "Groenonderhoud 2028",
        "Gemeente Zuiderhaven",
        "duurzaam-gww",
    )
    assert window.workspace.themes.rowCount() == 12
    assert window.repository is not None and window.repository.get(session.id).title == "Groenonderhoud 2028"
    window.ui.actionBackToList.trigger()
    assert window.sessions.rowCount() == 6
    assert window.undo_action.text() == "Ongedaan maken Nieuwe sessie 'Groenonderhoud 2028'"
    window.undo_action.trigger()  # back in the list, undo removes the new session again
    assert window.sessions.rowCount() == 5


def test_session_details_are_edited_and_undoable(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.ui.sessionTable.selectRow(0)
    window.ui.actionOpen.trigger()  # read in the background: the session shows a moment later
    qtbot.waitUntil(lambda: window.controller is not None)
    assert window.controller is not None
    before = window.controller.session.title

    def rename(dialog: SessionDialog) -> int:
        dialog.ui.titleEdit.clear()
        qtbot.keyClicks(dialog.ui.titleEdit, "Nieuwe titel <b>&</b>")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SessionDialog, "exec", rename)
    window.ui.actionDetails.trigger()
    assert window.controller.session.title == "Nieuwe titel <b>&</b>"
    assert window.workspace is not None and window.workspace.ui.sessionTitle.text() == "Nieuwe titel <b>&</b>"
    assert "Nieuwe titel" in window.windowTitle()
    window.undo_action.trigger()
    assert window.controller.session.title == before


def test_participants_are_managed_from_the_menu(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.ui.sessionTable.selectRow(0)
    window.ui.actionOpen.trigger()
    qtbot.waitUntil(lambda: window.controller is not None)
    assert window.controller is not None and window.repository is not None
    count = len(window.controller.session.participants)

    def add_one(dialog: ParticipantsDialog) -> int:
        model = dialog.model
        model.insertRows(model.rowCount(), 1)
        row = model.rowCount() - 1
        model.setData(model.index(row, 0), "Sanne de Vries")
        model.setData(model.index(row, 1), Role.CONTRACTMANAGER.value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantsDialog, "exec", add_one)
    window.ui.actionParticipants.trigger()
    people = stored(window).participants
    assert len(people) == count + 1
    assert (people[-1].name, people[-1].role) == ("Sanne de Vries", Role.CONTRACTMANAGER)


def test_documents_are_exported_from_the_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ambitieweb.gui.documents.export_dialog import ExportDialog

    assert window.repository is not None
    [cleaning] = [s for s in window.repository.list_sessions() if "Schoonmaak" in s.title]
    window.open_session(cleaning.id)
    written: list[Path] = []

    def export(dialog: ExportDialog) -> int:
        written.append(dialog.export_to(tmp_path / "kaart.pdf", "ambitiekaart", "pdf", None))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", export)
    window.ui.actionExportDocuments.trigger()
    text = subprocess.run(
        ["pdftotext", str(written[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Schoonmaakdiensten" in text and "Ambitiekaart" in text
