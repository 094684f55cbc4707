"""WCAG 2.1 AA contrast, computed from the radar's styles and the palette in use; a visible focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from ambitieweb.charts.radar_style import RadarStyle, contrasts
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.presenter.audience_window import BACKGROUND, TEXT
from ambitieweb.gui.widgets.accessible_look import accessible_palette, contrast, over, show_focus
from ambitieweb.model.levels import Level
from tests.gui.sessions import open_titled

GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


@pytest.mark.parametrize("style", [RadarStyle(), RadarStyle.projector()], ids=["screen", "projector"])
def test_every_text_and_graphic_of_the_radar_meets_wcag_aa(style: RadarStyle) -> None:
    found = contrasts(style)
    assert len(found) > 30  # texts, and each graphic on the background, the fill and the sector
    short = {name: round(ratio, 2) for name, (ratio, needed) in found.items() if ratio < needed}
    assert short == {}


def test_the_palette_in_use_gives_selected_rows_and_placeholders_4_5_to_1(qapp: QApplication) -> None:
    # Qt's own default palette falls short (selection 3.7:1, placeholders 3.95:1): it is raised.
    default = qapp.palette()
    assert (
        contrast(
            default.color(QPalette.ColorRole.HighlightedText), default.color(QPalette.ColorRole.Highlight)
        )
        < 4.5
    )
    palette = accessible_palette(default)
    role = QPalette.ColorRole
    for group in GROUPS:
        base = palette.color(group, role.Base)
        pairs = [
            (palette.color(group, role.HighlightedText), palette.color(group, role.Highlight)),
            (over(palette.color(group, role.PlaceholderText), base), base),
            (palette.color(group, role.Text), base),
            (palette.color(group, role.WindowText), palette.color(group, role.Window)),
            (palette.color(group, role.ButtonText), palette.color(group, role.Button)),
        ]
        assert [round(contrast(*pair), 2) for pair in pairs if contrast(*pair) < 4.5] == []
    # Hue kept: still the selection's blue, only darker.
    assert palette.color(QPalette.ColorRole.Highlight).hue() == pytest.approx(
        default.color(QPalette.ColorRole.Highlight).hue(), abs=8
    )


def test_the_audience_and_the_overdue_clock_are_legible() -> None:
    assert contrast(QColor(TEXT), QColor(BACKGROUND)) >= 7
    assert contrast(QColor("#B00020"), QColor("#FFFFFF")) >= 4.5


def test_level_texts_are_full_text_and_the_chosen_one_is_marked_not_greyed(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = open_titled(window, "N123")
    workspace.set_ambition(Level.SIGNIFICANT)
    ui = workspace.ui
    captions = (ui.level1Caption, ui.level2Caption, ui.level3Caption)
    texts = (ui.level1Text, ui.level2Text, ui.level3Text)
    assert all(label.isEnabled() for label in (*captions, *texts))  # never the disabled colour
    assert [c.text() for c in captions] == ["1 basis", "▶ 2 significant", "3 ambitieus"]  # not colour only
    assert [t.font().bold() for t in texts] == [False, True, False]
    palette = texts[0].palette()
    assert (
        contrast(palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window))
        >= 4.5
    )


@pytest.fixture
def accessible(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    qapp.setPalette(accessible_palette(before))
    qapp.focusChanged.connect(show_focus)
    yield
    qapp.focusChanged.disconnect(show_focus)
    qapp.setPalette(before)


def test_a_dialog_shows_its_focus_ring_as_it_opens(qtbot: QtBot, accessible: None) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    check, edit = QCheckBox("Focusthema", dialog), QLineEdit(dialog)
    layout.addWidget(check)
    layout.addWidget(edit)
    dialog.show()
    qtbot.waitExposed(dialog)
    check.setFocus(Qt.FocusReason.OtherFocusReason)  # as a dialog puts it on its first control
    qtbot.waitUntil(check.hasFocus)
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    ringed = check.grab().toImage()
    dialog.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)  # what Qt does by itself
    check.update()
    plain = check.grab().toImage()
    assert ringed != plain  # the ring is drawn only with the attribute: it is there from the start


def test_a_focused_cell_in_a_selected_row_is_framed(
    window: MainWindow, qtbot: QtBot, accessible: None
) -> None:
    workspace = open_titled(window, "N123")
    table = workspace.ui.themeTable
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    rect = table.visualRect(workspace.themes.index(0, 0))
    image = table.viewport().grab(rect).toImage()
    palette = table.palette()
    frame = palette.color(QPalette.ColorRole.HighlightedText)
    selection = palette.color(QPalette.ColorRole.Highlight)
    edge = [image.pixelColor(2, y) for y in range(3, image.height() - 3)]  # the cell's left edge
    assert sum(1 for c in edge if contrast(c, selection) >= 3 and contrast(c, frame) < 1.5) > len(edge) // 2


def test_empty_fill_in_values_are_legible_placeholders(qapp: QApplication, accessible: None) -> None:
    from ambitieweb.gui.documents.missing_values import MissingValue, MissingValuesModel

    model = MissingValuesModel()
    model.set_rows([MissingValue("c1", "W1 CO2", "punten", "Maximaal te behalen punten")])
    cell = model.index(0, MissingValuesModel.VALUE)
    assert cell.data() == "[punten]"
    colour = cell.data(Qt.ItemDataRole.ForegroundRole).color()
    base = qapp.palette().color(QPalette.ColorRole.Base)
    assert contrast(over(colour, base), base) >= 4.5  # was the disabled grey, 1.8:1
    font: QFont = cell.data(Qt.ItemDataRole.FontRole)
    assert font.italic()  # not by colour alone


def test_the_contract_overview_s_red_and_the_message_bars_meet_aa_also_in_a_selected_row(
    qtbot: QtBot, accessible: None
) -> None:
    import datetime as dt

    from PySide6.QtGui import QImage

    from ambitieweb.gui.contract.overview import LATE, ContractOverview
    from ambitieweb.model.contract.overview import OverviewLine, ThemeState

    palette = QApplication.palette()
    for group in GROUPS:
        assert contrast(LATE, palette.color(group, QPalette.ColorRole.Base)) >= 4.5
    assert contrast(QColor("#1a1a1a"), QColor("#fff4d6")) >= 4.5  # the plan's and the contract's messages

    late = OverviewLine(
        "c",
        "s",
        "Schoonmaak",
        "Schoon & Zo",
        "W. Brouwer",
        dt.date(2027, 1, 1),
        True,
        40,
        0,
        None,
        2,
        (ThemeState("klimaat", 3, 1),),
    )
    dialog = ContractOverview([late, late])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.selectRow(0)

    def red_pixels(row: int) -> int:
        """Pixels of the 'te laat' cell painted in the late red (text on the row's ground)."""
        rect = dialog.table.visualRect(dialog.model.index(row, 4))
        image = dialog.table.viewport().grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)
        return sum(
            contrast(QColor(image.pixel(x, y)), LATE) < 1.2
            for x in range(image.width())
            for y in range(image.height())
        )

    assert red_pixels(1) > 20  # not selected: red on white, 7:1 (and the words say it)
    assert red_pixels(0) == 0  # selected: the selection's own text colour, not red on blue
