"""The contract follow-up room as the main window uses it: Sessie › Contractopvolging… (Ctrl+Shift+K)
on an open project web with an agreed version; its page, with its undo stack in the window's group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from ambitieweb import APP_NAME
from ambitieweb.errors import AmbitiewebError

if TYPE_CHECKING:
    from ambitieweb.gui.contract.controller import ContractController
    from ambitieweb.gui.contract.page import ContractPage
    from ambitieweb.gui.main_window import MainWindow
    from ambitieweb.model.contract.contract import Contract
    from ambitieweb.model.session import Session, Snapshot
    from ambitieweb.store.contracts import ContractRepository


class ContractRoom(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller: ContractController | None = None
        self.page: ContractPage | None = None
        self.session_id: str | None = None  # the web whose contract is shown
        action = QAction(self.tr("&Contractopvolging…"), window)
        action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        action.triggered.connect(lambda _checked=False: self.start())
        window.addAction(action)
        window.ui.sessionMenu.addSeparator()
        window.ui.sessionMenu.addAction(action)
        self.action = action

    @property
    def contracts(self) -> ContractRepository | None:
        from ambitieweb.store.contracts import ContractRepository

        repository = self.window.repository
        return ContractRepository(repository.engine) if repository is not None else None

    def update_actions(self) -> None:
        self.action.setEnabled(self.window.controller is not None and self.window.repository is not None)

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
        self.session_id = contract.session_id
        window.ui.pages.addWidget(self.page)
        window.ui.pages.setCurrentWidget(self.page)
        window.undo_group.addStack(self.controller.undo_stack)
        window.undo_group.setActiveStack(self.controller.undo_stack)
        window.setWindowTitle(f"{self.page.title.text()} — {APP_NAME}")
        self.page.form.edits["supplier"].setFocus()
        window._update_actions()

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
