"""The editor's framework files: export the framework shown as TOML, import one from a TOML file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ambitieweb.errors import AmbitiewebError
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.gui.frameworks.saving import StoreQueue
    from ambitieweb.model.framework import Framework
    from ambitieweb.store.frameworks import FrameworkRepository

Importer = Callable[[Path], "tuple[Framework, list[tuple[str, str]]]"]
Imported = tuple["Framework", list[tuple[str, str]], list["Framework"]]


class FilesEditor(Protocol):
    """What the files ask of the framework editor (`editor.FrameworkEditor`, which calls them)."""

    framework: Framework | None
    language: str
    repository: FrameworkRepository
    store: StoreQueue

    def window(self) -> QWidget: ...  # the editor's dialog: the file dialog's parent

    def say(self, text: str) -> None: ...

    def reload(self, framework_id: str | None, versions: list[Framework]) -> None: ...

    def failed(self, error: BaseException) -> None: ...


def export_framework(editor: FilesEditor) -> Path | None:
    """Ask where, then write the framework shown as TOML (the form of the presets)."""
    from ambitieweb.catalogue import framework_file
    from ambitieweb.gui.sessions.session_files import file_name

    framework = editor.framework
    if framework is None:
        return None
    name, _ = QFileDialog.getSaveFileName(
        editor.window(),
        QCoreApplication.translate("FrameworkFiles", "Kader exporteren"),
        file_name(framework.title) + framework_file.SUFFIX,
        QCoreApplication.translate("FrameworkFiles", "Kaders (*.toml)"),
    )
    if not name:
        return None
    try:
        path = framework_file.write(Path(name), framework)
    except AmbitiewebError as exc:
        editor.say(exc.text(editor.language))
        return None
    editor.say(fill(QCoreApplication.translate("FrameworkFiles", "Kader bewaard in %1."), path))
    return path


def import_framework(editor: FilesEditor, importer: Importer) -> None:
    """Ask for a TOML file and add its framework in the background; what happened (or why not) is
    said in the editor."""
    name, _ = QFileDialog.getOpenFileName(
        editor.window(),
        QCoreApplication.translate("FrameworkFiles", "Kader importeren"),
        "",
        QCoreApplication.translate("FrameworkFiles", "Kaders (*.toml)"),
    )
    if not name:
        return
    repository = editor.repository

    def prepare() -> Callable[[], Imported]:
        return lambda: (*importer(Path(name)), repository.all_versions())

    def imported(result: Imported) -> None:
        framework, notes, versions = result
        editor.reload(framework.id, versions)
        editor.say(" ".join(en if editor.language == "en" else nl for nl, en in notes))

    editor.store.run(prepare, imported, editor.failed)
