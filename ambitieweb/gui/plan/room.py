"""The action plan room as the main window uses it: its menu entries, the list of plans, opening a plan
on its page (with its undo stack in the window's undo group), files and the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QPushButton

from ambitieweb import APP_NAME
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.documents.save_as import ask_pdf_or_word
from ambitieweb.gui.sessions.list_page import ListCommand
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.gui.widgets.tasks import Job
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.gui.plan.controller import PlanController
    from ambitieweb.gui.plan.page import PlanPage
    from ambitieweb.gui.window_base import WindowBase
    from ambitieweb.store.plans import PlanRepository


class PlanRoom(QObject):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window
        self.controller: PlanController | None = None
        self.page: PlanPage | None = None
        self.last_plan: str | None = None  # the plan left to open a web: "Terug naar actieplan"
        ui = window.ui
        self.new = self._action(self.tr("Nieuw a&ctieplan…"), "Ctrl+Shift+N", self.new_plan)
        self.list = self._action(self.tr("Actiep&lannen…"), "Ctrl+Shift+A", self.show_plans)
        # A submenu of Bestand: a mnemonic of its own in the menu bar would clash with the pages'.
        self.menu = QMenu(self.tr("&MVOI-actieplan"), window)
        ui.fileMenu.insertMenu(ui.actionOpen, self.menu)
        self.details = self._action(self.tr("&Gegevens van het plan…"), "", self.edit_details, self.menu)
        self.pdf = self._action(self.tr("Actieplan als &PDF of Word…"), "", self.export_pdf, self.menu)
        self.export = self._action(self.tr("Plan&bestand exporteren…"), "", self.export_file, self.menu)
        self.menu.addSeparator()
        self.import_ = self._action(self.tr("Planbestand &importeren…"), "", self.import_file, self.menu)
        self.back = self._action(
            self.tr("&Terug naar het actieplan"), "Ctrl+Shift+L", self.back_to_plan, self.menu
        )
        self.menu.insertActions(self.details, [self.new, self.list])
        self.menu.insertSeparator(self.details)
        button = QPushButton(self.tr("A&ctieplannen…"), ui.listPage)
        button.setAccessibleName(self.tr("Actieplannen"))
        button.clicked.connect(self.show_plans)
        ui.listButtons.insertWidget(ui.listButtons.count() - 1, button)
        self.list_button = button
        window.list_page.uses = self.uses

    def _action(self, text: str, key: str, slot: object, menu: QMenu | None = None) -> QAction:
        action = QAction(text, self.window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        if menu is not None:
            menu.addAction(action)
        return action

    @property
    def plans(self) -> PlanRepository | None:
        from ambitieweb.store.plans import PlanRepository

        repository = self.window.repository
        return PlanRepository(repository.engine) if repository is not None else None

    def update_actions(self) -> None:
        attached = self.window.repository is not None
        for action in (self.new, self.list, self.import_):
            action.setEnabled(attached)
        self.list_button.setEnabled(attached)
        for action in (self.details, self.pdf, self.export):
            action.setEnabled(self.controller is not None)
        self.back.setEnabled(attached and self.controller is None and self.last_plan is not None)

    def _report(self, error: AmbitiewebError) -> None:
        QMessageBox.warning(self.window, APP_NAME, error.text(self.window.language))

    def uses(self, session_id: str) -> list[str]:
        plans = self.plans
        return [use.text(self.window.language) for use in plans.uses_of(session_id)] if plans else []

    # --- the list of plans -----------------------------------------------------------------------

    def show_plans(self) -> None:
        plans = self.plans
        if plans is None:
            return
        from ambitieweb.gui.plan.plan_list import PlanList

        dialog = PlanList(plans, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            what, plan_id = dialog.chosen
            if what == "open":
                self.open_plan(plan_id)
            elif what == "delete":
                self.delete_plan(plan_id)
            elif what == "new":
                self.new_plan()
            elif what == "import":
                self.import_file()

    def new_plan(self) -> None:
        from ambitieweb.gui.plan.plan_dialog import PlanDialog

        plans, window = self.plans, self.window
        if plans is None:
            return
        window.load_catalogue()
        assert window.catalogue is not None
        dialog = PlanDialog(window.catalogue, plans.candidate_webs(), language=window.language, parent=window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        plan = dialog.result()

        def create() -> None:
            plans.create(plan.model_copy(update={"revision": 0}, deep=True))

        def remove() -> None:
            if self.controller is not None and self.controller.plan.id == plan.id:
                window.show_list()
            plans.delete(plan.id)

        window.list_page.undo_stack.push(
            ListCommand(fill(self.tr("Nieuw actieplan '%1'"), plan.title), create, remove)
        )
        self.open_plan(plan.id)

    def delete_plan(self, plan_id: str) -> None:
        plans, window = self.plans, self.window
        if plans is None:
            return
        plan = plans.get(plan_id)
        answer = QMessageBox.question(
            window,
            self.tr("Actieplan verwijderen"),
            fill(
                self.tr("Actieplan '%1' verwijderen? De ambitiewebs blijven. Ctrl+Z zet het plan terug."),
                plan.title,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def remove() -> None:
            if self.controller is not None and self.controller.plan.id == plan_id:
                window.show_list()
            plans.delete(plan_id)

        def restore() -> None:
            plans.create(plan.model_copy(update={"revision": 0}, deep=True))

        window.list_page.undo_stack.push(
            ListCommand(fill(self.tr("Actieplan '%1' verwijderen"), plan.title), remove, restore)
        )

    # --- the open plan ---------------------------------------------------------------------------

    def open_plan(self, plan_id: str) -> None:
        from ambitieweb.gui.plan.controller import PlanController
        from ambitieweb.gui.plan.page import PlanPage

        window, plans = self.window, self.plans
        if plans is None or window.repository is None:
            return
        window.load_catalogue()
        assert window.catalogue is not None
        try:
            plan = plans.get(plan_id)
            framework = window.catalogue.framework(plan.framework_id)
        except AmbitiewebError as exc:
            self._report(exc)
            return
        window.show_list()  # leaves an open session (saved) or plan first
        self.controller = PlanController(plan, framework, window.repository, plans, window.language, self)
        self.page = PlanPage(self.controller, window)
        self.page.openWeb.connect(self.open_web, Qt.ConnectionType.QueuedConnection)
        self.page.editDetails.connect(self.edit_details)
        self.page.exportPdf.connect(self.export_pdf)
        window.ui.pages.addWidget(self.page)
        window.ui.pages.setCurrentWidget(self.page)
        window.undo_group.addStack(self.controller.undo_stack)
        window.undo_group.setActiveStack(self.controller.undo_stack)
        window.setWindowTitle(f"{plan.title} — {APP_NAME}")
        self.last_plan = plan_id
        self.page.tabs.setFocus()
        window.update_actions()

    def close(self) -> None:
        """Leave the plan's page (every edit is saved already)."""
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

    def open_web(self, session_id: str) -> None:
        """Open a web of the plan in the workspace; Ctrl+Shift+L comes back to the plan."""
        self.close()
        self.window.open_session(session_id)
        self.window.ui.statusbar.showMessage(self.tr("Ctrl+Shift+L: terug naar het actieplan"))
        self.update_actions()

    def back_to_plan(self) -> None:
        if self.last_plan is not None:
            self.open_plan(self.last_plan)

    def edit_details(self) -> None:
        from ambitieweb.gui.plan.plan_dialog import PlanDialog

        controller, plans, window = self.controller, self.plans, self.window
        if controller is None or plans is None or window.catalogue is None:
            return
        candidates = plans.candidate_webs(controller.plan.organisation)
        dialog = PlanDialog(window.catalogue, candidates, controller.plan, window.language, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changed = dialog.result()
        from ambitieweb.model.changes import Part

        fields = ("title", "organisation", "start_year", "end_year", "focus_limit", "web_ids")
        controller.edit(self.tr("Gegevens van het plan"), {Part(f): getattr(changed, f) for f in fields})
        window.setWindowTitle(f"{controller.plan.title} — {APP_NAME}")

    # --- files -----------------------------------------------------------------------------------

    def export_pdf(self) -> None:
        """The plan as a PDF or, chosen in the file dialog, a Word file; written in the background."""
        controller = self.controller
        if controller is None:
            return
        path = ask_pdf_or_word(self.window, self.tr("Actieplan exporteren"), controller.plan.title)
        if path is None:
            return
        self.export_to(path)

    def export_to(self, path: Path) -> Job | None:
        """Write the open plan to `path` (.pdf or .docx) in a worker: the actieplan takes seconds."""
        from ambitieweb.reports.actieplan import write_actieplan

        controller = self.controller
        if controller is None:
            return None
        # The plan and its webs as they are now (an edit meanwhile replaces them, it does not change them).
        plan, webs, framework = controller.plan, dict(controller.webs), controller.framework
        language, followed = controller.language, dict(controller.followed)
        job = Job(
            lambda _progress: write_actieplan(plan, webs, framework, path, language, followed=followed), self
        )
        job.finished.connect(self._exported)
        job.failed.connect(self._export_failed)
        return self.window.job_indicator.watch(job, self.tr("Actieplan wordt geëxporteerd…")).start()

    def _exported(self, path: Path) -> None:
        message = fill(self.tr("Geëxporteerd naar %1"), str(path))
        self.window.ui.statusbar.showMessage(message)
        announce(self.window, message)

    def _export_failed(self, error: object) -> None:
        if not isinstance(error, AmbitiewebError):
            raise error  # type: ignore[misc]  # a bug: as if it had happened here
        self._report(error)

    def export_file(self) -> None:
        from ambitieweb.gui.plan.plan_files import export_plan

        export_plan(self, self.window, self.controller, self._report)

    def import_file(self) -> None:
        from ambitieweb.gui.plan.plan_files import import_plan

        import_plan(self, self.window, self.plans, self._report, self.open_plan)
