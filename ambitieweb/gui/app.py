"""Start-up: paint the window first; then the first screen (the list and the session that was open,
read by a helper process meanwhile); then, off the critical path, the window's own store."""

from __future__ import annotations

import gc
import os
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
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ambitieweb import APP_NAME, ORGANISATION, __version__
from ambitieweb.errors import AmbitiewebError
from ambitieweb.first_screen import FirstScreenReader
from ambitieweb.gui.main_window import LANGUAGE_KEY, LAST_SESSION_KEY, WORKSPACE_MODULES, MainWindow
from ambitieweb.gui.widgets.accessible_look import use_accessible_look
from ambitieweb.gui.widgets.collector import Collector, freeze_long_lived
from ambitieweb.gui.widgets.tasks import Job, Modules
from ambitieweb.resources import resource
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.model.first_screen import FirstScreen
    from ambitieweb.store import Database, UnusableFileError

# Imported in the background once start-up is over, so that neither their import (up to 0.4 s each on
# a busy laptop) nor the collector's walks over their ~40,000 objects fall on the window later.
LATER_MODULES = (
    "ambitieweb.gui.frameworks.session_themes",  # the bar above a session
    "ambitieweb.gui.criteria.panel",
    "ambitieweb.gui.presenter.mode",
    "ambitieweb.gui.documents.export_dialog",
    "ambitieweb.reports.ambitiedocument",
    "ambitieweb.reports.bestekteksten",
    "ambitieweb.reports.ambitiekaart",
    "ambitieweb.reports.docx_export",
    "ambitieweb.exchange",
)
# What the store needs that the first screen did not load: SQLAlchemy (~0.3 s) above all.
STORE_MODULES = ("ambitieweb.store", "ambitieweb.transfer", "ambitieweb.examples")

# What to do with a file that cannot be opened as it is: put its backup back, start a new database
# beside it (the file is kept under another name either way), or nothing (close).
Choice = Literal["backup", "new"] | None
Remedy = tuple[Literal["backup", "new"], "UnusableFileError"]


def open_and_seed(database_url: str | None, remedy: Remedy | None = None) -> tuple[Database, str]:
    """Open (create, upgrade) the database, on first start with the examples; any thread. A `remedy`
    for a file that could not be opened is applied first. Returns the database and what to tell the
    user about the remedy ("" for none)."""
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.examples import import_examples
    from ambitieweb.store import Repository, open_database, restore_backup, set_aside

    def seed(engine: object) -> None:
        import_examples(Repository(engine), default_catalogue())  # type: ignore[arg-type]

    done = ""
    if remedy is not None:
        choice, problem = remedy
        if choice == "backup":
            restored = problem.backups[0].name
            kept = restore_backup(problem.path, problem.backups[0])
            template = QCoreApplication.translate(
                "Startup", "Kopie %1 teruggezet; het onbruikbare bestand is bewaard als %2"
            )
        else:
            restored = ""
            kept = set_aside(problem.path)
            template = QCoreApplication.translate(
                "Startup", "Nieuwe database gestart; het onbruikbare bestand is bewaard als %2"
            )
        done = fill(template, restored, kept.name)
    database = open_database(database_url, seed=seed)
    try:
        default_catalogue().frameworks  # noqa: B018  # read now: the window needs them next
    except BaseException:
        database.close()
        raise
    return database, done


def read_own(database: Database) -> Catalogue:
    """The catalogue with the store's own frameworks and library of own criteria; any thread."""
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.store import Repository
    from ambitieweb.transfer import own_catalogue

    return own_catalogue(Repository(database.engine), default_catalogue())


def _attach(
    window: MainWindow, database: Database, done: str, language: str, own: Catalogue | None = None
) -> None:
    """Attach an opened store to the window and say what happened to the file, if anything."""
    from ambitieweb.store import Repository

    window.attach(Repository(database.engine), database.location, own)
    report = database.migration.report(language)
    if database.migration.kept is not None:  # a file was replaced: the user must hear it
        QMessageBox.information(window, APP_NAME, report)
    elif report or done:
        window.ui.statusbar.showMessage(" ".join(part for part in (done, report) if part))


