"""What Orca hears, read from the real AT-SPI bus (optional: needs Debian at-spi2-core and
python3-pyatspi beside Xvfb; skipped without them)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.xserver
ROOT = Path(__file__).parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"


def atspi_missing() -> str | None:
    if not shutil.which("dbus-run-session") or not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "needs at-spi2-core and dbus (dbus-run-session)"
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    return "needs python3-pyatspi for the system's Python" if found.returncode else None


def probe(display: str, database_url: str, tmp_path: Path, *scenario_and_keys: str) -> dict[str, Any]:
    """What the AT-SPI bus carried while the program ran `scenario` and the keys were pressed."""
    missing = atspi_missing()
    if missing:
        pytest.skip(missing)
    subprocess.run(["setxkbmap", "-display", display, "us"], check=True, timeout=30)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")} | {"DISPLAY": display}
    script = ROOT / "tests" / "xserver" / "atspi_probe.py"
    args = [sys.executable, str(ROOT), database_url, str(tmp_path / "settings.ini"), *scenario_and_keys]
    done = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_screen_reader_hears_label_texts_and_a_level_change(
    display: str, database_url: str, tmp_path: Path
) -> None:
    heard = probe(display, database_url, tmp_path)
    names = [name for _role, name in heard["labels"]]
    assert "Reconstructie N123 Zandwolde–Elsmeer" in names and "Energie" in names  # texts, not roles
    assert not {"Sessietitel", "Thema", "Omschrijving van het thema"} & set(names)
    assert ["object:announcement", "Ambitie Energie: 2 significant"] in heard["events"]
    assert ["object:property-change:accessible-name", "▶ 2 significant"] in heard["events"]


def test_a_screen_reader_hears_the_evaluation_s_headers_sources_and_the_take_over(
    display: str, database_url: str, tmp_path: Path
) -> None:
    heard = probe(display, database_url, tmp_path, "evaluation", "alt+c", "alt+o")
    headers = {name for role, name, _d in heard["cells"] if role == "table column header"}
    assert {"2027", "Uit contracten", "Gerealiseerd", "Voortgangsgesprek"} <= headers
    [typed] = [d for role, name, d in heard["cells"] if role == "table cell" and name == "55"]
    assert typed.startswith("Uit contracten: 60, van:") and "Schoonmaak <stadhuis>" in typed
    names = [name for _role, name in heard["labels"]]
    assert any(
        name.startswith("▼ Lager gerealiseerd dan gepland: Ketenverantwoordelijkheid") for name in names
    )
    assert ["object:announcement", "Waarden uit de contracten overgenomen: 2"] in heard["events"]
