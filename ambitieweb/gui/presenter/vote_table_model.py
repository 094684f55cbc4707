"""Each participant's vote on the theme under discussion: a thin adapter over the controller."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ambitieweb.gui.presenter.presentation import Presentation
from ambitieweb.gui.widgets.table_model import Index, TableModel
from ambitieweb.gui.workspace.theme_table_model import LEVEL_ROLE
from ambitieweb.model.levels import Level


class VoteTableModel(TableModel):
    NAME, ROLE, VOTE = range(3)

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        self._presentation = presentation
        self.headers = (self.tr("Deelnemer"), self.tr("Rol"), self.tr("Stem"))
        self.shown_rows = len(presentation.session.participants)
        self._shown = self._content()
        presentation.controller.changed.connect(self._refresh)
        presentation.changed.connect(self._refresh)

    def _content(self) -> tuple[object, ...]:
        """What the table shows; the view repaints only when it changes (not on every theme step)."""
        session = self._presentation.session
        entry = session.themes[self._presentation.theme]
        people = tuple((p.id, p.name, p.role) for p in session.participants)
        return people, tuple(entry.votes.get(p.id) for p in session.participants)

    def _refresh(self) -> None:
        shown = self._content()
        if shown == self._shown:
            return
        people_changed = shown[0] != self._shown[0]
        self._shown = shown
        first = self.NAME if people_changed else self.VOTE  # walking the themes changes votes only
        self.sync_rows(len(self._presentation.session.participants), first)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.VOTE else base

    def vote(self, row: int) -> Level:
        session = self._presentation.session
        entry = session.themes[self._presentation.theme]
        return entry.votes.get(session.participants[row].id, Level.UNSET)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._presentation.session.participants[index.row()]
        language = self._presentation.controller.language
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                return person.name
            if column == self.ROLE:
                return person.role.label(language)
            level = self.vote(index.row())
            return f"{int(level)} {level.label(language)}" if level else "–"
        if role == LEVEL_ROLE and column == self.VOTE:
            return self.vote(index.row())
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.VOTE:
            return False
        if role not in (Qt.ItemDataRole.EditRole, LEVEL_ROLE):
            return False
        presentation = self._presentation
        person = presentation.session.participants[index.row()]
        presentation.controller.set_vote(presentation.theme, person.id, Level(int(value)))
        return True
