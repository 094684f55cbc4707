"""The radar widget: real clicks and drags pick levels; a session's changes repaint the painted layers
over a static matplotlib image without a full draw, and look like the export."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget
from pytestqt.qtbot import QtBot

from ambitieweb.catalogue import Catalogue
from ambitieweb.charts import RadarData, RadarStyle, build_figure
from ambitieweb.gui.widgets.radar_widget import RadarWidget
from ambitieweb.model.votes import Distribution

BLUE = (0, 114, 178)  # the ambition's Okabe-Ito blue


def settle(widget: RadarWidget, qtbot: QtBot) -> None:
    """Wait for the pending full draw (after show, resize or a new layout) and let events drain."""
    qtbot.waitUntil(lambda: widget.full_draws > 0 and not widget.draw_pending)
    qtbot.wait(30)


def shown(
    qtbot: QtBot, data: RadarData, size: tuple[int, int], style: RadarStyle | None = None
) -> RadarWidget:
    widget = RadarWidget(style or RadarStyle())
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.set_data(data)
    widget.show()
    qtbot.waitExposed(widget)
    settle(widget, qtbot)
    return widget


@pytest.fixture
def widget(qtbot: QtBot, gww: RadarData) -> RadarWidget:
    return shown(qtbot, gww, (600, 600))


def on_screen(widget: RadarWidget, theme: int, radius: float) -> QPoint:
    """Qt widget coordinates (logical pixels, y down) of `radius` on a theme's axis.

    matplotlib's display coordinates are device pixels with y up.
    """
    x, y = widget.plot().point(theme, radius)
    ratio = widget.canvas.device_pixel_ratio
    return QPoint(round(x / ratio), round(widget.canvas.height() - y / ratio))


def repaint_with(widget: RadarWidget, qtbot: QtBot, data: RadarData) -> None:
    """Set data and wait for the paint that shows it; no full draw may happen."""
    draws, builds = widget.full_draws, widget.plot().builds
    with qtbot.waitSignal(widget.painted, timeout=2000):
        widget.set_data(data)
    assert (widget.full_draws, widget.plot().builds, widget.draw_pending) == (draws, builds, False)


def on_screen_now(widget: RadarWidget) -> np.ndarray[Any, Any]:
    """What the window shows (the backing store, after partial repaints), as RGB pixels."""
    return rgb(widget.screen().grabWindow(widget.winId()).toImage())


def rgb(image: QImage) -> np.ndarray[Any, Any]:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return raw[:, : 3 * image.width()].reshape(image.height(), image.width(), 3).astype(int)


def exported(data: RadarData, widget: RadarWidget, style: RadarStyle | None = None) -> np.ndarray[Any, Any]:
    """The same data drawn by the chart core alone, at the widget's size and dpi, as RGB pixels."""
    figure, _plot = build_figure(
        data,
        style or RadarStyle(),
        size_inches=tuple(widget.figure.get_size_inches()),
        dpi=round(widget.figure.dpi),
    )
    figure.canvas.draw()
    return np.asarray(figure.canvas.buffer_rgba())[..., :3].astype(int)  # type: ignore[attr-defined]


def assert_alike(screen: np.ndarray[Any, Any], export: np.ndarray[Any, Any]) -> None:
    """Screen and export agree but for antialiasing and quarter pixels at shape edges."""
    assert screen.shape == export.shape
    difference = np.abs(screen - export).max(axis=2)
    assert difference.mean() < 1.5, difference.mean()
    assert (difference > 64).mean() < 0.005, (difference > 64).mean()


def colour_at(pixels: np.ndarray[Any, Any], point: QPoint) -> tuple[int, int, int]:
    red, green, blue = pixels[point.y(), point.x()]
    return int(red), int(green), int(blue)


# -- picking ------------------------------------------------------------------------------------------


def test_a_click_on_a_ring_picks_that_theme_and_level(widget: RadarWidget, qtbot: QtBot) -> None:
    with qtbot.waitSignal(widget.levelPicked, timeout=1000) as blocker:
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=on_screen(widget, 4, 2))
    assert blocker.args == [4, 2]
    with qtbot.waitSignal(widget.levelPicked, timeout=1000) as blocker:
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=on_screen(widget, 11, 3))
    assert blocker.args == [11, 3]


def test_a_click_near_the_centre_clears_the_level(widget: RadarWidget, qtbot: QtBot) -> None:
    with qtbot.waitSignal(widget.levelPicked, timeout=1000) as blocker:
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=on_screen(widget, 7, 0.3))
    assert blocker.args == [7, 0]


