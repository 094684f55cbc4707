"""Start-up: show the window first, then open the database (heavy imports) and fill it."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ambitieweb import APP_NAME, ORGANISATION, __version__
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.main_window import LANGUAGE_KEY, MainWindow
from ambitieweb.resources import resource


def open_store(
    window: MainWindow,
    database_url: str | None,
    language: str,
    ask: Callable[[QWidget, str], bool] | None = None,
) -> bool:
    """Open (and on first start seed) the database; on failure tell the user and keep the file.

    ``ask`` decides whether to start a new database beside a damaged one (a dialog by default).
    """
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.store import CorruptDatabaseError, Repository, open_database, set_aside
    from ambitieweb.transfer import import_examples

    ask = ask or _ask_new_database
    try:
        try:
            database = open_database(database_url)
        except CorruptDatabaseError as exc:
            if not ask(window, exc.text(language)):
                return False
            kept = set_aside(exc.path)
            database = open_database(database_url)
            window.ui.statusbar.showMessage(
                window.tr("Beschadigde database bewaard als %1").replace("%1", str(kept))
            )
        repository = Repository(database.engine)
        if database.migration.created:
            import_examples(repository, default_catalogue())
    except AmbitiewebError as exc:
        QMessageBox.critical(window, APP_NAME, exc.text(language))
        return False
    window.attach(repository, database.location)
    return True


def _ask_new_database(parent: QWidget, message: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=parent)
    box.setInformativeText(
        parent.tr("Het beschadigde bestand wordt bewaard onder een nieuwe naam. Nieuwe database starten?")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Close)
    return box.exec() == QMessageBox.StandardButton.Yes


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Our strings are written in Dutch; English comes from resources/translations. Qt's own
    dialog buttons follow the same language."""
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Dutch))
    translators = []
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


def run_app(database_url: str | None = None, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "ambitieweb.png"))))
    settings = QSettings()
    chosen = language or str(settings.value(LANGUAGE_KEY, "nl"))
    chosen = chosen if chosen in ("nl", "en") else "nl"
    install_translators(app, chosen)
    window = MainWindow(language=chosen, settings=settings)

    def start() -> None:
        if not open_store(window, database_url, chosen):
            app.exit(2)

    AfterFirstPaint(window, start)
    window.show()
    return app.exec()
