"""Real key presses on a real X server, on US and German layouts: the level keys, Shift+digits for the
current situation, cell editors, the rationale and presenter mode."""

from __future__ import annotations

from typing import Any

import pytest

LAYOUTS = ["us", "de"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_digits_set_the_ambition_and_shift_digits_the_current_situation(start_app: Any, layout: str) -> None:
    app = start_app(layout)
    before = app.state()
    assert before["focus"] == "themeTable" and before["theme"] == 0
    app.keys("Down", "2", "shift+3", "Down", "shift+1", "3", "Up", "shift+0", "0")
    after = app.state()
    assert [t["ambition"] for t in after["themes"][1:3]] == [0, 3]
    assert [t["current"] for t in after["themes"][1:3]] == [0, 1]
    assert not [w for w in after["warnings"] if "mbiguous" in w], after["warnings"]
