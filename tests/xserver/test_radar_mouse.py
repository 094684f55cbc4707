"""Real mouse clicks and drags on the session's radar on a real X server (xdotool through XTEST): the
radar finds the theme and ring from its drawing's geometry, in the screen's pixels."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.xserver


def test_a_click_on_a_ring_sets_that_theme_s_ambition(start_app: Any) -> None:
    app = start_app("us")
    before = app.state()["themes"]
    level = 3 if before[4]["ambition"] != 3 else 1
    x, y = app.where(4, level)
    app.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")
    after = app.state()["themes"]
    assert after[4]["ambition"] == level
    assert [t["ambition"] for i, t in enumerate(after) if i != 4] == [
        t["ambition"] for i, t in enumerate(before) if i != 4
    ]


def test_a_drag_along_an_axis_ends_on_the_ring_it_is_let_go(start_app: Any) -> None:
    app = start_app("us")
    start, end = app.where(7, 1), app.where(7, 3)
    app.xdotool("mousemove", "--sync", *map(str, start), "mousedown", "1")
    app.xdotool("mousemove", "--sync", *map(str, app.where(7, 2)))
    app.xdotool("mousemove", "--sync", *map(str, end), "mouseup", "1")
    assert app.state()["themes"][7]["ambition"] == 3
