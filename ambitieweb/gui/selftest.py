"""`ambitieweb --selftest`: prove that an installed or frozen program works, without a screen or a user.

Shows the main window (offscreen unless QT_QPA_PLATFORM says otherwise), starts a fresh database in a
temporary folder (so the migrations run and the example sessions load), opens every example session
and waits for its radar to be drawn, then writes each session's PDF documents, the bestekteksten as
text, the radar as PNG, SVG and PDF, and the session file into the output folder. Every check prints
one line; the exit code is 0 only when all of them passed. A developer's tool: its output is English.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QLibraryInfo, QObject, QTimer, QTranslator
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ambitieweb import __version__
from ambitieweb.resources import base_dir, resource, sessions_dir

if TYPE_CHECKING:  # imported inside the checks, so a missing module fails one named check
    from ambitieweb.gui.main_window import MainWindow

ICON = ("icons", "ambitieweb.png")
TRANSLATION = ("translations", "ambitieweb_en.qm")
WAIT_SECONDS = 20.0  # for the first paint and the radar: generous, a cold start on a slow disk
WINDOW_SIZE = (1280, 800)


class SelfTest:
    """Runs named checks, prints one line each and remembers what failed."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed: list[str] = []

    def check(self, name: str, step: Callable[[], str | None]) -> bool:
        start = time.perf_counter()
        try:
            detail = step()
        except Exception as exc:  # report every kind of failure, then go on with the next check
            where = traceback.extract_tb(exc.__traceback__)[-1]
            first_line = (str(exc).splitlines() or [""])[0][:300]  # SQL errors run on for pages
            reason = f"{type(exc).__name__}: {first_line} ({Path(where.filename).name}:{where.lineno})"
            self.failed.append(f"{name}: {reason}")
            print(f"FAILED {name}: {reason}", flush=True)
            return False
        self.passed += 1
        ms = (time.perf_counter() - start) * 1000
        print(f"ok     {name} ({ms:.0f} ms){': ' + detail if detail else ''}", flush=True)
        return True

    def summary(self) -> int:
        total = self.passed + len(self.failed)
        if not self.failed:
            print(f"selftest: all {total} checks passed", flush=True)
            return 0
        print(f"selftest: {len(self.failed)} of {total} checks failed:", flush=True)
        for failure in self.failed:
            print(f"  - {failure}", flush=True)
        return 1


class _PaintSeen(QObject):
    """Notes the first paint event of the watched widget."""

    def __init__(self, watched: QObject) -> None:
        super().__init__(watched)
        self.seen = False
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


