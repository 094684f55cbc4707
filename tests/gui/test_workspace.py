"""Run a session in the real window, as a facilitator would: keys, clicks, combo boxes, typing, undo."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.store_opener import open_store
from ambitieweb.gui.workspace.theme_table_model import ThemeTableModel
from ambitieweb.gui.workspace.workspace import Workspace
from ambitieweb.model.levels import Level
from ambitieweb.model.session import SessionStatus
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository, open_database
from tests.gui.pixels import area_of, ink
from tests.gui.sessions import drawn, open_titled, stored


def first_ambition(window: MainWindow) -> Level:
    """The first theme's ambition now (through a call: mypy keeps no earlier assert's narrowing)."""
    assert window.controller is not None
    return window.controller.session.themes[0].ambition


def radar_point(workspace: Workspace, theme: int, level: int) -> QPoint:
    """Where a person clicks: ring `level` on axis `theme`, in the canvas's logical pixels (once the
    radar is drawn: see `drawn`)."""
    canvas = workspace.radar.canvas
    plot = workspace.radar.plot()
    count = len(plot.data.labels)
    x, y = plot.axes.transData.transform((theme * 2 * math.pi / count, level))
    ratio = canvas.devicePixelRatioF()
    return QPoint(round(x / ratio), round(canvas.height() - y / ratio))


def test_keys_walk_the_themes_and_set_levels(window: MainWindow, qtbot: QtBot) -> None:
    workspace = open_titled(window, "N123")
    table = workspace.ui.themeTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert workspace.current_theme == 2
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_1, Qt.KeyboardModifier.ShiftModifier)  # real keys: tests/xserver
    session = stored(window)
    assert session.themes[2].ambition is Level.AMBITIOUS
    assert session.themes[2].current is Level.BASIS
    qtbot.keyClick(table, Qt.Key.Key_Left)
    qtbot.keyClick(table, Qt.Key.Key_0)
    assert stored(window).themes[1].ambition is Level.UNSET
    assert workspace.radar.data.ambition[2] == 3 and workspace.radar.data.highlight == 1


def test_clicking_and_dragging_on_the_radar_sets_the_ambition(window: MainWindow, qtbot: QtBot) -> None:
    workspace = open_titled(window, "N123")
    canvas = drawn(qtbot, workspace.radar).canvas
    original = stored(window).themes[4].ambition
    assert original is not Level.BASIS
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=radar_point(workspace, 4, 1))
    assert workspace.current_theme == 4
    assert stored(window).themes[4].ambition is Level.BASIS
    qtbot.mouseMove(canvas, radar_point(workspace, 4, 2))
    qtbot.mouseMove(canvas, radar_point(workspace, 4, 3))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=radar_point(workspace, 4, 3))
    assert stored(window).themes[4].ambition is Level.AMBITIOUS
    window.undo_action.trigger()  # the whole drag is one step
    assert stored(window).themes[4].ambition == original


def test_the_combo_box_in_the_list_sets_a_level(window: MainWindow, qtbot: QtBot) -> None:
    workspace = open_titled(window, "N123")
    table = workspace.ui.themeTable
    index = workspace.themes.index(5, ThemeTableModel.CURRENT)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index) or table.findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(3)
    editor.activated.emit(3)
    table.closePersistentEditor(index)
    assert stored(window).themes[5].current is Level.AMBITIOUS
    assert table.editTriggers() & QAbstractItemView.EditTrigger.DoubleClicked


def test_typing_a_rationale_saves_and_undo_redo_cross_fields(window: MainWindow, qtbot: QtBot) -> None:
    workspace = open_titled(window, "N123")
    workspace.select_theme(0)
    qtbot.keyClick(workspace.ui.themeTable, Qt.Key.Key_N)
    editor = workspace.ui.rationaleEdit
    assert editor.hasFocus() or workspace.ui.detailTabs.currentWidget() is workspace.ui.rationaleTab
    editor.selectAll()
    qtbot.keyClicks(editor, "Zie <b>R&D</b>")
    editor.insertPlainText(" 🌍")  # pasted: QTest types ASCII only
    assert stored(window).themes[0].rationale == "Zie <b>R&D</b> 🌍"
    workspace.ui.themeTable.setFocus()
    qtbot.keyClick(workspace.ui.themeTable, Qt.Key.Key_2)
    assert window.undo_action.text().startswith("Ongedaan maken Ambitie")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert stored(window).themes[0].rationale != "Zie <b>R&D</b> 🌍"
    assert editor.toPlainText() == stored(window).themes[0].rationale
    window.redo_action.trigger()
    assert editor.toPlainText() == "Zie <b>R&D</b> 🌍"


def test_a_very_long_text_is_kept(window: MainWindow) -> None:
    workspace = open_titled(window, "N123")
    text = "Lange onderbouwing. " * 5000
    workspace.ui.rationaleEdit.setPlainText(text)
    assert len(stored(window).themes[0].rationale) == 100_000


def test_goals_and_measures_are_edited_in_their_tables(window: MainWindow, qtbot: QtBot) -> None:
    workspace = open_titled(window, "N123")
    workspace.select_theme(3)
    before = len(stored(window).themes[3].goals)
    qtbot.mouseClick(workspace.ui.addGoalButton, Qt.MouseButton.LeftButton)
    row = before
    model = workspace.goals
    assert model.setData(model.index(row, 0), "Hectare natuur")
    assert model.setData(model.index(row, 2), "12,5")
    assert not model.setData(model.index(row, 4), "volgend jaar")  # refused, with a message
    assert workspace.ui.messageBar.isVisible()
    goal = stored(window).themes[3].goals[row]
    assert (goal.indicator, goal.target, goal.year) == ("Hectare natuur", 12.5, None)
    workspace.ui.measuresTable.setFocus()
    qtbot.mouseClick(workspace.ui.addMeasureButton, Qt.MouseButton.LeftButton)
    assert stored(window).themes[3].measures[-1].what == "Nieuwe maatregel"


def test_close_and_reopen_finds_everything(qtbot: QtBot, database_url: str) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    open_store(first, database_url, "nl")
    workspace = open_titled(first, "Schoonmaak")
    workspace.select_theme(1)
    workspace.set_ambition(Level.AMBITIOUS)
    workspace.ui.rationaleEdit.setPlainText("Na de marktconsultatie verhoogd.")
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    open_store(second, database_url, "nl")
    assert second.sessions.rowCount() == 5  # examples are not loaded twice
    reopened = open_titled(second, "Schoonmaak")
    reopened.select_theme(1)
    assert reopened.ui.rationaleEdit.toPlainText() == "Na de marktconsultatie verhoogd."
    assert reopened.radar.data.ambition[1] == 3


def test_agreeing_freezes_a_version_that_can_be_viewed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from ambitieweb.gui.workspace.snapshot_dialog import SnapshotDialog

    workspace = open_titled(window, "Schoonmaak")
    workspace.set_ambition(Level.AMBITIOUS)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.ui.actionAgree.trigger()
    assert stored(window).status is SessionStatus.AGREED
    assert "vastgesteld" in window.windowTitle()
    workspace.set_ambition(Level.BASIS)
    assert stored(window).status is SessionStatus.DRAFT
    shown: list[SnapshotDialog] = []

    def exec_(self: SnapshotDialog) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(SnapshotDialog, "exec", exec_)
    window.ui.actionSnapshots.trigger()
    [dialog] = shown
    assert dialog.ui.versionList.count() == 1
    level = dialog.ui.themeTable.item(0, 2)
    assert level is not None and level.text() == "ambitieus"
    assert dialog.radar.data.ambition[0] == 3


def test_delete_asks_and_can_be_undone(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.ui.sessionTable.selectRow(0)
    title = window.sessions.summary(0).title
    window.ui.actionDelete.trigger()
    assert window.sessions.rowCount() == 4
    assert window.undo_action.text() == f"Ongedaan maken Verwijderen '{title}'"
    window.undo_action.trigger()
    assert window.sessions.rowCount() == 5


def test_duplicate_opens_the_copy(window: MainWindow) -> None:
    open_titled(window, "Generiek")
    window.ui.actionDuplicate.trigger()
    assert window.controller is not None and window.controller.session.title.endswith("(kopie)")
    window.ui.actionBackToList.trigger()
    assert window.sessions.rowCount() == 6


def test_import_of_a_broken_file_shows_a_message(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    bad = tmp_path / "kapot.ambitieweb.json"
    bad.write_text("{ niet af", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.ui.actionImport.trigger()
    qtbot.waitUntil(lambda: bool(shown))  # read in the background
    assert "kapot.ambitieweb.json" in shown[0] and "regel 1" in shown[0]
    assert window.sessions.rowCount() == 5


@pytest.mark.parametrize(
    "name", ["duplicate-criterion-id-1", "level-as-string", "naive-datetime-1", "nul-in-title"]
)
def test_import_of_a_file_check_refuses_shows_its_message(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Files that once passed the check and then made the import do nothing at all."""
    path = Path(__file__).parents[1] / "fixtures" / "fuzz" / f"{name}.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.ui.actionImport.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)  # the file is read in the background
    assert shown and shown[0].startswith(f"{name}.json: ")
    assert window.sessions.rowCount() == 5


