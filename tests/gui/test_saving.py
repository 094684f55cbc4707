"""Saving from the window when things go wrong: a full disk, a vanished database file, a far or hung
server. The edit stays on screen, a bar says what happened, and the window never waits."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url

import ambitieweb.gui.workspace.controller as controller_module
from ambitieweb.catalogue import Catalogue, default_catalogue
from ambitieweb.examples import import_examples
from ambitieweb.exchange import read_file
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.store_opener import open_store
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session
from ambitieweb.store import Repository, open_database
from tests.gui.sessions import open_titled, stored
from tests.postgres import Proxy, Server


@pytest.mark.sqlite_only
def test_a_full_disk_shows_the_bar_and_saving_again_works(window: MainWindow, qtbot: QtBot) -> None:
    workspace = open_titled(window, "N123")
    assert window.repository is not None and window.controller is not None
    path, engine = window.repository.path, window.repository.engine
    assert path is not None
    with sqlite3.connect(path) as conn:
        used = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()

    def full(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={used}")

    engine.dispose()
    event.listen(engine, "connect", full)
    long_text = "Omdat het moet. " * 9000
    window.controller.set_rationale(0, long_text)
    assert workspace.ui.messageBar.isVisible() and "de schijf is vol" in workspace.ui.messageLabel.text()
    assert window.controller.session.themes[0].rationale == long_text
    event.remove(engine, "connect", full)  # room on the disk again
    engine.dispose()
    workspace.ui.retryButton.click()
    assert not workspace.ui.messageBar.isVisible()  # not "changed elsewhere": nothing moved on
    assert stored(window).themes[0].rationale == long_text


@pytest.mark.sqlite_only
def test_a_deleted_database_keeps_the_edit_and_a_copy_goes_elsewhere(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_titled(window, "N123")
    assert window.repository is not None and window.repository.path is not None
    window.repository.path.unlink()  # the user (or a sync tool) removed the file
    assert window.controller is not None and window.controller.session.themes[0].ambition is not Level.BASIS
    workspace.set_ambition(Level.BASIS)
    assert workspace.ui.messageBar.isVisible()
    assert "verwijderd, verplaatst of vervangen" in workspace.ui.messageLabel.text()
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(elsewhere / "n123"), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    workspace.ui.saveCopyButton.click()
    kept = elsewhere / "n123.ambitieweb.json"
    assert str(kept) in told[0]
    assert read_file(kept, default_catalogue()).session.themes[0].ambition is Level.BASIS
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.close()
    assert "niet worden opgeslagen" in asked[0]  # closing says the last edit is not in the database


# --- a server over the network ---------------------------------------------------------------------


@pytest.fixture
def server_url(postgres_server: Server) -> Iterator[str]:
    url = postgres_server.new_database()

    def seed(engine: Engine) -> None:
        import_examples(Repository(engine), default_catalogue())

    database = open_database(url, seed=seed)
    database.close()
    yield url
    postgres_server.drop(url)


def test_a_hung_server_never_freezes_the_window_and_loses_nothing(
    qtbot: QtBot, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(controller_module, "SLOW_SAVE_MS", 300)
    target = make_url(server_url)
    proxy = Proxy(str(target.host), int(target.port or 5432))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        assert open_store(window, proxy.url(server_url), "nl")
        workspace = open_titled(window, "N123")
        controller = window.controller
        assert controller is not None
        proxy.hang()
        started = time.perf_counter()
        workspace.set_ambition(Level.AMBITIOUS)
        controller.set_rationale(0, "Gezegd terwijl de server hing")
        assert time.perf_counter() - started < 1.0  # the window went on; the server holds the save
        qtbot.waitUntil(workspace.ui.messageBar.isVisible, timeout=5000)
        assert "antwoordt nog niet" in workspace.ui.messageLabel.text()
        assert controller.unsaved and controller.session.themes[0].ambition is Level.AMBITIOUS
        time.sleep(1.0)  # hung for a while
        proxy.answer()
        qtbot.waitUntil(lambda: not controller.unsaved, timeout=15000)
        assert not workspace.ui.messageBar.isVisible()
        again = stored(window)
        assert again.themes[0].ambition is Level.AMBITIOUS
        assert again.themes[0].rationale == "Gezegd terwijl de server hing"
    finally:
        window.close()
        if window.repository is not None:
            window.repository.close()
        proxy.close()


def test_quick_edits_to_a_far_server_land_in_order_and_stale_saves_are_still_refused(
    qtbot: QtBot, server_url: str, catalogue: Catalogue
) -> None:
    target = make_url(server_url)
    proxy = Proxy(str(target.host), int(target.port or 5432), delay_s=0.005)  # ~10 ms a round trip
    database = open_database(proxy.url(server_url))
    try:
        repository = Repository(database.engine)
        summary = next(s for s in repository.list_sessions() if "N123" in s.title)
        session = repository.get(summary.id)
        controller = SessionController(session, catalogue.framework(session.framework_id), repository)
        text = ""
        for step in range(40):
            text += "ab"[step % 2]
            controller.set_rationale(1, text)  # typing
            controller.set_ambition(step % 12, Level(step % 4))
        assert controller.flush()
        assert repository.get(session.id).model_dump(exclude={"revision"}) == controller.session.model_dump(
            exclude={"revision"}
        )
        theirs: Session = repository.get(session.id)
        theirs.title = "Elders gewijzigd"
        repository.save(theirs)
        with qtbot.waitSignal(controller.saveFailed) as failed:
            controller.set_focus(2, True)
        assert "elders gewijzigd" in failed.args[0] and controller.unsaved
        assert repository.get(session.id).title == "Elders gewijzigd"
        controller.deleteLater()
    finally:
        database.close()
        proxy.close()
