from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ambitieweb import resources


@pytest.fixture(autouse=True)
def fresh_locator() -> Iterator[None]:
    resources.base_dir.cache_clear()
    yield
    resources.base_dir.cache_clear()


def test_from_a_source_checkout_the_folders_sit_beside_the_package() -> None:
    assert resources.base_dir() == resources.PACKAGE_DIR.parent
    assert (resources.catalogue_dir() / "frameworks" / "mvi.toml").is_file()
    assert (resources.ui_dir() / "main_window.ui").is_file()
    assert any(resources.sessions_dir().glob("*.ambitieweb.json"))


def test_an_installed_wheel_uses_the_copied_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "ambitieweb"
    (package / "_data" / "resources").mkdir(parents=True)
    monkeypatch.setattr(resources, "PACKAGE_DIR", package)
    assert resources.resources_dir() == package / "_data" / "resources"


def test_a_frozen_build_uses_the_bundle_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.is_frozen()
    assert resources.sessions_dir() == tmp_path / "sessions"
    assert resources.resource("catalogue", "x.toml") == tmp_path / "resources" / "catalogue" / "x.toml"


@pytest.mark.slow
def test_the_wheel_carries_resources_generated_forms_and_examples_not_ui_files(tmp_path: Path) -> None:
    root = resources.PACKAGE_DIR.parent
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(root),
        ],
        check=True,
    )
    [wheel] = tmp_path.glob("ambitieweb-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "ambitieweb/_data/resources/catalogue/frameworks/mvi.toml",
        "ambitieweb/_data/resources/schema/ambitieweb-session.schema.json",
        "ambitieweb/gui/forms/main_window_ui.py",
        "ambitieweb/_data/sessions/gemeente-zuiderhaven-generiek.ambitieweb.json",
        "ambitieweb/store/migrations/versions/0001_initial.py",
        "ambitieweb/store/migrations/script.py.mako",
    ):
        assert expected in names
    assert not [name for name in names if name.endswith(".ui") or "/_data/ui/" in name]
