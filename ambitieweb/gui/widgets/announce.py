"""Tell a screen reader about a change it would not otherwise hear (a level set by a key, an export
written, a save refused): Qt's accessibility announcement (AT-SPI on Linux, UIA on Windows)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    """Have `message` read out, from `widget`'s place in the accessibility tree. Assertive
    interrupts what is being read (for warnings and failures); polite waits its turn."""
    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
