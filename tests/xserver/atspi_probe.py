"""What a screen reader (Orca) gets over AT-SPI from the running program; run by the system's Python
(Debian python3-pyatspi) inside `dbus-run-session`, on an X server.

Usage: atspi_probe.py PROGRAM_PYTHON ROOT DATABASE_URL SETTINGS [SCENARIO KEY...]. It starts the
accessibility bus, then the program (tests/xserver/driver.py, scenario "workspace" unless named) with
Qt's AT-SPI bridge on, reads its tree, presses the keys ("2" unless named; xdotool) and prints, as one
JSON line, the labels, the table cells and headers (role, name, description) and the events that
followed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

EVENTS = ("object:announcement", "object:property-change:accessible-name")


def tree(node: object, out: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    try:
        out.append((node.getRoleName(), node.name, node.description))  # type: ignore[attr-defined]
        for index in range(node.childCount):  # type: ignore[attr-defined]
            tree(node.getChildAtIndex(index), out)  # type: ignore[attr-defined]
    except Exception:  # a node that went away while we read
        pass
    return out


def main() -> int:
    python, root, database, settings = sys.argv[1:5]
    scenario, *keys = sys.argv[5:] or ["workspace", "2"]
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    time.sleep(1)
    env = os.environ | {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": root}
    program = subprocess.Popen(
        [python, "-m", "tests.xserver.driver", database, settings, "nl", scenario],
        cwd=root,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert program.stdout is not None and '"ready"' in program.stdout.readline()
    labels: list[tuple[str, str]] = []
    found: list[tuple[str, str, str]] = []
    for _ in range(40):  # the program registers with the registry a moment after it shows
        desktop = pyatspi.Registry.getDesktop(0)
        found = []
        for index in range(desktop.childCount):
            tree(desktop.getChildAtIndex(index), found)
        labels = [(role, name) for role, name, _d in found if role == "label"]
        if labels:
            break
        time.sleep(0.25)
    cells = [entry for entry in found if entry[0] in ("table cell", "table column header", "push button")]
    events: list[tuple[str, str]] = []

    def heard(event: object) -> None:
        data = event.any_data  # type: ignore[attr-defined]
        events.append((event.type, str(data) if data is not None else ""))  # type: ignore[attr-defined]

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(heard, kind)

    def press() -> None:
        time.sleep(1.0)
        for key in keys:
            subprocess.run(["xdotool", "key", key], check=True)
            time.sleep(0.5)
        time.sleep(2.0)
        GLib.idle_add(pyatspi.Registry.stop)

    threading.Thread(target=press).start()
    pyatspi.Registry.start()
    print(json.dumps({"labels": labels, "cells": cells, "events": events}), flush=True)
    assert program.stdin is not None
    program.stdin.write("quit\n")
    program.stdin.flush()
    program.wait(30)
    bus.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
