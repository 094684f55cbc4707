"""Ctrl+P: the open session's ambitiedocument on paper, exactly as its PDF.

The PDF is built by the reports (reportlab) and its pages are rasterised by PDFium (pypdfium2) at up
to 300 dpi onto the printer Qt's print dialog chose. Both run in a worker thread (QPainter may paint on
a QPrinter there), so the window stays responsive while a long document prints.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QSizeF, Qt, QThread, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ambitieweb.errors import first_line
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.gui.workspace.controller import SessionController
    from ambitieweb.model.session import Session

MAX_DPI = 300  # pages are rendered at the printer's resolution, but no finer than this


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint each page of a PDF onto `printer`, scaled to its paper; returns the number of pages."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    document = pdfium.PdfDocument(data)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for number in range(len(document)):
            if number:
                printer.newPage()
            bitmap = document[number].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
            )
            area = QRectF(painter.viewport())
            size = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), size), image)
        return len(document)
    finally:
        painter.end()
        document.close()


class PrintJob(QThread):
    """Builds the ambitiedocument and prints it; `printed(pages)` or `failed(message)` at the end."""

    printed = Signal(int)
    failed = Signal(str)

    def __init__(
        self, session: Session, controller: SessionController, generic: Session | None, printer: QPrinter
    ):
        super().__init__()
        self._session, self._generic, self._printer = session, generic, printer
        self._framework, self._language = controller.framework, controller.language

    def run(self) -> None:
        from ambitieweb.reports.export import build_pdf
        from ambitieweb.reports.options import DocumentOptions

        try:
            buffer = io.BytesIO()
            options = DocumentOptions(generic=self._generic, language=self._language)
            build_pdf("ambitiedocument", self._session, self._framework, buffer, options)
            self.printed.emit(print_pdf(buffer.getvalue(), self._printer))
        except Exception as exc:  # a printer gone or out of paper: tell, never crash the window
            self.failed.emit(first_line(exc))


class DocumentPrinter(QObject):
    """Asks for a printer (Qt's print dialog) and prints the session's ambitiedocument."""

    finished = Signal(str)  # what happened, for the status bar and a screen reader

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.job: PrintJob | None = None

    def print_session(self, controller: SessionController, generic: Session | None) -> None:
        if self.job is not None:
            return  # one print at a time
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(controller.session.title)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Ambitiedocument afdrukken"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.job = PrintJob(controller.session.model_copy(deep=True), controller, generic, printer)
        self.job.printed.connect(self._printed)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._done)
        self.job.start()
        self.finished.emit(self.tr("Het ambitiedocument wordt afgedrukt…"))

    def _printed(self, pages: int) -> None:
        self.finished.emit(fill(self.tr("Ambitiedocument afgedrukt (%1 pagina's)."), str(pages)))

    def _failed(self, message: str) -> None:
        self.finished.emit(fill(self.tr("Afdrukken mislukt: %1"), message))

    def _done(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
            self.job = None

    def wait(self) -> None:
        """Until a print under way is done (at exit: a thread must not outlive its QThread)."""
        if self.job is not None:
            self.job.wait()
