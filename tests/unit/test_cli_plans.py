"""`ambitieweb plan list | export | import`, run as a user would against databases of their own: the
shipped example plan travels to another database whole, and bad input gets a Dutch message naming
what is wrong, with exit code 2 and nothing stored."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ambitieweb.cli import main
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository, open_database
from ambitieweb.store.plans import PlanRepository

EXAMPLE = sessions_dir() / "zuiderhaven-actieplan-2027-2029.ambitieplan.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def plans_in(url: str) -> PlanRepository:
    return PlanRepository(Repository(open_database(url).engine).engine)


def test_a_plan_is_imported_listed_exported_and_travels_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    here, there = f"sqlite:///{tmp_path / 'hier.sqlite'}", f"sqlite:///{tmp_path / 'daar.sqlite'}"
    code, out, err = run(capsys, "--database", here, "plan", "import", str(EXAMPLE))
    title = json.loads(EXAMPLE.read_text(encoding="utf-8"))["plan"]["title"]
    assert code == 0 and out.strip().endswith(title)
    assert "nieuwe webs, 0 al aanwezig." in err
    code, out, _ = run(capsys, "--database", here, "plan", "list")
    [line] = out.splitlines()
    assert code == 0 and title in line and "2027-2029" in line
    prefix = line.split()[0]
    code, out, _ = run(capsys, "--database", here, "plan", "export", prefix[:5], str(tmp_path / "plan"))
    written = tmp_path / "plan.ambitieplan.json"
    assert code == 0 and out.strip() == str(written)
    code, out, err = run(capsys, "--database", there, "--language", "en", "plan", "import", str(written))
    assert code == 0 and "0 already there." in err
    original = plans_in(here).get(plans_in(here).list_plans()[0].id)
    moved = plans_in(there).get(original.id)
    assert moved.model_dump(exclude={"revision"}) == original.model_dump(exclude={"revision"})
    code, out, err = run(capsys, "--database", there, "plan", "import", str(written))  # again
    assert code == 2 and err == f"ambitieweb: Actieplan '{title}' staat al in de database.\n"
    code, out, err = run(capsys, "--database", there, "plan", "import", "--as-copy", str(written))
    assert code == 0 and "0 nieuwe webs" in err and len(plans_in(there).list_plans()) == 2


def test_bad_input_is_named_and_stores_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    code, _out, err = run(capsys, "--database", url, "plan", "export", "abc", str(tmp_path / "x"))
    assert code == 2 and err == "ambitieweb: Geen actieplan met id 'abc'.\n"
    broken = tmp_path / "kapot.ambitieplan.json"
    broken.write_text('{"format_version": 2, "plan": ', encoding="utf-8")
    code, _out, err = run(capsys, "--database", url, "plan", "import", str(broken))
    assert code == 2 and err.startswith("ambitieweb: ") and "kapot.ambitieplan.json" in err
    assert plans_in(url).list_plans() == [] and not (tmp_path / "x.ambitieplan.json").exists()
    code, _out, err = run(capsys, "--database", url, "plan", "list")
    assert code == 0 and _out == ""
    with pytest.raises(SystemExit) as stopped:
        main(["--database", url, "plan"])
    assert stopped.value.code == 2 and "deze argumenten ontbreken: ACTIE" in capsys.readouterr().err


def english_help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """`ambitieweb --language en ARGV --help`, checked to have no Dutch argparse words in it."""
    with pytest.raises(SystemExit):
        main(["--language", "en", *argv, "--help"])
    text = capsys.readouterr().out
    assert "opties" not in text and "gebruik" not in text and "BESTAND" not in text, text
    return text


def test_the_help_is_complete_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    for argv, words in (
        (["plan"], ["List the action plans", "list action plans", "import plan files"]),
        (["plan", "export"], ["PLAN_ID", "plan id (or a unique start)", "plan file (*.ambitieplan.json)"]),
        (["plan", "import"], ["--as-copy", "as a copy with a new id", "FILE"]),
        (["plan", "list"], ["Show every action plan", "latest"]),
    ):
        text = english_help(capsys, *argv)
        assert all(word in text for word in words), (argv, text)
    assert "MVOI action plans: list, export, import" in english_help(capsys)


def test_the_installed_command_lists_plans(tmp_path: Path) -> None:
    command = shutil.which("ambitieweb", path=str(Path(sys.executable).parent))
    assert command is not None
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    subprocess.run(
        [command, "--database", url, "plan", "import", str(EXAMPLE)], check=True, capture_output=True
    )
    result = subprocess.run(
        [command, "--database", url, "plan", "list"], capture_output=True, text=True, check=True
    )
    assert "2027-2029" in result.stdout and result.stderr == ""
