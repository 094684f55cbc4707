"""The level keys 0-3, with and without Shift, on any keyboard layout.

Shift+1 arrives as "!" on a US keyboard, as "!" or '"' or "§" on a German one and as "1" on a French
one (whose unshifted key gives "&"). A QKeySequence names characters, so a shortcut for "Shift+1" is
layout-bound, and registering the shifted characters beside it makes Qt drop the key as an ambiguous
overload on X11. So the digit is read from the physical key instead: the key code the platform reports
(X11 and Wayland: evdev codes + 8; Windows: virtual keys '0'-'9'; macOS: the ANSI key codes), and
Shift from the modifiers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

# X11 / Wayland key codes of the digit row (evdev KEY_1 = 2 ... KEY_0 = 11, plus 8).
_XKB_DIGITS = {10 + i: (i + 1) % 10 for i in range(10)}
# macOS virtual key codes of the digit row (kVK_ANSI_0 ... kVK_ANSI_9).
_MAC_DIGITS = {0x1D: 0, 0x12: 1, 0x13: 2, 0x14: 3, 0x15: 4, 0x17: 5, 0x16: 6, 0x1A: 7, 0x1C: 8, 0x19: 9}
_IGNORED = Qt.KeyboardModifier.KeypadModifier


def digit_key(event: QKeyEvent) -> int | None:
    """The digit on the key pressed (0-9), whatever character the layout and Shift made of it."""
    key = event.key()
    if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return key - Qt.Key.Key_0.value
    platform = QGuiApplication.platformName()
    if platform in ("xcb", "wayland"):
        return _XKB_DIGITS.get(event.nativeScanCode())
    if platform == "windows":
        virtual = event.nativeVirtualKey()
        return virtual - 0x30 if 0x30 <= virtual <= 0x39 else None
    if platform == "cocoa":
        return _MAC_DIGITS.get(event.nativeVirtualKey())
    return None


def level_key(event: QKeyEvent) -> tuple[int, bool] | None:
    """(level 0-3, whether Shift was held) for a level key without other modifiers, else None."""
    modifiers = event.modifiers() & ~_IGNORED
    if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
        return None
    digit = digit_key(event)
    if digit is None or digit > 3:
        return None
    return digit, modifiers == Qt.KeyboardModifier.ShiftModifier
