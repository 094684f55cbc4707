"""A radar kept from the last run is painted at once, before the worker (and matplotlib) draws; it
looks like the worker's own drawing, answers clicks, and anything wrong with the file only means the
radar is drawn as without it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambitieweb.charts import RadarData, RadarStyle
from ambitieweb.gui.widgets import radar_image_cache, radar_jobs
from ambitieweb.gui.widgets.radar_image_cache import key_of
from ambitieweb.gui.widgets.radar_widget import RadarWidget
from tests.gui.test_radar_widget import on_screen_now, settle

SIZE = (520, 480)


def radar(qtbot: QtBot, data: RadarData, cache: Path) -> RadarWidget:
    widget = RadarWidget(RadarStyle(), data=data, cache=cache)
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def kept_by_a_first_run(qtbot: QtBot, data: RadarData, cache: Path) -> np.ndarray:
    first = radar(qtbot, data, cache)
    settle(first, qtbot)
    radar_jobs.wait_until_idle()  # the kept drawing is written in the drawing thread
    assert cache.is_file()
    pixels = on_screen_now(first)
    first.close()
    return pixels


def test_the_kept_radar_is_painted_before_the_worker_draws_and_looks_the_same(
    qtbot: QtBot, gww: RadarData, tmp_path: Path
) -> None:
    cache = tmp_path / "radar.bin"
    drawn = kept_by_a_first_run(qtbot, gww, cache)
    second = radar(qtbot, gww, cache)
    qtbot.waitUntil(lambda: second.paints > 0)
    assert second.full_draws == 0  # painted from the kept image
    kept = on_screen_now(second)
    assert kept.shape == drawn.shape
    assert np.abs(kept - drawn).max() <= 2  # PNG keeps the pixels; the layers painted as before
    settle(second, qtbot)  # then the worker's own draw replaces it, unseen
    assert second.full_draws == 1
    assert np.abs(on_screen_now(second) - drawn).max() <= 2


def test_a_click_on_the_kept_radar_picks_a_level(qtbot: QtBot, gww: RadarData, tmp_path: Path) -> None:
    cache = tmp_path / "radar.bin"
    kept_by_a_first_run(qtbot, gww, cache)
    second = radar(qtbot, gww, cache)
    qtbot.waitUntil(lambda: second.paints > 0)
    assert second.full_draws == 0
    loaded = radar_image_cache.load(cache, key_of(gww, RadarStyle()))
    assert loaded is not None
    x, y = loaded.geometry.point(4, 2)
    ratio = second.canvas.device_pixel_ratio
    with qtbot.waitSignal(second.levelPicked) as picked:
        where = second.canvas.rect().topLeft()
        where.setX(round(x / ratio))
        where.setY(round((loaded.geometry.height - y) / ratio))
        qtbot.mouseClick(second.canvas, Qt.MouseButton.LeftButton, pos=where)
    assert picked.args == [4, 2]


def test_levels_changed_since_are_painted_over_the_kept_image(
    qtbot: QtBot, gww: RadarData, tmp_path: Path
) -> None:
    cache = tmp_path / "radar.bin"
    kept_by_a_first_run(qtbot, gww, cache)
    changed = dataclasses.replace(gww, ambition=tuple(3 for _ in gww.ambition))
    second = radar(qtbot, changed, cache)  # the same static part: the kept image serves
    qtbot.waitUntil(lambda: second.paints > 0)
    assert second.full_draws == 0
    kept = on_screen_now(second)
    settle(second, qtbot)
    assert np.abs(on_screen_now(second) - kept).max() <= 2


@pytest.mark.parametrize(
    "change",
    [
        {"title": "Een andere titel"},
        {"labels": ("Energie",) * 12},
        {"level_names": ("laag", "midden", "hoog")},
    ],
)
def test_a_kept_radar_of_another_static_part_is_not_used(
    qtbot: QtBot, gww: RadarData, tmp_path: Path, change: dict[str, object]
) -> None:
    cache = tmp_path / "radar.bin"
    kept_by_a_first_run(qtbot, gww, cache)
    other = dataclasses.replace(gww, **change)  # type: ignore[arg-type]
    assert radar_image_cache.load(cache, key_of(other, RadarStyle())) is None
    second = radar(qtbot, other, cache)
    settle(second, qtbot)
    assert second.paints > 0 and second.full_draws == 1


def test_a_kept_radar_of_another_size_or_look_is_not_used(
    qtbot: QtBot, gww: RadarData, tmp_path: Path
) -> None:
    cache = tmp_path / "radar.bin"
    kept_by_a_first_run(qtbot, gww, cache)
    assert radar_image_cache.load(cache, key_of(gww, RadarStyle.projector())) is None
    second = RadarWidget(RadarStyle(), data=gww, cache=cache)
    qtbot.addWidget(second)
    second.resize(SIZE[0] + 40, SIZE[1])
    second.show()
    settle(second, qtbot)
    first_paint_was_drawn = second.full_draws == 1
    assert first_paint_was_drawn


@pytest.mark.parametrize(
    "spoil",
    [
        lambda content: b"",
        lambda content: content[: len(content) // 2],  # cut off
        lambda content: b"AMBITIEWEB-RADAR\n{not json\n" + content,
        lambda content: content.replace(b'"format": 1', b'"format": 2'),
        lambda content: content.replace(b'"static": ', b'"static": 9'),  # lengths that do not add up
        lambda content: content.replace(b'"centre": [', b'"centre": [true, '),
        lambda content: content.replace(b'"thetas": [', b'"thetas": ["x", '),
        lambda content: bytes(200) + content,
        lambda content: content[:-200] + bytes(200),  # a damaged image
    ],
)
def test_a_damaged_file_only_means_no_kept_radar(
    qtbot: QtBot, gww: RadarData, tmp_path: Path, spoil: object
) -> None:
    cache = tmp_path / "radar.bin"
    kept_by_a_first_run(qtbot, gww, cache)
    assert callable(spoil)
    cache.write_bytes(spoil(cache.read_bytes()))
    assert radar_image_cache.load(cache, key_of(gww, RadarStyle())) is None
    second = radar(qtbot, gww, cache)
    settle(second, qtbot)
    assert second.full_draws == 1


def test_a_folder_that_cannot_be_made_is_no_kept_radar_and_no_error(
    qtbot: QtBot, gww: RadarData, tmp_path: Path
) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be")  # refused even to root
    cache = blocked / "radar.bin"
    first = radar(qtbot, gww, cache)
    settle(first, qtbot)
    radar_jobs.wait_until_idle()
    assert blocked.read_text() == "a file where the folder should be"
    assert radar_image_cache.load(cache, key_of(gww, RadarStyle())) is None
    assert sorted(path.name for path in tmp_path.iterdir()) == ["cache"]  # no temporary file left


def test_the_key_follows_the_static_part_only(gww: RadarData) -> None:
    style = RadarStyle()
    moved = dataclasses.replace(gww, ambition=tuple(1 for _ in gww.ambition), highlight=3)
    assert key_of(moved, style) == key_of(gww, style)
    assert key_of(dataclasses.replace(gww, title="Anders"), style) != key_of(gww, style)
    assert key_of(gww, style.scaled(1.5)) != key_of(gww, style)


def test_start_up_knows_from_the_header_whether_this_program_kept_a_radar(
    qtbot: QtBot, gww: RadarData, tmp_path: Path
) -> None:
    cache = tmp_path / "radar.bin"
    assert not radar_image_cache.drawn_by_this_program(cache)  # none yet: matplotlib loads at once
    kept_by_a_first_run(qtbot, gww, cache)
    assert radar_image_cache.drawn_by_this_program(cache)
    content = cache.read_bytes()
    cache.write_bytes(content.replace(b'"program": "', b'"program": "0.0.1-', 1))  # an older program's
    assert not radar_image_cache.drawn_by_this_program(cache)
    for damaged in (
        b"",
        b"AMBITIEWEB-RADAR\n{",
        b"AMBITIEWEB-RADAR\n[1]\n",
        content.replace(b'"format": 1', b'"format": 9'),
    ):
        cache.write_bytes(damaged)
        assert not radar_image_cache.drawn_by_this_program(cache)
