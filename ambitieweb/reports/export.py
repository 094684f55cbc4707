"""Build a named document and write it safely: the one entry point for the CLI and the GUI."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO, Final

from ambitieweb.errors import AmbitiewebError
from ambitieweb.files import write_atomically
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session
from ambitieweb.reports import DOCUMENTS
from ambitieweb.reports.options import DEFAULT, DocumentOptions
from ambitieweb.text.labels import label

FORMATS: Final = ("pdf", "markdown", "text", "docx")
EVERY_DOCUMENT: Final = ("pdf", "docx")  # the formats every document exists in
TEXT_DOCUMENT: Final = "bestekteksten"  # the one document that also exists as text


class ReportError(AmbitiewebError):
    """A document that cannot be made or written."""


def check_request(document: str, fmt: str) -> None:
    """Raise ReportError unless `document` exists as `fmt` (pdf, markdown, text)."""
    if document not in DOCUMENTS:
        raise ReportError(f"Onbekend document '{document}'.", f"Unknown document '{document}'.")
    if fmt not in FORMATS or (fmt not in EVERY_DOCUMENT and document != TEXT_DOCUMENT):
        raise ReportError(
            f"{label(document, 'nl')} kan niet als {fmt} worden geëxporteerd.",
            f"{label(document, 'en')} cannot be exported as {fmt}.",
        )


def write_document(
    path: Path,
    document: str,
    fmt: str,
    session: Session,
    framework: Framework,
    options: DocumentOptions = DEFAULT,
) -> Path:
    """Write `document` as `fmt` to `path` (any thread; see reports/progress.py for progress)."""
    check_request(document, fmt)
    if fmt == "pdf":
        return write_pdf(document, session, framework, path, options)
    if fmt == "docx":
        return write_docx(document, session, framework, path, options)
    from ambitieweb.reports.tender_text import bestekteksten_markdown, bestekteksten_text

    render = bestekteksten_markdown if fmt == "markdown" else bestekteksten_text
    text = render(
        session,
        framework,
        snapshot=options.snapshot,
        newer=options.newer,
        language=options.language,
        notes=options.notes,
        library=options.library,
    )
    return write_text(path, text)


def build_pdf(
    document: str,
    session: Session,
    framework: Framework,
    out: Path | BinaryIO,
    options: DocumentOptions = DEFAULT,
) -> None:
    """Build `document` (one of DOCUMENTS); reportlab is imported here, not before."""
    o = options
    if document == "ambitiedocument":
        from ambitieweb.reports.ambitiedocument import build_ambitiedocument

        build_ambitiedocument(
            session, framework, out, snapshot=o.snapshot, generic=o.generic, language=o.language
        )
    elif document == "bestekteksten":
        from ambitieweb.reports.bestekteksten import build_bestekteksten

        build_bestekteksten(session, framework, out, o)
    elif document == "ambitiekaart":
        from ambitieweb.reports.ambitiekaart import build_ambitiekaart

        build_ambitiekaart(
            session,
            framework,
            out,
            snapshot=o.snapshot,
            generic=o.generic,
            contract=o.contract,
            language=o.language,
        )
    else:
        raise ReportError(
            f"Onbekend document '{document}'; kies uit {', '.join(DOCUMENTS)}.",
            f"Unknown document '{document}'; choose from {', '.join(DOCUMENTS)}.",
        )


def write_pdf(
    document: str,
    session: Session,
    framework: Framework,
    path: Path,
    options: DocumentOptions = DEFAULT,
) -> Path:
    """Build in memory, then write the file in one step: a failed export never leaves half a PDF."""
    buffer = io.BytesIO()
    build_pdf(document, session, framework, buffer, options)
    write_bytes(path, buffer.getvalue())
    return path


def write_docx(
    document: str,
    session: Session,
    framework: Framework,
    path: Path,
    options: DocumentOptions = DEFAULT,
) -> Path:
    """The document as .docx, built in memory and written in one step; python-docx imported here."""
    from ambitieweb.reports.docx_export import build_docx

    if document not in DOCUMENTS:
        check_request(document, "docx")
    buffer = io.BytesIO()
    build_docx(document, session, framework, buffer, options)
    write_bytes(path, buffer.getvalue())
    return path


def write_text(path: Path, text: str) -> Path:
    write_bytes(path, text.encode("utf-8"))
    return path


def write_bytes(path: Path, data: bytes) -> None:
    """Write atomically (temporary file beside it, then rename), with a message a user understands."""
    try:
        write_atomically(path, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ReportError(
            f"{path} kan niet worden geschreven ({reason}).",
            f"{path} cannot be written ({reason}).",
        ) from None
