"""Start-up: paint the window first; then the first screen and the store (gui/startup.py); once
that is over, the collector and the modules of the later steps."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ambitieweb import APP_NAME, ORGANISATION, __version__
from ambitieweb.first_screen import FirstScreenReader
from ambitieweb.gui.main_window import LANGUAGE_KEY, LAST_SESSION_KEY, WORKSPACE_MODULES, MainWindow
from ambitieweb.gui.startup import AfterFirstPaint, Startup
from ambitieweb.gui.widgets.accessible_look import use_accessible_look
from ambitieweb.gui.widgets.collector import Collector, freeze_long_lived
from ambitieweb.resources import resource

# Imported in the background once start-up is over, so that neither their import (up to 0.4 s each on
# a busy laptop) nor the collector's walks over their ~40,000 objects fall on the window later.
LATER_MODULES = (
    "ambitieweb.gui.widgets.radar_render",  # matplotlib: the radar's drawing thread imports it too
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


def run_app(
    database_url: str | None = None,
    language: str | None = None,
    files: Sequence[Path] = (),
    reader: FirstScreenReader | None = None,
) -> int:
    """The program's window; `files` (session files named on the command line) are imported and
    opened once the store is open. `reader`: the start-up helper, if started already (`cli.main`)."""
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
    reader = (reader or FirstScreenReader(database_url)).ask(reopen)  # it reads while the window is built
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
