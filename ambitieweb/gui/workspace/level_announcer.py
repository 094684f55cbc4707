"""Says a level change of the theme in view out loud (to a screen reader), however it was made: a key,
a cell's combo box, a click on the radar, undo or redo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ambitieweb.gui.widgets.announce import announce
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.model.levels import Level
from ambitieweb.text.fill import fill


class LevelAnnouncer(QObject):
    """Follows the controller; announces from `widget` (while it is visible) when the ambition or the
    current situation of the theme `theme()` changed since the last look at it."""

    def __init__(self, controller: SessionController, widget: QWidget, theme: Callable[[], int]) -> None:
        super().__init__(widget)
        self._controller, self._widget, self._theme = controller, widget, theme
        self._seen = self._levels()
        controller.changed.connect(self._changed)

    def _levels(self) -> tuple[str, Level, Level]:
        entry = self._controller.session.themes[self._theme()]
        return entry.theme_id, entry.current, entry.ambition

    def look(self) -> None:
        """Another theme came into view: its levels are read with it, not announced."""
        self._seen = self._levels()

    def _changed(self) -> None:
        seen, now = self._seen, self._levels()
        self._seen = now
        if seen[0] != now[0] or not self._widget.isVisible():
            return
        language, name = self._controller.language, self._controller.theme_name(self._theme())
        said = []
        if now[2] != seen[2]:
            said.append(fill(self.tr("Ambitie %1: %2"), name, _level(now[2], language)))
        if now[1] != seen[1]:
            text = self.tr("Huidige situatie %1: %2")
            said.append(fill(text, name, _level(now[1], language)))
        if said:
            announce(self._widget, "; ".join(said))


def _level(level: Level, language: str) -> str:
    return f"{int(level)} {level.label(language)}" if level else level.label(language)
