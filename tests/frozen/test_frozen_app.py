"""The desktop build: PyInstaller makes it from build_app.spec, then the frozen program checks itself
(`--selftest`) and the files it wrote are read back. Minutes, not seconds: `pytest -m "not frozen"`
skips this module locally; CI runs it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ambitieweb.catalogue import default_catalogue
from ambitieweb.exchange import SUFFIX, read_file
from ambitieweb.gui.documents.export_paths import file_stem
from ambitieweb.resources import PACKAGE_DIR, sessions_dir

pytestmark = pytest.mark.frozen

ROOT = PACKAGE_DIR.parent
EXECUTABLE = "ambitieweb.exe" if sys.platform == "win32" else "ambitieweb"
EXAMPLES = sorted(sessions_dir().glob(f"*{SUFFIX}"))


def home_in(home: Path, **extra: str) -> dict[str, str]:
    """The environment with its own home, data, config and cache folders (module fixtures cannot use
    the per-test ones of conftest)."""
    env = dict(os.environ, HOME=str(home), **extra)
    env.update({f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("DATA", "CONFIG", "CACHE")})
    env.pop("AMBITIEWEB_DATABASE_URL", None)
    env.pop("MPLCONFIGDIR", None)
    return env


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder build (dist/ambitieweb), made once for this module in a temporary folder."""
    folder = tmp_path_factory.mktemp("app")
    env = home_in(folder / "home", PYINSTALLER_CONFIG_DIR=str(folder / "cache"))  # no cache outside tmp
    command = [sys.executable, "-m", "PyInstaller", str(ROOT / "build_app.spec"), "--noconfirm"]
    command += ["--distpath", str(folder / "dist"), "--workpath", str(folder / "build")]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-5000:]
    return folder / "dist" / "ambitieweb"


@pytest.fixture(scope="module")
def frozen_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("frozen-home")


@pytest.fixture(scope="module")
def selftest(app: Path, tmp_path_factory: pytest.TempPathFactory, frozen_home: Path) -> tuple[str, Path]:
    """Runs the frozen `--selftest` offscreen with its own home folder; (its output, the files' folder)."""
    output = tmp_path_factory.mktemp("selftest")
    env = home_in(frozen_home, QT_QPA_PLATFORM="offscreen")
    command = [str(app / EXECUTABLE), "--selftest", "--output", str(output)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr[-3000:]}"
    return result.stdout, output


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())  # table cells and titles wrap: compare words, not lines


def test_the_frozen_program_passes_its_selftest(selftest: tuple[str, Path]) -> None:
    out, _folder = selftest
    assert "selftest (frozen," in out
    assert "FAILED" not in out
    assert re.search(r"selftest: all \d+ checks passed", out)
    assert out.count("radar on screen") == len(EXAMPLES) == 5


def test_matplotlib_keeps_its_font_cache_in_the_users_cache_folder(
    selftest: tuple[str, Path], frozen_home: Path
) -> None:
    # (PyInstaller's run-time hook gives matplotlib a new temporary folder at every start: every
    # start searched all fonts again, half a second before the first radar.)
    [cache] = (frozen_home / "cache" / "Ambitieweb").glob("matplotlib-*")
    assert list(cache.glob("fontlist-*.json"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name.removesuffix(SUFFIX))
def test_its_pdfs_hold_the_session_in_dutch_with_embedded_fonts(
    selftest: tuple[str, Path], example: Path
) -> None:
    _out, folder = selftest
    session = read_file(example, default_catalogue()).session
    framework = default_catalogue().framework(session.framework_id)
    names = [framework.theme(entry.theme_id).name for entry in session.themes]
    stem = file_stem(session.title)
    for document, heading in (
        ("ambitiedocument", "Ambitiedocument"),
        ("bestekteksten", "Bestekteksten"),
        ("ambitiekaart", "Ambitiekaart"),
    ):
        path = folder / f"{stem}-{document}.pdf"
        text = pdf_text(path)
        assert text.startswith(heading), text[:200]
        assert " ".join(session.title.split()) in text
        if document != "bestekteksten":  # the criteria texts name only the themes that have criteria
            missing = [name for name in names if name not in text]
            assert missing == [], f"{path.name} lacks themes {missing}"
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(" yes " in row for row in rows), fonts  # every font embedded


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name.removesuffix(SUFFIX))
def test_its_word_files_open_and_hold_the_session(selftest: tuple[str, Path], example: Path) -> None:
    import docx

    _out, folder = selftest
    session = read_file(example, default_catalogue()).session
    for document in ("ambitiedocument", "bestekteksten", "ambitiekaart"):
        word = docx.Document(str(folder / f"{file_stem(session.title)}-{document}.docx"))
        text = "\n".join(p.text for p in word.paragraphs)
        assert " ".join(session.title.split()) in " ".join(text.split()), text[:300]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name.removesuffix(SUFFIX))
