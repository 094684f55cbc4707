"""Where to write a document that comes as PDF or Word (the action plan, a monitoring report)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ambitieweb.gui.sessions.session_files import file_name


def ask_pdf_or_word(parent: QWidget, title: str, stem: str) -> Path | None:
    """The file the user chose (None: cancelled); a .docx when the Word filter was chosen."""
    pdf = QCoreApplication.translate("SaveAs", "PDF (*.pdf)")
    word = QCoreApplication.translate("SaveAs", "Word-document (*.docx)")
    name, chosen = QFileDialog.getSaveFileName(parent, title, file_name(stem) + ".pdf", f"{pdf};;{word}")
    if not name:
        return None
    path = Path(name)
    if chosen == word and path.suffix.lower() != ".docx":
        path = path.with_suffix(".docx")
    return path
