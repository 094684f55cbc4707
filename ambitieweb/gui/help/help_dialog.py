"""F1: a short explanation of the ambitieweb method and the program's keys, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ambitieweb.resources import resource


def help_html(language: str) -> str:
    """The help text (HTML, our own words) for "nl" or "en"."""
    name = "en.html" if language == "en" else "nl.html"
    return resource("help", name).read_text(encoding="utf-8")


class HelpDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uitleg en toetsen"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Uitleg en toetsen"))
        self.text.setOpenLinks(False)
        self.text.setHtml(help_html(language))
        # Read-only text: Tab moves on to the button instead of walking the text's (absent) links.
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.text.setFocus()
