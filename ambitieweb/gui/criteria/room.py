"""How much room the Criteria tab needs, known before the tab is built (its modules load later).

The workspace reserves this width for its detail tabs from the start: the tab appearing never
narrows the radar (which would mean a full matplotlib draw of it)."""

from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QWidget

from ambitieweb.gui.forms.criteria_panel_ui import Ui_CriteriaPanel


@cache
def criteria_tab_width() -> int:
    """The Criteria tab's minimum width in this style and language (the form alone, measured once)."""
    form = QWidget()
    Ui_CriteriaPanel().setupUi(form)
    width = form.minimumSizeHint().width()
    form.deleteLater()
    return width
