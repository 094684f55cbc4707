"""A real X server (Xvfb) per test and the program in a child process on it, driven by real key
presses (xdotool sends them through the XTEST extension, as a keyboard would).

Needs Debian `xvfb`, `xdotool` and `x11-xkb-utils` (`make system-deps`); without them these tests are
skipped and say why.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TOOLS = ("Xvfb", "xdotool", "setxkbmap")
ROOT = Path(__file__).parents[2]


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh X server on a free display (Xvfb picks it and tells us through a pipe)."""
    missing = missing_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} for real key presses (`sudo make system-deps`)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 30)
        assert ready, "Xvfb did not start"
        number = os.read(read, 16).decode().strip()
        assert number, "Xvfb gave no display number"
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(10)


class App:
    """The program in a child process on `display`; `keys` and `type` press real keys."""

    def __init__(self, display: str, env: dict[str, str], args: list[str]) -> None:
        self.display = display
        self.env = env
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.xserver.driver", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self._line(90).get("ready"), "the program did not start"

    def _line(self, timeout: float) -> dict[str, Any]:
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.process.stdout], [], [], deadline - time.monotonic())
            if ready:
                line = self.process.stdout.readline()
                if not line:
                    break
                if line.startswith("{"):
                    return dict(json.loads(line))
        stderr = self.process.stderr.read() if self.process.poll() is not None and self.process.stderr else ""
        raise AssertionError(f"no answer from the program; stderr: {stderr}")

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=30)

    def keys(self, *keys: str) -> None:
        """Press keys by their X names, e.g. "shift+1", "Escape", "ctrl+z"."""
        self.xdotool("key", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "40", text)

    def _send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def command(self, line: str) -> None:
        """A driver command (see tests/xserver/driver.py): "edit ROW COLUMN", "focus NAME"; it is
        done (and its events handled) when this returns."""
        self._send(line)
        assert self._line(30).get("done") == line.split()[0]

    def where(self, theme: int, level: int) -> tuple[int, int]:
        """Where on the screen ring `level` of theme `theme` is drawn on the session's radar."""
        self._send(f"where {theme} {level}")
        x, y = self._line(30)["at"]
        return int(x), int(y)

    def state(self) -> dict[str, Any]:
        self._send("state")
        return self._line(30)

    def close(self) -> None:
        if self.process.poll() is None:
            self._send("quit")
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def start_app(display: str, database_url: str, tmp_path: Path) -> Iterator[Any]:
    """Start the program on the X server with a keyboard layout: `start_app(layout, scenario)`."""
    apps: list[App] = []
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")} | {
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(ROOT),
    }

    def start(layout: str, scenario: str = "workspace", language: str = "nl") -> App:
        subprocess.run(["setxkbmap", "-display", display, layout], check=True, timeout=30)
        app = App(display, env, [database_url, str(tmp_path / "settings.ini"), language, scenario])
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.close()
