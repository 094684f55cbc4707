"""The framework editor: own frameworks, started from a preset or empty; themes added, renamed,
removed, reordered, split and merged; texts written. Every edit is an undo step, shown at once and
stored at once in a worker thread (`saving.py`): a failed save says why and keeps the edit on screen,
to save again or export. An edit the framework's rules refuse is not stored and the message names
the theme and the field. The form is filled in by `editor_form.py`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from ambitieweb.catalogue import Catalogue
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.forms.framework_editor_ui import Ui_FrameworkEditor
from ambitieweb.gui.frameworks.commands import FrameworkStep
from ambitieweb.gui.frameworks.editor_form import show_framework, show_theme
from ambitieweb.gui.frameworks.files import Importer, export_framework, import_framework
from ambitieweb.gui.frameworks.saving import Change, Stored, StoreQueue, Work, rename_all, store_failed
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.model import framework_edits as edits
from ambitieweb.model.framework import Framework, check_framework
from ambitieweb.store.frameworks import FrameworkRepository, latest_of
from ambitieweb.text.fill import fill


class FrameworkEditor(QDialog):
    stored = Signal(object)  # every own framework version now stored: the window's catalogue changed

    def __init__(
        self,
        repository: FrameworkRepository,
        catalogue: Catalogue,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.catalogue = catalogue
        self.language = language
        self.framework: Framework | None = None
        self.undo_stack = QUndoStack(self)
        self.store = StoreQueue(self)
        # What is stored, as the last database work read it (at first: what the window knows).
        self.versions = [
            v for f in catalogue.frameworks if not catalogue.is_preset(f) for v in catalogue.versions(f)
        ]
        self._changes: list[Change] = []  # every undo step's change, for version numbers given later
        self._shown: tuple[Change, bool] | None = None  # the step state shown, if one is
        self.unsaved: tuple[Change, bool] | None = None  # the last store that failed
        self._build()
        self._fill_lists()
        own = latest_of(self.versions)
        self.open_framework(own[0].id if own else None)

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        """The form (ui/framework_editor.ui), its widgets under their own names, and what they do."""
        ui = self.ui = Ui_FrameworkEditor()
        ui.setupUi(self)
        self.levelEdits = {
            "basis": ui.basisEdit,
            "significant": ui.significantEdit,
            "ambitious": ui.ambitiousEdit,
        }
        self.ui.retryButton.hide()  # only after a failed save
        self.importer: Importer | None = None  # set by the room: adds a file's framework to the database
        clicks: list[tuple[QPushButton, Callable[[], object]]] = [
            (self.ui.newButton, self.new_framework),
            (self.ui.deleteButton, self.delete_framework),
            (self.ui.exportButton, lambda: export_framework(self)),
            (self.ui.importButton, self._import),
            (self.ui.addButton, self.add_theme),
            (self.ui.upButton, self.theme_up),
            (self.ui.downButton, self.theme_down),
            (self.ui.splitButton, self.split_theme),
            (self.ui.mergeButton, self.merge_theme),
            (self.ui.removeButton, self.remove_theme),
            (self.ui.retryButton, self.retry),
            (self.ui.closeButton, self.close),
        ]
        for button, slot in clicks:
            button.clicked.connect(lambda _c=False, slot=slot: slot())
        self.ui.frameworkCombo.activated.connect(
            lambda _i: self.open_framework(self.ui.frameworkCombo.currentData())
        )
        self.ui.titleEdit.editingFinished.connect(lambda: self._edit_field("title", self.ui.titleEdit.text()))
        self.ui.versionEdit.editingFinished.connect(
            lambda: self._edit_field("version", self.ui.versionEdit.text())
        )
        self.ui.dateEdit.editingFinished.connect(
            lambda: self._edit_field("date", self.ui.dateEdit.date().toString("yyyy-MM-dd"))
        )
        self.ui.descriptionEdit.committed.connect(lambda text: self._edit_field("description", text))
        self.ui.nameEdit.editingFinished.connect(lambda: self._edit_theme("name", self.ui.nameEdit.text()))
        self.ui.themeDescription.committed.connect(lambda text: self._edit_theme("description", text))
        for level, edit in self.levelEdits.items():
            edit.committed.connect(lambda text, lv=level: self._edit_theme(f"levels.{lv}", text))
        self.ui.themeList.currentRowChanged.connect(lambda _r: self._show_theme())
        undo = self.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])

    # --- showing -------------------------------------------------------------------------------

    def _fill_lists(self) -> None:
        """The own frameworks and what a new one may start from; the start chosen stays chosen."""
        template = self.ui.templateCombo.currentData()
        self.ui.frameworkCombo.clear()
        own = latest_of(self.versions)
        for framework in own:
            self.ui.frameworkCombo.addItem(f"{framework.title} ({framework.version})", framework.id)
        self.ui.templateCombo.clear()
        self.ui.templateCombo.addItem(self.tr("Leeg kader (drie thema's)"), None)
        for framework_id in sorted(self.catalogue.presets):
            preset = self.catalogue.frameworks[framework_id]
            self.ui.templateCombo.addItem(fill(self.tr("Sjabloon: %1"), preset.title), framework_id)
        for framework in own:
            self.ui.templateCombo.addItem(fill(self.tr("Kopie van: %1"), framework.title), framework.id)
        self.ui.frameworkCombo.setCurrentIndex(
            self.ui.frameworkCombo.findData(self.framework and self.framework.id)
        )
        self.ui.templateCombo.setCurrentIndex(max(self.ui.templateCombo.findData(template), 0))

    def open_framework(self, framework_id: str | None) -> None:
        """Show the newest stored version of an own framework (None: none)."""
        found = [f for f in latest_of(self.versions) if f.id == framework_id]
        self.framework = found[0] if found else None
        self._shown = None
        self._show()

    def _show(self) -> None:
        show_framework(self.ui, self.framework, self.levelEdits)

    def _show_theme(self) -> None:
        show_theme(self.ui, self.framework, self.levelEdits)

    def say(self, text: str) -> None:
        """A refusal or a failed save, shown and read out at once (the focus stays where it was)."""
        self.ui.messageLabel.setText(text)
        announce(self, text, assertive=True)

    def reload(self, framework_id: str | None, versions: list[Framework]) -> None:
        """The database changed outside the undo steps (an import): show it, with `framework_id`."""
        self.versions = versions
        self.stored.emit(versions)  # the window's catalogue first
        self._fill_lists()
        self.open_framework(framework_id)

    def _import(self) -> None:
        if self.importer is not None:
            import_framework(self, self.importer)

    def wait(self) -> None:
        """Until all database work asked for is done (before closing, and in tests)."""
        self.store.wait()

    # --- storing (the undo steps call this) ----------------------------------------------------

    def put(self, change: Change, redo: bool) -> None:
        """Show an undo step's state (after, or before when undone) and store it in the background."""
        self._shown = (change, redo)
        self.framework = change.after if redo else change.before
        self._show()  # first: the worker then runs while the window waits for input
        self._store(change, redo)

    def _store(self, change: Change, redo: bool) -> None:
        repository = self.repository

        def prepare() -> Work:  # read when its turn comes: earlier saves may have renamed it
            framework, previous = change.wanted(redo)

            def work() -> Stored:
                stored = repository.put(framework, previous)
                return Stored(change, redo, framework, stored, repository.all_versions())

            return work

        self.store.run(prepare, self._stored, lambda error: self._store_failed(error, change, redo))

    def _stored(self, result: Stored) -> None:
        asked, stored = result.asked, result.stored
        if asked is not None and stored is not None and stored.version != asked.version:
            key = (asked.id, asked.version)
            in_use = next(v for v in result.versions if (v.id, v.version) == key)
            rename_all(self._changes, key, stored.version, in_use)
            self.say(
                fill(
                    self.tr(
                        "Versie %1 wordt gebruikt door sessies en blijft zoals ze is; de wijziging is "
                        "bewaard als versie %2."
                    ),
                    asked.version,
                    stored.version,
                )
            )
        if self.unsaved is not None and self.unsaved[0].ids() & result.change.ids():
            self.unsaved = None  # the framework's whole state is stored again
            self.ui.retryButton.hide()
            announce(self, self.tr("Het kader is opgeslagen."))  # the message and the button went quietly
        if self._shown is not None:
            change, redo = self._shown
            self.framework = change.after if redo else change.before
            if self.framework is not None and not self.ui.versionEdit.hasFocus():
                self.ui.versionEdit.setText(self.framework.version)
        self.versions = result.versions
        self._fill_lists()
        self.stored.emit(result.versions)

    def _store_failed(self, error: BaseException, change: Change, redo: bool) -> None:
        advice = self.tr("Kies Opnieuw opslaan, of Exporteren om het kader als bestand te bewaren.")
        store_failed(error, self.ui.retryButton, self.say, self.language, advice)
        self.unsaved = (change, redo)

    def retry(self) -> None:
        """Store again what failed last (the framework's whole state)."""
        if self.unsaved is not None:
            self.say("")
            self._store(*self.unsaved)

    def _apply(self, data: dict[str, object], text: str) -> bool:
        """Check an edit's result; push it as an undo step, or say why not and show the stored state."""
        try:
            after = check_framework(data)
        except AmbitiewebError as exc:
            self.say(exc.text(self.language))
            self._show()
            return False
        if after == self.framework:
            return False
        self.say("")
        change = Change(self.framework, after)
        self._changes.append(change)
        self.undo_stack.push(FrameworkStep(self, change, text))
        return True

    # --- the user's actions --------------------------------------------------------------------

    def new_framework(self) -> None:
        template_id = self.ui.templateCombo.currentData()
        today = dt.date.today().isoformat()
        taken = set(self.catalogue.frameworks) | {f.id for f in self.versions}
        taken |= {i for change in self._changes for i in change.ids()}  # made, maybe not stored yet
        if template_id is None:
            title = self.tr("Eigen kader")
            data = edits.empty_framework(edits.slug("eigen-kader", taken), title, today)
        else:
            template = self.catalogue.framework(str(template_id))
            title = fill(self.tr("%1 (eigen)"), template.title)[:200]
            data = edits.from_template(template, edits.slug(f"{template.id}-eigen", taken), title, today)
        self._apply(data, self.tr("Nieuw kader"))

    def delete_framework(self) -> None:
        """Remove the framework shown (one undo step), unless sessions use one of its versions."""
        framework, repository = self.framework, self.repository
        if framework is None:
            return
        versions = [v.version for v in self.versions if v.id == framework.id]

        def prepare() -> Work:
            return lambda: sum(repository.uses(framework.id, version) for version in versions)

        def counted(used: int) -> None:
            if used:
                self.say(
                    fill(
                        self.tr("Kader '%1' wordt gebruikt door %2 sessie(s) en kan niet worden verwijderd."),
                        framework.title,
                        str(used),
                    )
                )
            elif self.framework == framework:  # still the one shown
                change = Change(framework, None)
                self._changes.append(change)
                self.undo_stack.push(FrameworkStep(self, change, self.tr("Kader verwijderen")))

        self.store.run(prepare, counted, self.failed)

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, AmbitiewebError):
            raise error  # a bug: as if it had happened here
        self.say(error.text(self.language))

    def _row(self) -> int:
        return self.ui.themeList.currentRow()

    def _edit_field(self, field: str, value: str) -> None:
        if self.framework is not None and str(getattr(self.framework, field)) != value:
            self._apply(edits.set_field(self.framework, field, value), self.tr("Kader wijzigen"))

    def _edit_theme(self, field: str, value: str) -> None:
        if self.framework is None or self._row() < 0:
            return
        self._apply(
            edits.set_theme_field(self.framework, self._row(), field, value), self.tr("Thema wijzigen")
        )

    def add_theme(self) -> None:
        if self.framework is None:
            return
        names = {t.name.casefold() for t in self.framework.themes}
        number = len(self.framework.themes) + 1
        while f"thema {number}" in names:
            number += 1
        at = self._row() + 1 if self._row() >= 0 else None
        if self._apply(edits.add_theme(self.framework, f"Thema {number}", at), self.tr("Thema toevoegen")):
            self.ui.themeList.setCurrentRow(at if at is not None else self.ui.themeList.count() - 1)
            self.ui.nameEdit.setFocus()
            self.ui.nameEdit.selectAll()

    def remove_theme(self) -> None:
        if self.framework is not None and self._row() >= 0:
            self._apply(edits.remove_theme(self.framework, self._row()), self.tr("Thema uit kader halen"))

    def theme_up(self) -> None:
        self.move_theme(-1)

    def theme_down(self) -> None:
        self.move_theme(1)

    def move_theme(self, step: int) -> None:
        row = self._row()
        if self.framework is None or not 0 <= row + step < len(self.framework.themes):
            return
        if self._apply(edits.move_theme(self.framework, row, row + step), self.tr("Thema verplaatsen")):
            self.ui.themeList.setCurrentRow(row + step)

    def split_theme(self) -> None:
        if self.framework is not None and self._row() >= 0:
            self._apply(edits.split_theme(self.framework, self._row()), self.tr("Thema splitsen"))

    def merge_theme(self) -> None:
        row = self._row()
        if self.framework is not None and 0 <= row < len(self.framework.themes) - 1:
            self._apply(edits.merge_themes(self.framework, row), self.tr("Thema's samenvoegen"))

    def flush(self) -> None:
        """Commit a text still being typed (before closing, and in tests)."""
        if self.framework is not None:
            self._edit_field("title", self.ui.titleEdit.text())
            self._edit_field("version", self.ui.versionEdit.text())
            if self.ui.nameEdit.isEnabled():
                self._edit_theme("name", self.ui.nameEdit.text())
        for field in (self.ui.descriptionEdit, self.ui.themeDescription, *self.levelEdits.values()):
            field.commit()

    def closeEvent(self, event: object) -> None:
        self.flush()
        self.wait()  # the last edits stored before the window goes
        super().closeEvent(event)  # type: ignore[arg-type]