def test_its_session_files_read_back_as_the_examples(selftest: tuple[str, Path], example: Path) -> None:
    _out, folder = selftest
    original = read_file(example, default_catalogue()).session
    written = folder / f"{file_stem(original.title)}{SUFFIX}"
    again = read_file(written, default_catalogue()).session
    assert json.loads(written.read_text(encoding="utf-8"))["format"]
    assert again.id == original.id
    assert [(e.theme_id, e.current, e.ambition) for e in again.themes] == [
        (e.theme_id, e.current, e.ambition) for e in original.themes
    ]


def test_the_bundle_holds_the_resources_where_the_locator_looks(app: Path) -> None:
    bundle = app / "_internal"
    assert (bundle / "resources" / "catalogue" / "frameworks" / "mvi.toml").is_file()
    assert (bundle / "resources" / "icons" / "ambitieweb.png").is_file()
    assert (bundle / "resources" / "translations" / "ambitieweb_en.qm").is_file()
    assert len(list((bundle / "sessions").glob(f"*{SUFFIX}"))) == len(EXAMPLES)
    versions = PACKAGE_DIR / "store" / "migrations" / "versions"
    bundled = bundle / "ambitieweb" / "store" / "migrations" / "versions"
    assert sorted(p.name for p in bundled.glob("*.py")) == sorted(p.name for p in versions.glob("*.py"))


def test_the_bundle_leaves_out_what_the_program_does_not_use(app: Path) -> None:
    bundle = app / "_internal"
    qt_translations = {p.name for p in bundle.glob("PySide6/**/translations/*.qm")}
    assert "qtbase_nl.qm" in qt_translations
    assert all(re.search(r"_(nl|en)\.qm$", name) for name in qt_translations), qt_translations
    platforms = {p.name for p in bundle.glob("PySide6/**/plugins/platforms/*")}
    assert platforms and not any("wayland" in name or "eglfs" in name for name in platforms), platforms
    for unused in ("mypy", "hypothesis", "pygments", "matplotlib/mpl-data/sample_data"):
        assert not (bundle / unused).exists(), unused
    fonts = {p.name for p in (bundle / "matplotlib" / "mpl-data" / "fonts" / "ttf").glob("*.ttf")}
    assert "DejaVuSans.ttf" in fonts and not any(name.startswith("STIX") for name in fonts)


def test_its_start_up_helper_reads_the_first_screen(app: Path, tmp_path: Path) -> None:
    # The window starts the frozen program itself as its helper (`first-screen`, not in --help).
    from ambitieweb.model.first_screen import FirstScreen

    env = home_in(tmp_path / "home")
    program = [str(app / EXECUTABLE), "--database", f"sqlite:///{tmp_path / 'ambitieweb.sqlite'}"]
    imported = subprocess.run(
        [*program, "import", *map(str, EXAMPLES)], env=env, capture_output=True, text=True, timeout=300
    )
    assert imported.returncode == 0, imported.stderr
    result = tmp_path / "screen.json"

    def first_screen(*session: str) -> FirstScreen:
        command = [*program, "first-screen", *session, "--result", str(result)]
        assert subprocess.run(command, env=env, timeout=300).returncode == 0
        return FirstScreen.model_validate_json(result.read_bytes())

    newest = first_screen().summaries[0]
    reopened = first_screen("--session", newest.id)
    assert reopened.count == len(EXAMPLES)
    assert reopened.session is not None and reopened.session.title == newest.title
    assert reopened.framework is not None and reopened.framework.id == newest.framework_id
