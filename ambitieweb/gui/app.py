"""Start-up: show the window first, then open the database (heavy imports) and fill it."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ambitieweb import APP_NAME, ORGANISATION, __version__
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.main_window import MainWindow


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


def run_app(database_url: str | None = None, language: str = "nl") -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    window = MainWindow(language)
    window.show()

    def start() -> None:
        if not open_store(window, database_url, language):
            app.exit(2)

    QTimer.singleShot(0, start)
    return app.exec()
