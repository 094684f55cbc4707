"""The radar widget: real clicks and drags pick levels; level changes blit, other changes redraw."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QSizePolicy
from pytestqt.qtbot import QtBot

from ambitieweb.charts import RadarData
from ambitieweb.gui.radar_widget import RadarWidget


def settle(widget: RadarWidget, qtbot: QtBot) -> None:
    """Wait for the pending full draw (after show, resize or a non-level change) and let events drain."""
    qtbot.waitUntil(lambda: widget.full_draws > 0 and not widget.draw_pending)
    qtbot.wait(30)


@pytest.fixture
def widget(qtbot: QtBot, gww: RadarData) -> RadarWidget:
    widget = RadarWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 600)
    widget.set_data(gww)
    widget.show()
    qtbot.waitExposed(widget)
    settle(widget, qtbot)
    return widget


def on_screen(widget: RadarWidget, theme: int, radius: float) -> QPoint:
    """Qt widget coordinates (logical pixels, y down) of `radius` on a theme's axis.

    matplotlib's display coordinates are device pixels with y up.
    """
    x, y = widget.plot().point(theme, radius)
    ratio = widget.canvas.device_pixel_ratio
    return QPoint(round(x / ratio), round(widget.canvas.height() - y / ratio))


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


def test_a_level_change_blits_without_a_full_draw(widget: RadarWidget, qtbot: QtBot, gww: RadarData) -> None:
    draws, blits, builds = widget.full_draws, widget.blits, widget.plot().builds
    widget.set_data(dataclasses.replace(gww, ambition=(1,) * 12, current=(2,) * 12))
    qtbot.wait(50)
    assert (widget.full_draws, widget.blits, widget.plot().builds) == (draws, blits + 1, builds)

    # What the blit left on screen is exactly what a full draw paints.
    blitted = np.asarray(widget.canvas.buffer_rgba()).copy()
    widget.canvas.draw()
    assert widget.full_draws == draws + 1
    assert np.array_equal(blitted, np.asarray(widget.canvas.buffer_rgba()))


def test_setting_the_same_data_again_draws_nothing(widget: RadarWidget, qtbot: QtBot, gww: RadarData) -> None:
    draws, blits = widget.full_draws, widget.blits
    widget.set_data(gww)
    qtbot.wait(30)
    assert (widget.full_draws, widget.blits) == (draws, blits)


def test_moving_the_highlight_redraws_without_rebuilding(
    widget: RadarWidget, qtbot: QtBot, gww: RadarData
) -> None:
    draws, blits, builds = widget.full_draws, widget.blits, widget.plot().builds
    widget.set_data(dataclasses.replace(gww, highlight=2))
    qtbot.waitUntil(lambda: widget.full_draws == draws + 1)
    assert widget.blits == blits and widget.plot().builds == builds
    assert widget.plot().label_artists()[2].get_fontweight() == "bold"


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
    # After the rebuild the new artists blit, and clicks map onto the new axes.
    blits = widget.blits
    widget.set_data(dataclasses.replace(six, ambition=(3,) * 6))
    assert widget.blits == blits + 1
    with qtbot.waitSignal(widget.levelPicked, timeout=1000) as blocker:
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=on_screen(widget, 4, 2))
    assert blocker.args == [4, 2]


def test_a_resize_redraws_and_clicks_still_land(widget: RadarWidget, qtbot: QtBot) -> None:
    draws = widget.full_draws
    widget.resize(900, 500)
    qtbot.waitUntil(lambda: widget.full_draws > draws)
    settle(widget, qtbot)
    assert widget.plot().axes.bbox.height <= 500 * widget.canvas.device_pixel_ratio
    with qtbot.waitSignal(widget.levelPicked, timeout=1000) as blocker:
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=on_screen(widget, 8, 1))
    assert blocker.args == [8, 1]


def test_the_widget_is_accessible_and_expands(widget: RadarWidget) -> None:
    assert widget.accessibleName() == "Ambitieweb-diagram"
    assert "Energie: Ambitie 3 ambitieus, Huidige situatie 1 basis" in widget.accessibleDescription()
    assert widget.minimumWidth() >= 300 and widget.minimumHeight() >= 300
    policy = widget.sizePolicy()
    assert policy.horizontalPolicy() == QSizePolicy.Policy.Expanding
    assert policy.verticalPolicy() == QSizePolicy.Policy.Expanding


def test_the_widget_can_be_grabbed(widget: RadarWidget, tmp_path: Path) -> None:
    image = widget.grab()
    assert not image.isNull() and image.width() == 600
    assert image.save(str(tmp_path / "radar-widget.png"))
    # The ambition fill (Okabe-Ito blue over white) is on screen, not only in the buffer.
    pixel = image.toImage().pixelColor(on_screen(widget, 0, 2.5))
    assert pixel.blue() > pixel.red()


HIGH_DPI_SCRIPT = textwrap.dedent(
    """
    import json
    import time
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from ambitieweb.charts import RadarData
    from ambitieweb.gui.radar_widget import RadarWidget

    app = QApplication([])
    widget = RadarWidget()
    widget.resize(500, 500)
    data = RadarData(tuple("ABCDEFG"), (1, 2, 3, 1, 2, 3, 1), (0,) * 7)
    widget.set_data(data)
    widget.show()
    deadline = time.monotonic() + 10
    while widget.full_draws == 0 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    ratio = widget.canvas.device_pixel_ratio
    picked = []
    widget.levelPicked.connect(lambda theme, level: picked.append((theme, level)))
    x, y = widget.plot().point(4, 2)
    QTest.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x / ratio),
                     round(widget.canvas.height() - y / ratio)))
    draws = widget.full_draws
    widget.set_data(RadarData(data.labels, (3,) * 7, (0,) * 7))
    print(json.dumps({"ratio": ratio, "width": widget.figure.bbox.width, "picked": picked,
                      "draws": widget.full_draws - draws, "blits": widget.blits}))
    """
)


def test_high_dpi_screens_map_clicks_and_blit_in_device_pixels(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    result = subprocess.run(
        [sys.executable, "-c", HIGH_DPI_SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # The figure has twice as many pixels as the widget; clicks and blits still line up.
    assert (report["ratio"], report["width"]) == (2, 1000)
    assert report["picked"] == [[4, 2]]
    assert (report["draws"], report["blits"]) == (0, 1)
