"""The facilitator's workspace for one session: radar, theme list, detail panel, keyboard control."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from ambitieweb.catalogue import Catalogue, default_catalogue
from ambitieweb.charts import RadarData
from ambitieweb.charts.session_data import radar_data
from ambitieweb.gui.criteria.room import criteria_tab_width
from ambitieweb.gui.forms.workspace_ui import Ui_Workspace
from ambitieweb.gui.widgets import radar_image_cache
from ambitieweb.gui.widgets.announce import announce
from ambitieweb.gui.widgets.cell_delegate import use_cell_delegate
from ambitieweb.gui.widgets.level_keys import level_key
from ambitieweb.gui.widgets.radar_widget import RadarWidget
from ambitieweb.gui.workspace.controller import SessionController
from ambitieweb.gui.workspace.level_announcer import LevelAnnouncer
from ambitieweb.gui.workspace.level_delegate import LevelDelegate
from ambitieweb.gui.workspace.record_table_model import Column, RecordTableModel
from ambitieweb.gui.workspace.save_copy import save_copy
from ambitieweb.gui.workspace.theme_table_model import ThemeTableModel, size_theme_columns
from ambitieweb.model.levels import RATED_LEVELS, Level
from ambitieweb.model.session import Goal, Measure, Session
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.gui.criteria.panel import CriteriaPanel


class Workspace(QWidget):
    themeSelected = Signal(int)
    openSession = Signal(str)  # a session to switch to (the copy kept after a refused save)

    def __init__(
        self,
        controller: SessionController,
        generic: Session | None = None,
        parent: QWidget | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_Workspace()
        self.ui.setupUi(self)
        self.controller = controller
        self.generic = generic
        self._current = 0
        self._paused = False  # presenter mode has the screen: views wait, and catch up on resume
        self._stale = False  # the session changed while paused
        self.ui.messageBar.hide()
        self.ui.detailTabs.setAccessibleName(self.tr("Details van het thema"))
        for label, scale in ((self.ui.sessionTitle, 1.4), (self.ui.themeName, 1.2)):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)

        # The session's radar as last drawn is kept for the next start (see radar_image_cache).
        cache = radar_image_cache.default_path()
        self.radar = RadarWidget(parent=self, data=self._radar_data(), cache=cache)
        # The chart is the first thing to follow a change (slots run in connection order): it
        # paints before the lists and the save.
        controller.changed.connect(self._refresh_radar)
        self.ui.radarLayout.addWidget(self.radar)
        self.ui.mainSplitter.setStretchFactor(0, 3)
        self.ui.mainSplitter.setStretchFactor(1, 2)

        self.themes = self._theme_table()
        table = self.ui.themeTable
        self.goals, self.measures = self._records()

        self.ui.rationaleEdit.textChanged.connect(self._rationale_typed)
        self.ui.focusCheck.toggled.connect(lambda on: controller.set_focus(self._current, on))
        self.ui.maxFocusSpin.valueChanged.connect(self._max_focus_changed)
        self._catalogue = catalogue
        self._criteria: CriteriaPanel | None = None  # built when its tab is first shown
        self.ui.detailTabs.currentChanged.connect(self._tab_shown)

        self.ui.retryButton.clicked.connect(self._retry)
        self.ui.saveCopyButton.clicked.connect(self._save_copy)

        self.radar.levelPicked.connect(self._level_picked)
        controller.changed.connect(self._refresh_text)
        controller.saved.connect(self.ui.messageBar.hide)
        controller.saveFailed.connect(self._show_problem)

        self._add_keyboard_actions()
        self.announcer = LevelAnnouncer(controller, self, lambda: self._current)
        # Rows fit their (wrapped) theme names once the table has its width: after this event (a
        # timer of its own: PySide keeps a single shot's slot when its object goes first).
        fit_rows = QTimer(self)
        fit_rows.setSingleShot(True)
        fit_rows.timeout.connect(table.resizeRowsToContents)
        fit_rows.start(0)
        # Room for every tab from the start: the Criteria tab never narrows the radar when it opens.
        tabs = self.ui.detailTabs
        tabs.setMinimumWidth(max(tabs.minimumSizeHint().width(), criteria_tab_width() + 4))
        for watched in (table, self.radar.canvas, self.ui.rationaleEdit):
            watched.installEventFilter(self)
        self.ui.sessionTitle.setText(controller.session.title)
        table.selectRow(0)  # shows the first theme's details and the radar (see _select)

    # --- building ------------------------------------------------------------------------------

    def _theme_table(self) -> ThemeTableModel:
        """The theme list: level delegates, fixed column widths; the selection picks the theme."""
        controller, table = self.controller, self.ui.themeTable
        themes = ThemeTableModel(controller)
        table.setModel(themes)
        use_cell_delegate(table)
        table.setItemDelegateForColumn(ThemeTableModel.CURRENT, LevelDelegate(controller.language, table))
        table.setItemDelegateForColumn(ThemeTableModel.AMBITION, LevelDelegate(controller.language, table))
        size_theme_columns(table, themes, controller.language)
        table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._select(current.row()))
        return themes

    def _records(self) -> tuple[RecordTableModel[Goal], RecordTableModel[Measure]]:
        """The selected theme's goals and measures, in their tables with add and remove buttons."""
        controller = self.controller
        goals: RecordTableModel[Goal] = RecordTableModel(
            Goal,
            [
                Column("indicator", self.tr("Indicator")),
                Column("baseline", self.tr("Nulmeting"), numeric=True),
                Column("target", self.tr("Streefwaarde"), numeric=True),
                Column("unit", self.tr("Eenheid")),
                Column("year", self.tr("Jaar"), numeric=True),
            ],
            lambda: controller.session.themes[self._current].goals,
            lambda goals: controller.set_goals(self._current, goals),
        )
        measures: RecordTableModel[Measure] = RecordTableModel(
            Measure,
            [
                Column("what", self.tr("Maatregel")),
                Column("owner", self.tr("Eigenaar")),
                Column("when", self.tr("Wanneer")),
            ],
            lambda: controller.session.themes[self._current].measures,
            lambda measures: controller.set_measures(self._current, measures),
        )
        for view, model in ((self.ui.goalsTable, goals), (self.ui.measuresTable, measures)):
            self._bind_records(view, model)
        self.ui.addGoalButton.clicked.connect(self._add_goal)
        self.ui.removeGoalButton.clicked.connect(
            lambda: self._remove_selected(self.ui.goalsTable, self.goals)
        )
        self.ui.addMeasureButton.clicked.connect(self._add_measure)
        self.ui.removeMeasureButton.clicked.connect(
            lambda: self._remove_selected(self.ui.measuresTable, self.measures)
        )
        return goals, measures

    def _bind_records(
        self, view: QTableView, model: RecordTableModel[Goal] | RecordTableModel[Measure]
    ) -> None:
        model.invalid.connect(self._show_problem)
        view.setModel(model)
        use_cell_delegate(view)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)

    def _add_keyboard_actions(self) -> None:
        """N opens the notes. (The level keys are read by `eventFilter`, from the physical key.)"""
        notes = QAction(self.tr("Onderbouwing bewerken"), self)
        notes.setShortcut(QKeySequence("N"))
        notes.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        notes.triggered.connect(self.open_notes)
        self.addAction(notes)

    @property
    def criteria(self) -> CriteriaPanel:
        """The Criteria tab, built when first shown: it needs the catalogue's criteria (read on
        first use) and its own modules, which a session's first screen does without."""
        if self._criteria is None:
            from ambitieweb.gui.criteria.panel import CriteriaPanel

            self._criteria = CriteriaPanel(self.controller, self._catalogue or default_catalogue(), self)
            self._criteria.set_theme(self._current)
            self.ui.criteriaLayout.addWidget(self._criteria)
        return self._criteria

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The window's catalogue changed (own frameworks, the library): the Criteria tab offers its."""
        self._catalogue = catalogue
        if self._criteria is not None:
            self._criteria.set_catalogue(catalogue)

    def _tab_shown(self, index: int) -> None:
        if self.ui.detailTabs.widget(index) is self.ui.criteriaTab:
            self.criteria.show()

    # --- actions -------------------------------------------------------------------------------

    @property
    def current_theme(self) -> int:
        return self._current

    def select_theme(self, index: int) -> None:
        count = len(self.controller.session.themes)
        index = max(0, min(count - 1, index))
        self.ui.themeTable.selectionModel().setCurrentIndex(
            self.themes.index(index, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def set_ambition(self, level: Level) -> None:
        self.controller.set_ambition(self._current, level)

    def set_current(self, level: Level) -> None:
        self.controller.set_current(self._current, level)

    def open_notes(self) -> None:
        """N: the rationale, with the cursor after what is written (Esc goes back to the themes)."""
        self.ui.detailTabs.setCurrentWidget(self.ui.rationaleTab)
        edit = self.ui.rationaleEdit
        edit.moveCursor(QTextCursor.MoveOperation.End)
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.ui.rationaleEdit:
                return self._rationale_key(event)
            # 0-3 set the ambition, Shift+0-3 the current situation, read from the physical key.
            level = level_key(event)
            if level is not None:
                digit, shifted = level
                (self.set_current if shifted else self.set_ambition)(Level(digit))
                return True
            # Arrows walk the themes from the list and from the radar (Left/Right too, as clickers send).
            step = {
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Right: 1,
                Qt.Key.Key_PageUp: -1,
                Qt.Key.Key_PageDown: 1,
            }.get(Qt.Key(event.key()))
            if watched is self.radar.canvas:
                step = step or {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            if step and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.select_theme(self._current + step)
                return True
        return super().eventFilter(watched, event)

    def _rationale_key(self, event: QKeyEvent) -> bool:
        """Esc leaves the rationale for the theme list; what was typed is already saved."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.ui.themeTable.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False

    # --- reacting ------------------------------------------------------------------------------

    def _select(self, index: int) -> None:
        if index < 0:
            return
        self._current = index
        self.announcer.look()
        self.goals.refresh()
        self.measures.refresh()
        if self._criteria is not None:
            self._criteria.set_theme(index)
        self._refresh_detail(force=True)
        self._refresh_radar()
        self.themeSelected.emit(index)

    def _level_picked(self, theme: int, level: int) -> None:
        if theme != self._current:
            self.select_theme(theme)
        self.controller.set_ambition(theme, Level(level), merge_key=f"drag-{theme}-{id(self.radar)}")

    def _max_focus_changed(self, value: int) -> None:
        self.controller.set_max_focus(value)

    def _rationale_typed(self) -> None:
        self.controller.set_rationale(self._current, self.ui.rationaleEdit.toPlainText())

    def _add_goal(self) -> None:
        self.goals.append(Goal(indicator=self.tr("Nieuw doel")))
        self.ui.goalsTable.edit(self.goals.index(self.goals.rowCount() - 1, 0))

    def _add_measure(self) -> None:
        self.measures.append(Measure(what=self.tr("Nieuwe maatregel")))
        self.ui.measuresTable.edit(self.measures.index(self.measures.rowCount() - 1, 0))

    def _remove_selected(
        self, view: QTableView, model: RecordTableModel[Goal] | RecordTableModel[Measure]
    ) -> None:
        rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()})
        if rows:
            model.remove_rows(rows)

    def pause(self, paused: bool) -> None:
        """While presenting, the workspace (out of sight) skips its redraws; resuming catches up."""
        self._paused = paused
        if not paused and self._stale:
            self._stale = False
            self._refresh_text()
            self._refresh_radar()

    def _hidden(self) -> bool:
        if self._paused:
            self._stale = True
        return self._paused

    def _refresh_text(self) -> None:
        if self._hidden():
            return
        self.ui.sessionTitle.setText(self.controller.session.title)
        self.goals.refresh()
        self.measures.refresh()
        self._refresh_detail(force=False)

    def _refresh_radar(self) -> None:
        if self._hidden():
            return
        self.radar.set_data(self._radar_data())

    def _radar_data(self) -> RadarData:
        controller = self.controller
        return radar_data(
            controller.session,
            controller.framework,
            self.generic,
            self._current,
            language=controller.language,
        )

    def _refresh_detail(self, force: bool) -> None:
        session = self.controller.session
        entry = session.themes[self._current]
        self.ui.themeName.setText(self.controller.theme_name(self._current))
        try:
            theme = self.controller.framework.theme(entry.theme_id)
        except KeyError:
            theme = None
        self.ui.themeDescription.setText(theme.description if theme else "")
        # The chosen level is marked and bold; the others stay full text (never greyed out).
        captions = (self.ui.level1Caption, self.ui.level2Caption, self.ui.level3Caption)
        texts = (self.ui.level1Text, self.ui.level2Text, self.ui.level3Text)
        for level, caption, label in zip(RATED_LEVELS, captions, texts, strict=True):
            chosen = entry.ambition == level
            name = f"{int(level)} {level.label(self.controller.language)}"
            caption.setText(f"▶ {name}" if chosen else name)
            label.setText(theme.levels.for_level(level) if theme else "")
            for widget in (caption, label):
                if widget.font().bold() != chosen:
                    font = widget.font()
                    font.setBold(chosen)
                    widget.setFont(font)
        # Never rewrite the text under the user's cursor; only when it differs (undo, other theme).
        if force or self.ui.rationaleEdit.toPlainText() != entry.rationale:
            blocked = self.ui.rationaleEdit.blockSignals(True)
            self.ui.rationaleEdit.setPlainText(entry.rationale)
            self.ui.rationaleEdit.blockSignals(blocked)
        blocked = self.ui.focusCheck.blockSignals(True)
        self.ui.focusCheck.setChecked(entry.focus)
        self.ui.focusCheck.blockSignals(blocked)
        blocked = self.ui.maxFocusSpin.blockSignals(True)
        self.ui.maxFocusSpin.setValue(session.max_focus)
        self.ui.maxFocusSpin.blockSignals(blocked)
        focus = sum(1 for e in session.themes if e.focus)
        over = focus > session.max_focus
        self.ui.focusCount.setText(
            fill((self.tr("⚠ %1 focusthema's: te veel") if over else self.tr("%1 focusthema's")), str(focus))
        )

    def _show_problem(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageBar.show()
        announce(self, message, assertive=True)

    def _retry(self) -> None:
        self.controller.save_now()

    def _save_copy(self) -> None:
        save_copy(
            self,
            self.controller,
            lambda: self._catalogue or default_catalogue(),
            self._show_problem,
            self.openSession.emit,
        )
