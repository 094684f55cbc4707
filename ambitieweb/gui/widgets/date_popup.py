"""A date field's calendar by keyboard: F4, Alt+Down or Alt+Up open it (as on a combo box), the
arrows pick a day, Enter takes it, Esc closes it; the keyboard then returns to the field.

QDateEdit opens its calendar popup only on a click; its calendar widget is public, and the popup that
holds it takes a chosen day into the field and closes itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit


class DatePopupKeys(QObject):
    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)

    def open(self) -> None:
        edit = self._edit
        calendar = edit.calendarWidget()
        popup = calendar.window()
        calendar.setSelectedDate(edit.date())
        popup.move(edit.mapToGlobal(QPoint(0, edit.height())))
        popup.installEventFilter(self)
        popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            arrow = event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            if self._edit.calendarPopup() and (event.key() == Qt.Key.Key_F4 or (alt and arrow)):
                self.open()
                return True
        elif watched is not self._edit and event.type() == QEvent.Type.Hide:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._back)  # once the popup has let go of the keyboard
        return super().eventFilter(watched, event)

    def _back(self) -> None:
        self._edit.activateWindow()
        self._edit.setFocus(Qt.FocusReason.PopupFocusReason)
