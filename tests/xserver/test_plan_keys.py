"""Real key presses in the action plan's evaluation step: the take-over button by its Alt key, its
question answered by Enter (Cancel, the default: nothing changes) and by Alt+O (overwrite)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.xserver


@pytest.mark.parametrize("layout", ["us", "de"])
def test_take_over_by_keys_cancel_is_the_default_and_alt_o_overwrites(start_app: Any, layout: str) -> None:
    app = start_app(layout, "evaluation")
    before = app.state()
    assert before["focus_name"] == "Gerealiseerd per doel en jaar"
    assert before["realised"] == [{"2027": 55.0, "2029": 80.0}]
    app.keys("alt+c")  # "Waarden uit &contracten overnemen…"
    asked = app.state()
    assert asked["dialogs"] == ["QMessageBox"], asked
    app.keys("Return")  # Cancel is the default: a stray Enter overwrites nothing
    kept = app.state()
    assert kept["dialogs"] == [] and kept["realised"] == before["realised"] and kept["plan_undo"] == []
    # Without a window manager nothing gives the window the keyboard back: a click on the button does
    app.command("focus takeOverButton")
    app.keys("space")
    assert app.state()["dialogs"] == ["QMessageBox"]
    app.keys("alt+o")  # "&Overschrijven"
    after = app.state()
    assert after["dialogs"] == [] and after["realised"] == [{"2027": 60.0, "2028": 72.5, "2029": 80.0}]
    assert after["plan_undo"] == ["Waarden uit contracten overnemen"]
    assert not [w for w in after["warnings"] if "mbiguous" in w], after["warnings"]
