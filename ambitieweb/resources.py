"""The single locator for resources/ and sessions/: from source, an installed wheel or a frozen build
(and for ui/, the Qt Designer sources, in a source checkout only).

- frozen (PyInstaller): the spec places the folders under ``sys._MEIPASS``;
- installed wheel: the build copies them into ``ambitieweb/_data/``;
- source checkout (also an editable install): they sit beside the package.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


@cache
def base_dir() -> Path:
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by PyInstaller
    installed = PACKAGE_DIR / "_data"
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent


def resources_dir() -> Path:
    return base_dir() / "resources"


def ui_dir() -> Path:
    """The Qt Designer forms: sources, beside the package in a checkout only. The program reads the
    Python generated from them (gui/forms/); the wheel and the desktop build do not carry them."""
    return PACKAGE_DIR.parent / "ui"


def sessions_dir() -> Path:
    """Example sessions shipped as demo data."""
    return base_dir() / "sessions"


def catalogue_dir() -> Path:
    return resources_dir() / "catalogue"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def keep_matplotlib_cache() -> None:
    """In the desktop build, let matplotlib keep its font cache between starts.

    PyInstaller's run-time hook points matplotlib at a new temporary folder at every start (for
    one-file builds, which unpack elsewhere each time), so every start of this one-folder build
    searched all fonts again: half a second before the first radar. The cache goes to the user's
    cache folder instead, one per place the program lives in (its font paths point there).
    """
    if not is_frozen():
        return
    import hashlib
    import os

    import platformdirs

    place = hashlib.sha1(str(base_dir()).encode()).hexdigest()[:12]
    from ambitieweb import APP_NAME

    folder = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / f"matplotlib-{place}"
    os.environ["MPLCONFIGDIR"] = str(folder)
