"""The facilitator's side of presenter mode: the radar with every vote, the theme, notes and clock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from ambitieweb.gui.forms.presenter_view_ui import Ui_PresenterView
from ambitieweb.gui.presenter.presentation import Presentation
from ambitieweb.gui.presenter.vote_table_model import VoteTableModel
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.gui.widgets.cell_delegate import use_cell_delegate
from ambitieweb.gui.widgets.radar_widget import RadarWidget
from ambitieweb.gui.workspace.level_announcer import LevelAnnouncer
from ambitieweb.gui.workspace.level_delegate import LevelDelegate
from ambitieweb.model.agenda import format_seconds
from ambitieweb.model.levels import Level
from ambitieweb.model.rules import check_session
from ambitieweb.text.fill import fill
from ambitieweb.text.vote_text import one_line

OVERDUE_STYLE = "color: #B00020; font-weight: bold;"  # 6.6:1 on white; the text also says it


class PresenterView(QWidget):
    stopRequested = Signal()

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PresenterView()
        self.ui.setupUi(self)
        self.presentation = presentation
        controller = presentation.controller
        language = controller.language
        self._updating = False

        self.radar = RadarWidget(parent=self, data=presentation.radar(audience=False))
        self.ui.radarLayout.addWidget(self.radar)
        self.ui.mainSplitter.setStretchFactor(0, 1)
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self._set_fonts()
        self._fix_heights()
        self._bind_votes(language)
        self._bind_controls(language)
        self.radar.levelPicked.connect(self._level_picked)
        self.announcer = LevelAnnouncer(controller, self, lambda: presentation.theme)
        presentation.changed.connect(self.announcer.look)
        controller.changed.connect(self.refresh)
        presentation.changed.connect(self.refresh)
        presentation.ticked.connect(self._show_clocks)
        presentation.timeUp.connect(lambda _theme: self._show_clocks())
        self.refresh()
        self.focus_votes()

    def _set_fonts(self) -> None:
        """Titles larger and bold, the clocks larger and monospaced (readable from the back)."""
        for label, scale in ((self.ui.sessionTitle, 1.3), (self.ui.themeName, 1.3)):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)
        for label in (self.ui.themeClock, self.ui.sessionClock):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            font.setFamily("monospace")
            label.setFont(font)

    def _bind_votes(self, language: str) -> None:
        """The participants' votes table: a level per person, edited in place."""
        presentation = self.presentation
        self.votes = VoteTableModel(presentation)
        table = self.ui.votesTable
        table.setModel(self.votes)
        use_cell_delegate(table)
        table.setItemDelegateForColumn(VoteTableModel.VOTE, LevelDelegate(language, table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(VoteTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: presentation.select_participant(current.row())
        )

    def _bind_controls(self, language: str) -> None:
        """The ambition, minutes, tally and notes fields and the buttons, to the presentation."""
        presentation, controller = self.presentation, self.presentation.controller
        for level in Level:
            self.ui.ambitionCombo.addItem(f"{int(level)} {level.label(language)}", int(level))
        self.ui.ambitionCombo.activated.connect(
            lambda i: controller.set_ambition(presentation.theme, Level(i))
        )
        self.ui.minutesSpin.valueChanged.connect(self._minutes_changed)
        self._tallies = (self.ui.tally1Spin, self.ui.tally2Spin, self.ui.tally3Spin)
        for spin in self._tallies:
            spin.valueChanged.connect(self._tally_changed)
        self.ui.notesEdit.textChanged.connect(self._notes_typed)
        self.ui.notesEdit.installEventFilter(self)

        self.ui.previousButton.clicked.connect(lambda: presentation.step(-1))
        self.ui.nextButton.clicked.connect(lambda: presentation.step(1))
        self.ui.revealCheck.clicked.connect(presentation.toggle_reveal)
        self.ui.focusCheck.clicked.connect(presentation.toggle_focus_only)
        self.ui.genericCheck.clicked.connect(presentation.toggle_generic)
        self.ui.genericCheck.setEnabled(presentation.generic is not None)
        self.ui.earlierCombo.addItem(self.tr("(geen eerdere versie)"), None)
        for snapshot in presentation.snapshots:
            self.ui.earlierCombo.addItem(
                fill(
                    self.tr("Versie %1 van %2"),
                    str(snapshot.number),
                    snapshot.agreed_at.astimezone().strftime("%d-%m-%Y"),
                ),
                snapshot.id,
            )
        self.ui.earlierCombo.setEnabled(bool(presentation.snapshots))
        self.ui.earlierCombo.activated.connect(self._earlier_chosen)
        self.ui.clockButton.clicked.connect(presentation.toggle_clock)
        self.ui.stopButton.clicked.connect(self.stopRequested)

    def _fix_heights(self) -> None:
        """Texts that change with every theme get a fixed height, so walking the themes never lays out
        the whole panel again (that cost ~8 ms a step, half the frame)."""
        ui = self.ui
        palette = ui.levelTexts.palette()
        palette.setColor(palette.ColorRole.Base, palette.color(palette.ColorRole.Window))
        ui.levelTexts.setPalette(palette)
        for widget, lines in (
            (ui.themeName, 2),
            (ui.levelTexts, 10),
            (ui.warningLabel, 3),
            (ui.distributionLabel, 2),
        ):
            margins = widget.contentsMargins()
            extra = margins.top() + margins.bottom() + (8 if widget is ui.levelTexts else 0)
            widget.setFixedHeight(lines * widget.fontMetrics().lineSpacing() + extra)

    # --- actions -------------------------------------------------------------------------------

    def focus_votes(self) -> None:
        self.ui.votesTable.setFocus()

    def open_notes(self) -> None:
        """N: the notes, with the cursor after what is written (Esc goes back to the votes)."""
        self.ui.sideScroll.ensureWidgetVisible(self.ui.notesEdit)
        self.ui.notesEdit.moveCursor(QTextCursor.MoveOperation.End)
        self.ui.notesEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the notes leaves them for the votes (it stops presenting everywhere else)."""
        if watched is self.ui.notesEdit and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key is ours, not the Stop action's
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.focus_votes()
                return True
        return super().eventFilter(watched, event)

    def vote(self, level: Level) -> None:
        """The selected participant's vote on this theme; then the next person is selected."""
        presentation = self.presentation
        people = presentation.session.participants
        if not people:
            return
        person = people[presentation.participant]
        presentation.controller.set_vote(presentation.theme, person.id, level)
        presentation.select_participant(presentation.participant + 1)

    def _level_picked(self, theme: int, level: int) -> None:
        self.presentation.go_to(theme)
        self.presentation.controller.set_ambition(
            theme, Level(level), merge_key=f"drag-{theme}-{id(self.radar)}"
        )

    def _earlier_chosen(self, row: int) -> None:
        wanted = self.ui.earlierCombo.itemData(row)
        self.presentation.compare_with(next((s for s in self.presentation.snapshots if s.id == wanted), None))

    def _minutes_changed(self, minutes: int) -> None:
        if not self._updating:
            self.presentation.controller.set_minutes(self.presentation.theme, minutes)

    def _tally_changed(self) -> None:
        if not self._updating:
            counts = tuple(spin.value() for spin in self._tallies)
            self.presentation.controller.set_tally(self.presentation.theme, (counts[0], counts[1], counts[2]))

    def _notes_typed(self) -> None:
        if not self._updating:
            self.presentation.controller.set_rationale(
                self.presentation.theme, self.ui.notesEdit.toPlainText()
            )

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        presentation = self.presentation
        self.radar.set_data(presentation.radar(audience=False))
        controller = presentation.controller
        session = presentation.session
        language = controller.language
        index = presentation.theme
        entry = session.themes[index]
        self._updating = True
        try:
            self.ui.sessionTitle.setText(session.title)
            self.ui.themeName.setText(controller.theme_name(index))
            counter = fill(self.tr("Thema %1 van %2"), str(index + 1), str(len(session.themes)))
            self.ui.themeCounter.setText(counter + (self.tr(" · focusthema") if entry.focus else ""))
            self.ui.levelTexts.setPlainText("\n".join(text for _chosen, text in presentation.level_lines()))
            self._show_warning()
            spread = presentation.distribution()
            self.ui.distributionLabel.setText(
                one_line(spread, language)
                if spread
                else self.tr("Nog geen stemmen. Kies een deelnemer en druk 1, 2 of 3 (0 trekt in).")
            )
            for spin, count in zip(self._tallies, entry.tally, strict=True):
                spin.setValue(count)
            self.ui.ambitionCombo.setCurrentIndex(int(entry.ambition))
            self.ui.minutesSpin.setValue(entry.minutes)
            if self.ui.notesEdit.toPlainText() != entry.rationale:
                self.ui.notesEdit.setPlainText(entry.rationale)
            self.ui.revealCheck.setChecked(presentation.is_revealed())
            self.ui.focusCheck.setChecked(presentation.focus_only)
            self.ui.focusCheck.setEnabled(presentation.can_focus() or presentation.focus_only)
            self.ui.genericCheck.setChecked(presentation.show_generic)
            earlier = presentation.earlier.id if presentation.earlier else None
            self.ui.earlierCombo.setCurrentIndex(max(0, self.ui.earlierCombo.findData(earlier)))
            self.ui.clockButton.setText(
                self.tr("Klok pauzeren (T)") if presentation.clock.running else self.tr("Klok starten (T)")
            )
            self._select_participant()
        finally:
            self._updating = False
        self._show_clocks()

    def _select_participant(self) -> None:
        row = self.presentation.participant
        if self.votes.rowCount() and self.ui.votesTable.currentIndex().row() != row:
            self.ui.votesTable.selectionModel().setCurrentIndex(
                self.votes.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _show_warning(self) -> None:
        """Where the ambition went below the generic web or an earlier version, ask for the reason."""
        presentation = self.presentation
        entry = presentation.session.themes[presentation.theme]
        names = presentation.controller.framework.theme_names()
        findings = [
            f
            for f in check_session(
                presentation.session,
                presentation.generic if presentation.show_generic else None,
                earlier=presentation.earlier.session if presentation.earlier else None,
                names=names,
            )
            if f.theme_id == entry.theme_id and f.code in ("below-generic", "below-earlier")
        ]
        language = presentation.controller.language
        text = "\n".join(f"⚠ {f.text(language)} " + self.tr("Leg de reden vast (N).") for f in findings)
        if text and text != self.ui.warningLabel.text():
            announce(self, text, assertive=True)
        self.ui.warningLabel.setText(text)  # always there (fixed height): showing it moves nothing

    def _show_clocks(self) -> None:
        presentation = self.presentation
        left = presentation.time_left()
        over = left is not None and left <= 0
        if left is None:
            self.ui.themeClock.setText(self.tr("Thema: geen tijd gepland"))
        elif over:
            self.ui.themeClock.setText(fill(self.tr("Thema: tijd om (%1)"), format_seconds(left)))
        else:
            self.ui.themeClock.setText(fill(self.tr("Thema: %1"), format_seconds(left)))
        self.ui.themeClock.setStyleSheet(OVERDUE_STYLE if over else "")
        total = presentation.clock.session_left(presentation.minutes())
        self.ui.sessionClock.setText(
            fill(self.tr("Sessie: %1"), format_seconds(total)) if total is not None else ""
        )
