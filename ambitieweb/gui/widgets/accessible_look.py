"""What the whole program looks like to someone who reads it from a distance or by keyboard alone:
the palette in use brought to WCAG 2.1 AA contrast where it falls short, and the focus ring shown as
soon as a window opens (Qt otherwise shows it only after the first Tab)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TEXT_CONTRAST = 4.5
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(colour: QColor, ground: QColor) -> QColor:
    """A colour with alpha, as it shows on an opaque ground."""
    return _towards(ground, colour, colour.alphaF())


def _towards(colour: QColor, target: QColor, share: float) -> QColor:
    """`colour` moved `share` of the way to `target` (opaque)."""
    return QColor.fromRgbF(
        colour.redF() + (target.redF() - colour.redF()) * share,
        colour.greenF() + (target.greenF() - colour.greenF()) * share,
        colour.blueF() + (target.blueF() - colour.blueF()) * share,
    )


def _enough(colour: QColor, ground: QColor, away_from: QColor) -> QColor:
    """`colour` moved towards `away_from`'s opposite end (black or white) until it reaches 4.5:1."""
    end = QColor("black") if luminance(away_from) > 0.18 else QColor("white")
    share = 0.0
    result = colour
    while contrast(result, ground) < TEXT_CONTRAST and share < 1.0:
        share += 0.05
        result = _towards(colour, end, share)
    return result


def accessible_palette(palette: QPalette) -> QPalette:
    """`palette` with selected text and placeholders at 4.5:1 (the rest as it was)."""
    palette = QPalette(palette)
    for group in GROUPS:
        selected = palette.color(group, QPalette.ColorRole.HighlightedText)
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        if contrast(selected, highlight) < TEXT_CONTRAST:
            palette.setColor(group, QPalette.ColorRole.Highlight, _enough(highlight, selected, selected))
        base = palette.color(group, QPalette.ColorRole.Base)
        placeholder = over(palette.color(group, QPalette.ColorRole.PlaceholderText), base)
        if contrast(placeholder, base) < TEXT_CONTRAST:
            palette.setColor(group, QPalette.ColorRole.PlaceholderText, _enough(placeholder, base, base))
    return palette


def show_focus(_old: QWidget | None, now: QWidget | None) -> None:
    """The window that just got the keyboard shows its focus ring at once, as after a Tab (Qt shows
    it only after the first key press), so the focus is visible as soon as a dialog opens."""
    if now is not None:
        window = now.window()
        if not window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
            window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            now.update()


def use_accessible_look(app: QApplication) -> None:
    """Apply the accessible palette and the visible focus ring to the whole program."""
    app.setPalette(accessible_palette(app.palette()))
    app.focusChanged.connect(show_focus)
