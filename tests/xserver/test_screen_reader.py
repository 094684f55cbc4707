"""What Orca hears, read from the real AT-SPI bus (optional: needs Debian at-spi2-core and
python3-pyatspi beside Xvfb; skipped without them)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.xserver
ROOT = Path(__file__).parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"


def atspi_missing() -> str | None:
    if not shutil.which("dbus-run-session") or not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "needs at-spi2-core and dbus (dbus-run-session)"
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    return "needs python3-pyatspi for the system's Python" if found.returncode else None


def test_a_screen_reader_hears_label_texts_and_a_level_change(
    display: str, database_url: str, tmp_path: Path
) -> None:
    missing = atspi_missing()
    if missing:
        pytest.skip(missing)
    subprocess.run(["setxkbmap", "-display", display, "us"], check=True, timeout=30)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")} | {"DISPLAY": display}
    probe = ROOT / "tests" / "xserver" / "atspi_probe.py"
    args = [sys.executable, str(ROOT), database_url, str(tmp_path / "settings.ini")]
    done = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(probe), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    heard = json.loads(done.stdout.strip().splitlines()[-1])
    names = [name for _role, name in heard["labels"]]
    assert "Reconstructie N123 Zandwolde–Elsmeer" in names and "Energie" in names  # texts, not roles
    assert not {"Sessietitel", "Thema", "Omschrijving van het thema"} & set(names)
    assert ["object:announcement", "Ambitie Energie: 2 significant"] in heard["events"]
    assert ["object:property-change:accessible-name", "▶ 2 significant"] in heard["events"]
