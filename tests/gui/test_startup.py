"""Start-up as a facilitator meets it: the session that was open comes back with the list, edits made
before the window's own store is open are kept and saved, and any failure of the helper only means
the old, slower way."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from ambitieweb import APP_NAME, ORGANISATION
from ambitieweb.catalogue import default_catalogue
from ambitieweb.errors import AmbitiewebError
from ambitieweb.examples import import_examples
from ambitieweb.first_screen import FirstScreenReader, read_first_screen
from ambitieweb.gui.main_window import LAST_SESSION_KEY, MainWindow
from ambitieweb.gui.startup import Startup
from ambitieweb.gui.store_opener import StoreOpener, open_store
from ambitieweb.model.levels import Level
from ambitieweb.store import Database, Repository
from tests.gui.sessions import open_titled, stored


@pytest.fixture
def road(repository: Repository) -> str:
    """A database with the examples; the id of the N123 session."""
    import_examples(repository, default_catalogue())
    [summary] = [s for s in repository.list_sessions() if "N123" in s.title]
    return summary.id


def started(qtbot: QtBot, startup: Startup) -> MainWindow:
    """The window shown and start-up run until the list (and the session) are on screen."""
    window = startup.window
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(startup.shown, timeout=20_000):
        startup.run()
    return window


def test_the_last_session_comes_back_with_the_list_then_the_store(
    qtbot: QtBot, database_url: str, road: str
) -> None:
    window = MainWindow()
    startup = Startup(window, database_url, "nl", FirstScreenReader(database_url).ask(road), road)
    with qtbot.waitSignal(startup.finished, timeout=20_000):
        started(qtbot, startup)
        workspace = window.workspace
        assert workspace is not None and workspace.controller.session.id == road
        assert window.sessions.rowCount() == 5
    qtbot.waitUntil(lambda: not workspace.radar.draw_pending)
    qtbot.waitUntil(lambda: not workspace.radar.draw_pending)
    assert workspace.radar.plot().builds == 1  # built once, for its own number of themes
    assert window.repository is not None and window.controller is not None and window.controller.attached
    table = workspace.ui.themeTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_3)
    assert stored(window).themes[0].ambition is Level.AMBITIOUS


def test_an_edit_before_the_store_is_open_waits_for_it(qtbot: QtBot, database_url: str, road: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    screen = read_first_screen(database_url, road)
    assert screen is not None
    window.show_first_screen(screen)
    controller = window.controller
    assert controller is not None and not controller.attached
    # What needs the store waits for it: agreeing, agreed versions, documents, presenting.
    ui = window.ui
    assert not any(a.isEnabled() for a in (ui.actionAgree, ui.actionSnapshots, ui.actionExportDocuments))
    assert not window.presenter_actions.start.isEnabled()
    controller.set_ambition(1, Level.BASIS)
    assert controller.unsaved
    assert open_store(window, database_url, "nl")
    qtbot.waitUntil(lambda: not controller.unsaved)  # at once on SQLite; a server's thread takes a moment
    assert stored(window).themes[1].ambition is Level.BASIS
    assert ui.actionAgree.isEnabled() and window.presenter_actions.start.isEnabled()


def test_closing_at_once_still_saves(qtbot: QtBot, database_url: str, road: str) -> None:
    window = MainWindow()
    startup = Startup(window, database_url, "nl", FirstScreenReader(database_url).ask(road), road)
    started(qtbot, startup)
    assert window.controller is not None
    window.controller.set_ambition(2, Level.SIGNIFICANT)
    window.close()  # maybe before the store's modules are loaded: it is attached first
    repository = window.repository
    assert repository is not None
    assert repository.get(road).themes[2].ambition is Level.SIGNIFICANT


class NoScreen:
    """A helper that failed (or found a database to create or upgrade)."""

    def result(self) -> None:
        return None


def test_without_the_helper_the_window_opens_the_database_itself(
    qtbot: QtBot, database_url: str, road: str
) -> None:
    window = MainWindow()
    startup = Startup(window, database_url, "nl", NoScreen(), road)  # type: ignore[arg-type]
    with qtbot.waitSignal(startup.finished, timeout=20_000):
        started(qtbot, startup)
    assert window.repository is not None and window.sessions.rowCount() == 5
    assert window.controller is not None and window.controller.session.id == road


def test_a_first_start_creates_the_examples_and_a_lost_session_is_not_missed(
    qtbot: QtBot, database_url: str
) -> None:
    window = MainWindow()
    startup = Startup(window, database_url, "nl", FirstScreenReader(database_url).ask("gone"), "gone")
    with qtbot.waitSignal(startup.finished, timeout=20_000):
        started(qtbot, startup)
    assert window.sessions.rowCount() == 5 and window.controller is None  # no message either


def test_the_open_session_is_remembered_and_the_list_forgets_it(window: MainWindow) -> None:
    settings = QSettings()
    window.settings = settings
    workspace = open_titled(window, "N123")
    assert settings.value(LAST_SESSION_KEY) == workspace.controller.session.id
    window.show_list()
    assert settings.value(LAST_SESSION_KEY) is None


def test_quitting_at_once_ends_cleanly(database_url: str, road: str) -> None:
    # The program quits (a logout, say) just as the reopened session shows, the store still loading:
    # without waiting for the loader thread Qt aborts ("QThread: Destroyed while thread is still
    # running"; seen in the start-up benchmark, which quits at the first paint).
    # (a file, not QSettings: Qt keeps the first test's settings folder for the whole test process)
    config = Path(os.environ["XDG_CONFIG_HOME"]) / ORGANISATION / f"{APP_NAME}.conf"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f"[General]\n{LAST_SESSION_KEY}={road}\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "from ambitieweb.gui.app import run_app\n"
        "from ambitieweb.gui.main_window import MainWindow\n"
        "show = MainWindow.show_session\n"
        "def show_and_quit(self, *args):\n"
        "    show(self, *args)\n"
        "    print('reopened', self.controller.session.id, flush=True)\n"
        "    self.workspace.radar.painted.connect(lambda: QTimer.singleShot(0, QApplication.quit))\n"
        "MainWindow.show_session = show_and_quit\n"
        "sys.exit(run_app(sys.argv[1]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, database_url], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"reopened {road}" in done.stdout and "QThread" not in done.stderr


@pytest.mark.sqlite_only
def test_after_the_program_closes_the_one_database_file_holds_everything(tmp_path: Path) -> None:
    """The README's "copy the database file": a first start, an edit, a normal close; then the
    .sqlite file alone (no -wal beside it) has the examples and the edit."""
    path = tmp_path / "data" / "ambitieweb.sqlite"
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "from ambitieweb.gui.app import run_app\n"
        "from ambitieweb.gui.main_window import WORKSPACE_MODULES, MainWindow\n"
        "from ambitieweb.model.levels import Level\n"
        "attach = MainWindow.attach\n"
        "def attach_edit_close(self, repository, location, *rest):\n"
        "    attach(self, repository, location, *rest)\n"
        "    road = next(s.id for s in repository.list_sessions() if 'N123' in s.title)\n"
        "    def edit_close():\n"
        "        self.open_session(road)\n"
        "        self.controller.set_rationale(0, 'Vlak voor het sluiten')\n"
        "        QTimer.singleShot(0, self.close)\n"
        "    self.modules.load(WORKSPACE_MODULES, edit_close)\n"
        "MainWindow.attach = attach_edit_close\n"
        "sys.exit(run_app(sys.argv[1]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, f"sqlite:///{path}"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(path.read_bytes())
    import sqlite3

    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 5
        rationales = {r[0] for r in conn.execute("SELECT rationale FROM theme_entries")}
    conn.close()
    assert "Vlak voor het sluiten" in rationales


def test_the_store_opens_in_the_background(qtbot: QtBot, database_url: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    opener = StoreOpener(window, database_url, "nl")
    with qtbot.waitSignal(opener.opened, timeout=20_000) as opened:
        opener.start()  # a first start: creates the database and loads the examples
        assert window.repository is None  # not yet: the window goes on meanwhile
    assert window.sessions.rowCount() == 5
    opened.args[0].close()


def test_a_damaged_database_found_in_the_background_is_kept_when_the_user_starts_anew(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ambitieweb.gui import store_opener

    path = tmp_path / "ambitieweb.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    asked: list[str] = []

    def ask(_parent: object, problem: AmbitiewebError) -> str:
        asked.append(problem.text("nl"))
        return "new"

    monkeypatch.setattr(store_opener, "_ask_what_to_do", ask)
    window = MainWindow()
    qtbot.addWidget(window)
    opener = StoreOpener(window, f"sqlite:///{path}", "nl")
    with qtbot.waitSignal(opener.opened, timeout=20_000) as opened:
        opener.start()
    assert "beschadigd" in asked[0] and window.sessions.rowCount() == 5
    [kept] = tmp_path.glob("ambitieweb.damaged-*.sqlite")
    assert kept.read_bytes().endswith(b"\xff" * 10) and "bewaard als" in window.statusBar().currentMessage()
    opened.args[0].close()


def test_the_store_is_opened_once_though_asked_twice(qtbot: QtBot, database_url: str) -> None:
    # The radar's first paint and the fallback timer both ask for the store: a second opener would
    # open (on a first start: seed) the database again while the first is still at it.
    window = MainWindow()
    qtbot.addWidget(window)
    startup = Startup(window, database_url, "nl", None, None)
    with qtbot.waitSignal(startup.finished, timeout=20_000):
        startup._load_store()
        startup._load_store()
    qtbot.wait(200)
    assert len(window.findChildren(StoreOpener)) == 1
    assert window.sessions.rowCount() == 5


def test_enter_on_the_list_before_the_store_is_open_opens_the_session_once_it_is(
    qtbot: QtBot, database_url: str, road: str
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    screen = read_first_screen(database_url, None)
    assert screen is not None and screen.session is None
    window.show_first_screen(screen)
    assert window.repository is None
    table = window.ui.sessionTable
    [row] = [r for r in range(window.sessions.rowCount()) if window.sessions.summary(r).id == road]
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # raised before: the list has no store behind it yet
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)  # Enter in the search field: the same
    qtbot.wait(50)
    assert window.controller is None
    assert open_store(window, database_url, "nl")
    qtbot.waitUntil(lambda: window.controller is not None, timeout=20_000)
    assert window.controller is not None and window.controller.session.id == road
    window.close()


def test_closing_while_the_store_opens_in_the_background_waits_for_it(
    qtbot: QtBot, database_url: str, road: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ambitieweb.gui.startup as startup_module
    import ambitieweb.gui.store_opener as store_opener

    opened: list[str] = []
    real = store_opener.open_and_seed

    def slow(url: str | None, remedy: store_opener.Remedy | None = None) -> tuple[Database, str]:
        time.sleep(0.5)  # an upgrade, a server far away
        opened.append("in the background")
        return real(url, remedy)

    def in_the_window(window: MainWindow, database_url: str | None, language: str) -> Database | None:
        opened.append("on the GUI thread")
        return open_store(window, database_url, language)

    monkeypatch.setattr(store_opener, "open_and_seed", slow)
    monkeypatch.setattr(startup_module, "open_store", in_the_window)
    window = MainWindow()
    startup = Startup(window, database_url, "nl", FirstScreenReader(database_url).ask(road), road)
    started(qtbot, startup)
    qtbot.waitUntil(lambda: startup._store_asked, timeout=10_000)
    assert window.controller is not None and window.repository is None
    window.controller.set_ambition(2, Level.SIGNIFICANT)
    window.close()
    assert window.isVisible()  # not yet: the store is on its way
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert opened == ["in the background"]  # one store, attached once
    repository = window.repository
    assert repository is not None
    assert repository.get(road).themes[2].ambition is Level.SIGNIFICANT
