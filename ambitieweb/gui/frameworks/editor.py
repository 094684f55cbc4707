"""The framework editor: own frameworks, started from a preset or empty; themes added, renamed,
removed, reordered, split and merged; texts written. Every edit is an undo step, shown at once and
stored at once in a worker thread (`saving.py`): a failed save says why and keeps the edit on screen,
to save again or export. An edit the framework's rules refuse is not stored and the message names
the theme and the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ambitieweb.catalogue import Catalogue
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.frameworks.commands import FrameworkStep
from ambitieweb.gui.frameworks.fields import TextField
from ambitieweb.gui.frameworks.files import Importer, export_framework, import_framework
from ambitieweb.gui.frameworks.saving import Change, Stored, StoreQueue, Work, rename_all
from ambitieweb.model import framework_edits as edits
from ambitieweb.model.framework import Framework, check_framework
from ambitieweb.store.frameworks import FrameworkRepository, latest_of
from ambitieweb.text.fill import fill

LEVELS = ("basis", "significant", "ambitious")


def _ids(change: Change) -> set[str]:
    return {f.id for f in (change.before, change.after) if f is not None}


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
        self.setWindowTitle(self.tr("Kaders (themasets)"))
        self.setAccessibleName(self.tr("Kaders (themasets)"))
        self._build()
        self._fill_lists()
        own = latest_of(self.versions)
        self.open_framework(own[0].id if own else None)

    # --- building --------------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Enter in a text field finishes the text, it presses nothing
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _labelled(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.frameworkCombo = QComboBox(self)
        self.frameworkCombo.setAccessibleName(self.tr("Eigen kader"))
        self.templateCombo = QComboBox(self)
        self.templateCombo.setAccessibleName(self.tr("Begin met"))
        for text, combo in (
            (self.tr("&Kader:"), self.frameworkCombo),
            (self.tr("&Begin met:"), self.templateCombo),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo, 1)
        self.newButton = self._button(self.tr("&Nieuw kader"), self.tr("Nieuw kader"), self.new_framework)
        self.deleteButton = self._button(
            self.tr("Kader ver&wijderen"), self.tr("Kader verwijderen"), self.delete_framework
        )
        self.exportButton = self._button(
            self.tr("Ex&porteren…"),
            self.tr("Kader exporteren als TOML-bestand"),
            lambda: export_framework(self),
        )
        self.importButton = self._button(
            self.tr("Impo&rteren…"), self.tr("Kader importeren uit een TOML-bestand"), self._import
        )
        self.importer: Importer | None = None  # set by the room: adds a file's framework to the database
        for button in (self.newButton, self.deleteButton, self.exportButton, self.importButton):
            top.addWidget(button)
        layout.addLayout(top)
        self.frameworkCombo.activated.connect(
            lambda _i: self.open_framework(self.frameworkCombo.currentData())
        )

        head = QFormLayout()
        self.titleEdit = QLineEdit(self)
        self.titleEdit.setAccessibleName(self.tr("Titel van het kader"))
        self.versionEdit = QLineEdit(self)
        self.versionEdit.setAccessibleName(self.tr("Versie"))
        self.dateEdit = QDateEdit(self)
        self.dateEdit.setAccessibleName(self.tr("Datum"))
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat("yyyy-MM-dd")
        self.descriptionEdit = TextField(self.tr("Beschrijving van het kader"), self)
        self.descriptionEdit.setMaximumHeight(90)
        self._labelled(head, self.tr("T&itel:"), self.titleEdit)
        self._labelled(head, self.tr("V&ersie:"), self.versionEdit)
        self._labelled(head, self.tr("&Datum:"), self.dateEdit)
        self._labelled(head, self.tr("Besc&hrijving:"), self.descriptionEdit)
        layout.addLayout(head)
        self.titleEdit.editingFinished.connect(lambda: self._edit_field("title", self.titleEdit.text()))
        self.versionEdit.editingFinished.connect(lambda: self._edit_field("version", self.versionEdit.text()))
        self.dateEdit.editingFinished.connect(
            lambda: self._edit_field("date", self.dateEdit.date().toString("yyyy-MM-dd"))
        )
        self.descriptionEdit.committed.connect(lambda text: self._edit_field("description", text))

        body = QGridLayout()
        themes_label = QLabel(self.tr("&Thema's:"), self)
        self.themeList = QListWidget(self)
        self.themeList.setAccessibleName(self.tr("Thema's"))
        self.themeList.setMinimumWidth(300)
        themes_label.setBuddy(self.themeList)
        body.addWidget(themes_label, 0, 0)
        body.addWidget(self.themeList, 1, 0)
        buttons = QVBoxLayout()
        self.addButton = self._button(self.tr("Thema toe&voegen"), self.tr("Thema toevoegen"), self.add_theme)
        self.upButton = self._button(self.tr("&Omhoog"), self.tr("Thema omhoog"), self.theme_up)
        self.downButton = self._button(self.tr("Omlaa&g"), self.tr("Thema omlaag"), self.theme_down)
        self.splitButton = self._button(self.tr("&Splitsen"), self.tr("Thema splitsen"), self.split_theme)
        self.mergeButton = self._button(
            self.tr("Sa&menvoegen met volgende"),
            self.tr("Thema samenvoegen met het volgende"),
            self.merge_theme,
        )
        self.removeButton = self._button(
            self.tr("Thema &uit kader halen"), self.tr("Thema uit kader halen"), self.remove_theme
        )
        for button in (
            self.addButton,
            self.upButton,
            self.downButton,
            self.splitButton,
            self.mergeButton,
            self.removeButton,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body.addLayout(buttons, 1, 1)
        theme_form = QFormLayout()
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setAccessibleName(self.tr("Naam van het thema"))
        self.themeDescription = TextField(self.tr("Omschrijving van het thema"), self)
        self.levelEdits = {
            "basis": TextField(self.tr("Niveau 1, basis"), self),
            "significant": TextField(self.tr("Niveau 2, significant"), self),
            "ambitious": TextField(self.tr("Niveau 3, ambitieus"), self),
        }
        self._labelled(theme_form, self.tr("Them&anaam:"), self.nameEdit)
        self._labelled(theme_form, self.tr("Omschri&jving:"), self.themeDescription)
        self._labelled(theme_form, self.tr("Niveau &1 basis:"), self.levelEdits["basis"])
        self._labelled(theme_form, self.tr("Niveau &2 significant:"), self.levelEdits["significant"])
        self._labelled(theme_form, self.tr("Niveau &3 ambitieus:"), self.levelEdits["ambitious"])
        body.addLayout(theme_form, 1, 2)
        body.setColumnStretch(2, 1)
        layout.addLayout(body, 1)
        self.nameEdit.editingFinished.connect(lambda: self._edit_theme("name", self.nameEdit.text()))
        self.themeDescription.committed.connect(lambda text: self._edit_theme("description", text))
        for level, edit in self.levelEdits.items():
            edit.committed.connect(lambda text, lv=level: self._edit_theme(f"levels.{lv}", text))
        self.themeList.currentRowChanged.connect(lambda _r: self._show_theme())

        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        layout.addWidget(self.messageLabel)
        bottom = QHBoxLayout()
        self.retryButton = self._button(self.tr("Opnieuw opslaan"), self.tr("Opnieuw opslaan"), self.retry)
        self.retryButton.hide()  # only after a failed save
        bottom.addWidget(self.retryButton)
        bottom.addStretch(1)
        self.closeButton = self._button(self.tr("S&luiten"), self.tr("Sluiten"), self.close)
        bottom.addWidget(self.closeButton)
        layout.addLayout(bottom)
        undo = self.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])
        self.resize(1100, 760)

    # --- showing -------------------------------------------------------------------------------

    def _fill_lists(self) -> None:
        self.frameworkCombo.clear()
        own = latest_of(self.versions)
        for framework in own:
            self.frameworkCombo.addItem(f"{framework.title} ({framework.version})", framework.id)
        self.templateCombo.clear()
        self.templateCombo.addItem(self.tr("Leeg kader (drie thema's)"), None)
        for framework_id in sorted(self.catalogue.presets):
            preset = self.catalogue.frameworks[framework_id]
            self.templateCombo.addItem(self.tr("Sjabloon: %1").replace("%1", preset.title), framework_id)
        for framework in own:
            self.templateCombo.addItem(self.tr("Kopie van: %1").replace("%1", framework.title), framework.id)
        self.frameworkCombo.setCurrentIndex(
            self.frameworkCombo.findData(self.framework and self.framework.id)
        )

    def open_framework(self, framework_id: str | None) -> None:
        """Show the newest stored version of an own framework (None: none)."""
        found = [f for f in latest_of(self.versions) if f.id == framework_id]
        self.framework = found[0] if found else None
        self._shown = None
        self._show()

    def _show(self) -> None:
        framework = self.framework
        editing = framework is not None
        for widget in (self.titleEdit, self.versionEdit, self.dateEdit, self.descriptionEdit, self.themeList):
            widget.setEnabled(editing)
        self.deleteButton.setEnabled(editing)
        self.exportButton.setEnabled(editing)
        self.addButton.setEnabled(editing)
        index = self.frameworkCombo.findData(framework.id if framework else None)
        self.frameworkCombo.setCurrentIndex(index)
        if framework is None:
            self.themeList.clear()
            self._show_theme()
            return
        self.titleEdit.setText(framework.title)
        self.versionEdit.setText(framework.version)
        self.dateEdit.setDate(QDate(framework.date.year, framework.date.month, framework.date.day))
        self.descriptionEdit.show_text(framework.description)
        row = max(self.themeList.currentRow(), 0)
        self.themeList.blockSignals(True)
        self.themeList.clear()
        self.themeList.addItems([theme.name for theme in framework.themes])
        self.themeList.setCurrentRow(min(row, len(framework.themes) - 1))
        self.themeList.blockSignals(False)
        self._show_theme()

    def _show_theme(self) -> None:
        row = self.themeList.currentRow()
        theme = (
            self.framework.themes[row] if self.framework and 0 <= row < len(self.framework.themes) else None
        )
        for widget in (self.nameEdit, self.themeDescription, *self.levelEdits.values()):
            widget.setEnabled(theme is not None)
        count = len(self.framework.themes) if self.framework else 0
        self.upButton.setEnabled(theme is not None and row > 0)
        self.downButton.setEnabled(theme is not None and row < count - 1)
        self.mergeButton.setEnabled(theme is not None and row < count - 1)
        for button in (self.splitButton, self.removeButton):
            button.setEnabled(theme is not None)
        self.nameEdit.setText(theme.name if theme else "")
        self.themeDescription.show_text(theme.description if theme else "")
        for level, edit in self.levelEdits.items():
            edit.show_text(getattr(theme.levels, level) if theme else "")

    def say(self, text: str) -> None:
        self.messageLabel.setText(text)

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
        self._store(change, redo)
        self._show()

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
        if self.unsaved is not None and _ids(self.unsaved[0]) & _ids(result.change):
            self.unsaved = None  # the framework's whole state is stored again
            self.retryButton.hide()
        if self._shown is not None:
            change, redo = self._shown
            self.framework = change.after if redo else change.before
            if self.framework is not None and not self.versionEdit.hasFocus():
                self.versionEdit.setText(self.framework.version)
        self.versions = result.versions
        self._fill_lists()
        self.stored.emit(result.versions)

    def _store_failed(self, error: BaseException, change: Change, redo: bool) -> None:
        if not isinstance(error, AmbitiewebError):
            raise error  # a bug: as if it had happened here
        self.unsaved = (change, redo)
        self.retryButton.show()
        self.say(
            error.text(self.language)
            + " "
            + self.tr(
                "Het kader staat nog in dit venster: kies Opnieuw opslaan, of Exporteren om het als "
                "bestand te bewaren."
            )
        )

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
        template_id = self.templateCombo.currentData()
        today = dt.date.today().isoformat()
        taken = set(self.catalogue.frameworks) | {f.id for f in self.versions}
        taken |= {i for change in self._changes for i in _ids(change)}  # made, maybe not stored yet
        if template_id is None:
            title = self.tr("Eigen kader")
            data = edits.empty_framework(edits.slug("eigen-kader", taken), title, today)
        else:
            template = self.catalogue.framework(str(template_id))
            title = self.tr("%1 (eigen)").replace("%1", template.title)[:200]
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

        self.store.run(prepare, counted, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, AmbitiewebError):
            raise error  # a bug: as if it had happened here
        self.say(error.text(self.language))

    def _row(self) -> int:
        return self.themeList.currentRow()

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
            self.themeList.setCurrentRow(at if at is not None else self.themeList.count() - 1)
            self.nameEdit.setFocus()
            self.nameEdit.selectAll()

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
            self.themeList.setCurrentRow(row + step)

    def split_theme(self) -> None:
        if self.framework is not None and self._row() >= 0:
            self._apply(edits.split_theme(self.framework, self._row()), self.tr("Thema splitsen"))

    def merge_theme(self) -> None:
        row = self._row()
        if self.framework is not None and 0 <= row < len(self.framework.themes) - 1:
            self._apply(edits.merge_themes(self.framework, row), self.tr("Thema's samenvoegen"))

    def flush(self) -> None:
        """Commit a text still being typed (before closing, and in tests)."""
        for field in (self.descriptionEdit, self.themeDescription, *self.levelEdits.values()):
            field.commit()

    def closeEvent(self, event: object) -> None:
        self.flush()
        self.wait()  # the last edits stored before the window goes
        super().closeEvent(event)  # type: ignore[arg-type]
