"""The export dialog's work, done in a worker thread: the session to export, the document written with
progress, the bestekteksten for the clipboard; and the clipboard's data.

The dialog reads its choices and the typed values on the GUI thread when a job starts and hands them
here; what these return runs in the worker and touches no widget.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ambitieweb.gui.documents.missing_values import MissingValue
from ambitieweb.gui.widgets.tasks import Progress
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session, Snapshot
from ambitieweb.model.tender import placeholder_label, set_values
from ambitieweb.reports.export import write_document
from ambitieweb.reports.options import DocumentOptions
from ambitieweb.reports.placeholders import missing_placeholders
from ambitieweb.reports.progress import watching
from ambitieweb.reports.tender_text import bestekteksten_html, bestekteksten_text
from ambitieweb.text.numbering import numbered_criteria

if TYPE_CHECKING:
    from ambitieweb.catalogue import Catalogue

Values = dict[str, dict[str, str]]  # criterion id -> {placeholder name: value}


def session_content(session: Session, snapshot: Snapshot | None, applied: Values) -> Callable[[], Session]:
    """What makes the session to export (call it in the worker): for the draft a copy with the
    `applied` values (as they are now) filled in."""
    if snapshot is not None:
        return lambda: session
    values = {k: dict(v) for k, v in applied.items()}

    def copy() -> Session:
        shown = session.model_copy(deep=True)
        set_values(shown, values)
        return shown

    return copy


def document_writer(
    path: Path,
    document: str,
    fmt: str,
    content: Callable[[], Session],
    framework: Framework,
    options: DocumentOptions,
) -> Callable[[Callable[[float], None]], Path]:
    """The writing of `document` as `fmt` to `path`, for any thread, reporting its progress."""

    def write(progress: Callable[[float], None]) -> Path:
        session = content()
        with watching(progress):
            written = write_document(path, document, fmt, session, framework, options)
        progress(1.0)
        return written

    return write


def bestekteksten_texts(
    content: Callable[[], Session], framework: Framework, options: dict[str, Any]
) -> Callable[[Progress], tuple[str, str]]:
    """The bestekteksten as HTML and as plain text, for any thread."""

    def texts(_progress: Progress) -> tuple[str, str]:
        session = content()
        return (
            bestekteksten_html(session, framework, **options),
            bestekteksten_text(session, framework, **options),
        )

    return texts


def fresh_values(typed: Values, applied: Values) -> Values:
    """The typed values not handed to the caller yet (or changed since)."""
    fresh: Values = {}
    for criterion_id, values in typed.items():
        done = applied.get(criterion_id, {})
        changed = {name: value for name, value in values.items() if done.get(name) != value}
        if changed:
            fresh[criterion_id] = changed
    return fresh


def missing_rows(shown: Session, framework: Framework, catalogue: Catalogue | None) -> list[MissingValue]:
    """A row per placeholder value still empty in `shown`, with the criterion's number and title and
    the catalogue's description of the placeholder."""
    numbers = {
        item.criterion.id: item.number
        for group in numbered_criteria(shown, framework)
        for item in group.items
    }
    rows = []
    for chosen, names in missing_placeholders(shown):
        found = catalogue.criterion(chosen.catalogue_id) if catalogue and chosen.catalogue_id else None
        source = found[1] if found else None
        title = f"{numbers.get(chosen.id, '')} {chosen.title}".strip()
        rows += [MissingValue(chosen.id, title, name, placeholder_label(name, source)) for name in names]
    return rows


def clipboard_data(html: str, text: str) -> QMimeData:
    """Rich text plus plain text for the clipboard, in a QMimeData that Qt itself made.

    The clipboard keeps (and finally deletes) what it is given until after Python has shut down; a
    QMimeData made from Python then calls back into the finalised interpreter and PySide 6 crashes on
    exit. One made by Qt (here by a throwaway item model) has no Python side to call.
    """
    model = QStandardItemModel()
    model.appendRow(QStandardItem())
    mime = model.mimeData([model.index(0, 0)])
    for fmt in mime.formats():
        mime.removeFormat(fmt)
    mime.setHtml(html)
    mime.setText(text)
    return mime
