from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ambitieweb import __version__
from ambitieweb.cli import main
from ambitieweb.model.framework import check_framework
from ambitieweb.model.session import Session
from ambitieweb.store import Repository
from ambitieweb.store.database import SCHEMA_HEAD
from ambitieweb.store.frameworks import FrameworkRepository
from tests.unit.test_framework_model import own
from tests.unit.test_reports_pdf import pdf_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_and_export(
    capsys: pytest.CaptureFixture[str], database_url: str, example_path: dict[str, Path], tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        "--database",
        database_url,
        "import",
        str(example_path["generic"]),
        str(example_path["cleaning"]),
    )
    assert code == 0 and "Schoonmaakdiensten" in out
    code, out, _ = run(capsys, "--database", database_url, "list")
    assert code == 0 and len(out.splitlines()) == 2
    assert "project-ambitieweb" in out and "vastgesteld" in out
    code, out, _ = run(capsys, "--database", database_url, "--language", "en", "list", "--search", "schoon")
    assert len(out.splitlines()) == 1 and "project web" in out and "draft" in out
    session_id = out.split()[0]
    target = tmp_path / "out"
    code, out, _ = run(capsys, "--database", database_url, "export", session_id, "--json", str(target))
    assert code == 0
    written = tmp_path / "out.ambitieweb.json"
    assert out.strip() == str(written)
    original = json.loads(example_path["cleaning"].read_text(encoding="utf-8"))
    exported = json.loads(written.read_text(encoding="utf-8"))
    assert exported["format_version"] == 6
    assert exported["session"]["themes"] == original["session"]["themes"]
    assert exported["session"]["participants"] == original["session"]["participants"]
    assert sum(len(t["votes"]) for t in exported["session"]["themes"]) == 30


