"""Presenter mode's menu entries and keys, and the choice of screen; light enough to load at start.

The actions are always in the Presentatie menu and enabled while presenting; their keys work from
both windows (application-wide), so a click on the projector's window does not take them away.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from ambitieweb.model.levels import Level

SCREEN_KEY = "presenter/screen"


class PresenterActions(QObject):
    """The Presentatie menu: start, stop, walk, reveal, clock, views, votes, ambitions, screen."""

    def __init__(self, window: QWidget, menu: QMenu, language: str) -> None:
        super().__init__(window)
        self._window, self._menu = window, menu
        self.start = self._action(self.tr("Presentatie &starten"), "F5")
        self.stop = self._action(self.tr("Presentatie s&toppen"), "Esc")
        self.next = self._action(self.tr("&Volgend thema"), "Right", "PgDown")
        self.previous = self._action(self.tr("V&orig thema"), "Left", "PgUp")
        self.reveal = self._action(self.tr("Stemmen tonen of ve&rbergen"), "R")
        self.clock = self._action(self.tr("&Klok starten of pauzeren"), "T")
        self.focus_only = self._action(self.tr("Alleen &focusthema's tonen"), "F")
        self.generic = self._action(self.tr("&Generiek ambitieweb tonen"), "G")
        self.earlier = self._action(self.tr("Vergelijken met &eerdere versie"), "V")
        self.notes = self._action(self.tr("&Notities"), "N")
        menu.addSeparator()
        vote_menu = menu.addMenu(self.tr("Stem van de gekozen deelnemer"))
        ambition_menu = menu.addMenu(self.tr("Ambitie van de groep"))
        self.votes: list[QAction] = []  # 0 takes the selected person's vote back, 1-3 vote
        self.ambitions: list[QAction] = []  # the group's agreed ambition, Ctrl+0-3
        for level in Level:
            name = f"{int(level)} {level.label(language)}"
            vote_text = self.tr("Stem intrekken") if level == Level.UNSET else name
            self.votes.append(self._action(vote_text, str(int(level)), where=vote_menu))
            self.ambitions.append(self._action(name, f"Ctrl+{int(level)}", where=ambition_menu))
        menu.addSeparator()
        self.screen_menu = menu.addMenu(self.tr("Scherm voor het &publiek"))  # filled when opened

    def _action(self, text: str, *keys: str, where: QMenu | None = None) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.setEnabled(False)
        self._window.addAction(action)
        (where or self._menu).addAction(action)
        return action

    def fill_screen_menu(self, settings: QSettings | None, choose: Callable[[str], None]) -> None:
        """One entry per screen, the remembered audience screen checked; `choose` gets a `screen_id`."""
        menu = self.screen_menu
        menu.clear()
        group = QActionGroup(menu)
        remembered = remembered_screen(settings)
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            entry = menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            entry.setCheckable(True)
            entry.setChecked(screen_id(screen) == remembered)
            group.addAction(entry)
            entry.triggered.connect(partial(choose, screen_id(screen)))

    def while_presenting(self) -> list[QAction]:
        return [
            self.stop,
            self.next,
            self.previous,
            self.reveal,
            self.clock,
            self.focus_only,
            self.generic,
            self.earlier,
            self.notes,
            *self.votes,
            *self.ambitions,
        ]


def remembered_screen(settings: QSettings | None) -> str:
    """The `screen_id` chosen for the audience window, or "" when none was chosen."""
    return str(settings.value(SCREEN_KEY, "")) if settings is not None else ""


def screen_id(screen: QScreen) -> str:
    """What identifies a screen across sessions; names alone repeat (two X screens are both 'screen')."""
    size = screen.size()
    parts = (screen.name(), screen.manufacturer(), screen.model(), screen.serialNumber())
    return "|".join((*parts, f"{size.width()}x{size.height()}"))


def audience_screen(screens: list[QScreen], presenter: QScreen | None, remembered: str) -> QScreen | None:
    """Where the audience window goes: the remembered screen, else another than the presenter's.

    None means one screen: the audience view then fills the presenter's own screen.
    """
    chosen = next((s for s in screens if screen_id(s) == remembered), None)
    if chosen is not None:
        return None if chosen is presenter else chosen
    return next((s for s in screens if s is not presenter), None)