def test_clicks_away_from_the_axes_or_with_the_right_button_pick_nothing(
    widget: RadarWidget, qtbot: QtBot
) -> None:
    with qtbot.assertNotEmitted(widget.levelPicked):
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.RightButton, pos=on_screen(widget, 4, 2))


def test_the_placeholder_before_any_data_picks_nothing(qtbot: QtBot) -> None:
    widget = RadarWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    widget.show()
    settle(widget, qtbot)
    with qtbot.assertNotEmitted(widget.levelPicked):
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=on_screen(widget, 1, 2))


def test_dragging_along_an_axis_picks_each_new_level_once(widget: RadarWidget, qtbot: QtBot) -> None:
    picked: list[tuple[int, int]] = []
    widget.levelPicked.connect(lambda theme, level: picked.append((theme, level)))
    canvas = widget.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=on_screen(widget, 3, 1))
    for radius in (1.2, 1.9, 2.1, 2.9, 3.1, 4.0):  # drifting past the outer ring stays at 3
        qtbot.mouseMove(canvas, on_screen(widget, 3, radius))
    qtbot.mouseMove(canvas, on_screen(widget, 3, 0.2))  # back to the centre: not set
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=on_screen(widget, 3, 0.2))
    qtbot.mouseMove(canvas, on_screen(widget, 3, 2))  # released: moving picks nothing
    assert picked == [(3, 1), (3, 2), (3, 3), (3, 0)]


# -- painting -----------------------------------------------------------------------------------------


def test_a_level_change_repaints_without_a_full_draw(
    widget: RadarWidget, qtbot: QtBot, gww: RadarData
) -> None:
    point = on_screen(widget, 9, 3)  # theme 9 is not set: its outer ring point is bare
    assert colour_at(on_screen_now(widget), point) != BLUE
    paints = widget.paints
    repaint_with(widget, qtbot, dataclasses.replace(gww, ambition=(*gww.ambition[:9], 3, *gww.ambition[10:])))
    assert widget.paints > paints
    assert colour_at(on_screen_now(widget), point) == BLUE  # the new ambition marker, on the ring
    inside = on_screen(widget, 9, 1.5) + QPoint(0, 6)  # the fill now reaches it (off the grid line)
    red, _green, blue = colour_at(on_screen_now(widget), inside)
    assert blue > red + 20 and 150 < red < 230


