"""The theme's rationale and notes over the audience view, when presenting on one screen.

With one screen the presenter view is hidden behind the audience view, so N opens this dialog there.
It is modal: while it is open, letters and digits are text, never presenter keys (T, R, 1-3).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ambitieweb.gui.presenter.presentation import Presentation
from ambitieweb.text.fill import fill


class NotesDialog(QDialog):
    def __init__(self, presentation: Presentation, pixel_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        controller, theme = presentation.controller, presentation.theme
        self._controller, self._theme = controller, theme
        name = controller.theme_name(theme)
        self.setWindowTitle(fill(self.tr("Onderbouwing en notities: %1"), name))
        font = self.font()
        font.setPixelSize(pixel_size)  # as legible as the audience view it covers
        self.setFont(font)
        label = QLabel(fill(self.tr("&Onderbouwing en notities bij %1"), name), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Onderbouwing"))
        self.edit.setPlainText(controller.session.themes[theme].rationale)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self._typed)
        if parent is not None:
            size = parent.size()
            self.resize(size.width() * 2 // 3, size.height() // 2)

    def _typed(self) -> None:
        self._controller.set_rationale(self._theme, self.edit.toPlainText())
