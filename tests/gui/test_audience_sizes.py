"""The audience window at 720p, 1080p and 4K (Qt's offscreen platform with one screen of that size):
every text at least a 40th of the screen height, nothing on the radar overlapping. Set
AMBITIEWEB_SHOTS to a folder to keep the screenshots."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

SIZES = [(1280, 720), (1920, 1080), (3840, 2160)]

# Runs in its own process: the screen's size is fixed when the QApplication starts.
SCRIPT = r"""
import json, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
app = QApplication([])
from ambitieweb.gui.store_opener import open_store
from ambitieweb.gui.main_window import MainWindow
database, settings, shot = sys.argv[1:4]
window = MainWindow(settings=QSettings(settings, QSettings.Format.IniFormat))
window.show()
assert open_store(window, database, "nl")
[summary] = [s for s in window.repository.list_sessions() if "N123" in s.title]
window.open_session(summary.id)
deadline = time.monotonic() + 30
while window.controller is None and time.monotonic() < deadline:  # the workspace's modules load first
    app.processEvents()
from ambitieweb.model.levels import Level
controller = window.controller
controller.agree()  # an agreed version, then lower some ambitions: flagged themes on the web
for index, entry in enumerate(controller.session.themes):
    if entry.ambition >= 2 and index % 2 == 0:
        controller.set_ambition(index, Level(entry.ambition - 1))
window.start_presenting()
while not window.presenter.audience.isVisible():  # placed in the event after the presenter view
    app.processEvents()
presentation = window.presenter.presentation
presentation.compare_with(presentation.snapshots[-1] if presentation.snapshots else None)
presentation.toggle_reveal()  # the first theme's votes (the example has them), then theme 3
presentation.step(1)
presentation.step(1)
audience = window.presenter.audience
radar = audience.radar
deadline = time.monotonic() + 30
while (radar.full_draws == 0 or radar.draw_pending) and time.monotonic() < deadline:
    app.processEvents()
app.processEvents()
audience.grab().save(shot)
plot = radar.plot()
ratio = radar.canvas.device_pixel_ratio
px = plot.figure.dpi / 72 / ratio  # logical pixels per point
renderer = plot._measurer()
texts = [
    (f"{type(w).__name__} {w.objectName()}", QFontInfo(w.font()).pixelSize())
    for w in audience.findChildren(QLabel) + audience.findChildren(QAbstractButton)
    if w.isVisible() and w.text()
]
texts += [(f"theme label {t.get_text()!r}", t.get_fontsize() * px) for t in plot.label_artists()]
texts += [(f"ring label {t.get_text()!r}", t.get_fontsize() * px) for t in plot.overlay_artists()]
texts += [(f"legend {t.get_text()!r}", t.get_fontsize() * px) for t in plot.legend.get_texts()]
box = lambda t: [float(v) for v in t.get_window_extent(renderer).extents]
geometry = plot.geometry()
data = plot.data
flags = []
if data.flagged is not None:
    half = plot.style.flag_size / 2 * plot.figure.dpi / 72
    for index in range(data.size):
        x, y = plot.point(index, plot.flag_radius)
        flags.append([x - half, y - half, x + half, y + half])
print(json.dumps({
    "texts": texts,
    "labels": [list(b) for b in geometry.label_boxes],
    "rings": [box(t) for t in plot.overlay_artists()],
    "ring_texts": [t.get_text() for t in plot.overlay_artists()],
    "legend": box(plot.legend),
    "flags": flags,
    "flagged": list(data.flagged or ()),
    "size": [audience.width(), audience.height()],
    "revealed": data.votes is not None,
}))
window.stop_presenting()
window.close()  # as a person ends: the edits saved, the workers told to stop
sys.stdout.flush()
# Not Python's own exit: it could stop a worker thread still inside Qt, which aborts the process
# ("FATAL: exception not rethrown", about one 4K run in four on a loaded machine).
import os
os._exit(0)
"""


def overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("width,height", SIZES, ids=[f"{h}p" for _w, h in SIZES])
def test_the_audience_reads_from_the_back_of_the_room(
    width: int, height: int, tmp_path: Path, database_url: str
) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "projector",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    folder = Path(os.environ.get("AMBITIEWEB_SHOTS") or tmp_path)
    shot = folder / f"audience-{height}p.png"
    env = os.environ | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, database_url, str(tmp_path / "settings.ini"), str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["size"] == [width, height] and found["revealed"] and shot.stat().st_size > 10_000
    assert any(found["flagged"])  # warning triangles on the web, beside the labels
    floor = math.ceil(height / 40)
    small = [(what, round(size, 1)) for what, size in found["texts"] if size < floor - 0.01]
    assert small == [], f"texts under {floor} px"
    assert len(found["texts"]) > 20
    labels = found["labels"]
    shapes = {f"label {i}": b for i, b in enumerate(labels)}
    shapes |= {f"ring {t}": b for t, b in zip(found["ring_texts"], found["rings"], strict=True)}
    flags = zip(found["flags"], found["flagged"], strict=True)
    shapes |= {f"flag {i}": box for i, (box, on) in enumerate(flags) if on}
    shapes["legend"] = found["legend"]
    names = list(shapes)
    clashes = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :] if overlap(shapes[a], shapes[b])]
    assert clashes == []
