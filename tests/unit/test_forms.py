"""The Python in ambitieweb/gui/forms is generated from ui/*.ui and must match it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ambitieweb.resources import PACKAGE_DIR, ui_dir


def test_generated_forms_match_their_ui_files(tmp_path: Path) -> None:
    tools = str(Path(sys.executable).parent)
    uic, ruff = shutil.which("pyside6-uic", path=tools), shutil.which("ruff", path=tools)
    assert uic and ruff
    forms = sorted(ui_dir().glob("*.ui"))
    assert forms
    for form in forms:
        subprocess.run([uic, str(form), "-o", str(tmp_path / f"{form.stem}_ui.py")], check=True)
    # as `make forms`: without the imports uic adds that the form does not use
    subprocess.run(
        [ruff, "check", "--isolated", "--select", "F401", "--fix", "--quiet", str(tmp_path)], check=True
    )
    for form in forms:
        fresh = tmp_path / f"{form.stem}_ui.py"
        committed = PACKAGE_DIR / "gui" / "forms" / f"{form.stem}_ui.py"
        assert committed.read_text() == fresh.read_text(), f"run `make forms` ({form.name} changed)"
