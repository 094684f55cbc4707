"""Plan files from the window: export the open plan, import one (with the webs and own frameworks it
carries). Reading, checking and storing run in a worker, so a large plan never freezes the window;
the question whether to import as a copy is asked in between, on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.sessions.session_files import file_name
from ambitieweb.gui.widgets.tasks import Job, Progress
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.exchange.planfile import PlanFile
    from ambitieweb.gui.plan.controller import PlanController
    from ambitieweb.gui.window_base import WindowBase
    from ambitieweb.plan_transfer import PlanImport
    from ambitieweb.store.plans import PlanRepository

# From the plan room (gui/plan/room.py), which calls these: itself (the jobs' parent), the window, the
# open plan's controller or the plans, how it reports an error and how it opens a plan.
Report = Callable[[AmbitiewebError], None]


def _failed(report: Report, error: object) -> None:
    if not isinstance(error, AmbitiewebError):
        raise error  # type: ignore[misc]  # a bug: as if it had happened here
    report(error)


def export_plan(
    room: QObject, window: WindowBase, controller: PlanController | None, report: Report
) -> Job | None:
    """Ask where, then write the open plan with its webs and own frameworks in the background."""
    from ambitieweb.exchange.planfile import SUFFIX
    from ambitieweb.plan_transfer import export_plan_file

    repository = window.repository
    if controller is None or repository is None:
        return None
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("PlanRoom", "Planbestand exporteren"),
        file_name(controller.plan.title) + SUFFIX,
        QCoreApplication.translate("PlanRoom", "Actieplannen (*.ambitieplan.json)"),
    )
    if not name:
        return None
    plans, plan_id = controller.plans, controller.plan.id

    def written(result: tuple[Path, int]) -> None:
        path, dropped = result
        message = fill(QCoreApplication.translate("PlanRoom", "Geëxporteerd naar %1"), str(path))
        if dropped:
            message += " — " + fill(
                QCoreApplication.translate("PlanRoom", "%1 verwijzing(en) naar verwijderde webs weggelaten"),
                str(dropped),
            )
        window.ui.statusbar.showMessage(message)

    job = Job(lambda _p: export_plan_file(repository, plans, plan_id, Path(name)), room)
    job.finished.connect(written)
    job.failed.connect(lambda error: _failed(report, error))
    return window.job_indicator.watch(
        job, QCoreApplication.translate("PlanRoom", "Planbestand exporteren")
    ).start()


def import_plan(
    room: QObject,
    window: WindowBase,
    plans: PlanRepository | None,
    report: Report,
    open_plan: Callable[[str], None],
) -> Job | None:
    """Ask for a plan file; read and check it, ask whether to import it as a copy if the plan is
    here already, store it, say what came with it and open it."""
    from ambitieweb.exchange.planfile import read_file

    repository = window.repository
    if plans is None or repository is None:
        return None
    window.load_catalogue()
    catalogue = window.catalogue
    assert catalogue is not None
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("PlanRoom", "Planbestand importeren"),
        "",
        QCoreApplication.translate("PlanRoom", "Actieplannen (*.ambitieplan.json *.json)"),
    )
    if not name:
        return None

    def read(_progress: Progress) -> tuple[PlanFile, bool]:
        document = read_file(Path(name), catalogue)
        return document, plans.exists(document.plan.id)

    def store(found: tuple[PlanFile, bool]) -> None:
        from ambitieweb.plan_transfer import store_plan

        document, present = found
        if present:
            answer = QMessageBox.question(
                window,
                QCoreApplication.translate("PlanRoom", "Planbestand importeren"),
                QCoreApplication.translate(
                    "PlanRoom", "Dit actieplan staat al in de database. Als kopie importeren?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        job = Job(lambda _p: store_plan(repository, plans, document, present), room)
        job.finished.connect(lambda imported: _imported(window, open_plan, imported))
        job.failed.connect(lambda error: _failed(report, error))
        window.job_indicator.watch(
            job, QCoreApplication.translate("PlanRoom", "Planbestand importeren")
        ).start()

    job = Job(read, room)
    job.finished.connect(store)
    job.failed.connect(lambda error: _failed(report, error))
    return window.job_indicator.watch(
        job, QCoreApplication.translate("PlanRoom", "Planbestand importeren")
    ).start()


def _imported(window: WindowBase, open_plan: Callable[[str], None], imported: PlanImport) -> None:
    if imported.notes:  # own frameworks the file carried: known from now on (read in a worker), and said
        window.own_frameworks_changed(then=lambda: _opened(window, open_plan, imported))
        QMessageBox.information(
            window,
            QCoreApplication.translate("PlanRoom", "Planbestand importeren"),
            imported.text(window.language),
        )
    else:
        _opened(window, open_plan, imported)


def _opened(window: WindowBase, open_plan: Callable[[str], None], imported: PlanImport) -> None:
    window.refresh()
    open_plan(imported.plan.id)
    window.ui.statusbar.showMessage(
        fill(
            QCoreApplication.translate("PlanRoom", "Geïmporteerd: %1 nieuwe webs, %2 al aanwezig"),
            str(imported.added),
            str(imported.kept),
        )
    )
