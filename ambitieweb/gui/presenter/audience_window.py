"""What the projector shows: the large radar, the session title and the theme under discussion.

The window only draws; it never opens dialogs and never shows notes or votes that were not revealed.
With one screen it also carries a small bar of controls, as the presenter view is then hidden.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QWidget

from ambitieweb.charts import RadarStyle
from ambitieweb.gui.forms.audience_window_ui import Ui_AudienceWindow
from ambitieweb.gui.presenter.presentation import Presentation
from ambitieweb.gui.widgets.radar_jobs import RADAR_DPI
from ambitieweb.gui.widgets.radar_widget import RadarWidget
from ambitieweb.model.agenda import format_seconds
from ambitieweb.text.fill import fill
from ambitieweb.text.vote_text import one_line

BACKGROUND = "#FFFFFF"
TEXT = "#111111"  # 18.9:1 on white: legible on a washed-out projector
ROWS_PER_SCREEN = 36  # body type is this fraction of the window height (30 px at 1080)
MIN_TEXT_SHARE = 40  # no text smaller than this fraction of the height (27 px at 1080)
RADAR_SHARE = 0.6  # of the window's width; fixed, so new theme texts never resize (and redraw) the web


class AudienceWindow(QWidget):
    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_AudienceWindow()
        self.ui.setupUi(self)
        self.presentation = presentation
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
        self.setPalette(palette)
        self.radar = RadarWidget(RadarStyle.projector(), self, presentation.radar(audience=True))
        self.radar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.radar.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.radarLayout.addWidget(self.radar)
        self.ui.controlBar.hide()

        self.ui.previousButton.clicked.connect(lambda: presentation.step(-1))
        self.ui.nextButton.clicked.connect(lambda: presentation.step(1))
        self.ui.revealButton.clicked.connect(presentation.toggle_reveal)
        # The chart follows first (slots run in connection order), then the words beside it.
        presentation.controller.changed.connect(self.refresh)
        presentation.changed.connect(self.refresh)
        presentation.ticked.connect(self._show_clock)
        self.refresh()

    def set_controls_visible(self, visible: bool) -> None:
        """The control bar, for a presentation on a single screen."""
        self.ui.controlBar.setVisible(visible)

    def refresh(self) -> None:
        presentation = self.presentation
        self.radar.set_data(presentation.radar(audience=True))
        session = presentation.session
        language = presentation.controller.language
        self.ui.titleLabel.setText(session.title)
        shown = presentation.shown_themes()
        if presentation.theme in shown:
            self.ui.themeCounter.setText(
                fill(self.tr("Thema %1 van %2"), str(shown.index(presentation.theme) + 1), str(len(shown)))
            )
        else:
            self.ui.themeCounter.setText("")
        self.ui.themeName.setText(presentation.controller.theme_name(presentation.theme))
        labels = (self.ui.level1Text, self.ui.level2Text, self.ui.level3Text)
        for label, (chosen, text) in zip(labels, presentation.level_lines(), strict=True):
            label.setText(text)
            font = label.font()
            font.setBold(chosen)
            label.setFont(font)
        spread = presentation.distribution()
        revealed = presentation.is_revealed() and spread is not None
        self.ui.votesLabel.setText(one_line(spread, language) if revealed and spread else "")
        self.ui.votesLabel.setVisible(revealed)
        self.ui.revealButton.setChecked(presentation.is_revealed())
        self._show_clock()

    def _show_clock(self) -> None:
        left = self.presentation.time_left()
        self.ui.clockLabel.setText(format_seconds(left) if left is not None else "")

    def body_size(self) -> int:
        """The body type's pixel size for this window: a 36th of its height, at least a 40th."""
        height = self.height()
        return max(math.ceil(height / MIN_TEXT_SHARE), height // ROWS_PER_SCREEN)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Type grows with the screen: every text at least a 40th of its height (legible from the
        back of the room at 720p, 1080p and 4K), the radar's too."""
        size = event.size()
        self.ui.radarHost.setFixedWidth(int(size.width() * RADAR_SHARE))
        floor = math.ceil(size.height() / MIN_TEXT_SHARE)
        body = max(floor, size.height() // ROWS_PER_SCREEN)
        sizes: list[tuple[QWidget, float, bool]] = [
            (self.ui.titleLabel, 1.3, True),
            (self.ui.themeCounter, 1.0, False),
            (self.ui.themeName, 1.6, True),
            (self.ui.votesLabel, 1.0, True),
            (self.ui.level1Text, 0.9, False),
            (self.ui.level2Text, 0.9, False),
            (self.ui.level3Text, 0.9, False),
            *((widget, 0.0, False) for widget in self._controls()),
        ]
        for widget, scale, bold in sizes:
            font = widget.font()
            font.setPixelSize(max(floor, int(body * scale)))
            if scale:
                font.setBold(bold)
            widget.setFont(font)
        points = floor * 72 / RADAR_DPI  # the radar's smallest text, in points
        projector = RadarStyle.projector()
        self.radar.set_style(projector.scaled(points / projector.smallest_text()))
        super().resizeEvent(event)

    def _controls(self) -> list[QWidget]:
        ui = self.ui
        return [ui.previousButton, ui.nextButton, ui.revealButton, ui.clockLabel, ui.stopButton]
