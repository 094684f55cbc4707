"""Start-up: paint the window first; then the first screen (the list and the session that was open,
read by a helper process meanwhile); then, off the critical path, the window's own store."""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QThread,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ambitieweb import APP_NAME, ORGANISATION, __version__
from ambitieweb.errors import AmbitiewebError
from ambitieweb.first_screen import FirstScreenReader
from ambitieweb.gui.main_window import LANGUAGE_KEY, LAST_SESSION_KEY, MainWindow
from ambitieweb.gui.widgets.accessible_look import use_accessible_look
from ambitieweb.resources import resource

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ambitieweb.store import UnusableFileError

# What the store needs that the first screen did not load: SQLAlchemy (~0.3 s) above all.
STORE_MODULES = ("ambitieweb.store", "ambitieweb.transfer")


# What to do with a file that cannot be opened as it is: put its backup back, start a new database
# beside it (the file is kept under another name either way), or nothing (close).
Choice = Literal["backup", "new"] | None


def open_store(
    window: MainWindow,
    database_url: str | None,
    language: str,
    ask: Callable[[QWidget, UnusableFileError], Choice] | None = None,
) -> bool:
    """Open (and on first start seed) the database; on failure tell the user and keep the file.

    ``ask`` decides what to do with a damaged, empty or half-upgraded file (a dialog by default).
    """
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.store import Repository, UnusableFileError, open_database, restore_backup, set_aside
    from ambitieweb.transfer import import_examples

    def seed(engine: Engine) -> None:
        import_examples(Repository(engine), default_catalogue())

    ask = ask or _ask_what_to_do
    try:
        try:
            database = open_database(database_url, seed=seed)
        except UnusableFileError as exc:
            choice = ask(window, exc)
            if choice is None:
                return False
            if choice == "backup":
                kept = restore_backup(exc.path, exc.backups[0])
                done = QCoreApplication.translate(
                    "Startup", "Kopie %1 teruggezet; het onbruikbare bestand is bewaard als %2"
                )
                done = done.replace("%1", exc.backups[0].name)
            else:
                kept = set_aside(exc.path)
                done = QCoreApplication.translate(
                    "Startup", "Nieuwe database gestart; het onbruikbare bestand is bewaard als %2"
                )
            database = open_database(database_url, seed=seed)
            window.ui.statusbar.showMessage(done.replace("%2", kept.name))
    except AmbitiewebError as exc:
        QMessageBox.critical(window, APP_NAME, exc.text(language))
        return False
    report = database.migration.report(language)
    if database.migration.kept is not None:  # a file was replaced: the user must hear it
        QMessageBox.information(window, APP_NAME, report)
    elif report:
        window.ui.statusbar.showMessage(report)
    window.attach(Repository(database.engine), database.location)
    return True


