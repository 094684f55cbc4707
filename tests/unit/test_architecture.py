"""The core never imports Qt; only ambitieweb/gui may."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from ambitieweb.resources import PACKAGE_DIR

CORE_MODULES = [
    "ambitieweb." + ".".join(p.relative_to(PACKAGE_DIR).with_suffix("").parts).removesuffix(".__init__")
    for p in sorted(PACKAGE_DIR.rglob("*.py"))
    if "gui" not in p.relative_to(PACKAGE_DIR).parts and "migrations" not in p.parts and p.stem != "__main__"
]


def test_no_core_module_mentions_pyside_in_an_import() -> None:
    offenders = []
    for path in PACKAGE_DIR.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE_DIR).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for m in {CORE_MODULES!r}: importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert len(CORE_MODULES) > 10


def test_the_main_window_loads_before_the_heavy_libraries() -> None:
    # The window paints first; models, the store, charts and PDFs load when a session needs them.
    code = (
        "import sys\n"
        "import ambitieweb.gui.main_window, ambitieweb.gui.app\n"
        "heavy = ('pydantic', 'sqlalchemy', 'matplotlib', 'reportlab', 'numpy', 'alembic')\n"
        "print(sorted({k.split('.')[0] for k in sys.modules if k.split('.')[0] in heavy}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_sessions_workspace_opens_without_the_store_or_matplotlib() -> None:
    # At start the session comes from the helper process; SQLAlchemy loads after the radar shows.
    # The radar's figure lives in the drawing thread, which imports matplotlib itself: a radar kept
    # from the last run is painted before it is loaded (gui/widgets/radar_image_cache.py).
    code = (
        "import sys\n"
        "import ambitieweb.gui.workspace.workspace, ambitieweb.model.first_screen\n"
        "heavy = ('sqlalchemy', 'alembic', 'reportlab', 'matplotlib', 'numpy')\n"
        "print(sorted({k.split('.')[0] for k in sys.modules if k.split('.')[0] in heavy}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def _imported_names(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
    return names


def test_migrations_import_neither_the_file_format_nor_the_gui() -> None:
    # import-linter cannot see the migrations (not a package); the database must not depend on the
    # session file's format, which changes on its own schedule.
    forbidden = ("ambitieweb.exchange", "ambitieweb.gui", "ambitieweb.cli", "ambitieweb.reports", "PySide6")
    versions = sorted((PACKAGE_DIR / "store" / "migrations" / "versions").glob("*.py"))
    offenders = [
        f"{path.name}: {name}"
        for path in versions
        for name in _imported_names(path)
        if name.startswith(forbidden)
    ]
    assert len(versions) >= 6 and offenders == []


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR).with_suffix("").parts
    return "ambitieweb." + ".".join(parts).removesuffix(".__init__")


def _import_graph() -> dict[str, set[str]]:
    """Which ambitieweb module imports which: every import, in a function or under TYPE_CHECKING too
    (a type-only import ties the two files as much for the reader)."""
    paths = {_module_name(p): p for p in PACKAGE_DIR.rglob("*.py") if "migrations" not in p.parts}
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                # `from package import module` names the module; `from module import name`, the module.
                names = [f"{node.module}.{a.name}" for a in node.names]
                targets |= {n if n in paths else node.module for n in names}
        graph[module] = {t for t in targets if t in paths and t != module}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that reach each other through their imports."""

    def reach(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for after in graph[todo.pop()] - seen:
                seen.add(after)
                todo.append(after)
        return seen

    reached = {module: reach(module) for module in graph}
    circles: list[set[str]] = []
    for module in sorted(graph):
        if module in reached[module] and not any(module in c for c in circles):
            circles.append({m for m in reached[module] if module in reached[m]})
    return circles


def test_no_module_imports_itself_through_others() -> None:
    # Rooms reach the window through gui/window_base.py, helper modules reach their caller through a
    # Protocol of their own: each file can be read knowing only what is below it.
    assert [sorted(c) for c in _circles(_import_graph())] == []


def test_the_circle_check_counts_type_only_and_late_imports() -> None:
    graph = _import_graph()
    assert "ambitieweb.gui.window_base" in graph["ambitieweb.gui.plan.room"]  # under TYPE_CHECKING
    assert "ambitieweb.gui.plan.plan_files" in graph["ambitieweb.gui.plan.room"]  # in a method
    editor = graph["ambitieweb.gui.frameworks.editor"]
    assert "ambitieweb.model.framework_edits" in editor  # `from ambitieweb.model import framework_edits`
    assert "ambitieweb.model" not in editor
    assert "ambitieweb.catalogue" in editor  # `from ambitieweb.catalogue import Catalogue`


def test_a_circle_is_found_whole_and_only_once() -> None:
    graph = {"a": {"b"}, "b": {"c", "d"}, "c": {"a"}, "d": {"e"}, "e": {"d"}, "f": {"a"}}
    assert _circles(graph) == [{"a", "b", "c"}, {"d", "e"}]
    assert _circles({"a": {"b"}, "b": set()}) == []
