from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.sessions.list_model import SessionListModel
from ambitieweb.gui.store_opener import Choice, open_store
from ambitieweb.resources import PACKAGE_DIR
from ambitieweb.store import Repository, UnusableFileError, open_database
from tests.gui.pixels import area_of, ink


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_has_everything_its_base_declares_for_the_rooms(window: MainWindow) -> None:
    # gui/window_base.py declares what the rooms use of the window (without a body at run time): mypy
    # checks what MainWindow defines against it, this that MainWindow defines all of it.
    tree = ast.parse((PACKAGE_DIR / "gui" / "window_base.py").read_text(encoding="utf-8"))
    base = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "WindowBase")
    declared = {node.name for node in ast.walk(base) if isinstance(node, ast.FunctionDef)} | {
        node.target.id
        for node in ast.walk(base)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    assert {"ui", "plans", "controller", "choose_language"} <= declared
    assert [name for name in sorted(declared) if not hasattr(window, name)] == []


def column(window: MainWindow, index: int) -> list[str]:
    model = window.sessions
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


def test_first_start_shows_the_example_sessions(window: MainWindow, database_url: str) -> None:
    assert open_store(window, database_url, "nl")
    titles = column(window, 0)
    assert len(titles) == 5
    assert any("Schoonmaakdiensten" in t for t in titles)
    assert sorted(column(window, 2)) == ["generiek ambitieweb"] * 3 + ["project-ambitieweb"] * 2
    assert "vastgesteld" in column(window, 3)


def test_examples_are_loaded_once_not_on_every_start(
    window: MainWindow, database_url: str, qtbot: QtBot
) -> None:
    open_store(window, database_url, "nl")
    database = open_database(database_url)
    repository = Repository(database.engine)
    repository.delete(repository.list_sessions()[0].id)
    database.engine.dispose()
    second = MainWindow()
    qtbot.addWidget(second)
    open_store(second, database_url, "nl")
    assert second.sessions.rowCount() == 4


def test_typing_in_search_filters_the_list(window: MainWindow, database_url: str, qtbot: QtBot) -> None:
    open_store(window, database_url, "nl")
    ticks: list[int] = []
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(1)
    qtbot.keyClicks(window.ui.searchEdit, "n123")
    assert not window.list_page.settled  # searched in the background: typing never waits for it
    qtbot.waitUntil(lambda: window.list_page.settled)
    assert column(window, 0) == ["Reconstructie N123 Zandwolde–Elsmeer"]
    qtbot.keyClicks(window.ui.searchEdit, " ZANDWÖLDE")  # case and accents folded
    qtbot.waitUntil(lambda: window.list_page.settled)
    assert column(window, 0) == ["Reconstructie N123 Zandwolde–Elsmeer"]
    qtbot.keyClicks(window.ui.searchEdit, "x")
    qtbot.waitUntil(lambda: window.list_page.settled)
    assert window.sessions.rowCount() == 0
    window.ui.searchEdit.clear()
    assert window.list_page.settled and window.sessions.rowCount() == 5
    assert ticks


@pytest.mark.sqlite_only
def test_a_corrupt_database_is_kept_and_a_new_one_started_when_asked(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    path.write_bytes(b"definitely not sqlite" * 100)
    asked: list[str] = []

    def ask(_parent: object, problem: UnusableFileError) -> Choice:
        asked.append(problem.text("en"))
        return "new"

    assert open_store(window, f"sqlite:///{path}", "en", ask=ask)
    assert "damaged" in asked[0]
    [kept] = tmp_path.glob("ambitieweb.damaged-*.sqlite")
    assert kept.read_bytes() == b"definitely not sqlite" * 100
    assert window.sessions.rowCount() == 5


@pytest.mark.sqlite_only
def test_a_corrupt_database_is_left_alone_when_the_user_declines(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    path.write_bytes(b"definitely not sqlite" * 100)
    assert not open_store(window, f"sqlite:///{path}", "nl", ask=lambda *_: None)
    assert [p.name for p in tmp_path.iterdir()] == ["ambitieweb.sqlite"]


@pytest.mark.sqlite_only
def test_a_newer_database_shows_a_message(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    path = tmp_path / "newer.sqlite"
    open_database(f"sqlite:///{path}").engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'abc999'")
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert not open_store(window, f"sqlite:///{path}", "nl")
    assert "nieuwere versie" in shown[0]


def test_the_list_model_is_a_well_behaved_qt_model(qtmodeltester: object, repository: Repository) -> None:
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.examples import import_examples

    import_examples(repository, default_catalogue())
    model = SessionListModel()
    model.set_source(lambda after, limit: repository.list_sessions(limit=limit, after=after))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_long_list_is_fetched_a_page_at_a_time(
    window: MainWindow, repository: Repository, qtbot: QtBot
) -> None:
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.model.session import Session

    mvi = default_catalogue().framework("mvi-nationaal-plan")
    repository.create_many([Session.new(mvi, f"Inkoop {i:04d}") for i in range(450)])
    window.attach(repository, "test")
    assert window.sessions.rowCount() == 200
    window.ui.sessionTable.scrollToBottom()
    qtbot.waitUntil(lambda: window.sessions.rowCount() > 200)
    while window.sessions.canFetchMore():
        window.sessions.fetchMore()
    titles = column(window, 0)
    assert len(titles) == 450 and len(set(titles)) == 450


def test_the_window_can_be_grabbed(window: MainWindow, database_url: str, tmp_path: Path) -> None:
    open_store(window, database_url, "nl")
    window.resize(1100, 500)
    image = window.grab()
    image.save(str(tmp_path / "main-window.png"))
    # The session list's rows are painted (text on the rows), not an empty table.
    assert window.sessions.rowCount() > 0
    assert ink(image, area_of(window.ui.sessionTable.viewport(), window)) > 0.02


def answering(choice: str | None, seen: list[tuple[str, str, list[str]]]) -> Callable[[QMessageBox], int]:
    """QMessageBox.exec as a person answers it: read it, click the button named (or the default)."""

    def answer(box: QMessageBox) -> int:
        default = box.defaultButton()
        seen.append(
            (box.text() + " " + box.informativeText(), default.text(), [b.text() for b in box.buttons()])
        )
        button = next((b for b in box.buttons() if b.text() == choice), default)
        button.click()
        return 0

    return answer


@pytest.mark.sqlite_only
def test_a_damaged_file_offers_the_good_backup_beside_it_as_the_default(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.examples import import_examples
    from ambitieweb.store.database import SCHEMA_HEAD
    from ambitieweb.store.sqlite_file import backup_sqlite

    path = tmp_path / "team.sqlite"
    database = open_database(f"sqlite:///{path}")
    import_examples(Repository(database.engine), default_catalogue())
    database.close()
    backup = backup_sqlite(path, SCHEMA_HEAD)
    path.write_bytes(b"garbage" * 1000)
    seen: list[tuple[str, str, list[str]]] = []
    monkeypatch.setattr(QMessageBox, "exec", answering(None, seen))
    assert open_store(window, f"sqlite:///{path}", "nl")
    text, default, buttons = seen[0]
    assert default == "Kopie terugzetten" and "Nieuwe database" in buttons  # never "start empty" first
    assert "beschadigd" in text and backup.name in text
    assert window.sessions.rowCount() == 5  # the backup's sessions
    [kept] = tmp_path.glob("team.damaged-*.sqlite")
    assert kept.read_bytes() == b"garbage" * 1000


@pytest.mark.sqlite_only
def test_an_empty_file_without_a_backup_defaults_to_closing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    path.touch()
    seen: list[tuple[str, str, list[str]]] = []
    monkeypatch.setattr(QMessageBox, "exec", answering(None, seen))
    assert not open_store(window, f"sqlite:///{path}", "nl")
    text, default, buttons = seen[0]
    assert "leeg (0 bytes)" in text and "Nieuwe database" in buttons and default != "Nieuwe database"
    assert [p.name for p in tmp_path.iterdir()] == ["ambitieweb.sqlite"]
    monkeypatch.setattr(QMessageBox, "exec", answering("Nieuwe database", seen))
    assert open_store(window, f"sqlite:///{path}", "nl")
    assert window.sessions.rowCount() == 5 and list(tmp_path.glob("ambitieweb.damaged-*.sqlite"))


@pytest.mark.sqlite_only
def test_a_half_upgraded_file_is_restored_and_the_user_is_told(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from ambitieweb.store.sqlite_file import backup_sqlite
    from tests.schema_0001 import make_0001_database

    path = make_0001_database(tmp_path / "ambitieweb.sqlite")
    backup_sqlite(path, "0001")
    with sqlite3.connect(path) as conn:  # what an interrupted upgrade by 0.1.0 left
        conn.execute("ALTER TABLE sessions ADD COLUMN max_focus INTEGER DEFAULT 5 NOT NULL")
    conn.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert open_store(window, f"sqlite:///{path}", "nl")
    assert "half bijgewerkt" in told[0] and "teruggezet" in told[0]
    assert window.sessions.rowCount() == 3  # the 0.1.0 examples of the backup


def test_enter_in_the_list_opens_the_session_and_the_last_choice_wins(
    window: MainWindow, database_url: str, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    open_store(window, database_url, "nl")
    table = window.ui.sessionTable
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.controller is None  # read in the background: the key did not wait for it
    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wanted = window.sessions.summary(2).id
    qtbot.waitUntil(lambda: window.controller is not None and window.controller.session.id == wanted)
    qtbot.wait(100)
    assert window.controller is not None and window.controller.session.id == wanted
