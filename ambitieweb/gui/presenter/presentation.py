"""What the room is looking at: the theme under discussion, revealed votes, comparisons, the clock.

One `Presentation` is shared by the presenter view and the audience window; both draw from it and
from the session controller, so neither keeps a copy of the other's state.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QTimer, Signal

from ambitieweb.charts import RadarData
from ambitieweb.charts.session_data import radar_data
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.agenda import AgendaClock
from ambitieweb.model.framework import LevelTexts
from ambitieweb.model.levels import RATED_LEVELS
from ambitieweb.model.rules import MIN_FOCUS_VIEW
from ambitieweb.model.session import Session, Snapshot
from ambitieweb.model.votes import Distribution, distribution

TICK_MS = 1000


class Presentation(QObject):
    changed = Signal()  # theme, reveal, focus view, comparison or selected participant changed
    ticked = Signal()  # a second passed on the agenda clock
    timeUp = Signal(str)  # the theme id whose planned time just ran out

    def __init__(
        self,
        controller: SessionController,
        generic: Session | None,
        snapshots: list[Snapshot],
        theme: int = 0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.generic = generic
        self.snapshots = sorted(snapshots, key=lambda s: s.number)
        self.theme = max(0, min(theme, len(controller.session.themes) - 1))
        self.revealed: set[str] = set()  # theme ids whose votes the audience may see
        self.focus_only = False
        self.show_generic = generic is not None
        self.earlier: Snapshot | None = None
        self.participant = 0  # row in the participant list that the digit keys vote for
        self.clock = AgendaClock()
        self.clock.switch(self.theme_id)
        self._overdue: set[str] = set()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        controller.changed.connect(self._session_changed)

    # --- reading -------------------------------------------------------------------------------

    @property
    def session(self) -> Session:
        return self.controller.session

    @property
    def theme_id(self) -> str:
        return self.session.themes[self.theme].theme_id

    def focus_themes(self) -> list[int]:
        return [i for i, entry in enumerate(self.session.themes) if entry.focus]

    def can_focus(self) -> bool:
        """A focus view needs enough focus themes to draw a web."""
        return len(self.focus_themes()) >= MIN_FOCUS_VIEW

    def shown_themes(self) -> list[int]:
        """The themes the audience sees, in order (all, or only the focus themes)."""
        if self.focus_only and self.can_focus():
            return self.focus_themes()
        return list(range(len(self.session.themes)))

    def is_revealed(self) -> bool:
        return self.theme_id in self.revealed

    def level_lines(self) -> list[tuple[bool, str]]:
        """The theme's three levels as shown: (is it the agreed ambition, '▶ 2 significant: …')."""
        entry = self.session.themes[self.theme]
        language = self.controller.language
        try:
            levels: LevelTexts | None = self.controller.framework.theme(entry.theme_id).levels
        except KeyError:  # a theme the framework no longer has: its name, no texts
            levels = None
        lines = []
        for level in RATED_LEVELS:
            chosen = entry.ambition == level
            text = levels.for_level(level) if levels else ""
            lines.append((chosen, f"{'▶ ' if chosen else ''}{int(level)} {level.label(language)}: {text}"))
        return lines

    def time_left(self) -> float | None:
        """Seconds left for the theme under discussion; None when no time was planned for it."""
        entry = self.session.themes[self.theme]
        return self.clock.left(entry.theme_id, entry.minutes)

    def distribution(self) -> Distribution | None:
        return distribution(self.session.themes[self.theme], self.session.participant_ids())

    def radar(self, audience: bool) -> RadarData:
        """The web for one window: the audience sees only revealed votes and maybe only focus themes."""
        shown = self.shown_themes() if audience else list(range(len(self.session.themes)))
        session = self.session
        if len(shown) != len(session.themes):
            session = session.model_copy(update={"themes": [session.themes[i] for i in shown]})
        highlight = shown.index(self.theme) if self.theme in shown else None
        data = radar_data(
            session,
            self.controller.framework,
            self.generic if self.show_generic else None,
            highlight,
            earlier=self.earlier.session if self.earlier else None,
            show_votes=True,
            language=self.controller.language,
        )
        if audience and data.votes is not None:
            hidden = tuple(
                spread if entry.theme_id in self.revealed else None
                for entry, spread in zip(session.themes, data.votes, strict=True)
            )
            data = dataclasses.replace(data, votes=hidden if any(hidden) else None)
        return data

    # --- walking and showing -------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        index = max(0, min(len(self.session.themes) - 1, index))
        if index != self.theme:
            self.theme = index
            self.participant = 0  # the round of votes on the next theme starts with the first person
            self.clock.switch(self.theme_id)
            self.changed.emit()

    def step(self, delta: int) -> None:
        """Next or previous theme among those the audience sees."""
        shown = self.shown_themes()
        if self.theme in shown:
            position = shown.index(self.theme) + delta
        else:  # the focus view hides the current theme: go to the nearest shown one that way
            later = [i for i in shown if (i - self.theme) * delta > 0]
            position = shown.index(min(later, key=lambda i: abs(i - self.theme))) if later else -1
        if 0 <= position < len(shown):
            self.go_to(shown[position])

    def toggle_reveal(self) -> None:
        self.revealed ^= {self.theme_id}
        self.changed.emit()

    def toggle_focus_only(self) -> None:
        self.focus_only = not self.focus_only
        self.changed.emit()

    def toggle_generic(self) -> None:
        if self.generic is not None:
            self.show_generic = not self.show_generic
            self.changed.emit()

    def compare_with(self, snapshot: Snapshot | None) -> None:
        self.earlier = snapshot
        self.changed.emit()

    def cycle_earlier(self) -> None:
        """No earlier version, then each agreed version from the newest back, then none again."""
        order: list[Snapshot | None] = [None, *reversed(self.snapshots)]
        position = next((i for i, s in enumerate(order) if s is self.earlier), 0)
        self.compare_with(order[(position + 1) % len(order)])

    def select_participant(self, row: int) -> None:
        count = len(self.session.participants)
        row = max(0, min(count - 1, row)) if count else 0
        if row != self.participant:
            self.participant = row
            self.changed.emit()

    # --- the clock -----------------------------------------------------------------------------

    def toggle_clock(self) -> None:
        self.clock.toggle()
        if self.clock.running:
            self._ticker.start()
        else:
            self._ticker.stop()
        self.changed.emit()

    def stop(self) -> None:
        self._ticker.stop()
        self.clock.pause()

    def minutes(self) -> dict[str, int]:
        return {entry.theme_id: entry.minutes for entry in self.session.themes}

    def _tick(self) -> None:
        self.ticked.emit()
        theme_id = self.theme_id  # only the theme under discussion uses time
        if theme_id not in self._overdue and self._left(theme_id) <= 0:
            self._overdue.add(theme_id)
            self.timeUp.emit(theme_id)

    def _session_changed(self) -> None:
        self.theme = min(self.theme, len(self.session.themes) - 1)
        count = len(self.session.participants)
        self.participant = min(self.participant, max(0, count - 1))
        # A theme given more time may signal again when the new time runs out.
        self._overdue = {t for t in self._overdue if self._left(t) <= 0}

    def _left(self, theme_id: str) -> float:
        left = self.clock.left(theme_id, self.minutes().get(theme_id, 0))
        return float("inf") if left is None else left
