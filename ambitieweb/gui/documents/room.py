"""The documents room as the main window uses it: Bestand › Documenten exporteren, the radar as PNG or
SVG, and Ctrl+P (printing the ambitiedocument), each for the open session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ambitieweb.gui.documents.export_actions import ExportActions

if TYPE_CHECKING:
    # Qt's printing loads on the first Ctrl+P.
    from ambitieweb.gui.documents.printing import DocumentPrinter
    from ambitieweb.gui.window_base import WindowBase


class DocumentsRoom(QObject):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window
        self.exports = ExportActions(window, window.job_indicator)  # in the background, in the status bar
        self.printer: DocumentPrinter | None = None  # made on the first Ctrl+P
        ui = window.ui
        ui.actionExportDocuments.triggered.connect(lambda _checked=False: self.export_documents())
        ui.actionExportPng.triggered.connect(lambda _checked=False: self.export_radar("png"))
        ui.actionExportSvg.triggered.connect(lambda _checked=False: self.export_radar("svg"))
        ui.actionPrint.triggered.connect(lambda _checked=False: self.print_document())

    def export_documents(self) -> None:
        window = self.window
        controller, workspace = window.controller, window.workspace
        if controller is not None and workspace is not None and window.catalogue is not None:
            self.exports.export_documents(controller, window.catalogue, workspace.generic)

    def export_radar(self, kind: str) -> None:
        controller, workspace = self.window.controller, self.window.workspace
        if controller is not None and workspace is not None:
            self.exports.export_radar(controller, workspace.generic, kind, self.window.say_exported)

    def print_document(self) -> None:
        """Ctrl+P: print the ambitiedocument of the open session."""
        from ambitieweb.gui.documents.printing import DocumentPrinter

        controller, workspace = self.window.controller, self.window.workspace
        if controller is not None and workspace is not None:
            if self.printer is None:
                self.printer = DocumentPrinter(self.window)
                self.printer.finished.connect(self.window.say)
            self.printer.print_session(controller, workspace.generic)
