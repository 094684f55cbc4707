"""The start-up helper reads the first screen from a current database, and never changes one."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ambitieweb.catalogue import default_catalogue
from ambitieweb.examples import import_examples
from ambitieweb.first_screen import FirstScreenReader, main, read_first_screen
from ambitieweb.model.first_screen import FirstScreen
from ambitieweb.store import Repository


@pytest.fixture
def examples(repository: Repository) -> dict[str, str]:
    """The example sessions in the test's database: title word -> id."""
    import_examples(repository, default_catalogue())
    return {s.title.split()[0]: s.id for s in repository.list_sessions()}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_it_reads_the_list_and_the_session_with_its_generic_web_and_framework(
    database_url: str, examples: dict[str, str], repository: Repository
) -> None:
    cleaning = repository.get(examples["Schoonmaakdiensten"])
    assert cleaning.generic_session_id
    screen = read_first_screen(database_url, cleaning.id)
    assert screen is not None
    assert screen.count == 5 and [s.id for s in screen.summaries] == [
        s.id for s in repository.list_sessions()
    ]
    assert screen.session == cleaning
    assert screen.generic == repository.get(cleaning.generic_session_id)
    assert screen.framework == default_catalogue().framework(cleaning.framework_id)
    assert screen.location.endswith("ambitieweb.sqlite")


def test_a_session_no_longer_there_is_left_out(database_url: str, examples: dict[str, str]) -> None:
    screen = read_first_screen(database_url, "gone")
    assert screen is not None and screen.count == 5 and screen.session is None and screen.framework is None
    first_page = read_first_screen(database_url, None, limit=2)
    assert first_page is not None and len(first_page.summaries) == 2 and first_page.count == 5


def test_a_missing_database_is_not_created(tmp_path: Path) -> None:
    assert read_first_screen(f"sqlite:///{tmp_path / 'new.sqlite'}", None) is None
    assert list(tmp_path.iterdir()) == []


def test_an_older_schema_is_left_as_it_is(
    database_url: str, examples: dict[str, str], tmp_path: Path
) -> None:

    path = tmp_path / "ambitieweb.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    before = digest(path)
    assert read_first_screen(database_url, None) is None  # the window upgrades it, with a backup
    assert digest(path) == before


def test_a_damaged_file_gives_nothing_and_stays(tmp_path: Path) -> None:
    path = tmp_path / "ambitieweb.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert read_first_screen(f"sqlite:///{path}", None) is None
    assert path.read_bytes().endswith(b"\xff" * 10)


def test_the_helper_command_writes_the_screen_or_nothing(
    database_url: str, examples: dict[str, str], tmp_path: Path
) -> None:
    result = tmp_path / "screen.json"
    command = [sys.executable, "-m", "ambitieweb", "--database", database_url, "first-screen"]
    done = subprocess.run([*command, "--session", examples["Reconstructie"], "--result", str(result)])
    assert done.returncode == 0
    screen = FirstScreen.model_validate_json(result.read_bytes())
    assert screen.session is not None and screen.session.id == examples["Reconstructie"]

    missing = tmp_path / "other.json"
    assert main(f"sqlite:///{tmp_path / 'none.sqlite'}", None, missing) == 1
    assert not missing.exists()


def test_the_reader_runs_the_helper_and_cleans_up(database_url: str, examples: dict[str, str]) -> None:
    reader = FirstScreenReader(database_url).ask(examples["Reconstructie"])
    output = reader._output
    screen = reader.result()
    assert screen is not None and screen.session is not None and screen.count == 5
    assert not output.exists()
    assert reader.result() is None  # asked twice: the helper is gone


def test_a_reader_without_a_database_gives_nothing(tmp_path: Path) -> None:
    assert FirstScreenReader(f"sqlite:///{tmp_path / 'none.sqlite'}").result() is None


def test_the_helper_is_told_the_session_on_stdin_once_it_has_read_the_list(
    database_url: str, examples: dict[str, str], tmp_path: Path
) -> None:
    # The program starts the helper before it has read its settings; the window writes the session
    # to reopen on the helper's stdin (a line; empty: none).
    result = tmp_path / "screen.json"
    command = [sys.executable, "-m", "ambitieweb", "--database", database_url, "first-screen"]
    road = examples["Reconstructie"]
    done = subprocess.run([*command, "--result", str(result)], input=f"{road}\n".encode())
    assert done.returncode == 0
    screen = FirstScreen.model_validate_json(result.read_bytes())
    assert screen.session is not None and screen.session.id == road and screen.count == 5
    for told in (b"\n", b"", b"   \n"):  # none: the list alone
        done = subprocess.run([*command, "--result", str(result)], input=told)
        screen = FirstScreen.model_validate_json(result.read_bytes())
        assert (done.returncode, screen.session, screen.count) == (0, None, 5)


def test_a_reader_never_told_the_session_gives_the_list_alone(
    database_url: str, examples: dict[str, str]
) -> None:
    reader = FirstScreenReader(database_url)
    screen = reader.result()  # tells it "none" first: it does not wait for ever
    assert screen is not None and screen.session is None and screen.count == 5
    assert reader.ask("too late") is reader  # the helper is gone: nothing happens