def test_a_format_1_file_imports_checks_and_exports_in_the_current_format(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    old = (
        Path(__file__).parents[1] / "fixtures" / "format-1" / "gemeente-zuiderhaven-generiek.ambitieweb.json"
    )
    code, out, _ = run(capsys, "check", str(old))
    assert code == 0 and "ok" in out
    code, out, _ = run(capsys, "--database", database_url, "import", str(old))
    assert code == 0 and "Generiek ambitieweb" in out
    target = tmp_path / "generiek.ambitieweb.json"
    code, _, _ = run(capsys, "--database", database_url, "export", out.split()[0], "--json", str(target))
    assert code == 0
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["format_version"] == 6
    people = [p["id"] for p in exported["session"]["participants"]]
    assert len(set(people)) == 7
    assert [p["id"] for p in exported["snapshots"][0]["session"]["participants"]] == people


def test_importing_twice_is_refused_unless_as_copy(
    capsys: pytest.CaptureFixture[str], database_url: str, example_path: dict[str, Path]
) -> None:
    run(capsys, "--database", database_url, "import", str(example_path["generic"]))
    code, _, err = run(capsys, "--database", database_url, "import", str(example_path["generic"]))
    assert code == 2 and "staat al in de database" in err
    code, out, _ = run(
        capsys, "--database", database_url, "import", "--as-copy", str(example_path["generic"])
    )
    assert code == 0 and "(kopie)" in out


def test_environment_variable_selects_the_database(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    database_url: str,
    example_path: dict[str, Path],
) -> None:
    monkeypatch.setenv("AMBITIEWEB_DATABASE_URL", database_url)
    run(capsys, "import", str(example_path["road"]))
    _, out, _ = run(capsys, "--database", database_url, "list")
    assert "N123" in out


def test_a_broken_file_gives_a_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.ambitieweb.json"
    bad.write_text('{"format": "ambitieweb-session", "format_version": 1, "session": {}}', encoding="utf-8")
    code, out, err = run(capsys, "--database", database_url, "import", str(bad))
    assert code == 2 and out == ""
    assert err.startswith("ambitieweb: bad.ambitieweb.json: het bestand klopt niet")
    assert "Traceback" not in err
    code, _, err = run(capsys, "--database", database_url, "export", "ffff", "--json", str(tmp_path / "x"))
    assert code == 2 and "Geen sessie met id 'ffff'" in err


def test_a_corrupt_database_is_reported_and_kept(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"\x00garbage" * 512)
    code, _, err = run(capsys, "--database", f"sqlite:///{path}", "list")
    assert code == 2 and "beschadigd" in err
    assert path.read_bytes() == b"\x00garbage" * 512


def test_frameworks_and_check(capsys: pytest.CaptureFixture[str], example_path: dict[str, Path]) -> None:
    code, out, _ = run(capsys, "frameworks")
    assert code == 0
    assert "mvi-nationaal-plan" in out and "duurzaam-gww" in out and "inkopen-met-impact" in out
    assert "innovatie: Innovatie (optioneel)" in out
    code, out, _ = run(capsys, "check", str(example_path["road"]))
    assert code == 0 and "ok" in out


def test_frameworks_lists_the_own_frameworks_every_version_and_its_use(
    capsys: pytest.CaptureFixture[str], database_url: str, repository: Repository
) -> None:
    code, out, _ = run(capsys, "--database", database_url, "frameworks")
    assert code == 0 and "Eigen kaders (in de database):\n  geen;" in out
    frameworks = FrameworkRepository(repository.engine)
    first = frameworks.save(check_framework(own(3)))
    repository.create(Session.new(first, "Catering 2027"))
    repository.create(Session.new(first, "Catering 2028"))
    frameworks.save(check_framework(own(4, title="Beleidsweb Zuiderhaven 2")))  # in use: becomes 1.1
    code, out, _ = run(capsys, "--database", database_url, "frameworks")
    assert code == 0
    presets, own_part = out.split("Eigen kaders (in de database):\n")
    assert presets.startswith("Ingebouwde kaders (sjablonen):\n") and "mvi-nationaal-plan" in presets
    assert "zuiderhaven" not in presets
    assert own_part.splitlines() == [
        "zuiderhaven-beleid\t1.1\t2027-01-15\tBeleidsweb Zuiderhaven 2\tniet in gebruik",
        *(f"  - thema-{n}: Thema {n}" for n in range(1, 5)),
        "  eerdere versie 1.0\t2027-01-15\tBeleidsweb Zuiderhaven\tin gebruik bij 2 sessies",
    ]
    code, out, _ = run(capsys, "--database", database_url, "--language", "en", "frameworks")
    assert code == 0 and "Built-in frameworks (templates):" in out and "(optional)" in out
    assert "Own frameworks (in the database):" in out and "\tnot in use\n" in out
    assert "  earlier version 1.0\t2027-01-15\tBeleidsweb Zuiderhaven\tused by 2 sessions" in out
    assert "eerdere versie" not in out and "Eigen kaders" not in out


def test_frameworks_help_is_dutch_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["frameworks", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "eigen kaders van de organisatie uit de database" in out and "deze uitleg tonen" in out
    with pytest.raises(SystemExit):
        main(["--language", "en", "frameworks", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "the organisation's own frameworks from the database" in out and "kaders" not in out


def test_the_installed_command_prints_its_version() -> None:
    command = shutil.which("ambitieweb", path=str(Path(sys.executable).parent))
    assert command, "the console script is installed with the package"
    result = subprocess.run([command, "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"ambitieweb {__version__}"


def test_catalogue_lists_groups_and_sets_and_prints_the_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "catalogue")
    assert code == 0
    assert "Productgroepen:" in out and "Criteriasets:" in out
    assert "schoonmaak         Schoonmaakdienstverlening — 20 criteria" in out
    assert "gww-criteria             1.3" in out
    code, out, _ = run(capsys, "catalogue", "--coverage")
    assert code == 0 and out.count("voldoet aan het minimum") == 9 and "ontbreekt" not in out
    header = out.splitlines()[
        out.splitlines().index(next(x for x in out.splitlines() if "(catering)" in x)) + 2
    ]
    assert header.split("|")[1].split() == ["G", "E", "W", "C"]
    code, out, _ = run(capsys, "--language", "en", "catalogue", "--coverage", "--format", "markdown")
    assert code == 0 and out.startswith("# Coverage of the product-group criteria")
    assert "| Cleaning services (`schoonmaak`) | 20 |" in out and "| 1S | 1R | 1A | 1C |" in out


def test_catalogue_help_is_dutch_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["catalogue", "--help"])
    assert stopped.value.code == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    assert "dekkingstabel" in out and "productgroep x thema x niveau x soort" in out
    with pytest.raises(SystemExit):
        main(["--language", "en", "catalogue", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "coverage table" in out and "product group x theme x level x kind" in out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "productgroepen en criteriasets" in " ".join(capsys.readouterr().out.split())


def test_the_help_speaks_the_chosen_language_argparse_s_own_words_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    dutch = capsys.readouterr().out
    assert dutch.startswith("gebruik: ambitieweb") and "\nopties:\n" in dutch
    assert "deze uitleg tonen en stoppen" in dutch and "sessies tonen" in dutch
    assert not any(word in dutch for word in ("usage:", "options:", "show this help", "list sessions"))
    with pytest.raises(SystemExit):
        main(["--language", "en", "--help"])
    english = capsys.readouterr().out
    assert english.startswith("usage: ambitieweb") and "\noptions:\n" in english
    assert "list sessions" in english and "sessies tonen" not in english
    monkeypatch.setenv("AMBITIEWEB_LANGUAGE", "en")
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "tender texts as Markdown" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--language=nl", "export"])  # a missing argument, in Dutch
    assert "fout: deze argumenten ontbreken: ID" in capsys.readouterr().err
    import argparse

    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]  # argparse is itself again


def test_a_session_file_on_the_command_line_is_opened_in_the_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ambitieweb.first_screen import FirstScreenReader
    from ambitieweb.gui import app

    opened: list[object] = []

    def run_app(**kwargs: object) -> int:
        opened.append(kwargs)
        return 0

    monkeypatch.setattr(app, "run_app", run_app)
    path = tmp_path / "sessie.ambitieweb.json"
    assert main(["--language", "en", str(path)]) == 0
    [given] = opened
    assert isinstance(given, dict)
    reader = given.pop("reader")  # the start-up helper, started before the window's modules load
    assert given == {"database_url": None, "language": "en", "files": [path]}
    assert isinstance(reader, FirstScreenReader)
    assert reader.result() is None  # no database in this home yet: the window makes it


def at_revision(database_url: str, revision: str) -> None:
    """The database as an older (or newer) program left it."""
    from alembic import command
    from sqlalchemy import text

    from ambitieweb.store import open_database
    from ambitieweb.store.migrator import alembic_config as _alembic_config

    database = open_database(database_url)
    with database.engine.begin() as conn:
        if revision.isdigit() and int(revision) < 3:
            command.downgrade(_alembic_config(conn), revision)
        else:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
            conn.execute(text("UPDATE ambitieweb_info SET value = '9.1.0'"))
    database.close()


def test_an_older_team_database_is_upgraded_only_by_upgrade_database(
    capsys: pytest.CaptureFixture[str], database_url: str, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    at_revision(database_url, "0002")
    code, out, err = run(capsys, "--database", database_url, "list")
    if backend == "sqlite":  # a file of one's own: upgraded at once, after a backup
        assert code == 0 and f"bijgewerkt naar schema {SCHEMA_HEAD}" in err and ".backup-0002-" in err
        code, out, _ = run(capsys, "--database", database_url, "upgrade-database")
        assert code == 0 and "er is niets te doen" in out
        return
    assert code == 2 and "heeft schema 0002" in err and "upgrade-database" in err and "pg_dump" in err
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    code, out, err = run(capsys, "--database", database_url, "upgrade-database")
    assert code == 2 and "--yes" in err and f"van schema 0002 naar {SCHEMA_HEAD}" in out
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "nee")
    code, out, _ = run(capsys, "--database", database_url, "upgrade-database")
    assert code == 1 and "Niet bijgewerkt" in out
    monkeypatch.setattr("builtins.input", lambda _prompt: "ja")
    code, out, _ = run(capsys, "--database", database_url, "upgrade-database")
    assert code == 0 and "pg_dump --format=custom" in out and f"bijgewerkt naar {SCHEMA_HEAD}" in out
    code, _, _ = run(capsys, "--database", database_url, "list")
    assert code == 0


def test_an_older_program_names_the_version_a_newer_database_needs(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    at_revision(database_url, "0099")
    code, _, err = run(capsys, "--database", database_url, "--language", "en", "list")
    assert code == 2 and "schema 0099" in err and "Open it with Ambitieweb 9.1.0 or newer" in err
    code, _, err = run(capsys, "--database", database_url, "upgrade-database", "--yes")
    assert code == 2 and "Ambitieweb 9.1.0 of nieuwer" in err


def test_error_paths_leave_no_connection_open(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    import gc

    for argv in (
        ["export", "ffff", "--json", str(tmp_path / "x")],
        ["export", "f"],
        ["import", str(tmp_path / "missing.ambitieweb.json")],
    ):
        code, _, _ = run(capsys, "--database", database_url, *argv)
        assert code == 2
    gc.collect()  # a connection left open would warn here (ResourceWarning), failing the test


def test_contract_report_writes_pdf_and_word_from_the_database(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    from ambitieweb.store import open_database
    from ambitieweb.store.contracts import ContractRepository
    from tests.contract_data import cleaning_web, two_reviews

    database = open_database(database_url)
    repository = Repository(database.engine)
    session = cleaning_web()
    repository.create(session)
    code, _out, err = run(
        capsys, "--database", database_url, "contract-report", session.id[:8], "--pdf", "x.pdf"
    )
    assert code == 2 and "heeft geen contractopvolging" in err  # no agreed version, no contract
    snapshot = repository.agree(session)
    ContractRepository(repository.engine).create(two_reviews(snapshot))
    database.close()
    pdf, word = tmp_path / "rapport.pdf", tmp_path / "rapport.bin"
    code, out, err = run(
        capsys,
        "--database",
        database_url,
        "--language",
        "en",
        "contract-report",
        session.id[:8],
        "--pdf",
        str(pdf),
        "--docx",
        str(word),
    )
    assert code == 0, err
    assert out.split() == [str(pdf), str(word)]
    assert pdf.read_bytes().startswith(b"%PDF") and word.read_bytes().startswith(
        b"PK"
    )  # as asked, not by name
    assert "Contract monitoring report" in pdf_text(pdf)
    code, _out, err = run(capsys, "--database", database_url, "contract-report", session.id[:8])
    assert code == 2 and "Geef --pdf en/of --docx." in err
    with pytest.raises(SystemExit):
        main(["--language", "en", "contract-report", "--help"])
    assert "monitoring report of a project web's contract follow-up" in capsys.readouterr().out
