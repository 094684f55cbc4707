"""What the rooms (gui/*/room.py, gui/window_menus.py, gui/widgets/collector.py) use of the main window.

`main_window.MainWindow` composes the rooms and derives from `WindowBase`; a room takes a `WindowBase`
and imports this module, never `main_window`, so the window sits above its rooms and no import runs
back up. The declarations here have no body at run time: mypy checks `MainWindow`'s against them, and
tests/gui/test_main_window.py that `MainWindow` has each of them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoGroup

    from ambitieweb.catalogue import Catalogue
    from ambitieweb.errors import AmbitiewebError
    from ambitieweb.gui.forms.main_window_ui import Ui_MainWindow
    from ambitieweb.gui.sessions.list_page import SessionListPage
    from ambitieweb.gui.widgets.job_indicator import JobIndicator
    from ambitieweb.gui.widgets.tasks import Job, Modules
    from ambitieweb.gui.workspace.controller import SessionController
    from ambitieweb.gui.workspace.workspace import Workspace
    from ambitieweb.model.criteria import Criterion
    from ambitieweb.model.framework import Framework
    from ambitieweb.store.repository import Repository


class PageRoom(Protocol):
    """A room with a page of its own (plans, contracts): closed before a session opens."""

    def close(self) -> None: ...


class ThemesRoom(Protocol):
    """The framework room: told when a session's views are built."""

    def session_shown(self, controller: SessionController) -> None: ...


class WindowBase(QMainWindow):
    ui: Ui_MainWindow
    language: str
    settings: QSettings | None
    repository: Repository | None  # None until the store is open
    modules: Modules  # imports in the background
    list_page: SessionListPage
    job_indicator: JobIndicator  # work in the background, in the status bar
    undo_group: QUndoGroup  # the list's, the open session's, plan's or contract's undo stack
    plans: PageRoom
    contracts: PageRoom
    frameworks: ThemesRoom

    if TYPE_CHECKING:

        @property
        def controller(self) -> SessionController | None: ...  # the open session's

        @property
        def workspace(self) -> Workspace | None: ...  # the open session's views

        @property
        def catalogue(self) -> Catalogue | None: ...

        def load_catalogue(self) -> None: ...  # the built-in one if the store's is not read yet

        def update_actions(self) -> None: ...  # enable the menus' entries for what is open now

        def own_frameworks_changed(
            self, versions: list[Framework] | None = None, then: Callable[[], object] | None = None
        ) -> Job | None: ...

        def library_changed(self, criteria: Iterable[Criterion]) -> None: ...

        def refresh(self) -> None: ...

        def selected_id(self) -> str | None: ...

        def report(self, error: AmbitiewebError) -> None: ...

        def say(self, message: str | None) -> None: ...

        def say_imported(self, path: Path) -> None: ...

        def say_exported(self, path: Path) -> None: ...

        # The list, the open session, presenter mode, help and language (the menus' entries).

        def new_session(self) -> None: ...

        def open_selected(self) -> None: ...

        def duplicate_selected(self) -> None: ...

        def delete_selected(self) -> None: ...

        def open_session(self, session_id: str, soon: bool = False) -> None: ...

        def show_list(self) -> None: ...

        def edit_details(self) -> None: ...

        def edit_participants(self) -> None: ...

        def agree(self) -> None: ...

        def show_snapshots(self) -> None: ...

        def stop_presenting(self) -> None: ...

        def show_help(self) -> None: ...

        def choose_language(self, language: str) -> None: ...
