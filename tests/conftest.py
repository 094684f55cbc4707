"""Shared fixtures: every test gets its own data folder and database; Qt runs offscreen."""

from __future__ import annotations

import dataclasses
import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path

import pytest

from ambitieweb.catalogue import Catalogue, default_catalogue
from ambitieweb.charts.radar import RadarData
from ambitieweb.memory import Collection
from ambitieweb.model.framework import Framework
from ambitieweb.model.votes import Distribution
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository, open_database
from tests.postgres import Server, can_run_server, server_binaries, throwaway_server

EXAMPLES = {
    "generic": "gemeente-zuiderhaven-generiek.ambitieweb.json",
    "cleaning": "zuiderhaven-schoonmaak-2027.ambitieweb.json",
    "road": "provincie-n123-reconstructie.ambitieweb.json",
}


# Where the tests also run against PostgreSQL: the store, the command line and the window.
POSTGRES_TESTS = ("tests/unit/test_store", "tests/unit/test_cli", "tests/gui/")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--postgres",
        default=os.environ.get("AMBITIEWEB_TEST_POSTGRES", "auto"),
        help="auto (default): also run the store, CLI and GUI tests against a throwaway PostgreSQL "
        "cluster if its server is installed; off: SQLite only; or the URL of a server to make the "
        "test databases on (env AMBITIEWEB_TEST_POSTGRES)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file; not run against PostgreSQL")
    # As the program does (gui/widgets/collector.py): the collector never runs in a worker thread,
    # where a garbage cycle holding a widget would delete it off the GUI thread and crash the run.
    gc.disable()


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Collect what is due between tests, on the main thread (a Qt timer does it while a test waits).
    What a test's window froze (gui/widgets/collector.py: freeze_long_lived) is unfrozen: the next
    test's garbage may hold it."""
    gc.unfreeze()
    _between_tests.collect_due()


_between_tests = Collection()


@pytest.fixture(autouse=True)
def garbage_collected_on_the_gui_thread(request: pytest.FixtureRequest) -> None:
    """While a Qt test waits for events, collect as the program does: on the GUI thread, by a timer."""
    global _collector
    if _collector is None and {"qapp", "qtbot"} & set(request.fixturenames):
        from ambitieweb.gui.widgets.collector import Collector

        request.getfixturevalue("qapp")
        _collector = Collector()  # for the rest of the run


_collector: object = None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames or metafunc.config.getoption("--postgres") == "off":
        return
    where = metafunc.definition.path.relative_to(metafunc.config.rootpath).as_posix()
    if where.startswith(POSTGRES_TESTS) and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def postgres_server(request: pytest.FixtureRequest) -> Iterator[Server]:
    option = request.config.getoption("--postgres")
    if option not in ("auto", "off"):
        yield Server(option)
        return
    if server_binaries() is None:
        pytest.skip(
            "PostgreSQL is not installed (no initdb/pg_ctl in /usr/lib/postgresql/*/bin or on PATH): "
            "the PostgreSQL runs are skipped. `make system-deps` installs it (Debian: postgresql)."
        )
    if not can_run_server():
        pytest.skip("running as root, and there is no `postgres` user to run the PostgreSQL server as")
    with throwaway_server() as server:
        yield server


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database the test runs against: "sqlite", or "postgresql" where the tests run on both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("AMBITIEWEB_DATABASE_URL", raising=False)
    monkeypatch.delenv("AMBITIEWEB_LANGUAGE", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal box nobody answers would hang the run: fail instead. Tests that expect one patch it."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in ("question", "information", "warning", "critical", "exec"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, unexpected)


@pytest.fixture
def catalogue() -> Catalogue:
    return default_catalogue()


@pytest.fixture
def mvi(catalogue: Catalogue) -> Framework:
    """The national MVI framework (Nationaal Plan MVI), the one most sessions and plans use."""
    return catalogue.framework("mvi-nationaal-plan")


@pytest.fixture
def gww(catalogue: Catalogue) -> RadarData:
    """A 12-theme radar (Duurzaam GWW) with a reference outline and a highlighted theme."""
    names = tuple(theme.name for theme in catalogue.framework("duurzaam-gww").themes)
    return RadarData(
        names,
        ambition=(3, 2, 2, 1, 1, 2, 3, 1, 2, 0, 2, 3),
        current=(1, 1, 2, 1, 1, 1, 2, 1, 1, 0, 1, 2),
        reference=(2,) * 12,
        highlight=6,
        title="Reconstructie N123",
    )


@pytest.fixture
def layered(gww: RadarData) -> RadarData:
    """The 12-theme web with every layer: reference, earlier version, votes, flags and a highlight."""
    counts = [(0, 2, 3), (1, 3, 0), None, (4, 0, 0), (2, 0, 2), (0, 5, 1)] + [(0, 1, 5), None] * 3
    return dataclasses.replace(
        gww,
        votes=tuple(None if c is None else Distribution(c) for c in counts),
        earlier=(3, 2, 3, 2, 1, 2, 2, 1, 2, 1, 2, 3),
        flagged=(False, False, True, True) + (False,) * 8,
    )


@pytest.fixture
def database_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A database of the test's own: a SQLite file, or a new, empty PostgreSQL database."""
    if backend != "postgresql":
        yield f"sqlite:///{tmp_path / 'ambitieweb.sqlite'}"
        return
    server: Server = request.getfixturevalue("postgres_server")
    url = server.new_database()
    yield url
    server.drop(url)


@pytest.fixture
def repository(database_url: str) -> Iterator[Repository]:
    database = open_database(database_url)
    yield Repository(database.engine)
    database.close()


@pytest.fixture
def example_path() -> dict[str, Path]:
    return {key: sessions_dir() / name for key, name in EXAMPLES.items()}
