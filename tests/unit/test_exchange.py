from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import (
    MAX_FILE_BYTES,
    SessionFileError,
    dumps,
    json_schema,
    parse,
    read_file,
    sessionfile,
    write_file,
)
from ambitieweb.model import Level, Session
from ambitieweb.resources import resource


def example(example_path: dict[str, Path], key: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(example_path[key].read_text(encoding="utf-8"))
    return data


def parse_data(data: object, catalogue: Catalogue) -> None:
    parse(json.dumps(data).encode(), catalogue, "test.ambitieweb.json")


def test_a_session_survives_the_file(catalogue: Catalogue, tmp_path: Path) -> None:
    session = Session.new(catalogue.framework("duurzaam-gww"), "Kade <Noord> & Zuid 🌊")
    session.themes[3].ambition = Level.AMBITIOUS
    session.themes[3].rationale = '<a href="javascript:alert(1)">x</a>\n"quoted"'
    snapshot = session.agree(1)
    path = tmp_path / "kade.ambitieweb.json"
    write_file(path, session, [snapshot])
    document = read_file(path, catalogue)
    assert document.session == session
    assert document.snapshots == [snapshot]
    assert json.loads(path.read_text(encoding="utf-8"))["format_version"] == 1


def test_the_examples_read(catalogue: Catalogue, example_path: dict[str, Path]) -> None:
    generic = read_file(example_path["generic"], catalogue)
    cleaning = read_file(example_path["cleaning"], catalogue)
    road = read_file(example_path["road"], catalogue)
    assert generic.session.kind == "organisation" and len(generic.snapshots) == 1
    assert cleaning.session.generic_session_id == generic.session.id
    assert road.session.framework_id == "duurzaam-gww" and len(road.session.themes) == 12


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["session"]["themes"][2].__setitem__("ambition", "hoog"), "session.themes[2].ambition"),
        (lambda d: d["session"].pop("title"), "session.title"),
        (lambda d: d["session"].__setitem__("participants", {"a": 1}), "session.participants"),
        (
            lambda d: d["session"]["themes"][0].__setitem__("goals", [{"indicator": "x", "year": "soon"}]),
            "session.themes[0].goals[0].year",
        ),
        (lambda d: d["session"].__setitem__("evil", "<script>"), "session.evil"),
    ],
)
def test_wrong_content_names_the_field(
    catalogue: Catalogue, example_path: dict[str, Path], change: Any, where: str
) -> None:
    data = example(example_path, "cleaning")
    change(data)
    with pytest.raises(SessionFileError) as caught:
        parse_data(data, catalogue)
    assert where in caught.value.text("en")
    assert caught.value.text("nl").startswith("test.ambitieweb.json: het bestand klopt niet")


def test_broken_json_names_line_and_column(catalogue: Catalogue) -> None:
    with pytest.raises(SessionFileError, match=r"line 3, column 5"):
        parse(b'{\n  "format": "ambitieweb-session",\n    oops\n}', catalogue)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b"[1, 2, 3]", "does not hold a JSON object"),
        (b'{"format": "excel"}', "not an Ambitieweb session file"),
        (b'{"format": "ambitieweb-session", "format_version": 99}', "format version 99"),
        (b'{"format": "ambitieweb-session", "format_version": "1"}', "unknown format version '1'"),
        (b'{"format": "ambitieweb-session", "format_version": true}', "unknown format version True"),
    ],
)
def test_hostile_files_get_a_clear_error(catalogue: Catalogue, raw: bytes, message: str) -> None:
    with pytest.raises(SessionFileError, match=message):
        parse(raw, catalogue)


def test_a_50_mb_file_is_refused_without_reading_it_all(catalogue: Catalogue, tmp_path: Path) -> None:
    path = tmp_path / "huge.ambitieweb.json"
    with path.open("wb") as handle:
        handle.write(b'{"format": "ambitieweb-session", "pad": "')
        handle.seek(50 * 1024 * 1024)
        handle.write(b'"}')
    assert path.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(SessionFileError) as caught:
        read_file(path, catalogue)
    assert "groter dan 20 MB" in caught.value.text("nl")


def test_an_unreadable_file_is_a_clear_error(catalogue: Catalogue, tmp_path: Path) -> None:
    with pytest.raises(SessionFileError, match="cannot be read"):
        read_file(tmp_path / "missing.ambitieweb.json", catalogue)


def test_unknown_framework_and_theme_are_refused(catalogue: Catalogue, example_path: dict[str, Path]) -> None:
    data = example(example_path, "cleaning")
    data["session"]["framework_id"] = "eigen-kader-x"
    with pytest.raises(SessionFileError, match="Unknown framework 'eigen-kader-x'"):
        parse_data(data, catalogue)
    data = example(example_path, "cleaning")
    data["session"]["themes"][1]["theme_id"] = "energie"
    with pytest.raises(SessionFileError, match=r"themes\[1\]: theme 'energie' is not part of"):
        parse_data(data, catalogue)
    data = example(example_path, "cleaning")
    data["session"]["themes"][1]["theme_id"] = data["session"]["themes"][0]["theme_id"]
    with pytest.raises(SessionFileError, match="occurs twice"):
        parse_data(data, catalogue)


def test_a_snapshot_of_another_session_is_refused(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    data = example(example_path, "generic")
    data["snapshots"][0]["session_id"] = "0" * 32
    with pytest.raises(SessionFileError, match="belongs to another session"):
        parse_data(data, catalogue)


def test_upgrade_steps_run_before_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    def rename_field(data: dict[str, Any]) -> dict[str, Any]:
        data["session"]["organisation"] = data["session"].pop("organization")
        return data

    monkeypatch.setattr(sessionfile, "FORMAT_VERSION", 2)
    monkeypatch.setitem(sessionfile.UPGRADES, 1, rename_field)
    old = {"format": "ambitieweb-session", "format_version": 1, "session": {"organization": "Gemeente"}}
    upgraded = sessionfile.upgrade(old)
    assert upgraded["format_version"] == 2
    assert upgraded["session"] == {"organisation": "Gemeente"}


def test_write_is_atomic_and_reports_a_read_only_target(catalogue: Catalogue, tmp_path: Path) -> None:
    session = Session.new(catalogue.framework("mvi-nationaal-plan"), "Atomair")
    with pytest.raises(SessionFileError, match="cannot be written"):
        write_file(tmp_path / "no-such-folder" / "x.ambitieweb.json", session)
    path = tmp_path / "x.ambitieweb.json"
    write_file(path, session)
    assert [p.name for p in tmp_path.iterdir()] == ["x.ambitieweb.json"]
    assert dumps(session) + "\n" == path.read_text(encoding="utf-8")


def test_the_shipped_schema_is_generated_from_the_models() -> None:
    shipped = json.loads(resource("schema", "ambitieweb-session.schema.json").read_text(encoding="utf-8"))
    assert shipped == json_schema(), "run `make schema` after changing the models"
