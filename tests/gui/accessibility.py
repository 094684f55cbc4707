"""Checks of a window as a screen reader and a keyboard user meet it, through Qt's accessibility
interfaces (what AT-SPI and UIA pass on) and real Tab presses: no label whose accessible name hides
its text, every control named, no mnemonic twice, a Tab order that reaches every control and leaves
every table."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def shown(window: QWidget) -> list[QWidget]:
    """The widgets of `window` a person can see now (not those on hidden tabs or pages)."""
    return [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def hidden_label_texts(window: QWidget) -> list[str]:
    """Labels whose accessible name is not the text they show (a fixed name hides a changing text)."""
    return [
        f"{label.objectName()}: {accessible_name(label)!r} instead of {plain(label.text())!r}"
        for label in shown(window)
        if isinstance(label, QLabel)
        and label.text()
        and label.textFormat() != Qt.TextFormat.RichText
        and accessible_name(label) != shown_text(label)
    ]


def shown_text(label: QLabel) -> str:
    """What a label shows: its & marks a mnemonic only when it has a buddy (a title's & is shown)."""
    return plain(label.text()) if label.buddy() is not None else label.text()


def words(text: str) -> list[str]:
    return re.findall(r"\w+", plain(text).casefold())


def names_without_labels(window: QWidget) -> list[str]:
    """Controls whose accessible name does not contain the words their label or button shows (what a
    voice-control user says, and what a sighted helper reads out). A combo box is left out: on Linux
    its name is its value and its label comes through the labelled-by relation."""
    found = []
    pairs: list[tuple[str, QWidget]] = [
        (w.text(), w) for w in controls(window) if isinstance(w, QAbstractButton) and w.text()
    ]
    pairs += [
        (label.text(), label.buddy())
        for label in shown(window)
        if isinstance(label, QLabel)
        and label.buddy() is not None
        and not isinstance(label.buddy(), QComboBox)
    ]
    for text, widget in pairs:
        said, name = words(text), words(accessible_name(widget))
        if not any(name[i : i + len(said)] == said for i in range(len(name) - len(said) + 1)):
            found.append(
                f"{widget.objectName() or type(widget).__name__}: {accessible_name(widget)!r} for {text!r}"
            )
    return found


def controls(window: QWidget) -> list[QWidget]:
    """What a person operates: every button, and everything the keyboard can reach."""
    return [
        w
        for w in shown(window)
        if isinstance(w, QAbstractButton)
        or (w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None)
    ]


def unnamed_controls(window: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}" for w in controls(window) if not accessible_name(w).strip()
    ]


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters that two visible mnemonics (menu bar, tabs, buttons, labels, group boxes) share."""
    texts = []
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        texts += [action.text() for action in window.menuBar().actions() if action.isVisible()]
    for widget in shown(window):
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    letters: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        found = MNEMONIC.search(text)
        if found:
            letters[found.group(1).lower()].append(text)
    return {letter: found for letter, found in letters.items() if len(found) > 1}


def menu_clashes(window: QMainWindow) -> dict[str, list[str]]:
    """Within each menu of the menu bar: letters two entries share."""
    clashes: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            found = MNEMONIC.search(action.text())
            if found and action.isVisible():
                letters[found.group(1).lower()].append(action.text())
        clashes |= {f"{plain(top.text())}/{k}": v for k, v in letters.items() if len(v) > 1}
    return clashes


def tab_walk(window: QWidget, backwards: bool = False) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from the focused widget until focus comes back round; the widgets met."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    met: list[QWidget] = []
    for _ in range(4 * len(controls(window)) + 10):
        focus = app.focusWidget()
        assert focus is not None, "nothing has the keyboard"
        if met and focus is met[0]:
            break
        met.append(focus)
        if backwards:
            QTest.keyClick(focus, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            QTest.keyClick(focus, Qt.Key.Key_Tab)
    return met


def tab_problems(window: QWidget) -> list[str]:
    """Controls Tab never reaches, and tables that keep Tab (or Shift+Tab) inside."""
    problems = []
    forwards = tab_walk(window)
    reached = set(map(id, forwards))
    problems += [
        f"Tab never reaches {type(w).__name__} {w.objectName()!r}"
        for w in controls(window)
        if id(w) not in reached
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parent(), QTabBar)  # its scroll arrows: the tab bar takes the arrow keys
    ]
    for view in (w for w in shown(window) if isinstance(w, QAbstractItemView)):
        if view.tabKeyNavigation():
            problems.append(f"{view.objectName()} keeps Tab inside (tabKeyNavigation)")
        for key, modifier in (
            (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
        ):
            view.setFocus(Qt.FocusReason.TabFocusReason)
            QTest.keyClick(view, key, modifier)
            if QApplication.focusWidget() is view:
                problems.append(f"{view.objectName()} keeps {key.name} inside")
    return problems