def _ask_what_to_do(parent: QWidget, problem: UnusableFileError) -> Choice:
    """Offer the backup beside the file (the default) or a new database; never start empty by
    default."""
    language = "en" if QLocale().language() == QLocale.Language.English else "nl"
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, problem.text(language), parent=parent)
    restore = None
    if problem.backups:
        restore = box.addButton(
            QCoreApplication.translate("Startup", "Kopie terugzetten"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "Kopie terugzetten: %1 komt in de plaats van het bestand. Nieuwe database: begin leeg. "
                "Het onbruikbare bestand wordt in beide gevallen bewaard onder een nieuwe naam.",
            ).replace("%1", problem.backups[0].name)
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "Het onbruikbare bestand wordt bewaard onder een nieuwe naam. Nieuwe database starten?",
            )
        )
    fresh = box.addButton(
        QCoreApplication.translate("Startup", "Nieuwe database"), QMessageBox.ButtonRole.DestructiveRole
    )
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore or close)
    box.setEscapeButton(close)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "backup"
    return "new" if clicked is fresh else None


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Our strings are written in Dutch; English comes from resources/translations. Qt's own
    dialogs (buttons, the file and print dialogs: Qt's own widgets, not the desktop's, so they follow
    this language rather than the system's) speak it too: Qt's qtbase translation, completed by
    resources/translations/qt_extra_nl for the texts it leaves in English."""
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Dutch))
    translators = []
    if language == "nl":
        extra = QTranslator(app)
        if extra.load(str(resource("translations", "qt_extra_nl.qm"))):
            translators.append(extra)  # searched after qtbase (translators installed later go first)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_base)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(resource("translations", "ambitieweb_en.qm"))):
            translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    return translators


class AfterFirstPaint(QObject):
    """Runs an action once the window has painted, so heavy imports never delay the first frame."""

    FALLBACK_MS = 500  # should no paint come (a minimised start), go on anyway

    def __init__(self, window: QWidget, action: Callable[[], None]) -> None:
        super().__init__(window)
        self._action: Callable[[], None] | None = action
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()


class ModuleLoader(QThread):
    """Imports modules off the GUI thread, so the window answers keys while they load (the GIL is
    shared, so the window runs somewhat slower meanwhile, but it never waits for the whole import)."""

    def __init__(self, modules: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._modules = tuple(modules)

    def run(self) -> None:
        for name in self._modules:
            importlib.import_module(name)


class Startup(QObject):
    """What happens after the first paint.

    With the helper's first screen: show it (the workspace of the session that was open, if any),
    then load the store's modules in a thread and attach the store; edits made in between are saved
    then. Without it (first start, an upgrade, a damaged file, any failure of the helper): open the
    store here as before, with its questions, then reopen the session that was open. `finished`
    comes when all of that is done, the store attached or not.
    """

    finished = Signal()

    def __init__(
        self,
        window: MainWindow,
        database_url: str | None,
        language: str,
        reader: FirstScreenReader | None,
        reopen: str | None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.database_url = database_url
        self.language = language
        self.reader = reader
        self.reopen = reopen
        self.loader: ModuleLoader | None = None
        self.failed = False  # the store could not be opened; the program ends

    def run(self) -> None:
        if self.reopen:  # the workspace's imports (matplotlib) while the helper reads the database
            importlib.import_module("ambitieweb.gui.workspace.workspace")
        first = self.reader.result() if self.reader is not None else None
        if first is None:
            self._open_store()
            return
        self.window.show_first_screen(first)
        self.window.installEventFilter(self)  # closing before the store is attached attaches it
        workspace = self.window.workspace
        if workspace is None:
            self._load_store()
            return
        # After the radar's first paint: the loader's thread would take half of the drawing's time.
        workspace.radar.painted.connect(self._load_store, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(AfterFirstPaint.FALLBACK_MS, self, self._load_store)

    def _load_store(self) -> None:
        if self.loader is not None:
            return
        self.loader = ModuleLoader(STORE_MODULES, self)
        self.loader.finished.connect(self._attach, Qt.ConnectionType.QueuedConnection)
        self.loader.start()

    def stop(self) -> None:
        """After the event loop: let the loader finish (a thread must not outlive its QThread)."""
        if self.loader is not None:
            self.loader.wait()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._attach()  # before the window's closeEvent saves what is unsaved
        return False

    def _attach(self) -> None:
        if self.window.repository is not None or self.failed:
            return
        self.window.removeEventFilter(self)
        if self.loader is not None:
            self.loader.wait()  # at once if it is done (it always is, unless the window closes early)
        self._open_store()

    def _open_store(self) -> None:
        window = self.window
        if not open_store(window, self.database_url, self.language):
            self.failed = True
            QApplication.exit(2)
        else:
            repository = window.repository
            if window.controller is None and self.reopen and repository and repository.exists(self.reopen):
                window.open_session(self.reopen)
        self.finished.emit()


def run_app(database_url: str | None = None, language: str | None = None, files: Sequence[Path] = ()) -> int:
    """The program's window; `files` (session files named on the command line) are imported and
    opened once the store is open."""
    # Start-up builds about a million objects that live as long as the program: the collector's
    # ~240 runs over them cost ~65 ms and free nothing. It waits until start-up is over.
    gc.disable()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    settings = QSettings()
    reopen = str(settings.value(LAST_SESSION_KEY, "")) or None
    reader = FirstScreenReader(database_url, reopen)  # first: it works while the window is built
    app.setWindowIcon(QIcon(str(resource("icons", "ambitieweb.png"))))
    use_accessible_look(app)
    chosen = language or str(settings.value(LANGUAGE_KEY, "nl"))
    chosen = chosen if chosen in ("nl", "en") else "nl"
    install_translators(app, chosen)
    window = MainWindow(language=chosen, settings=settings)
    for path in files:
        window.open_file(path)  # waits for the store
    startup = Startup(window, database_url, chosen, reader, reopen)
    startup.finished.connect(_started)
    AfterFirstPaint(window, startup.run)
    window.show()
    code = app.exec()
    startup.stop()
    if window.printer is not None:
        window.printer.wait()
    if window.repository is not None:
        window.repository.close()  # the SQLite journal into the one file a user copies
    return code


def _started() -> None:
    gc.freeze()  # what start-up built stays: later collections (while editing) skip it
    gc.enable()