class _DialogCloser(QObject):
    """Nobody answers a dialog here: close any modal one at once and count it as a failure."""

    def __init__(self, test: SelfTest, parent: QObject) -> None:
        super().__init__(parent)
        self.test = test
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._close_modal)
        self.timer.start(100)

    def _close_modal(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
            self.test.failed.append(f"unexpected dialog: {text}")
            print(f"FAILED unexpected dialog: {text}", flush=True)
            dialog.reject()


def wait_until(condition: Callable[[], bool], seconds: float = WAIT_SECONDS) -> bool:
    """Run the event loop until `condition` holds (True) or the time is up (False)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return True


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise RuntimeError(message)


def _check_resources(test: SelfTest) -> None:
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.exchange import SUFFIX
    from ambitieweb.reports.fonts import font_dir, register_fonts

    def catalogue() -> str:
        frameworks = default_catalogue().frameworks
        _require(bool(frameworks), "no frameworks in the catalogue")
        return f"{len(frameworks)} frameworks"

    def examples() -> str:
        found = sorted(sessions_dir().glob(f"*{SUFFIX}"))
        _require(bool(found), f"no example sessions in {sessions_dir()}")
        return f"{len(found)} files"

    def icon() -> str:
        pixmap = QPixmap(str(resource(*ICON)))
        _require(not pixmap.isNull(), f"cannot load {resource(*ICON)}")
        return f"{pixmap.width()}x{pixmap.height()}"

    def translations() -> str:
        ours, qt = QTranslator(), QTranslator()
        _require(ours.load(str(resource(*TRANSLATION))), f"cannot load {resource(*TRANSLATION)}")
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _require(qt.load("qtbase_nl", qt_folder), f"no qtbase_nl in {qt_folder}")
        return "ambitieweb_en, qtbase_nl"

    def fonts() -> str:
        return f"{register_fonts()} from {font_dir()}"

    def pdf_speed_ups() -> str:
        from reportlab.lib import rl_accel  # type: ignore[import-untyped]

        _require(
            type(rl_accel.fp_str).__name__ == "builtin_function_or_method", "reportlab's _rl_accel is missing"
        )
        return "_rl_accel"

    test.check("catalogue", catalogue)
    test.check("example sessions", examples)
    test.check("icon", icon)
    test.check("translations", translations)
    test.check("PDF fonts", fonts)
    test.check("PDF speed-ups", pdf_speed_ups)


def _check_sessions(test: SelfTest, output: Path, database_url: str, language: str) -> None:
    """The window, the database and every example session with its documents."""
    from ambitieweb.gui.main_window import MainWindow
    from ambitieweb.gui.store_opener import open_store

    window = MainWindow(language=language)
    window.resize(*WINDOW_SIZE)
    _DialogCloser(test, window)
    painted = _PaintSeen(window)
    try:
        window.show()
        if not test.check("window shown", lambda: _require(wait_until(lambda: painted.seen), "no paint")):
            return

        def store() -> str:
            from ambitieweb.exchange import SUFFIX

            opened = open_store(window, database_url, language, ask=lambda _w, _m: None)
            _require(opened is not None, "open_store")
            shipped, loaded = len(list(sessions_dir().glob(f"*{SUFFIX}"))), window.sessions.rowCount()
            _require(loaded == shipped > 0, f"{loaded} sessions loaded of {shipped} examples")
            return f"{loaded} sessions"

        if not test.check("database created and examples loaded", store):
            return
        ids = [window.sessions.summary(row).id for row in range(window.sessions.rowCount())]
        for number, session_id in enumerate(ids, start=1):
            _check_session(test, window, session_id, output, number)
        test.check("database reopened at its schema head", lambda: _reopen(database_url))
    finally:
        window.close()
        window.deleteLater()
        if window.repository is not None:
            window.repository.close()
        QApplication.processEvents()


def _check_session(test: SelfTest, window: MainWindow, session_id: str, output: Path, number: int) -> None:
    from ambitieweb.charts import save_radar
    from ambitieweb.charts.session_data import radar_data
    from ambitieweb.exchange import SUFFIX, read_file
    from ambitieweb.gui.documents.export_dialog import ExportDialog
    from ambitieweb.gui.documents.export_paths import file_stem
    from ambitieweb.gui.workspace import workspace as _loaded  # noqa: F401  # so the session opens at once
    from ambitieweb.reports import DOCUMENTS
    from ambitieweb.transfer import export_file

    window.open_session(session_id)
    controller, workspace = window.controller, window.workspace
    if controller is None or workspace is None:
        test.failed.append(f"session {number}: did not open")
        print(f"FAILED session {number}: did not open", flush=True)
        return
    session = controller.session
    stem = file_stem(session.title)
    name = f"'{session.title}'"

    def radar_on_screen() -> str:
        radar = workspace.radar
        _require(wait_until(lambda: radar.full_draws > 0), "the radar was never drawn")
        shot = output / f"{stem}-window.png"
        _require(window.grab().save(str(shot)), f"cannot save {shot}")
        return f"{len(session.themes)} themes"

    def radar_files() -> str:
        data = radar_data(
            session,
            controller.framework,
            workspace.generic,
            title=session.title,
            language=controller.language,
        )
        for kind in ("png", "svg", "pdf"):
            path = save_radar(data, output / f"{stem}-radar.{kind}", kind, dpi=100)
            _require(path.stat().st_size > 0, f"{path} is empty")
        return "png, svg, pdf"

    def documents() -> str:
        dialog = ExportDialog.for_controller(controller, window.catalogue, workspace.generic, window)
        try:
            for document in DOCUMENTS:
                path = dialog.export_to(output / f"{stem}-{document}.pdf", document, "pdf", None)
                _require(path.read_bytes()[:5] == b"%PDF-", f"{path.name} is not a PDF")
                # Word: python-docx's template must travel with the desktop build
                path = dialog.export_to(output / f"{stem}-{document}.docx", document, "docx", None)
                _require(path.read_bytes()[:2] == b"PK", f"{path.name} is not a Word file")
            dialog.export_to(output / f"{stem}-bestekteksten.md", "bestekteksten", "markdown", None)
            dialog.export_to(output / f"{stem}-bestekteksten.txt", "bestekteksten", "text", None)
        finally:
            dialog.deleteLater()
        return ", ".join(DOCUMENTS) + " (pdf, docx); bestekteksten (md, txt)"

    def session_file() -> str:
        assert window.repository is not None and window.catalogue is not None
        path = export_file(window.repository, session.id, output / f"{stem}{SUFFIX}")
        again = read_file(path, window.catalogue).session
        _require(again.id == session.id and len(again.themes) == len(session.themes), "round trip differs")
        return path.name

    test.check(f"radar on screen {name}", radar_on_screen)
    test.check(f"radar as files {name}", radar_files)
    test.check(f"documents {name}", documents)
    test.check(f"session file {name}", session_file)


def _reopen(database_url: str) -> str:
    from ambitieweb.store import open_database

    database = open_database(database_url)
    database.close()
    _require(not database.migration.created, "the database was created again")
    return "no migration needed"


def run_selftest(output: Path | None = None, language: str = "nl") -> int:
    """Run every check; write into `output` (kept) or a temporary folder. 0 when all passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication exists
    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    from ambitieweb.gui.widgets.collector import Collector

    collector = Collector()  # as the program: collections on this thread only
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    where = f"{frozen}, {QApplication.platformName()}, resources in {base_dir()}"
    print(f"ambitieweb {__version__} selftest ({where})", flush=True)
    test = SelfTest()
    with tempfile.TemporaryDirectory(prefix="ambitieweb-selftest-") as scratch:
        folder = output or Path(scratch) / "output"
        if not test.check(f"output folder {folder}", lambda: folder.mkdir(parents=True, exist_ok=True)):
            return test.summary()
        _check_resources(test)
        _check_sessions(test, folder, f"sqlite:///{Path(scratch) / 'selftest.sqlite'}", language)
    collector.deleteLater()
    return test.summary()
