"""The framework editor stores in the background: the window never waits for the database, edits are
found back after a restart, quick edits to a version in use land in one new version, and a save the
database refuses is said, kept on screen and saved again when the user asks."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from ambitieweb.gui.frameworks.editor import FrameworkEditor
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.store_opener import open_store
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session
from ambitieweb.store.frameworks import FrameworkRepository
from tests.gui.test_framework_editor import editor, names, start_from, stored, type_line, type_text

__all__ = ["editor"]  # the fixture, shared with the editor's other tests


@contextmanager
def read_only(engine: Engine) -> Iterator[None]:
    """The SQLite database refuses every write (as a read-only file would) until the block ends."""

    def refuse(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    engine.dispose()
    event.listen(engine, "connect", refuse)
    try:
        yield
    finally:
        event.remove(engine, "connect", refuse)  # the file is writable again
        engine.dispose()


@pytest.fixture
def slow_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Every store of a framework takes 400 ms (a far server) until the event is set."""
    fast = threading.Event()
    put = FrameworkRepository.put

    def slow(self: FrameworkRepository, *args: Any) -> Framework | None:
        if not fast.is_set():
            time.sleep(0.4)
        return put(self, *args)

    monkeypatch.setattr(FrameworkRepository, "put", slow)
    yield fast
    fast.set()


def test_edits_are_shown_at_once_stored_in_the_background_and_found_after_a_restart(
    window: MainWindow,
    editor: FrameworkEditor,
    qtbot: QtBot,
    database_url: str,
    slow_store: threading.Event,
) -> None:
    started = time.perf_counter()
    framework = start_from(editor, qtbot, "Inkopen met Impact")
    editor.ui.themeList.setCurrentRow(1)
    qtbot.mouseClick(editor.ui.splitButton, Qt.MouseButton.LeftButton)
    type_line(qtbot, editor.ui.nameEdit, "Circulair: materialen")
    type_text(qtbot, editor.levelEdits["ambitious"], "Alleen hergebruikte materialen.")
    took = time.perf_counter() - started
    assert took < 0.4, f"four edits took {took:.2f} s on the GUI thread: the store must not wait"
    assert names(editor.framework)[1:3] == ["Circulair: materialen", "Circulair (deel 2)"]
    assert editor.store.busy  # still storing: the edits are on screen before they are stored
    slow_store.set()
    expected = editor.framework
    assert stored(window).get(framework.id) == expected  # `stored` waits for the editor's work
    assert window.catalogue is not None and window.catalogue.framework(framework.id) == expected
    assert editor.ui.templateCombo.currentText().startswith("Sjabloon: Inkopen met Impact")  # kept
    assert editor.ui.frameworkCombo.currentText() == f"{expected.title} (1.0)"
    editor.close()
    second = MainWindow()  # a restart: a new window on the same database finds it all
    qtbot.addWidget(second)
    assert open_store(second, database_url, "nl")
    second.frameworks.action.trigger()
    reopened = second.frameworks.editor
    assert reopened is not None and reopened.framework == expected
    assert reopened.ui.themeList.item(1).text() == "Circulair: materialen"
    reopened.ui.themeList.setCurrentRow(1)
    assert reopened.levelEdits["ambitious"].toPlainText() == "Alleen hergebruikte materialen."
    reopened.close()
    second.close()


def test_quick_edits_of_a_version_in_use_land_in_one_new_version(
    window: MainWindow, editor: FrameworkEditor, qtbot: QtBot, slow_store: threading.Event
) -> None:
    framework = start_from(editor, qtbot, "Leeg kader")
    editor.wait()
    assert window.repository is not None
    window.repository.create(Session.new(framework, "Inhuur 2028"))
    editor.ui.themeList.setCurrentRow(0)
    type_line(qtbot, editor.ui.nameEdit, "Klimaat")  # 1.0 is in use: stored as 1.1 ...
    editor.ui.themeList.setCurrentRow(1)
    type_line(qtbot, editor.ui.nameEdit, "Welzijn")  # ... and this, made before that came back, too
    assert editor.framework is not None and editor.framework.version == "1.0"  # not known yet
    editor.wait()
    assert editor.framework.version == "1.1" and names(editor.framework)[:2] == ["Klimaat", "Welzijn"]
    versions = stored(window).all_versions()
    assert [(f.version, names(f)[:2]) for f in versions] == [
        ("1.0", ["Thema 1", "Thema 2"]),
        ("1.1", ["Klimaat", "Welzijn"]),
    ]
    editor.undo_stack.undo()
    editor.undo_stack.undo()  # back to the version in use: the new one goes, as no session uses it
    assert [f.version for f in stored(window).all_versions()] == ["1.0"]
    assert editor.framework == framework
    editor.undo_stack.redo()
    assert [f.version for f in stored(window).all_versions()] == ["1.0", "1.1"]
    assert editor.framework is not None and names(editor.framework)[:2] == ["Klimaat", "Thema 2"]


@pytest.mark.sqlite_only
def test_a_read_only_database_is_said_and_the_edit_kept_and_saved_again(
    window: MainWindow, editor: FrameworkEditor, qtbot: QtBot
) -> None:
    framework = start_from(editor, qtbot, "Leeg kader")
    editor.wait()
    assert window.repository is not None and not editor.ui.retryButton.isVisible()
    with read_only(window.repository.engine):
        editor.ui.themeList.setCurrentRow(0)
        type_line(qtbot, editor.ui.nameEdit, "Welzijn")
        type_text(qtbot, editor.ui.themeDescription, "Gezondheid van inwoners.")
        editor.wait()
        message = editor.ui.messageLabel.text()
        assert "het databasebestand is alleen-lezen" in message and "Opnieuw opslaan" in message
        assert editor.ui.retryButton.isVisible()
        assert editor.ui.retryButton.accessibleName() == "Opnieuw opslaan"
        assert stored(window).get(framework.id) == framework  # nothing half stored
        edited = editor.framework
        assert edited is not None and edited.themes[0].name == "Welzijn"  # kept on screen
        assert edited.themes[0].description == "Gezondheid van inwoners."
        assert editor.ui.nameEdit.text() == "Welzijn"
    qtbot.mouseClick(editor.ui.retryButton, Qt.MouseButton.LeftButton)
    assert stored(window).get(framework.id) == edited
    assert not editor.ui.retryButton.isVisible() and editor.ui.messageLabel.text() == ""
    assert window.frameworks.saved()  # nothing left to ask about when the window closes


@pytest.mark.sqlite_only
def test_closing_the_window_with_an_unsaved_framework_edit_asks_first(
    window: MainWindow, editor: FrameworkEditor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    start_from(editor, qtbot, "Leeg kader")
    editor.wait()
    assert window.repository is not None
    asked: list[str] = []

    def stay(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    with read_only(window.repository.engine):
        editor.ui.themeList.setCurrentRow(0)
        editor.ui.nameEdit.setFocus()
        editor.ui.nameEdit.setText("Welzijn")  # typed, not yet committed: closing commits and stores it
        monkeypatch.setattr(QMessageBox, "question", stay)
        window.close()
        assert asked == ["De laatste wijzigingen konden niet worden opgeslagen. Toch afsluiten?"]
        assert window.isVisible() and editor.framework is not None
        assert editor.framework.themes[0].name == "Welzijn"  # still there, to save again or export
    qtbot.mouseClick(editor.ui.retryButton, Qt.MouseButton.LeftButton)
    assert stored(window).get(editor.framework.id).themes[0].name == "Welzijn"
