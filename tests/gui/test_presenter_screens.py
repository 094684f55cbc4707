"""Presenter mode with two screens (Qt's offscreen platform given a laptop and a projector)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    ]
}

# Runs in its own process: the screens are fixed when the QApplication starts.
SCRIPT = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ambitieweb.gui.store_opener import open_store
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.presenter.actions import screen_id
laptop, projector = app.screens()
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(settings=settings)
window.setScreen(laptop)
window.setGeometry(laptop.availableGeometry())
window.show()
assert open_store(window, sys.argv[1], "nl")
[summary] = [s for s in window.repository.list_sessions() if "N123" in s.title]
import ambitieweb.gui.workspace.workspace  # loaded: the session opens at once
window.open_session(summary.id)
window.start_presenting()
while not window.presenter.audience.isVisible():  # placed in the event after the presenter view
    app.processEvents()
presenter = window.presenter
audience = presenter.audience
app.processEvents()
def where():
    return {
        "screen": audience.screen().name(),
        "visible": audience.isVisible(),
        "full": audience.isFullScreen(),
        "controls": audience.ui.controlBar.isVisible(),
        "width": audience.width(),
        "status": window.statusBar().currentMessage(),
    }
steps = {"start": where()}
window.presenter_actions.next.trigger()
presenter.screens_changed([laptop])  # the projector's cable is pulled
app.processEvents()
steps["unplugged"] = where()
presenter.screens_changed([laptop, projector])  # and plugged back in
app.processEvents()
steps["plugged"] = where()
steps["theme"] = presenter.presentation.theme
window.presenting.choose_screen(screen_id(laptop))  # the facilitator wants it on the laptop after all
app.processEvents()
steps["chosen"] = where()
steps["remembered"] = settings.value("presenter/screen").split("|")[0]
window.stop_presenting()
print(json.dumps(steps))
"""


def test_the_audience_goes_to_the_projector_and_follows_it(tmp_path: Path, database_url: str) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = os.environ | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, database_url, str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    steps = json.loads(done.stdout.strip().splitlines()[-1])
    start = steps["start"]
    assert (start["screen"], start["full"], start["controls"], start["width"]) == (
        "projector",
        True,
        False,
        1920,
    )
    assert not steps["unplugged"]["visible"]  # never covers the laptop uninvited
    assert "weg" in steps["unplugged"]["status"]
    assert steps["plugged"]["screen"] == "projector" and steps["plugged"]["visible"]
    assert steps["theme"] == 1  # nothing was lost on the way
    assert (steps["chosen"]["screen"], steps["chosen"]["controls"]) == ("laptop", True)
    assert steps["remembered"] == "laptop"