def open_store(
    window: MainWindow,
    database_url: str | None,
    language: str,
    ask: Callable[[QWidget, UnusableFileError], Choice] | None = None,
) -> Database | None:
    """Open (and on first start seed) the database now, on this thread; on failure tell the user and
    keep the file. ``ask`` decides what to do with a damaged, empty or half-upgraded file (a dialog
    by default). `StoreOpener` does the same in the background."""
    from ambitieweb.store import UnusableFileError

    ask = ask or _ask_what_to_do
    try:
        try:
            database, done = open_and_seed(database_url)
        except UnusableFileError as exc:
            choice = ask(window, exc)
            if choice is None:
                return None
            database, done = open_and_seed(database_url, (choice, exc))
    except AmbitiewebError as exc:
        QMessageBox.critical(window, APP_NAME, exc.text(language))
        return None
    _attach(window, database, done, language)
    return database


class StoreOpener(QObject):
    """Opens the store in a worker thread (a first start creates the database and loads the
    examples: ~0.7 s; an upgrade longer), asking on the GUI thread what to do with an unusable file.
    `opened(database)` once it is attached to the window, or `failed()` after telling the user."""

    opened = Signal(object)
    failed = Signal()

    def __init__(self, window: MainWindow, database_url: str | None, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.database_url = database_url
        self.language = language

    def start(self, remedy: Remedy | None = None) -> None:
        url = self.database_url

        def work(_progress: object) -> tuple[Database, str, Catalogue]:
            database, done = open_and_seed(url, remedy)
            try:
                return database, done, read_own(database)  # the window need not read them
            except BaseException:
                database.close()
                raise

        job = Job(work, self)
        job.finished.connect(self._opened)
        job.failed.connect(self._failed)
        job.start()

    def _opened(self, result: tuple[Database, str, Catalogue]) -> None:
        database, done, own = result
        _attach(self.window, database, done, self.language, own)
        self.opened.emit(database)

    def _failed(self, error: object) -> None:
        from ambitieweb.store import UnusableFileError

        if isinstance(error, UnusableFileError):
            choice = _ask_what_to_do(self.window, error)
            if choice is not None:
                self.start((choice, error))
                return
        elif isinstance(error, AmbitiewebError):
            QMessageBox.critical(self.window, APP_NAME, error.text(self.language))
        else:
            raise error  # type: ignore[misc]  # a bug: as if it had happened here
        self.failed.emit()


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
            fill(
                QCoreApplication.translate(
                    "Startup",
                    "Kopie terugzetten: %1 komt in de plaats van het bestand. Nieuwe database: begin leeg. "
                    "Het onbruikbare bestand wordt in beide gevallen bewaard onder een nieuwe naam.",
                ),
                problem.backups[0].name,
            )
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


PROBE = "AMBITIEWEB_STARTUP_PROBE"  # set: start-up milestones are written to stderr (for benchmarks)


def probe(milestone: str) -> None:
    """Tell a start-up benchmark (tests/bench/frozen_startup.py) that `milestone` is reached; it
    times the line's arrival, so the frozen program needs no other hook."""
    if os.environ.get(PROBE):
        print(f"ambitieweb-probe: {milestone}", file=sys.stderr, flush=True)


class Startup(QObject):
    """What happens after the first paint; nothing of it blocks the window.

    With the helper's first screen: show it (the workspace of the session that was open, if any),
    then load the store's modules in a thread and attach the store; edits made in between are saved
    then. Without it (first start, an upgrade, a damaged file, any failure of the helper): open the
    store in a thread as before, with its questions, then reopen the session that was open.
    `shown` comes when the list (and the session) are on screen, `finished` when all of that is
    done, the store attached or not.
    """

    shown = Signal()
    finished = Signal()

    def __init__(
        self,
        window: MainWindow,
        database_url: str | None,
        language: str,
        reader: FirstScreenReader | None,
        reopen: str | None,
        modules: Modules | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.database_url = database_url
        self.language = language
        self.reader = reader
        self.reopen = reopen
        self.modules = modules or window.modules
        self.database: Database | None = None  # the store, once open (closed when the program ends)
        self.failed = False  # the store could not be opened; the program ends
        self._first: FirstScreen | None = None
        self._waiting = 0  # what run() waits for: the helper's result, the workspace's modules
        self._store_asked = False  # a StoreOpener was started
        self._close_when_attached = False  # the window was closed while it worked

    def run(self) -> None:
        """Wait, in the background, for the helper's result and (to show a session) the workspace's
        modules; then show the first screen."""
        probe("first paint")
        self._waiting = 2 if self.reopen else 1
        if self.reopen:
            self.modules.load(WORKSPACE_MODULES, self._ready)
        reader = self.reader
        job = Job(lambda _progress: reader.result() if reader is not None else None, self)
        job.finished.connect(self._read)
        job.start()

    def _read(self, first: FirstScreen | None) -> None:
        self._first = first
        self._ready()

    def _ready(self) -> None:
        self._waiting -= 1
        if self._waiting:
            return
        first = self._first
        if first is None:
            self._open_store()
            return
        freeze_long_lived(self.window)  # a session to show: its modules are loaded (see run())
        self.window.show_first_screen(first)
        self.window.installEventFilter(self)  # closing before the store is attached attaches it
        self.shown.emit()
        workspace = self.window.workspace
        if workspace is None:
            self._load_store()
            return
        # After the radar's first paint: the import would take half of the drawing's time.
        workspace.radar.painted.connect(self._load_store, Qt.ConnectionType.SingleShotConnection)
        workspace.radar.painted.connect(
            lambda: probe("session painted"), Qt.ConnectionType.SingleShotConnection
        )
        QTimer.singleShot(AfterFirstPaint.FALLBACK_MS, self, self._load_store)

    def _load_store(self) -> None:
        self.modules.load(STORE_MODULES, self._attach)

    def stop(self) -> None:
        """After the event loop: let an import finish, close the store."""
        self.modules.wait()
        if self.database is not None:
            self.database.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window or event.type() != QEvent.Type.Close or self.window.repository:
            return False
        if self._store_asked:
            # The store is being opened in the background: a second one opened here would attach
            # twice. The window closes (and saves) once that one is attached.
            self._close_when_attached = True
            event.ignore()
            return True
        # before the window's closeEvent saves what is unsaved: open the store now, here
        self.window.removeEventFilter(self)
        self.modules.wait()
        self.database = open_store(self.window, self.database_url, self.language)
        return False

    def _attach(self) -> None:
        # Asked for twice (the radar's first paint and the fallback timer): one opener only.
        if self.window.repository is None and not self.failed and not self._store_asked:
            self._open_store()

    def _open_store(self) -> None:
        self._store_asked = True
        opener = StoreOpener(self.window, self.database_url, self.language)
        opener.opened.connect(self._opened)
        opener.failed.connect(self._failed)
        opener.start()

    def _failed(self) -> None:
        self.failed = True
        QApplication.exit(2)
        self.finished.emit()

    def _opened(self, database: Database) -> None:
        self.window.removeEventFilter(self)
        self.database = database
        window, repository = self.window, self.window.repository
        if window.controller is None and self.reopen and repository and repository.exists(self.reopen):
            freeze_long_lived(window)
            window.open_session(self.reopen)
        if self._first is None:
            self.shown.emit()
        probe("store attached")
        self.finished.emit()
        if self._close_when_attached:
            self.window.close()  # the close asked for meanwhile; the window's closeEvent saves


def run_app(database_url: str | None = None, language: str | None = None, files: Sequence[Path] = ()) -> int:
    """The program's window; `files` (session files named on the command line) are imported and
    opened once the store is open."""
    # Start-up builds about a million objects that live as long as the program: the collector's
    # ~240 runs over them cost ~65 ms and free nothing. It waits until start-up is over, and then runs
    # on this thread only (gui/widgets/collector.py).
    gc.disable()
    # Work runs in worker threads (drawing the radar, exports, imports). Python hands its lock to a
    # waiting thread after this interval (5 ms by default), and the window takes it again for every
    # call from Qt into Python (a paint calls dozens): with the default a busy worker made the
    # window wait up to 5 ms each time.
    sys.setswitchinterval(0.001)
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
    startup.finished.connect(lambda: _started(window))
    AfterFirstPaint(window, startup.run)
    window.show()
    code = app.exec()
    if window.printer is not None:
        window.printer.wait()
    startup.stop()  # closes the store: the SQLite journal into the one file a user copies
    return code


def _started(window: MainWindow) -> None:
    freeze_long_lived(window)  # if no workspace was built: what start-up built stays
    Collector(window)  # from now on the collector runs, on this thread only
    # The first session opened later should not wait for matplotlib: load it now, in the background;
    # what it builds stays too (before a session opened meanwhile is built: called back first). Then
    # what the facilitator's later steps import (the criteria tab, F5, exports, files).
    window.modules.load(WORKSPACE_MODULES, lambda: freeze_long_lived(window))
    window.modules.load(LATER_MODULES, lambda: freeze_long_lived(window))