class PaintedRects(QObject):
    """The rectangles that paint events of a widget cover."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.rects.append(event.rect())
        return False


def test_a_change_repaints_only_where_it_shows(widget: RadarWidget, qtbot: QtBot, gww: RadarData) -> None:
    spy = PaintedRects(widget.canvas)
    whole = widget.canvas.width() * widget.canvas.height()
    repaint_with(widget, qtbot, dataclasses.replace(gww, ambition=(*gww.ambition[:9], 3, *gww.ambition[10:])))
    [rect] = spy.rects
    assert rect.contains(on_screen(widget, 9, 3)) and rect.contains(on_screen(widget, 9, 0))
    assert not rect.contains(on_screen(widget, 3, 2))  # the other side of the web stays as it was
    assert rect.width() * rect.height() < 0.3 * whole
    spy.rects.clear()
    repaint_with(widget, qtbot, dataclasses.replace(widget.plot().data, highlight=7))  # from theme 6
    [rect] = spy.rects
    assert rect.contains(on_screen(widget, 6, 2.5)) and rect.contains(on_screen(widget, 7, 2.5))
    assert not rect.contains(on_screen(widget, 1, 2.5))


def test_changes_painted_one_by_one_look_like_the_export(
    qtbot: QtBot, layered: RadarData, tmp_path: Path
) -> None:
    widget = shown(qtbot, layered, (775, 700))
    data = layered
    assert layered.votes is not None
    for changes in (
        {"highlight": 7},
        {"ambition": (1, *layered.ambition[1:])},
        {"current": (3, *layered.current[1:])},
        {"votes": (None, *layered.votes[1:])},
        {"flagged": (True, False, True, True) + (False,) * 8},
        {"earlier": (2,) * 12},
        {"highlight": 8},
    ):
        data = dataclasses.replace(data, **changes)
        repaint_with(widget, qtbot, data)
    screen = on_screen_now(widget)
    widget.screen().grabWindow(widget.winId()).save(str(tmp_path / "screen.png"))
    assert_alike(screen, exported(data, widget))


def test_setting_the_same_data_again_paints_nothing(
    widget: RadarWidget, qtbot: QtBot, gww: RadarData
) -> None:
    draws, paints = widget.full_draws, widget.paints
    widget.set_data(gww)
    qtbot.wait(50)
    assert (widget.full_draws, widget.paints) == (draws, paints)


def test_moving_the_highlight_repaints_without_a_full_draw(
    widget: RadarWidget, qtbot: QtBot, gww: RadarData
) -> None:
    # Themes 9 (left) and 3 (right) are low: at radius 2.6 their sectors show over white.
    old, new = on_screen(widget, 9, 2.6) + QPoint(0, 8), on_screen(widget, 3, 2.6) + QPoint(0, 8)
    repaint_with(widget, qtbot, dataclasses.replace(gww, highlight=9))
    before = on_screen_now(widget)
    yellow = colour_at(before, old)
    assert yellow[2] < yellow[0] - 40 and colour_at(before, new) == (255, 255, 255)  # pale yellow
    repaint_with(widget, qtbot, dataclasses.replace(gww, highlight=3))
    after = on_screen_now(widget)
    assert colour_at(after, old) == (255, 255, 255) and colour_at(after, new) == yellow
    assert widget.plot().data.highlight == 3


def test_votes_flags_and_the_earlier_outline_repaint_without_a_full_draw(
    qtbot: QtBot, layered: RadarData
) -> None:
    widget = shown(qtbot, layered, (600, 600))
    band = on_screen(widget, 9, 1.5) + QPoint(0, 4)  # theme 9 (not set) has no votes: no band yet
    flag = on_screen(widget, 5, widget.plot().geometry().flag_radius)
    before = on_screen_now(widget)
    assert colour_at(before, flag) == colour_at(before, band) == (255, 255, 255)
    assert layered.votes is not None
    votes = (*layered.votes[:9], Distribution((1, 0, 1)), *layered.votes[10:])
    repaint_with(widget, qtbot, dataclasses.replace(layered, votes=votes))
    red, green, blue = colour_at(on_screen_now(widget), band)
    assert red > green + 20 and blue > green  # the reddish purple band
    flagged = (False, False, True, True, False, True) + (False,) * 6
    repaint_with(widget, qtbot, dataclasses.replace(widget.plot().data, flagged=flagged))
    assert colour_at(on_screen_now(widget), flag) == (230, 159, 0)  # the orange warning triangle
    repaint_with(widget, qtbot, dataclasses.replace(widget.plot().data, earlier=(1,) * 12))


def test_a_new_legend_entry_needs_a_full_draw(widget: RadarWidget, qtbot: QtBot, gww: RadarData) -> None:
    draws = widget.full_draws
    widget.set_data(dataclasses.replace(gww, earlier=(1,) * 12))
    qtbot.waitUntil(lambda: widget.full_draws == draws + 1)
    assert "Eerdere versie" in [t.get_text() for t in widget.plot().legend.get_texts()]


def test_other_labels_redraw_and_another_theme_count_rebuilds(
    widget: RadarWidget, qtbot: QtBot, gww: RadarData
) -> None:
    draws, builds = widget.full_draws, widget.plot().builds
    renamed = dataclasses.replace(gww, labels=tuple(f"Thema {i}" for i in range(12)))
    widget.set_data(renamed)
    qtbot.waitUntil(lambda: widget.full_draws == draws + 1)
    assert widget.plot().builds == builds  # same count: texts change in place
    assert widget.plot().label_artists()[0].get_text() == "Thema 0"

    six = RadarData(tuple("ABCDEF"), (1, 2, 3, 1, 2, 3), (0,) * 6)
    widget.set_data(six)
    qtbot.waitUntil(lambda: widget.full_draws == draws + 2)
    assert widget.plot().builds == builds + 1
    assert len(widget.plot().label_artists()) == 6
    settle(widget, qtbot)
    # After the rebuild the new layout paints, and clicks map onto the new axes.
    repaint_with(widget, qtbot, dataclasses.replace(six, ambition=(3,) * 6))
    assert colour_at(on_screen_now(widget), on_screen(widget, 4, 3)) == BLUE
    with qtbot.waitSignal(widget.levelPicked, timeout=1000) as blocker:
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=on_screen(widget, 4, 2))
    assert blocker.args == [4, 2]


def test_a_resize_redraws_and_clicks_still_land(widget: RadarWidget, qtbot: QtBot) -> None:
    draws = widget.full_draws
    widget.resize(900, 500)
    qtbot.waitUntil(lambda: widget.full_draws > draws)
    settle(widget, qtbot)
    assert widget.plot().axes.bbox.height <= 500 * widget.canvas.device_pixel_ratio
    assert colour_at(on_screen_now(widget), on_screen(widget, 0, 3)) == BLUE  # painted on the new layout
    with qtbot.waitSignal(widget.levelPicked, timeout=1000) as blocker:
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=on_screen(widget, 8, 1))
    assert blocker.args == [8, 1]


def test_the_projector_radar_walks_the_themes_without_full_draws(
    qtbot: QtBot, layered: RadarData, tmp_path: Path
) -> None:
    widget = shown(qtbot, layered, (1920, 1080), RadarStyle.projector())
    assert widget.plot().style.label_size == RadarStyle.projector().label_size
    data = layered
    for theme in (7, 8, 9, 8):
        data = dataclasses.replace(data, highlight=theme)
        repaint_with(widget, qtbot, data)
    widget.screen().grabWindow(widget.winId()).save(str(tmp_path / "projector.png"))
    screen = on_screen_now(widget)
    assert_alike(screen, exported(data, widget, RadarStyle.projector()))
    box = widget.plot().geometry().label_boxes[8]  # the highlighted label's box: pale yellow behind it
    corner = QPoint(round(box[0]), round(widget.canvas.height() - box[3]))
    red, _green, blue = colour_at(screen, corner)
    assert blue < red - 40


def test_the_widget_is_accessible_and_expands(widget: RadarWidget, qtbot: QtBot, layered: RadarData) -> None:
    assert widget.accessibleName() == "Ambitieweb-diagram"
    assert "Energie: Ambitie 3 ambitieus, Huidige situatie 1 basis" in widget.accessibleDescription()
    assert widget.minimumWidth() >= 300 and widget.minimumHeight() >= 300
    policy = widget.sizePolicy()
    assert policy.horizontalPolicy() == QSizePolicy.Policy.Expanding
    assert policy.verticalPolicy() == QSizePolicy.Policy.Expanding
    widget.set_data(layered)
    description = widget.accessibleDescription()
    assert (
        "Energie: Ambitie 3 ambitieus, Huidige situatie 1 basis, Generiek ambitieweb 2 significant, "
        "Eerdere versie 3 ambitieus, stemmen 2 tot 3, mediaan 3;" in description
    )
    assert (
        "Bodem: Ambitie 2 significant, Huidige situatie 2 significant, Generiek ambitieweb 2 " in description
    )
    assert "Eerdere versie 3 ambitieus, ambitie verlaagd;" in description


def test_the_text_alternative_speaks_the_data_s_language(
    widget: RadarWidget, catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    from ambitieweb.charts.session_data import radar_data
    from ambitieweb.exchange import read_file

    road = read_file(example_path["road"], catalogue).session
    generic = read_file(example_path["generic"], catalogue).session
    framework = catalogue.framework(road.framework_id)
    widget.set_data(radar_data(road, framework, generic, earlier=road, language="en"))
    description = widget.accessibleDescription()
    assert "Energie: Ambition 3 ambitious, Current situation " in description
    assert "Generic ambition web " in description and "Earlier version 3 ambitious" in description
    assert not any(word in description for word in ("Ambitie ", "Huidige", "Generiek", "Eerdere", "basis"))


def test_the_widget_can_be_grabbed(widget: RadarWidget, tmp_path: Path) -> None:
    image = widget.grab()
    assert not image.isNull() and image.width() == 600
    assert image.save(str(tmp_path / "radar-widget.png"))
    # The ambition fill (Okabe-Ito blue over white) is on screen, not only in a buffer.
    pixel = image.toImage().pixelColor(on_screen(widget, 0, 2.5))
    assert pixel.blue() > pixel.red()


HIGH_DPI_SCRIPT = textwrap.dedent(
    """
    import json, sys, time
    import numpy as np
    from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
    from PySide6.QtGui import QImage, QPaintEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from ambitieweb.charts import RadarData, build_figure
    from ambitieweb.gui.widgets.radar_widget import RadarWidget

    app = QApplication([])
    widget = RadarWidget()
    widget.resize(500, 500)
    data = RadarData(tuple("ABCDEFG"), (1, 2, 3, 1, 2, 3, 1), (0,) * 7, reference=(2,) * 7, highlight=1)
    widget.set_data(data)
    widget.show()
    deadline = time.monotonic() + 10
    while (widget.full_draws == 0 or widget.draw_pending) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    ratio = widget.canvas.device_pixel_ratio
    picked = []
    widget.levelPicked.connect(lambda theme, level: picked.append((theme, level)))
    def logical(theme, radius):
        x, y = widget.plot().point(theme, radius)
        return QPoint(round(x / ratio), round(widget.canvas.height() - y / ratio))
    QTest.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=logical(4, 2))
    draws, paints = widget.full_draws, widget.paints
    data = RadarData(data.labels, (3,) * 7, (0,) * 7, reference=(2,) * 7, highlight=5)
    widget.set_data(data)
    while widget.paints == paints and time.monotonic() < deadline:
        app.processEvents()
    shot = widget.grab().toImage()  # device pixels
    shot.save(sys.argv[1])
    shot = shot.convertToFormat(QImage.Format.Format_RGB888)
    raw = np.frombuffer(shot.constBits(), np.uint8).reshape(shot.height(), shot.bytesPerLine())
    screen = raw[:, : 3 * shot.width()].reshape(shot.height(), shot.width(), 3).astype(int)
    size = tuple(widget.figure.get_size_inches())
    figure, _ = build_figure(data, size_inches=size, dpi=round(widget.figure.dpi))
    figure.canvas.draw()
    export = np.asarray(figure.canvas.buffer_rgba())[..., :3].astype(int)
    x, y = widget.plot().point(2, 3)  # device pixels, y up
    marker = screen[round(shot.height() - y), round(x)].tolist()
    difference = np.abs(screen - export).max(axis=2)
    report = {"ratio": ratio, "width": widget.figure.bbox.width, "shot": [shot.width(), shot.height()]}
    report.update(picked=picked, draws=widget.full_draws - draws, paints=widget.paints - paints)
    report.update(marker=marker, mean=float(difference.mean()), off=float((difference > 64).mean()))
    print(json.dumps(report))
    """
)


def test_high_dpi_screens_map_clicks_and_paint_in_device_pixels(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    result = subprocess.run(
        [sys.executable, "-c", HIGH_DPI_SCRIPT, str(tmp_path / "radar@2x.png")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # The figure and the window have twice as many pixels as the widget; clicks and paints line up.
    assert (report["ratio"], report["width"], report["shot"]) == (2, 1000, [1000, 1000])
    assert report["picked"] == [[4, 2]]
    assert report["draws"] == 0 and report["paints"] >= 1
    assert report["marker"] == list(BLUE)
    assert report["mean"] < 1.5 and report["off"] < 0.005


def test_the_realised_layer_repaints_without_a_full_draw_and_looks_like_the_export(
    qtbot: QtBot, layered: RadarData, tmp_path: Path
) -> None:
    """Issue 18: what a contract review found, painted over the static image as the export draws it."""
    realised = (2, 2, None, 1, 0, 3, 3, 3, 2, None, 1, 3)
    data = dataclasses.replace(layered, realised=(None,) * 12, legend_realised="Gerealiseerd")
    widget = shown(qtbot, data, (775, 700))
    diamond = on_screen(widget, 7, 3)  # theme 7: agreed 1, no votes, realised 3

    def darkest(pixels: np.ndarray[Any, Any]) -> int:
        return min(sum(colour_at(pixels, diamond + QPoint(dx, 0))) for dx in range(-8, 9))

    assert darkest(on_screen_now(widget)) > 300  # the grey ring only
    data = dataclasses.replace(data, realised=realised)
    repaint_with(widget, qtbot, data)
    screen = on_screen_now(widget)
    widget.screen().grabWindow(widget.winId()).save(str(tmp_path / "realised.png"))
    assert_alike(screen, exported(data, widget))
    assert darkest(screen) < 150  # the near-black diamond's edge
    assert "Gerealiseerd niet beoordeeld" in widget.accessibleDescription()


def test_a_new_radar_leaves_the_worker_alone_until_its_event_is_over(qtbot: QtBot, gww: RadarData) -> None:
    """The window building a radar (a workspace, the presenter's two windows) finishes that work first:
    a draw running meanwhile would hold Python's lock and stretch it (F5's longest stall 111 -> 54 ms)."""
    widget = RadarWidget(data=gww)
    qtbot.addWidget(widget)
    assert not widget.rendering and widget.draw_pending
    widget.resize(600, 600)
    widget.show()
    settle(widget, qtbot)
    assert widget.full_draws == 1 and widget.data == gww
