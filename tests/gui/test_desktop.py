"""What a desktop program is expected to do: remember its window, open a session file given on the
command line or dropped on it, explain itself (F1), print (Ctrl+P), and speak its language in Qt's
own dialogs."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ambitieweb.gui.app import install_translators
from ambitieweb.gui.help.help_dialog import HelpDialog, help_html
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.store_opener import open_store
from tests.gui.sessions import open_titled


def settings_in(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def test_the_window_comes_back_where_and_as_large_as_it_was(
    qtbot: QtBot, tmp_path: Path, database_url: str
) -> None:
    first = MainWindow(settings=settings_in(tmp_path))
    qtbot.addWidget(first)
    first.setGeometry(40, 30, 700, 500)  # within the offscreen screen
    first.show()
    qtbot.waitExposed(first)
    first.close()
    again = MainWindow(settings=settings_in(tmp_path))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    again.show()
    qtbot.waitExposed(again)
    assert again.pos() == first.pos()
    first.showMaximized()
    first.close()
    assert MainWindow(settings=settings_in(tmp_path)).windowState() & Qt.WindowState.WindowMaximized


def test_a_session_file_named_at_start_is_imported_and_opened_once_the_store_is_open(
    qtbot: QtBot, database_url: str, example_path: dict[str, Path], tmp_path: Path
) -> None:
    document = json.loads(example_path["cleaning"].read_text(encoding="utf-8"))
    document["session"]["id"] = "0f0f0f0f12344abc8def0123456789ab"  # not one of the examples
    path = tmp_path / "gekregen.ambitieweb.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_file(path)  # before the store: it waits
    assert window.controller is None
    assert open_store(window, database_url, "nl")
    qtbot.waitUntil(lambda: window.controller is not None, timeout=20_000)  # read in the background
    assert window.controller is not None and "Schoonmaak" in window.controller.session.title
    assert "Geïmporteerd" in window.statusBar().currentMessage()


def test_a_session_file_dropped_on_the_window_is_imported_with_the_usual_question(
    qtbot: QtBot,
    window: MainWindow,
    example_path: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    repository = window.repository
    assert repository is not None
    count = repository.count_sessions("")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(example_path["road"])), QUrl.fromLocalFile(str(tmp_path / "x.txt"))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.controller is not None, timeout=20_000)  # read in the background
    assert asked and "Als kopie" in asked[0]  # N123 is already here (an example): a copy, after asking
    assert repository.count_sessions("") == count + 1
    assert window.controller is not None and "N123" in window.controller.session.title

    bad = tmp_path / "kapot.ambitieweb.json"
    bad.write_text("{ niet af", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    window.dropEvent(
        QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    assert warned and "kapot.ambitieweb.json" in warned[0]  # the usual clear message, nothing stored
    assert repository.count_sessions("") == count + 1


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen; F1 raises the help
@pytest.mark.parametrize("language", ["nl", "en"])
def test_f1_explains_the_method_and_the_keys_in_the_ui_language(
    qtbot: QtBot, database_url: str, language: str
) -> None:
    text = help_html(language)
    words = {"nl": ("ambitieus", "Shift+0", "Ctrl+P", "Esc"), "en": ("ambitious", "Shift+0", "Ctrl+P", "Esc")}
    assert all(word in text for word in words[language])
    window = MainWindow(language=language)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.actionHelp.shortcut() == QKeySequence("F1")
    window.ui.actionHelp.trigger()
    assert isinstance(window._help, HelpDialog) and window._help.isVisible()
    shown = window._help.text.toPlainText()
    assert ("Toetsen in een sessie" if language == "nl" else "Keys in a session") in shown


def test_ctrl_p_prints_the_ambitiedocument_and_participants_moved_to_ctrl_shift_p(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert window.ui.actionPrint.shortcut() == QKeySequence("Ctrl+P")
    assert window.ui.actionParticipants.shortcut() == QKeySequence("Ctrl+Shift+P")
    target = tmp_path / "afdruk.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(target))  # "print to file" as a user can choose
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    open_titled(window, "N123")
    window.ui.actionPrint.trigger()
    printer = window.printer
    assert printer is not None and printer.job is not None  # printing in a worker
    qtbot.waitUntil(lambda: printer.job is None, timeout=60_000)
    pages = len(PdfReader(target).pages)
    assert pages >= 2 and f"({pages} pagina's)" in window.statusBar().currentMessage()
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(target), str(png)], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5_000  # a drawn page, not a blank one


def test_qt_s_own_dialogs_speak_dutch_in_the_dutch_ui(qapp: QApplication) -> None:
    """Qt's file and print dialogs are Qt's own widgets here: their texts come from Qt's translation
    (completed by resources/translations/qt_extra_nl); the desktop's own dialogs follow the system."""
    from PySide6.QtPrintSupport import QPrinter

    english = {"Look in:", "Files of type:", "Folder", "Drive", "Long side binding", "Short side binding"}
    english |= {"Page Set:", "Off", "Cancel", "Open", "Save", "File name:", "Print", "Options >>"}
    translators = install_translators(qapp, "nl")
    try:
        printer = QPrinter()
        files = QFileDialog(None, "Importeren")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialogs: list[QDialog] = [files, QPrintDialog(printer)]
        texts = []
        for dialog in dialogs:
            dialog.show()
            qapp.processEvents()
            texts += [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
            dialog.hide()
        left = sorted({t for t in texts if t.replace("&", "") in english})
        assert left == []
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "nl")
