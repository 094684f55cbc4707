"""The session controller: owns the open session, turns edits into undoable commands, saves each one.

Data flows one way: a view calls a controller method, the controller pushes a command that changes
the model, saves it, and emits ``changed``; every view redraws from the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ambitieweb.errors import AmbitiewebError, first_line
from ambitieweb.gui.workspace.session_edit import Mutation, SessionEdit
from ambitieweb.model.diff import Change, apply, diff
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Goal, Measure, Participant, Session, Snapshot
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.store.repository import Repository
    from ambitieweb.store.save_queue import SaveQueue, SaveResult

SLOW_SAVE_MS = 3000  # a save to a server that takes longer gets a bar (the edit stays on screen)
POLL_MS = 15  # how often the window looks for results of saves to a server
FLUSH_TIMEOUT_S = 20.0  # waiting for saves in flight before agreeing, closing, or a copy

# The parts of a session that an undo restores; identity and bookkeeping stay as the store has them.
CONTENT_EXCLUDE = {"id", "revision", "created_at", "updated_at"}
UNDO_LIMIT = 1000  # steps kept to undo; each is small, but a day's session must not grow without end


class SessionController(QObject):
    changed = Signal()  # the session's content changed: redraw from it
    reshaped = Signal()  # its themes or framework changed: the views are built again (not `changed`)
    saved = Signal()
    saveFailed = Signal(str)  # a message for the user; the edit stays in memory
    agreed = Signal(object)  # Snapshot

    def __init__(
        self,
        session: Session,
        framework: Framework,
        repository: Repository | None,
        language: str = "nl",
        parent: QObject | None = None,
    ) -> None:
        """Without a repository (the first moment after start) edits are kept and saved on `attach`."""
        super().__init__(parent)
        self.session = session
        self.framework = framework
        self._repository = repository
        self.language = language
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.unsaved = False
        # The session's fields edited since its last save, from the undo steps' changes (each change's
        # path starts with the field): the save compares only the rows made from them.
        self._edited: set[str] = set()
        self._queue: SaveQueue | None = None  # saves to a server run off the GUI thread
        self._last: SaveResult | None = None  # the newest result of the queue, not yet reported
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_SAVE_MS)
        self._slow.timeout.connect(self._save_is_slow)
        self._poll = QTimer(self)  # runs while saves to a server are on their way
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._take_results)
        if repository is not None:
            self._use(repository)
        self._content = self.content()  # the content as the last step left it: the next step's "before"
        self._frameworks = {(framework.id, framework.version): framework}  # those it used, for undo
        self._shape = self.shape()

    @property
    def repository(self) -> Repository:
        """The store; only for what needs it at once (agreeing, agreed versions), which the window
        offers once the store is attached."""
        assert self._repository is not None, "the store is not attached yet"
        return self._repository

    @property
    def attached(self) -> bool:
        return self._repository is not None

    def attach(self, repository: Repository) -> None:
        """The store is open: save what was edited before it was."""
        self._use(repository)
        if self.unsaved:
            self.save_now()

    def _use(self, repository: Repository) -> None:
        self._repository = repository
        if repository.remote:
            from ambitieweb.store.save_queue import SaveQueue

            self._queue = SaveQueue(repository, self.session.revision)
            self.destroyed.connect(self._queue.close)  # its thread ends after the save it is doing

    # --- reading --------------------------------------------------------------------------------

    def theme_name(self, index: int) -> str:
        theme_id = self.session.themes[index].theme_id
        try:
            return self.framework.theme(theme_id).name
        except KeyError:
            return theme_id

    # --- edits ----------------------------------------------------------------------------------

    def edit(
        self,
        text: str,
        mutate: Mutation,
        merge_key: str | None = None,
        touches: tuple[str, ...] | None = None,
    ) -> None:
        """Apply ``mutate`` to the session as one undoable, saved step. ``touches`` names the
        session's fields it may change (all, when not given): the undo step looks only there."""
        self.undo_stack.push(SessionEdit(self, text, mutate, merge_key, touches))

    def set_ambition(self, index: int, level: Level, merge_key: str | None = None) -> None:
        if self.session.themes[index].ambition == level:
            return
        name = self.theme_name(index)
        self.edit(
            fill(self.tr("Ambitie %1: %2"), name, level.label(self.language)),
            lambda s: setattr(s.themes[index], "ambition", level),
            merge_key,
            touches=("themes",),
        )

    def set_current(self, index: int, level: Level) -> None:
        if self.session.themes[index].current == level:
            return
        name = self.theme_name(index)
        self.edit(
            fill(self.tr("Huidige situatie %1: %2"), name, level.label(self.language)),
            lambda s: setattr(s.themes[index], "current", level),
            touches=("themes",),
        )

    def set_rationale(self, index: int, text: str) -> None:
        if self.session.themes[index].rationale == text:
            return
        self.edit(
            fill(self.tr("Onderbouwing %1"), self.theme_name(index)),
            lambda s: setattr(s.themes[index], "rationale", text),
            merge_key=f"rationale-{index}",
            touches=("themes",),
        )

    def set_focus(self, index: int, focus: bool) -> None:
        if self.session.themes[index].focus == focus:
            return
        self.edit(
            fill(self.tr("Focusthema %1"), self.theme_name(index)),
            lambda s: setattr(s.themes[index], "focus", focus),
            touches=("themes",),
        )

    def set_max_focus(self, limit: int) -> None:
        if self.session.max_focus == limit:
            return
        self.edit(
            fill(self.tr("Hoogstens %1 focusthema's"), str(limit)),
            lambda s: setattr(s, "max_focus", limit),
            merge_key="max-focus",
            touches=("max_focus",),
        )

    def set_goals(self, index: int, goals: list[Goal], merge_key: str | None = None) -> None:
        self.edit(
            fill(self.tr("Doelen %1"), self.theme_name(index)),
            lambda s: setattr(s.themes[index], "goals", [g.model_copy() for g in goals]),
            merge_key,
            touches=("themes",),
        )

    def set_measures(self, index: int, measures: list[Measure], merge_key: str | None = None) -> None:
        self.edit(
            fill(self.tr("Maatregelen %1"), self.theme_name(index)),
            lambda s: setattr(s.themes[index], "measures", [m.model_copy() for m in measures]),
            merge_key,
            touches=("themes",),
        )

    def set_vote(self, index: int, participant_id: str, level: Level) -> None:
        """One person's vote on a theme; `Level.UNSET` takes it back."""
        entry = self.session.themes[index]
        if entry.votes.get(participant_id, Level.UNSET) == level:
            return
        person = next((p.name for p in self.session.participants if p.id == participant_id), "?")

        def apply(session: Session) -> None:
            votes = dict(session.themes[index].votes)
            if level == Level.UNSET:
                votes.pop(participant_id, None)
            else:
                votes[participant_id] = level
            session.themes[index].votes = votes

        text = self.tr("Stem %1 op %2: %3") if level else self.tr("Stem %1 op %2 ingetrokken")
        self.edit(
            fill(text, person, self.theme_name(index), level.label(self.language)),
            apply,
            touches=("themes",),
        )

    def set_tally(self, index: int, tally: tuple[int, int, int]) -> None:
        """The anonymous count of hands per level (basis, significant, ambitieus)."""
        if self.session.themes[index].tally == tally:
            return
        self.edit(
            fill(self.tr("Telling %1"), self.theme_name(index)),
            lambda s: setattr(s.themes[index], "tally", tally),
            merge_key=f"tally-{index}",
            touches=("themes",),
        )

    def set_minutes(self, index: int, minutes: int) -> None:
        if self.session.themes[index].minutes == minutes:
            return
        self.edit(
            fill(self.tr("Agenda %1"), self.theme_name(index)),
            lambda s: setattr(s.themes[index], "minutes", minutes),
            merge_key=f"minutes-{index}",
            touches=("themes",),
        )

    def set_participants(self, participants: list[Participant]) -> None:
        def apply(session: Session) -> None:
            session.participants = [p.model_copy() for p in participants]
            session.drop_orphan_votes()  # one step: undo brings back the person and their votes

        self.edit(self.tr("Deelnemers"), apply)

    def set_details(self, **fields: object) -> None:
        """Session details (title, organisation, subject, date, facilitator, generic web)."""
        changed = {k: v for k, v in fields.items() if getattr(self.session, k) != v}
        if not changed:
            return

        def apply(session: Session) -> None:
            for key, value in changed.items():
                setattr(session, key, value)

        self.edit(self.tr("Sessiegegevens"), apply)

    def agree(self) -> Snapshot | None:
        """Vaststellen: freeze the current content as an agreed, numbered snapshot."""
        if not self.flush():
            return None
        try:
            snapshot = self.repository.agree(self.session)
        except AmbitiewebError as exc:
            self.saveFailed.emit(exc.text(self.language))
            return None
        self.unsaved, self._edited = False, set()
        if self._queue is not None:
            self._queue.rebase(self.session.revision)
        self._content = self.content()  # agreeing changed the status, not as an undoable step
        self.agreed.emit(snapshot)
        self.changed.emit()
        return snapshot

    def save_now(self) -> bool:
        """Write the in-memory session; on failure keep it in memory and tell the user. Before the
        store is attached the edit just waits for it."""
        if self._repository is None:
            self.unsaved = True
            return False
        if self._queue is not None:  # a server: the save runs in a thread; `saved` comes after
            self.unsaved = True
            self._queue.put(self.session.model_copy(deep=True))
            self._poll.start()
            if not self._slow.isActive():
                self._slow.start()
            return False
        try:
            self._repository.save(self.session, self._edited)
        except AmbitiewebError as exc:
            self.unsaved = True
            self.saveFailed.emit(exc.text(self.language))
            return False
        except Exception as exc:  # a vanished file or a dropped server: never lose the edit
            self.unsaved = True
            self.saveFailed.emit(fill(self.tr("Opslaan mislukt: %1"), first_line(exc)))
            return False
        self.unsaved, self._edited = False, set()
        self.saved.emit()
        return True

    def flush(self, timeout: float = FLUSH_TIMEOUT_S) -> bool:
        """Save what is unsaved and wait for saves in flight; True when everything is stored."""
        if self.unsaved and (self._queue is None or self._queue.idle):
            self.save_now()
        if self._queue is not None:
            self._queue.wait(timeout)
            self._take_results()
        return not self.unsaved

    def _take_results(self) -> None:
        """The save thread's results, in order: the last one says whether all is stored."""
        assert self._queue is not None
        for result in self._queue.take_results():
            self.session.revision = result.revision
            if result.updated_at is not None:
                self.session.updated_at = result.updated_at
            self._last = result
        if not self._queue.idle:
            return
        self._poll.stop()
        self._slow.stop()
        last, self._last = self._last, None
        if last is None:
            return
        if last.error is None and last.unexpected is None:
            self.unsaved = False
            self.saved.emit()
            return
        self.unsaved = True
        if last.error is not None:
            self.saveFailed.emit(last.error.text(self.language))
        else:
            self.saveFailed.emit(fill(self.tr("Opslaan mislukt: %1"), last.unexpected or "?"))

    def _save_is_slow(self) -> None:
        if self._queue is not None and not self._queue.idle:
            self.saveFailed.emit(
                self.tr(
                    "De database antwoordt nog niet. Uw wijziging is nog niet opgeslagen en blijft op het "
                    "scherm; zodra de database antwoordt, wordt ze bewaard."
                )
            )

    def save_as_copy(self) -> Session | None:
        """Keep the in-memory version as a new session (after a refused save)."""
        self.flush()
        copy = self.session.duplicate(self.session.title + self.tr(" (mijn versie)"))
        try:
            self.repository.create(copy)
        except AmbitiewebError as exc:
            self.saveFailed.emit(exc.text(self.language))
            return None
        return copy

    # --- what SessionEdit uses (session_edit.EditedSession) ------------------------------------

    def content(self) -> dict[str, Any]:
        """What an undo step restores: everything but identity and the store's bookkeeping."""
        return self.session.model_dump(exclude=CONTENT_EXCLUDE)

    def changes_since_last(self, touches: tuple[str, ...] | None = None) -> list[Change]:
        """What the edit just made changed: a dump of the session (~1 ms with 500 criteria), or of
        the fields it `touches` (and the status, which every edit may change)."""
        if touches is None:
            after = self.content()
            changes = diff(self._content, after)
            self._content = after
        else:
            part = self.session.model_dump(include={*touches, "status"})
            changes = diff({name: self._content[name] for name in part}, part)
            self._content.update(part)
        self._note_edited(changes)
        return changes

    def apply_changes(self, changes: list[Change], forward: bool) -> None:
        apply(self.session, changes, forward)
        self._content = self.content()
        self._note_edited(changes)
        self._changed()

    def _note_edited(self, changes: list[Change]) -> None:
        self._edited.update(str(c.path[0]) for c in changes)

    def _changed(self) -> None:
        self.emit_changed()
        self.save_now()

    def shape(self) -> tuple[str, str, tuple[str, ...]]:
        """What the views are built for: the framework version and the session's themes."""
        session = self.session
        return session.framework_id, session.framework_version, tuple(e.theme_id for e in session.themes)

    def emit_changed(self) -> None:
        """`changed`, or `reshaped` when the themes or the framework changed (an undo of a theme
        change takes its framework back too)."""
        shape = self.shape()
        if shape == self._shape:
            self.changed.emit()
            return
        self._shape = shape
        self.framework = self._frameworks.get(shape[:2], self.framework)
        self.reshaped.emit()

    def change_themes(self, framework: Framework, keep: list[str], text: str) -> None:
        """One undoable step: the session gets the themes `keep` of `framework` (matched by id, the
        others' data kept; see model.theme_change). Undo brings back the removed themes' data."""
        from ambitieweb.model.theme_change import change_themes

        self._frameworks[(framework.id, framework.version)] = framework
        self.edit(text, lambda s: change_themes(s, framework, keep))
