"""The contract follow-up room as the main window uses it: Sessie › Contractopvolging… (Ctrl+Shift+K)
on an open project web with an agreed version; its page, with its undo stack in the window's group."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from ambitieweb import APP_NAME
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.documents.save_as import ask_pdf_or_word
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.gui.widgets.tasks import Job
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.gui.contract.controller import ContractController
    from ambitieweb.gui.contract.overview import ContractOverview
    from ambitieweb.gui.contract.page import ContractPage
    from ambitieweb.gui.window_base import WindowBase
    from ambitieweb.model.contract.contract import Contract
    from ambitieweb.model.contract.overview import OverviewLine
    from ambitieweb.model.session import Session, Snapshot
    from ambitieweb.store.contracts import ContractRepository


class ContractRoom(QObject):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window
        self.controller: ContractController | None = None
        self.page: ContractPage | None = None
        self.session_id: str | None = None  # the web whose contract is shown
        self.web_title = ""
        action = QAction(self.tr("&Contractopvolging…"), window)
        action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        action.triggered.connect(lambda _checked=False: self.start())
        window.addAction(action)
        window.ui.sessionMenu.addSeparator()
        window.ui.sessionMenu.addAction(action)
        self.action = action
        # Across all contracts: Bestand › Contracten… (Ctrl+Shift+O)
        self.overview_action = QAction(self.tr("&Contracten…"), window)
        self.overview_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.overview_action.triggered.connect(lambda _checked=False: self.show_overview())
        window.addAction(self.overview_action)
        window.ui.fileMenu.insertAction(window.ui.actionImport, self.overview_action)
        self.overview: ContractOverview | None = None
        self.today = dt.date.today  # a test sets the day

    @property
    def contracts(self) -> ContractRepository | None:
        from ambitieweb.store.contracts import ContractRepository

        repository = self.window.repository
        return ContractRepository(repository.engine) if repository is not None else None

    def update_actions(self) -> None:
        self.action.setEnabled(self.window.controller is not None and self.window.repository is not None)
        self.overview_action.setEnabled(self.window.repository is not None)

    # --- the overview ----------------------------------------------------------------------------

    def show_overview(self) -> Job | None:
        """Read every contract in the background, then show the overview (200 contracts: a moment)."""
        from ambitieweb.model.contract.overview import overview

        contracts, today = self.contracts, self.today()
        if contracts is None:
            return None
        catalogue = self.window.catalogue
        frameworks = list(catalogue.frameworks.values()) if catalogue is not None else None

        def read(_progress: object) -> object:
            from ambitieweb.catalogue import default_catalogue

            names: dict[str, str] = {}
            for framework in (
                frameworks if frameworks is not None else default_catalogue().frameworks.values()
            ):
                names = framework.theme_names() | names  # the first framework's name stays
            return overview(contracts.for_overview(), contracts.web_titles(), today), names

        job = Job(read, self)
        job.finished.connect(self._overview_read)
        job.failed.connect(self._failed)
        return self.window.job_indicator.watch(job, self.tr("Contracten worden gelezen…")).start()

    def _overview_read(self, read: tuple[list[OverviewLine], dict[str, str]]) -> None:
        from ambitieweb.gui.contract.overview import ContractOverview

        lines, names = read
        if self.overview is not None:
            self.overview.close()
        self.overview = ContractOverview(lines, self.window, names)
        self.overview.openContract.connect(self.open_for)
        self.overview.open()

    def _failed(self, error: object) -> None:
        if not isinstance(error, AmbitiewebError):
            raise error  # type: ignore[misc]  # a bug: as if it had happened here
        QMessageBox.warning(self.window, APP_NAME, error.text(self.window.language))

    def open_for(self, session_id: str) -> None:
        """Open the contract follow-up of a web from the overview (its web need not be open)."""
        window, contracts = self.window, self.contracts
        if contracts is None or window.repository is None:
            return
        window.load_catalogue()
        assert window.catalogue is not None
        try:
            session = window.repository.get(session_id)
            framework = window.catalogue.framework(session.framework_id, session.framework_version)
            contract = contracts.for_session(session_id)
        except AmbitiewebError as exc:
            QMessageBox.warning(window, APP_NAME, exc.text(window.language))
            return
        snapshots = window.repository.snapshots(session_id)
        if contract is not None and snapshots:
            self.open(contract, snapshots, framework.theme_names(), session.title)

    def _tell(self, text: str) -> None:
        QMessageBox.information(self.window, self.tr("Contractopvolging"), text)

    def start(self) -> None:
        """Open the contract follow-up of the open web (made the first time), after its workspace."""
        from ambitieweb.model.session import SessionKind

        window, contracts = self.window, self.contracts
        session_controller = window.controller
        if session_controller is None or contracts is None or window.repository is None:
            return
        session = session_controller.session
        if session.kind is not SessionKind.PROJECT:
            self._tell(
                self.tr("Contractopvolging hoort bij een project-ambitieweb, niet bij een generiek web.")
            )
            return
        snapshots = window.repository.snapshots(session.id)
        if not snapshots:
            self._tell(
                self.tr(
                    "Dit ambitieweb heeft nog geen vastgestelde versie. Stel het eerst vast (Sessie › "
                    "Vaststellen): de voortgangsgesprekken toetsen wat is vastgesteld."
                )
            )
            return
        names = session_controller.framework.theme_names()
        try:
            contract = contracts.for_session(session.id) or contracts.create(_new_contract(session))
        except AmbitiewebError as exc:
            QMessageBox.warning(window, APP_NAME, exc.text(window.language))
            return
        self.open(contract, snapshots, names, session.title)

    def open(self, contract: Contract, snapshots: list[Snapshot], names: dict[str, str], title: str) -> None:
        from ambitieweb.gui.contract.controller import ContractController
        from ambitieweb.gui.contract.page import ContractPage

        window, contracts = self.window, self.contracts
        assert contracts is not None
        window.show_list()  # leaves the workspace (every edit is saved)
        self.controller = ContractController(contract, snapshots, names, contracts, window.language, self)
        self.page = ContractPage(self.controller, title, window)
        self.page.backToWeb.connect(self.back_to_web)
        self.page.exportReport.connect(self.export_report)
        self.session_id = contract.session_id
        self.web_title = title
        window.ui.pages.addWidget(self.page)
        window.ui.pages.setCurrentWidget(self.page)
        window.undo_group.addStack(self.controller.undo_stack)
        window.undo_group.setActiveStack(self.controller.undo_stack)
        window.setWindowTitle(f"{self.page.title.text()} — {APP_NAME}")
        self.page.form.edits["supplier"].setFocus()
        window.update_actions()

    def close(self) -> None:
        """Leave the contract's page (every edit is saved already)."""
        if self.page is not None:
            self.page.setParent(None)
            self.page.deleteLater()
            self.page = None
        if self.controller is not None:
            if self.controller.unsaved:
                self.controller.save_now()
            self.window.undo_group.removeStack(self.controller.undo_stack)
            self.controller.deleteLater()
            self.controller = None

    # --- the monitoring report ------------------------------------------------------------------

    def export_report(self) -> None:
        """The monitoring report as a PDF or, chosen in the file dialog, a Word file."""
        if self.controller is None:
            return
        path = ask_pdf_or_word(
            self.window,
            self.tr("Monitoringsrapportage exporteren"),
            fill(self.tr("Monitoringsrapportage %1"), self.web_title),
        )
        if path is None:
            return
        self.export_report_to(path)

    def export_report_to(self, path: Path) -> Job | None:
        """Write the report in a worker, of the contract as it is now (a later edit does not change it)."""
        from ambitieweb.reports.contract_report import write_contract_report

        controller = self.controller
        if controller is None:
            return None
        contract, snapshots = controller.contract, list(controller.snapshots.values())
        names, title, language, today = (
            dict(controller.theme_names),
            self.web_title,
            controller.language,
            self.today(),
        )

        def write(_progress: object) -> Path:
            return write_contract_report(contract, snapshots, title, names, path, language, today)

        job = Job(write, self)
        job.finished.connect(self._exported)
        job.failed.connect(self._failed)
        return self.window.job_indicator.watch(
            job, self.tr("Monitoringsrapportage wordt geëxporteerd…")
        ).start()

    def _exported(self, path: Path) -> None:
        message = fill(self.tr("Geëxporteerd naar %1"), str(path))
        self.window.ui.statusbar.showMessage(message)
        announce(self.window, message)

    def back_to_web(self) -> None:
        session_id = self.session_id
        self.close()
        if session_id is not None:
            self.window.open_session(session_id)


def _new_contract(session: Session) -> Contract:
    """A contract follow-up for the web: its contract manager, if the team had one, manages it."""
    from ambitieweb.model.contract.contract import Contract
    from ambitieweb.model.session import Role

    manager = next((p.name for p in session.participants if p.role is Role.CONTRACTMANAGER), "")
    return Contract(session_id=session.id, manager=manager)
