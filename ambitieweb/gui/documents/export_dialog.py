"""Export the documents of a session (PDF; bestekteksten also as Markdown, plain text or clipboard).

Before an export the dialog lists placeholder values that are still empty and lets the user fill them
in; the values go back to the caller (``apply_values``) to store as one undoable edit. reportlab is
imported only when a PDF is built. Documents are built in a worker thread (`start_export`; the work
itself is in `export_work.py`), with a progress bar and a button to stop; the dialog and the window
stay responsive meanwhile.

Use: ``ExportDialog.for_controller(controller, catalogue, parent=window).exec()``, or
``dialog.export_to(path, "bestekteksten", "markdown", None)`` without the file dialog (at once, here).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from ambitieweb.errors import AmbitiewebError
from ambitieweb.gui.documents.export_paths import default_folder, default_name, in_format, with_suffix
from ambitieweb.gui.documents.export_work import (
    Values,
    bestekteksten_texts,
    clipboard_data,
    document_writer,
    fresh_values,
    missing_rows,
    session_content,
)
from ambitieweb.gui.documents.missing_values import MissingValuesModel
from ambitieweb.gui.documents.progress_row import ProgressRow
from ambitieweb.gui.forms.export_dialog_ui import Ui_ExportDialog
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.gui.widgets.cell_delegate import use_cell_delegate
from ambitieweb.gui.widgets.tasks import Job
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session, Snapshot
from ambitieweb.model.tender import set_values, with_values
from ambitieweb.reports import DOCUMENTS
from ambitieweb.reports.export import TEXT_DOCUMENT, ReportError, check_request
from ambitieweb.reports.options import DocumentOptions
from ambitieweb.text.fill import fill
from ambitieweb.text.labels import label

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue
    from ambitieweb.gui.workspace.controller import SessionController
    from ambitieweb.model.contract.contract import Contract


class ExportDialog(QDialog):
    def __init__(
        self,
        session: Session,
        framework: Framework,
        snapshots: Sequence[Snapshot] = (),
        language: str = "nl",
        parent: QWidget | None = None,
        *,
        catalogue: Catalogue | None = None,
        generic: Session | None = None,
        apply_values: Callable[[Values], None] | None = None,
        contract: Contract | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.session = session
        self.framework = framework
        self.snapshots = list(snapshots)
        self.language = language
        self.catalogue = catalogue
        self.generic = generic
        self.contract = contract  # the session's contract follow-up: the ambitiekaart's contract data
        self.newer = catalogue.revisions() if catalogue is not None else None
        self.library = catalogue.library if catalogue is not None else ()  # the appendix's guidance
        self._apply_values = apply_values
        self._applied: Values = {}  # values already handed to apply_values
        self._folder = default_folder()
        ui = self.ui
        self.progress = ProgressRow(
            ui.progressBar, ui.cancelButton, ui.statusLabel, [ui.exportButton, ui.copyButton]
        )

        for document in DOCUMENTS:
            self.ui.documentCombo.addItem(label(document, language), document)
        self.ui.versionCombo.addItem(self.tr("Huidige versie (concept)"), None)
        for snapshot in self.snapshots:
            when = snapshot.agreed_at.astimezone().strftime("%d-%m-%Y %H:%M")
            self.ui.versionCombo.addItem(
                fill(self.tr("Versie %1, vastgesteld op %2"), str(snapshot.number), when), snapshot.number
            )

        self.missing = MissingValuesModel(self)
        table = self.ui.missingTable
        table.setModel(self.missing)
        use_cell_delegate(table)
        table.horizontalHeader().setSectionResizeMode(
            MissingValuesModel.CRITERION, QHeaderView.ResizeMode.Interactive
        )
        table.horizontalHeader().setSectionResizeMode(
            MissingValuesModel.FIELD, QHeaderView.ResizeMode.Interactive
        )
        table.setColumnWidth(MissingValuesModel.CRITERION, 230)
        table.setColumnWidth(MissingValuesModel.FIELD, 260)
        self.missing.dataChanged.connect(lambda *_: self._update_missing_hint())

        self._fill_formats()
        self._reset_path()
        self._refresh_missing()
        self.ui.documentCombo.currentIndexChanged.connect(self._document_changed)
        self.ui.notesCheck.setEnabled(self.document() == TEXT_DOCUMENT)
        self.ui.versionCombo.currentIndexChanged.connect(self._version_changed)
        self.ui.formatCombo.currentIndexChanged.connect(self._format_changed)
        # Room for the list of missing values when there is one; otherwise just the form.
        if not self.missing.rowCount():
            self.resize(760, self.minimumSizeHint().height())
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.copyButton.clicked.connect(self.copy_bestekteksten)
        self.ui.documentCombo.setFocus()

    @classmethod
    def for_controller(
        cls,
        controller: SessionController,
        catalogue: Catalogue | None = None,
        generic: Session | None = None,
        parent: QWidget | None = None,
    ) -> ExportDialog:
        """The dialog for the open session; filled-in values become one undoable edit."""
        session = controller.session

        def apply(values: Values) -> None:
            text = QCoreApplication.translate("ExportDialog", "Invulwaarden voor de export")
            controller.edit(text, lambda s: set_values(s, values))

        from ambitieweb.store.contracts import ContractRepository

        contract = ContractRepository(controller.repository.engine).for_session(session.id)
        return cls(
            session,
            controller.framework,
            controller.repository.snapshots(session.id),
            controller.language,
            parent,
            catalogue=catalogue,
            generic=generic,
            apply_values=apply,
            contract=contract,
        )

    # --- the public API ------------------------------------------------------------------------

    def document(self) -> str:
        return str(self.ui.documentCombo.currentData())

    def format(self) -> str:
        return str(self.ui.formatCombo.currentData())

    def snapshot_number(self) -> int | None:
        number = self.ui.versionCombo.currentData()
        return int(number) if number is not None else None

    def export_to(self, path: Path, document: str, fmt: str, snapshot_number: int | None) -> Path:
        """Write ``document`` as ``fmt`` (pdf, markdown, text) to ``path`` now, on this thread;
        raises ReportError. Values typed in the list are stored first (through ``apply_values``)
        and used in the export."""
        write = self._prepare(path, document, fmt, snapshot_number)
        written = write(lambda _fraction: None)
        self._refresh_missing()
        return written

    def start_export(self, path: Path, document: str, fmt: str, snapshot_number: int | None) -> Job:
        """The same in a worker thread, with progress; `job.finished(path)`, `failed(error)` or
        `cancelled()` follows, and the dialog shows the result."""
        write = self._prepare(path, document, fmt, snapshot_number)
        return self._start(Job(write, self), self.tr("Wordt geëxporteerd…"), self._exported)

    def copy_bestekteksten(self) -> Job:
        """The bestekteksten of the chosen version on the clipboard (HTML for word processors, text
        too), made in a worker thread."""
        snapshot = self._snapshot(self.snapshot_number())
        content = self._content(snapshot)
        options: dict[str, Any] = {
            "snapshot": snapshot,
            "newer": self.newer,
            "language": self.language,
            "notes": self.notes(TEXT_DOCUMENT),
            "library": self.library,
        }
        texts = bestekteksten_texts(content, self.framework, options)
        return self._start(Job(texts, self), self.tr("Wordt gekopieerd…"), self._copied)

    def cancel(self) -> None:
        """Stop the export under way (nothing is written)."""
        self.progress.cancel()

    @property
    def job(self) -> Job | None:
        """The export or copy under way."""
        return self.progress.job

    @property
    def busy(self) -> bool:
        return self.progress.job is not None

    # --- buttons -------------------------------------------------------------------------------

    def export(self) -> None:
        """Export to the path in the form (asking for one when it is empty); errors become a message."""
        if self.busy:
            return
        path = self._target_path()
        if path is None:
            self.browse()
            path = self._target_path()
            if path is None:
                return
        try:
            self.start_export(path, self.document(), self.format(), self.snapshot_number())
        except AmbitiewebError as exc:
            QMessageBox.warning(self, self.tr("Exporteren"), exc.text(self.language))

    def reject(self) -> None:
        """Closing stops an export under way."""
        self.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)

    def browse(self) -> None:
        fmt = self.format()
        filters = {
            "pdf": self.tr("PDF-documenten (*.pdf)"),
            "docx": self.tr("Word-documenten (*.docx)"),
            "markdown": self.tr("Markdown (*.md)"),
            "text": self.tr("Tekstbestanden (*.txt)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporteren naar"), self.ui.pathEdit.text(), filters[fmt]
        )
        if name:
            path = with_suffix(Path(name), fmt)
            self._folder = path.parent
            self.ui.pathEdit.setText(str(path))

    # --- internals -----------------------------------------------------------------------------

    def _snapshot(self, number: int | None) -> Snapshot | None:
        if number is None:
            return None
        for snapshot in self.snapshots:
            if snapshot.number == number:
                return snapshot
        raise ReportError(
            f"Er is geen vastgestelde versie {number}.", f"There is no agreed version {number}."
        )

    def _content(self, snapshot: Snapshot | None) -> Callable[[], Session]:
        """What makes the session to export (call it in the worker): for the draft a copy with the
        typed values stored (here, now) and filled in."""
        if snapshot is None:
            self._store_values()
        return session_content(self.session, snapshot, self._applied)

    def _prepare(
        self, path: Path, document: str, fmt: str, snapshot_number: int | None
    ) -> Callable[[Callable[[float], None]], Path]:
        """Check the request and store typed values (on this thread); the writing, for any thread."""
        check_request(document, fmt)
        snapshot = self._snapshot(snapshot_number)
        content = self._content(snapshot)
        options = DocumentOptions(
            snapshot=snapshot,
            generic=self.generic,
            newer=self.newer,
            language=self.language,
            notes=self.notes(document),  # read here, on the GUI thread
            contract=self.contract,
            library=self.library,
        )
        return document_writer(path, document, fmt, content, self.framework, options)

    def _start(self, job: Job, text: str, done: Callable[[object], None]) -> Job:
        job.finished.connect(done)
        job.failed.connect(self._failed)
        job.cancelled.connect(
            lambda: self.ui.statusLabel.setText(self.tr("Afgebroken; er is niets geschreven."))
        )
        return self.progress.start(job, text, self._refresh_missing)

    def _exported(self, written: object) -> None:
        assert isinstance(written, Path)
        self._folder = written.parent
        self.ui.statusLabel.setText(fill(self.tr("Opgeslagen als %1"), str(written)))
        announce(self, self.ui.statusLabel.text())

    def _copied(self, texts: object) -> None:
        html, text = cast(tuple[str, str], texts)
        QGuiApplication.clipboard().setMimeData(clipboard_data(html, text))
        self.ui.statusLabel.setText(self.tr("De bestekteksten staan op het klembord."))
        announce(self, self.ui.statusLabel.text())

    def _failed(self, error: object) -> None:
        if not isinstance(error, AmbitiewebError):
            raise error  # type: ignore[misc]  # a bug: as if it had happened here
        self.ui.statusLabel.setText("")
        QMessageBox.warning(self, self.tr("Exporteren"), error.text(self.language))

    def _store_values(self) -> None:
        """Hand newly typed values to the caller once (each export must not add another undo step)."""
        fresh = fresh_values(self.missing.values(), self._applied)
        if not fresh:
            return
        if self._apply_values is not None:
            self._apply_values(fresh)
        for criterion_id, values in fresh.items():
            self._applied.setdefault(criterion_id, {}).update(values)

    def _refresh_missing(self) -> None:
        snapshot = self._snapshot(self.snapshot_number())
        shown = snapshot.session if snapshot is not None else with_values(self.session, self._applied)
        rows = missing_rows(shown, self.framework, self.catalogue)
        self.missing.set_rows(rows, editable=snapshot is None)
        self.ui.missingBox.setVisible(bool(rows))
        if rows and self.height() < 480:
            self.resize(max(self.width(), 760), 540)
        self.ui.missingTable.resizeRowsToContents()
        self._update_missing_hint()

    def _update_missing_hint(self) -> None:
        if self.snapshot_number() is not None:
            text = self.tr(
                "Een vastgestelde versie verandert niet meer: lege invulwaarden staan in het document "
                "als [naam]. Vul ze in de huidige versie in en stel die opnieuw vast."
            )
        else:
            left = self.missing.still_missing()
            text = fill(
                self.tr(
                    "%1 van %2 invulwaarden zijn nog leeg. Vul ze hier in (dubbelklik of F2): ze worden bij "
                    "het exporteren in de sessie bewaard. Wat leeg blijft, staat in het document als [naam]."
                ),
                str(left),
                str(self.missing.rowCount()),
            )
        self.ui.missingHint.setText(text)

    def _fill_formats(self) -> None:
        combo = self.ui.formatCombo
        previous = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("PDF"), "pdf")
        combo.addItem(self.tr("Word (.docx)"), "docx")
        if self.document() == TEXT_DOCUMENT:
            combo.addItem(self.tr("Markdown"), "markdown")
            combo.addItem(self.tr("Platte tekst"), "text")
        combo.setCurrentIndex(max(0, combo.findData(previous)))
        combo.blockSignals(blocked)

    def _reset_path(self) -> None:
        name = default_name(self.session.title, self.document(), self.snapshot_number(), self.format())
        self.ui.pathEdit.setText(str(self._folder / name))

    def _target_path(self) -> Path | None:
        text = self.ui.pathEdit.text().strip()
        return with_suffix(Path(text).expanduser(), self.format()) if text else None

    def _document_changed(self) -> None:
        self._fill_formats()
        self._reset_path()
        self.ui.notesCheck.setEnabled(self.document() == TEXT_DOCUMENT)

    def notes(self, document: str) -> bool:
        """The buyer's appendix: asked for, and the document is the bestekteksten."""
        return document == TEXT_DOCUMENT and self.ui.notesCheck.isChecked()

    def _version_changed(self) -> None:
        self._reset_path()
        self._refresh_missing()

    def _format_changed(self) -> None:
        text = self.ui.pathEdit.text().strip()
        if text:
            self.ui.pathEdit.setText(str(in_format(Path(text), self.format())))
