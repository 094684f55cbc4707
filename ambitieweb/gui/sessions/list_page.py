"""The list of sessions: search, open, and the undoable changes to the list (new, duplicate, delete)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHeaderView, QLineEdit, QMessageBox, QTableView, QWidget

from ambitieweb.gui.sessions.list_model import PAGE, PageSource, SessionListModel
from ambitieweb.gui.widgets.tasks import Job
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.model.session import Session, Snapshot
    from ambitieweb.model.summary import SessionSummary
    from ambitieweb.store.repository import Repository


class ListCommand(QUndoCommand):
    """An undoable change to the list of sessions (create, duplicate, delete)."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()


class SessionListPage(QObject):
    """Drives the list page's table and search field; the window decides what opening means."""

    openRequested = Signal(str)  # a session id to open in the workspace (a new or duplicated one)
    chosen = Signal(str)  # a session chosen in the list (Enter, a double click) to open
    closeRequested = Signal(str)  # the open session is about to be removed: leave it first

    def __init__(self, table: QTableView, search: QLineEdit, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.table, self.search = table, search
        self.language = language
        self.repository: Repository | None = None
        # What refers to a web (action plans), asked before it is deleted; set by the window.
        self.uses: Callable[[str], list[str]] | None = None
        self.model = SessionListModel(language)
        self.undo_stack = QUndoStack(self)
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        # Sized once, to the first rows shown (measuring every row on each keystroke took longer
        # than the search); the title takes the room that is left, the others can be dragged.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._sized = False
        search.textChanged.connect(self.refresh)
        search.setEnabled(False)
        self._search: Job | None = None  # a search under way in the background
        self._searched = ""  # the text its result is for
        self._when_settled: list[Callable[[], None]] = []  # asked for before the result was in
        table.activated.connect(lambda index: self.chosen.emit(self.model.summary(index.row()).id))

    def attach(self, repository: Repository) -> None:
        self.repository = repository
        self.search.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        """Show the sessions the search finds (all without one). A search runs in a worker thread: a
        keystroke never waits for the database; the list follows when the result is in, and a
        result for text typed over meanwhile is dropped."""
        repository = self.repository
        if repository is None:
            return
        search = self.search.text()

        def source(after: SessionSummary | None, limit: int) -> list[SessionSummary]:
            return repository.list_sessions(search, limit=limit, after=after)

        if not search.strip():
            self._searched = search
            self.fill(source)
            return
        if self._search is not None:
            return  # it looks again when it is done
        self._searched = search
        self._search = Job(lambda _progress: source(None, PAGE), self)
        self._search.finished.connect(lambda rows: self._found(source, rows))
        self._search.failed.connect(self._search_failed)
        self._search.start()

    @property
    def settled(self) -> bool:
        """The list shows what the search field says."""
        return self._search is None and self._searched == self.search.text()

    def when_settled(self, then: Callable[[], None]) -> None:
        """Call `then` once the list shows what the search field says (at once if it does): Enter
        typed right after a search opens what was searched for, not the row shown before."""
        if self.settled:
            then()
        else:
            self._when_settled.append(then)

    def _found(self, source: PageSource, rows: list[SessionSummary]) -> None:
        self._search = None
        if self._searched != self.search.text():
            self.refresh()  # typed on meanwhile
            return
        self.fill(source, rows)

    def _search_failed(self, error: object) -> None:
        self._search = None
        self._when_settled.clear()
        raise error  # type: ignore[misc]  # as if the search had run here

    def fill(self, source: PageSource, first: list[SessionSummary] | None = None) -> None:
        self.model.set_source(source, first)
        if self.model.rowCount():
            if not self._sized:
                self._sized = True
                for column in range(1, self.model.columnCount()):
                    self.table.resizeColumnToContents(column)
            self.table.selectRow(0)
        if self.settled:
            waiting, self._when_settled = self._when_settled, []
            for then in waiting:
                then()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.summary(index.row()).id if index.isValid() else None

    # --- undoable changes ----------------------------------------------------------------------

    def new_session(self, catalogue: Catalogue) -> None:
        from ambitieweb.gui.sessions.session_dialog import SessionDialog

        assert self.repository is not None
        generic = self.repository.generic_webs()
        dialog = SessionDialog(catalogue, generic, language=self.language, parent=self._parent)
        if dialog.exec() != SessionDialog.DialogCode.Accepted:
            return
        self.add_session(dialog.new_session(), self.tr("Nieuwe sessie"))

    def add_session(self, session: Session, text: str, snapshots: list[Snapshot] | None = None) -> None:
        """Store a new session as an undoable step and open it."""
        repository = self.repository
        assert repository is not None
        kept = list(snapshots or [])

        def create() -> None:
            repository.create(session.model_copy(update={"revision": 0}, deep=True), kept)
            self.refresh()

        def remove() -> None:
            self.closeRequested.emit(session.id)
            repository.delete(session.id)
            self.refresh()

        self.undo_stack.push(ListCommand(f"{text} '{session.title}'", create, remove))
        self.openRequested.emit(session.id)

    def duplicate(self, session_id: str) -> None:
        assert self.repository is not None
        original = self.repository.get(session_id)
        self.add_session(original.duplicate(original.title + self.tr(" (kopie)")), self.tr("Dupliceren"))

    def delete(self, session_id: str) -> None:
        repository = self.repository
        assert repository is not None
        session = repository.get(session_id)
        question = fill(
            self.tr("'%1' verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z."), session.title
        )
        uses = self.uses(session_id) if self.uses is not None else []
        if uses:  # a plan refers to this web: say which, before anything goes
            question = (
                fill(self.tr("'%1' wordt gebruikt door:"), session.title)
                + "\n• "
                + "\n• ".join(uses)
                + "\n\n"
                + self.tr("Toch verwijderen? Het plan houdt de verwijzing; Ctrl+Z zet het web terug.")
            )
        answer = QMessageBox.question(self._parent, self.tr("Sessie verwijderen"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        snapshots = repository.snapshots(session_id)
        from ambitieweb.store.contracts import ContractRepository

        contracts = ContractRepository(repository.engine)
        contract = contracts.for_session(session_id)  # goes with the web; undo puts it back too

        def remove() -> None:
            self.closeRequested.emit(session_id)
            repository.delete(session_id)
            self.refresh()

        def restore() -> None:
            repository.create(session.model_copy(update={"revision": 0}, deep=True), snapshots)
            if contract is not None:
                contracts.create(contract.model_copy(update={"revision": 0}, deep=True))
            self.refresh()

        self.undo_stack.push(ListCommand(fill(self.tr("Verwijderen '%1'"), session.title), remove, restore))