def test_import_of_an_agreed_version_already_in_the_database_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import json

    data = json.loads((sessions_dir() / "gemeente-zuiderhaven-generiek.ambitieweb.json").read_text("utf-8"))
    data["session"]["id"] = data["snapshots"][0]["session_id"] = "a" * 32  # another session ...
    data["snapshots"][0]["session"]["id"] = "a" * 32  # ... with the same agreed version
    path = tmp_path / "other.ambitieweb.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.ui.actionImport.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)  # the file is read in the background
    assert "vastgestelde versie ervan staat al in de database" in shown[0]
    assert window.sessions.rowCount() == 5


def test_import_that_fails_unforeseen_still_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ambitieweb.transfer

    path = sessions_dir() / "provincie-n123-reconstructie.ambitieweb.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("something nobody foresaw\nwith a second line")

    monkeypatch.setattr(ambitieweb.transfer, "store_document", broken)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.ui.actionImport.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)  # stored in the background
    assert shown == ["Importeren mislukt: something nobody foresaw"]


def test_export_and_import_a_session_file_and_the_radar(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    open_titled(window, "N123")
    target = tmp_path / "n123.ambitieweb.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    indicator = window.job_indicator
    window.ui.actionExport.trigger()
    assert indicator.isVisible() and indicator.label.text() == "Exporteren…"  # in the background
    qtbot.waitUntil(lambda: not indicator.isVisible())
    assert target.is_file() and str(target) in window.statusBar().currentMessage()
    for kind in ("png", "svg"):
        picture = tmp_path / f"radar.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, p=picture, **_k: (str(p), ""))
        getattr(window.ui, f"actionExport{kind.capitalize()}").trigger()
        qtbot.waitUntil(lambda: not indicator.isVisible())
        assert picture.stat().st_size > 1000
    assert b"<svg" in (tmp_path / "radar.svg").read_bytes()[:400]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.ui.actionImport.trigger()
    qtbot.waitUntil(
        lambda: window.controller is not None and window.controller.session.title.endswith("(kopie)")
    )


def test_a_save_refused_because_of_another_edit_shows_a_message_and_keeps_mine(
    window: MainWindow, database_url: str, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    workspace = open_titled(window, "N123")
    assert window.controller is not None
    database = open_database(database_url)
    other = Repository(database.engine)
    theirs = other.get(window.controller.session.id)
    theirs.title = "Door een collega gewijzigd"
    other.save(theirs)
    database.engine.dispose()
    assert window.controller.session.themes[0].ambition is not Level.BASIS
    workspace.set_ambition(Level.BASIS)
    qtbot.waitUntil(workspace.ui.messageBar.isVisible)  # at once on SQLite, from a thread on a server
    assert "elders gewijzigd" in workspace.ui.messageLabel.text()
    assert first_ambition(window) is Level.BASIS
    workspace.ui.saveCopyButton.click()
    assert "(mijn versie)" in told[0]
    qtbot.waitUntil(
        lambda: window.controller is not None and window.controller.session.title.endswith("versie)")
    )
    assert window.controller is not None and not window.controller.unsaved
    assert stored(window).themes[0].ambition is Level.BASIS


def test_the_workspace_can_be_grabbed(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    workspace = open_titled(window, "N123")
    radar = drawn(qtbot, workspace.radar)  # drawn in a worker: a grab before it shows a blank radar
    image = window.grab()
    assert image.width() >= 1000
    image.save(str(tmp_path / "workspace.png"))
    # The radar and the themes' rows are on screen.
    assert ink(image, area_of(radar, window)) > 0.02
    assert ink(image, area_of(workspace.ui.themeTable.viewport(), window)) > 0.02


def test_the_workspace_models_are_well_behaved_qt_models(window: MainWindow, qtmodeltester: object) -> None:
    workspace = open_titled(window, "N123")
    workspace.select_theme(0)
    for model in (workspace.themes, workspace.goals, workspace.measures):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_every_control_that_takes_focus_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QWidget

    workspace = open_titled(window, "N123")
    unnamed = [
        w.objectName() or type(w).__name__
        for w in workspace.findChildren(QWidget)
        if w.isVisibleTo(workspace)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        and not w.objectName().startswith("qt_")  # Qt's own parts (a tab widget's bar)
    ]
    assert unnamed == []


def test_focus_themes_are_counted_against_the_sessions_limit(window: MainWindow, qtbot: QtBot) -> None:
    workspace = open_titled(window, "N123")  # three focus themes, at most 5
    assert workspace.ui.focusCount.text() == "3 focusthema's"
    workspace.ui.maxFocusSpin.setValue(2)
    assert stored(window).max_focus == 2
    assert workspace.ui.focusCount.text() == "⚠ 3 focusthema's: te veel"
    window.undo_action.trigger()
    assert stored(window).max_focus == 5
    assert workspace.ui.maxFocusSpin.value() == 5


def test_a_closed_workspace_is_freed_even_before_its_radar_was_drawn(
    window: MainWindow, qtbot: QtBot
) -> None:
    import gc
    import weakref

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from ambitieweb.gui.widgets import radar_jobs

    def freed_after_reopening(wait_for_draw: bool) -> bool:
        workspace = open_titled(window, "N123")
        if wait_for_draw:
            drawn(qtbot, workspace.radar)
        # the radar (its figure, once the worker built it) and the session
        radar, session = weakref.ref(workspace.radar), weakref.ref(workspace.controller.session)
        figure = weakref.ref(workspace.radar.figure) if wait_for_draw else radar
        del workspace
        open_titled(window, "Generiek")  # closes the first (a draw of it may still be asked for)
        radar_jobs.wait_until_idle()  # a draw under way holds the figure until it ends
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(50)
        gc.collect()
        return radar() is None and figure() is None and session() is None

    assert freed_after_reopening(wait_for_draw=True)
    assert freed_after_reopening(wait_for_draw=False)
