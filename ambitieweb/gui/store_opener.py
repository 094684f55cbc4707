"""Opening the store: on this thread (`open_store`) or in a worker (`StoreOpener`), asking the user
what to do with a file that cannot be opened as it is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ambitieweb import APP_NAME
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.widgets.tasks import Job
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.gui.main_window import MainWindow
    from ambitieweb.store import Database, UnusableFileError

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
