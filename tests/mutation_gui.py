"""`make mutation-gui`: point a copy's `[tool.mutmut]` at the session controller and its GUI tests.

mutmut reads one `[tool.mutmut]` block, and the one in pyproject.toml (`make mutation`) is the core's
against tests/unit. The Makefile copies the tree to build/mutation-gui and runs this on the copy's
pyproject.toml: what to mutate and which tests to run are replaced, everything else is kept.
Usage: python tests/mutation_gui.py build/mutation-gui/pyproject.toml
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

ONLY_MUTATE = ["ambitieweb/gui/workspace/controller.py"]
# The GUI tests that use the SessionController (grep SessionController tests/gui): slower than the unit
# tests, so only these.
TESTS = [
    "tests/gui/test_controller.py",
    "tests/gui/controller",
    "tests/gui/test_saving.py",
    "tests/gui/test_session_themes.py",
]


def rewrite(text: str) -> str:
    """The pyproject text with the two settings replaced (each on one line, as TOML allows)."""
    for key, value in (("only_mutate", ONLY_MUTATE), ("pytest_add_cli_args_test_selection", TESTS)):
        text, found = re.subn(rf"(?ms)^{key} = \[.*?\]$", f"{key} = {json.dumps(value)}", text, count=1)
        if not found:
            raise SystemExit(f"no `{key} = [...]` in [tool.mutmut]")
    settings = tomllib.loads(text)["tool"]["mutmut"]
    assert settings["only_mutate"] == ONLY_MUTATE and settings["pytest_add_cli_args_test_selection"] == TESTS
    return text


if __name__ == "__main__":
    path = Path(sys.argv[1])
    path.write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")
