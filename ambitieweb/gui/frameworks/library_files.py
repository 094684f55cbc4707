"""The library editor's files: export the library as TOML, import criteria from a TOML file (in the
editor's worker; a bad file says why, naming file, criterion and field, and stores nothing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ambitieweb.errors import AmbitiewebError
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.gui.frameworks.saving import StoreQueue
    from ambitieweb.model.criteria import Criterion
    from ambitieweb.model.library import Note

Criteria = tuple["Criterion", ...]


class FilesEditor(Protocol):
    """What the files ask of the library editor (`library_editor.LibraryEditor`, which calls them)."""

    criteria: Criteria
    catalogue: Catalogue
    language: str
    store: StoreQueue

    def window(self) -> QWidget: ...  # the editor's dialog: the file dialog's parent

    def say(self, text: str) -> None: ...

    def add_imported(self, criteria: Criteria, text: str) -> None: ...


def export_library(editor: FilesEditor) -> Path | None:
    """Ask where, then write every library criterion as TOML."""
    from ambitieweb.catalogue import library_file

    if not editor.criteria:
        return None
    name, _ = QFileDialog.getSaveFileName(
        editor.window(),
        QCoreApplication.translate("LibraryFiles", "Eigen criteria exporteren"),
        "eigen-criteria" + library_file.SUFFIX,
        QCoreApplication.translate("LibraryFiles", "Criteria (*.toml)"),
    )
    if not name:
        return None
    try:
        path = library_file.write(Path(name), editor.criteria)
    except AmbitiewebError as exc:
        editor.say(exc.text(editor.language))
        return None
    editor.say(fill(QCoreApplication.translate("LibraryFiles", "Eigen criteria bewaard in %1."), str(path)))
    return path


def import_library(editor: FilesEditor) -> None:
    """Ask for a TOML file and add its criteria (one undo step); what was added (or why nothing was)
    is said in the editor."""
    name, _ = QFileDialog.getOpenFileName(
        editor.window(),
        QCoreApplication.translate("LibraryFiles", "Eigen criteria importeren"),
        "",
        QCoreApplication.translate("LibraryFiles", "Criteria (*.toml)"),
    )
    if name:
        import_path(editor, Path(name))


def import_path(editor: FilesEditor, path: Path) -> None:
    from ambitieweb.catalogue import library_file
    from ambitieweb.model.library import merged

    reserved = editor.catalogue.catalogue_ids()

    def prepare() -> Callable[[], tuple[list[Note], Criteria]]:
        stored = list(editor.criteria)  # when its turn comes: earlier edits are in

        def work() -> tuple[list[Note], Criteria]:  # read and check the file; the undo step stores it
            added, notes = merged(stored, library_file.read(path), reserved, path.name)
            return notes, tuple(added)

        return work

    def imported(result: tuple[list[Note], Criteria]) -> None:
        notes, added = result
        taken = {c.id for c in editor.criteria}  # edits made meanwhile are kept
        new = tuple(c for c in added if c.id not in taken)
        if new:
            editor.add_imported(
                (*editor.criteria, *new),
                fill(QCoreApplication.translate("LibraryFiles", "Eigen criteria importeren: %1"), path.name),
            )
        editor.say(" ".join(en if editor.language == "en" else nl for nl, en in notes))

    def failed(error: BaseException) -> None:
        if not isinstance(error, AmbitiewebError):
            raise error
        editor.say(error.text(editor.language))

    editor.store.run(prepare, imported, failed)
