"""The library of own criteria (Bestand › Eigen criteria…, and a button in the framework editor): an
organisation's standard tender texts, each for a theme id. Every edit is an undo step, shown at once
and stored at once in a worker thread (`saving.StoreQueue`); an edit the criterion's rules refuse is
not stored and the message names the criterion and the field. A criterion whose wording changes gets
the next revision, so sessions that chose the older text are told a newer one exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from ambitieweb.catalogue import Catalogue
from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.forms.library_editor_ui import Ui_LibraryEditor
from ambitieweb.gui.frameworks.library_files import Criteria
from ambitieweb.gui.frameworks.saving import StoreQueue, Work, store_failed
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.model.criteria import Criterion, CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.library import check_criterion, new_id, revised, with_placeholders
from ambitieweb.store.library import LibraryRepository
from ambitieweb.text.fill import fill
from ambitieweb.text.labels import level_text


class LibraryStep(QUndoCommand):
    """One edit of the library: the whole library before and after (frozen models), and which
    criterion to show."""

    def __init__(
        self, editor: LibraryEditor, before: Criteria, after: Criteria, shown: str, text: str
    ) -> None:
        super().__init__(text)
        self.editor, self.before, self.after, self.shown = editor, before, after, shown

    def redo(self) -> None:
        self.editor.put(self.after, self.shown)

    def undo(self) -> None:
        self.editor.put(self.before, self.shown)


class LibraryEditor(QDialog):
    stored = Signal(object)  # the library as now stored: the window's catalogue offers it

    def __init__(
        self,
        repository: LibraryRepository,
        catalogue: Catalogue,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.catalogue = catalogue
        self.language = language
        self.criteria: Criteria = catalogue.library  # what the window knows; the database agrees
        self.undo_stack = QUndoStack(self)
        self.store = StoreQueue(self)
        self.unsaved: Criteria | None = None  # the library a failed store should have written
        self._build()
        self._fill_list(self.criteria[0].id if self.criteria else None)

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        ui = self.ui = Ui_LibraryEditor()
        ui.setupUi(self)
        ui.retryButton.hide()
        for kind in (
            CriterionKind.REQUIREMENT,
            CriterionKind.AWARD,
            CriterionKind.CONTRACT_CLAUSE,
            CriterionKind.SELECTION,
        ):
            ui.kindCombo.addItem(kind.label(self.language), kind.value)
        for level in (Level.BASIS, Level.SIGNIFICANT, Level.AMBITIOUS):
            ui.levelCombo.addItem(level_text(level, self.language), int(level))
        self._fill_themes()
        names = {
            ui.titleEdit: self.tr("Titel"),
            ui.themeCombo: self.tr("Thema"),
            ui.kindCombo: self.tr("Soort"),
            ui.levelCombo: self.tr("Niveau"),
            ui.textEdit: self.tr("Bestektekst"),
            ui.verificationEdit: self.tr("Bewijsmiddel"),
            ui.scoringEdit: self.tr("Beoordeling"),
            ui.guidanceEdit: self.tr("Toelichting"),
            ui.placeholdersEdit: self.tr("Invulvelden"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        clicks: list[tuple[Any, Callable[[], object]]] = [
            (ui.newButton, self.new_criterion),
            (ui.deleteButton, self.delete_criterion),
            (ui.importButton, self._import),
            (ui.exportButton, self._export),
            (ui.retryButton, self.retry),
            (ui.closeButton, self.close),
        ]
        for button, slot in clicks:
            button.clicked.connect(lambda _c=False, slot=slot: slot())
        ui.criteriaList.currentRowChanged.connect(lambda _r: self._show())
        ui.titleEdit.editingFinished.connect(lambda: self._edit("title", ui.titleEdit.text()))
        typed = ui.themeCombo.lineEdit()
        assert typed is not None  # the combo is editable
        typed.editingFinished.connect(lambda: self._edit("theme", self._theme_id()))
        ui.themeCombo.activated.connect(lambda _i: self._edit("theme", self._theme_id()))
        ui.kindCombo.activated.connect(lambda _i: self._edit("kind", ui.kindCombo.currentData()))
        ui.levelCombo.activated.connect(lambda _i: self._edit("level", ui.levelCombo.currentData()))
        for field, edit in (
            ("text", ui.textEdit),
            ("verification", ui.verificationEdit),
            ("scoring", ui.scoringEdit),
            ("guidance", ui.guidanceEdit),
            ("placeholders", ui.placeholdersEdit),
        ):
            edit.committed.connect(lambda text, f=field: self._edit(f, text))
        undo = self.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])

    # --- showing -------------------------------------------------------------------------------

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The window's catalogue changed (a framework added or edited, here or elsewhere): offer its
        themes, and name them in the list, without touching what is being typed."""
        before, self.catalogue = self.catalogue, catalogue
        if catalogue.frameworks == before.frameworks:  # the library's own edits come back this way
            return
        self._fill_themes()
        names = self._theme_names()
        for row, criterion in enumerate(self.criteria):
            self.ui.criteriaList.item(row).setText(self._list_text(criterion, names))

    def _fill_themes(self) -> None:
        """Every theme of every framework, once, by framework title; the choice or typed id kept."""
        combo = self.ui.themeCombo
        typed, chosen = combo.currentText(), self._theme_id()
        blocked = combo.blockSignals(True)
        combo.clear()
        for framework in sorted(self.catalogue.frameworks.values(), key=lambda f: f.title.casefold()):
            for theme in framework.themes:
                if combo.findData(theme.id) < 0:
                    combo.addItem(f"{theme.name} ({theme.id})", theme.id)
        at = combo.findData(chosen)
        if at >= 0:
            combo.setCurrentIndex(at)
        else:
            combo.setEditText(typed)
        combo.blockSignals(blocked)

    def _theme_names(self) -> dict[str, str]:
        return {t.id: t.name for f in self.catalogue.frameworks.values() for t in f.themes}

    @staticmethod
    def _list_text(criterion: Criterion, names: dict[str, str]) -> str:
        return f"{criterion.title} — {names.get(criterion.theme, criterion.theme)}, {int(criterion.level)}"

    def current(self) -> Criterion | None:
        row = self.ui.criteriaList.currentRow()
        return self.criteria[row] if 0 <= row < len(self.criteria) else None

    def _fill_list(self, shown: str | None) -> None:
        names = self._theme_names()
        listing = self.ui.criteriaList
        blocked = listing.blockSignals(True)
        listing.clear()
        for criterion in self.criteria:
            listing.addItem(self._list_text(criterion, names))
        row = next((i for i, c in enumerate(self.criteria) if c.id == shown), 0 if self.criteria else -1)
        listing.setCurrentRow(row)
        listing.blockSignals(blocked)
        self._show()

    def _show(self) -> None:
        """The current criterion in the form (or an empty, disabled form)."""
        ui, criterion = self.ui, self.current()
        for widget in (
            ui.titleEdit,
            ui.themeCombo,
            ui.kindCombo,
            ui.levelCombo,
            ui.textEdit,
            ui.verificationEdit,
            ui.scoringEdit,
            ui.guidanceEdit,
            ui.placeholdersEdit,
            ui.deleteButton,
        ):
            widget.setEnabled(criterion is not None)
        ui.exportButton.setEnabled(bool(self.criteria))
        if criterion is None:
            ui.titleEdit.clear()
            for edit in (
                ui.textEdit,
                ui.verificationEdit,
                ui.scoringEdit,
                ui.guidanceEdit,
                ui.placeholdersEdit,
            ):
                edit.show_text("")
            return
        ui.titleEdit.setText(criterion.title)
        at = ui.themeCombo.findData(criterion.theme)
        if at >= 0:
            ui.themeCombo.setCurrentIndex(at)
        else:
            ui.themeCombo.setEditText(criterion.theme)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(criterion.kind.value))
        ui.levelCombo.setCurrentIndex(ui.levelCombo.findData(int(criterion.level)))
        ui.textEdit.show_text(criterion.text)
        ui.verificationEdit.show_text(criterion.verification)
        ui.scoringEdit.show_text(criterion.scoring or "")
        ui.guidanceEdit.show_text(criterion.guidance)
        ui.placeholdersEdit.show_text("\n".join(f"{k}: {v}" for k, v in criterion.placeholders.items()))
        award = criterion.kind is CriterionKind.AWARD
        ui.formLayout.setRowVisible(ui.scoringEdit, award)

    def _theme_id(self) -> str:
        """The theme chosen, or the id typed."""
        combo = self.ui.themeCombo
        at = combo.findText(combo.currentText())
        return str(combo.itemData(at)) if at >= 0 else combo.currentText().strip()

    def say(self, text: str) -> None:
        """A refusal or a failed save, shown and read out at once (the focus stays where it was)."""
        self.ui.messageLabel.setText(text)
        announce(self, text, assertive=True)

    # --- editing -------------------------------------------------------------------------------

    def _edit(self, field: str, value: object) -> None:
        criterion = self.current()
        if criterion is None:
            return
        data = criterion.model_dump()
        if field == "placeholders":
            lines = [line.partition(":") for line in str(value).splitlines() if line.strip()]
            data["placeholders"] = {name.strip(): text.strip() for name, _sep, text in lines}
        elif field == "scoring":
            data["scoring"] = str(value) or None
        else:
            data[field] = value
        if data["kind"] == CriterionKind.AWARD and not data.get("scoring"):
            data["scoring"] = self.tr("Hoe de aanbiedingen worden beoordeeld.")
        if data["kind"] != CriterionKind.AWARD:
            data["scoring"] = None
        try:
            after = revised(criterion, check_criterion(with_placeholders(data)))
        except AmbitiewebError as exc:
            self.say(exc.text(self.language))
            return
        if after == criterion:
            return
        criteria = tuple(after if c.id == criterion.id else c for c in self.criteria)
        self._push(criteria, after.id, fill(self.tr("Eigen criterium bewerken: %1"), after.title))

    def _push(self, after: Criteria, shown: str, text: str) -> None:
        self.say("")
        self.undo_stack.push(LibraryStep(self, self.criteria, after, shown, text))

    def new_criterion(self) -> None:
        current = self.current()
        taken = {c.id for c in self.criteria} | self.catalogue.catalogue_ids()
        title = self.tr("Nieuw criterium")
        criterion = check_criterion(
            {
                "id": new_id(title, taken),
                "theme": current.theme if current else (self.ui.themeCombo.itemData(0) or "klimaat"),
                "level": 1,
                "kind": CriterionKind.REQUIREMENT.value,
                "title": title,
                "text": self.tr("De opdrachtnemer …"),
                "verification": self.tr("Bewijsmiddel: …"),
                "guidance": self.tr("Toelichting voor de inkoper: …"),
            }
        )
        self._push((*self.criteria, criterion), criterion.id, self.tr("Nieuw eigen criterium"))
        self.ui.titleEdit.setFocus()
        self.ui.titleEdit.selectAll()

    def delete_criterion(self) -> None:
        criterion = self.current()
        if criterion is None:
            return
        row = self.ui.criteriaList.currentRow()
        rest = tuple(c for c in self.criteria if c.id != criterion.id)
        shown = rest[min(row, len(rest) - 1)].id if rest else ""
        self._push(rest, shown, fill(self.tr("Eigen criterium verwijderen: %1"), criterion.title))

    # --- storing (the undo steps call this) ----------------------------------------------------

    def put(self, criteria: Criteria, shown: str) -> None:
        """Show a state of the library and store it in the background."""
        self.criteria = criteria
        self._fill_list(shown)
        self._store(criteria)

    def _store(self, criteria: Criteria) -> None:
        repository = self.repository

        def prepare() -> Work:
            def work() -> Criteria:
                repository.put(criteria)
                return criteria

            return work

        self.store.run(prepare, self._stored, lambda error: self._store_failed(error, criteria))

    def _stored(self, criteria: Criteria) -> None:
        if self.unsaved is not None:
            self.unsaved = None
            self.ui.retryButton.hide()
            announce(self, self.tr("De bibliotheek is opgeslagen."))  # message and button went quietly
        self.stored.emit(criteria)

    def _store_failed(self, error: BaseException, criteria: Criteria) -> None:
        advice = self.tr("Kies Opnieuw opslaan, of Exporteren om de criteria als bestand te bewaren.")
        store_failed(error, self.ui.retryButton, self.say, self.language, advice)
        self.unsaved = criteria

    def retry(self) -> None:
        if self.unsaved is not None:
            self.say("")
            self._store(self.unsaved)

    def add_imported(self, criteria: Criteria, text: str) -> None:
        """An import's result (the library with the file's new criteria): one undo step."""
        self.undo_stack.push(LibraryStep(self, self.criteria, criteria, criteria[-1].id, text))

    def _import(self) -> None:
        from ambitieweb.gui.frameworks.library_files import import_library

        import_library(self)

    def _export(self) -> None:
        from ambitieweb.gui.frameworks.library_files import export_library

        export_library(self)

    def wait(self) -> None:
        self.store.wait()

    def flush(self) -> None:
        """Commit a text still being typed (before closing, and in tests)."""
        if self.current() is not None:
            self._edit("title", self.ui.titleEdit.text())
        for edit in (
            self.ui.textEdit,
            self.ui.verificationEdit,
            self.ui.scoringEdit,
            self.ui.guidanceEdit,
            self.ui.placeholdersEdit,
        ):
            edit.commit()

    def closeEvent(self, event: object) -> None:
        self.flush()
        self.wait()
        super().closeEvent(event)  # type: ignore[arg-type]
