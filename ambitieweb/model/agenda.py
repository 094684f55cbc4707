"""The agenda of a live session: time spent per theme against the minutes planned for it."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping


def format_seconds(seconds: float) -> str:
    """Minutes and seconds, with a minus sign once time is up: '04:05', '-00:30'."""
    whole = int(abs(seconds)) if seconds >= 0 else int(-seconds) + (1 if -seconds % 1 else 0)
    sign = "-" if seconds < 0 and whole else ""
    return f"{sign}{whole // 60:02d}:{whole % 60:02d}"


class AgendaClock:
    """Counts the seconds spent on each theme while it is running; planned minutes come from outside.

    Only the theme under discussion accumulates time, so walking back to a theme continues its count.
    """

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._spent: dict[str, float] = {}
        self._theme: str | None = None
        self._since: float | None = None  # when the running stretch began; None while paused

    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def theme(self) -> str | None:
        return self._theme

    def start(self) -> None:
        if self._since is None:
            self._since = self._now()

    def pause(self) -> None:
        self._bank()
        self._since = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def switch(self, theme_id: str) -> None:
        """The discussion moved to another theme; the clock keeps running if it was."""
        if theme_id == self._theme:
            return
        self._bank()
        self._theme = theme_id
        if self._since is not None:
            self._since = self._now()

    def reset(self) -> None:
        self._spent.clear()
        if self._since is not None:
            self._since = self._now()

    def spent(self, theme_id: str) -> float:
        total = self._spent.get(theme_id, 0.0)
        if theme_id == self._theme and self._since is not None:
            total += self._now() - self._since
        return total

    def total_spent(self) -> float:
        running = self._now() - self._since if self._since is not None and self._theme else 0.0
        return sum(self._spent.values()) + running

    def left(self, theme_id: str, minutes: int) -> float | None:
        """Seconds left for a theme (negative when over); None when no time was planned."""
        return minutes * 60 - self.spent(theme_id) if minutes else None

    def session_left(self, planned: Mapping[str, int]) -> float | None:
        """Seconds left of the whole agenda (planned minutes per theme id); None without an agenda."""
        total = sum(planned.values())
        return total * 60 - self.total_spent() if total else None

    def _bank(self) -> None:
        if self._since is not None and self._theme is not None:
            now = self._now()
            self._spent[self._theme] = self._spent.get(self._theme, 0.0) + now - self._since
            self._since = now
