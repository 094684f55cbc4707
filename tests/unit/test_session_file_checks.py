"""What `check` accepts, `import` stores: each kind of file that once passed the one and broke the
other, the shipped schema as the judge of exports, and messages in the user's language."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs in the toolchain
import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import SessionFileError, dumps, json_schema, parse, write_file
from ambitieweb.exchange.sessionfile import SessionFile
from ambitieweb.model.session import Session
from ambitieweb.store import Repository
from ambitieweb.transfer import export_file, store_document

SCHEMA = jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())
ENGLISH_FRAGMENTS = ("Input should", "Field required", "Extra inputs", "String should", "Value error")


def example(example_path: dict[str, Path], key: str = "road") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(example_path[key].read_text(encoding="utf-8"))
    return data


def raw(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def refused(data: object, catalogue: Catalogue) -> SessionFileError:
    with pytest.raises(SessionFileError) as caught:
        parse(raw(data), catalogue, "test.ambitieweb.json")
    dutch = caught.value.text("nl")
    assert not any(fragment in dutch for fragment in ENGLISH_FRAGMENTS), dutch
    return caught.value


def imports(document: SessionFile, repository: Repository) -> Session:
    return store_document(repository, document)


# --- classes that passed check and broke import -----------------------------------------------------


def test_two_criteria_with_one_id_are_refused(catalogue: Catalogue, example_path: dict[str, Path]) -> None:
    data = example(example_path, "cleaning")
    criteria = data["session"]["criteria"]
    criteria.append(dict(criteria[0], title="Kopie"))
    error = refused(data, catalogue)
    assert f"session.criteria[{len(criteria) - 1}]: criterium-id" in error.text("nl")
    assert "komt twee keer voor" in error.text("nl")


@pytest.mark.parametrize("field", ["number", "id"])
def test_two_agreed_versions_with_one_number_or_id_are_refused(
    catalogue: Catalogue, example_path: dict[str, Path], field: str
) -> None:
    data = example(example_path, "generic")
    second = json.loads(json.dumps(data["snapshots"][0]))
    if field == "number":
        second["id"] = "f" * 32
    data["snapshots"].append(second)
    error = refused(data, catalogue)
    assert "snapshots[1]" in error.text("nl") and "twee keer" in error.text("nl")


@pytest.mark.parametrize(
    "where",
    [
        lambda d: d["session"],
        lambda d: d["snapshots"][0],
        lambda d: d["snapshots"][0]["session"],
        lambda d: d,
    ],
)
def test_times_without_a_zone_are_refused(
    catalogue: Catalogue, example_path: dict[str, Path], where: Any
) -> None:
    data = example(example_path, "generic")
    holder = where(data)
    key = next(k for k in ("created_at", "agreed_at", "exported_at") if k in holder)
    holder[key] = "2026-11-02T09:30:00"
    error = refused(data, catalogue)
    assert "mist een tijdzone" in error.text("nl") and "has no time zone" in error.text("en")


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("session", "revision"), 2**63),
        (("session", "revision"), 2**31),
        (("snapshots", 0, "number"), 2**31),
        (("session", "criteria", 0, "catalogue_revision"), 2**40),
        (("session", "themes", 0, "goals"), [{"indicator": "x", "year": 10**30}]),
    ],
)
def test_integers_the_databases_cannot_hold_are_refused(
    catalogue: Catalogue, example_path: dict[str, Path], path: tuple[Any, ...], value: object
) -> None:
    data = example(example_path, "generic" if path[0] == "snapshots" else "cleaning")
    holder: Any = data
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = value
    error = refused(data, catalogue)
    assert "mag hoogstens" in error.text("nl")


@pytest.mark.parametrize("field", ["title", "organisation", "facilitator"])
def test_nul_and_control_characters_are_refused_in_every_text(
    catalogue: Catalogue, example_path: dict[str, Path], field: str
) -> None:
    data = example(example_path)
    data["session"][field] = "Weg\x00 N123"
    error = refused(data, catalogue)
    assert f"session.{field}: bevat een onzichtbaar stuurteken" in error.text("nl")


@pytest.mark.parametrize("level", ["2", False, True, 2.5, None])
def test_a_level_is_a_number_as_the_schema_says(
    catalogue: Catalogue, example_path: dict[str, Path], level: object
) -> None:
    data = example(example_path)
    data["session"]["themes"][1]["ambition"] = level
    assert not SCHEMA.is_valid(data)  # the schema refuses it ...
    error = refused(data, catalogue)  # ... and so does the parser
    assert "session.themes[1].ambition" in error.text("nl")


@pytest.mark.parametrize("text", [b"NaN", b"Infinity", b"-Infinity", b"1e999"])
def test_nan_and_infinity_are_not_json_numbers(
    catalogue: Catalogue, example_path: dict[str, Path], text: bytes
) -> None:
    data = example(example_path, "cleaning")
    data["session"]["themes"][0]["goals"] = [{"indicator": "CO2", "baseline": 0.5}]
    broken = raw(data).replace(b'"baseline": 0.5', b'"baseline": ' + text)
    with pytest.raises(SessionFileError) as caught:
        parse(broken, catalogue)
    assert "geen geldig JSON-getal" in caught.value.text("nl")


@pytest.mark.parametrize(
    "session",
    [
        {"participants": [{"name": ["a", "list"], "role": {}, "organisation": None}]},
        {"participants": [{"name": "Ann"}], "id": ["x"]},
    ],
)
def test_an_odd_format_1_file_is_a_message_not_a_crash(
    catalogue: Catalogue, example_path: dict[str, Path], session: dict[str, Any]
) -> None:
    data = example(example_path, "generic")
    data["format_version"] = 1
    data["session"].update(session)
    for snapshot in data["snapshots"]:
        snapshot["session"]["participants"] = [{"name": ["a", "list"]}]
    refused(data, catalogue)


# --- what is accepted and how --------------------------------------------------------------------


def test_a_byte_order_mark_is_accepted(catalogue: Catalogue, example_path: dict[str, Path]) -> None:
    document = parse(b"\xef\xbb\xbf" + example_path["road"].read_bytes(), catalogue)
    assert document.session.title.startswith("Reconstructie N123")


def test_windows_and_old_mac_line_ends_become_newlines(
    catalogue: Catalogue, example_path: dict[str, Path], repository: Repository
) -> None:
    data = example(example_path)
    data["session"]["themes"][0]["rationale"] = "Eerste regel\r\nTweede regel\rDerde regel"
    data["session"]["title"] = "Weg\r\n N123"
    text = json.dumps(data, indent=2).replace("\n", "\r\n").encode()  # and the file's own line ends
    document = parse(text, catalogue)
    assert document.session.themes[0].rationale == "Eerste regel\nTweede regel\nDerde regel"
    assert document.session.title == "Weg\n N123"
    assert repository.get(imports(document, repository).id) == document.session


def test_messages_name_the_field_in_dutch_or_english(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    data = example(example_path)
    data["session"]["themes"][2]["ambition"] = 7
    data["session"]["kind"] = "city"
    data["session"]["title"] = ""
    del data["session"]["framework_id"]
    data["session"]["themes"][0]["focus"] = "ja"
    error = refused(data, catalogue)
    dutch, english = error.text("nl"), error.text("en")
    for expected in (
        "session.kind: moet een van deze waarden zijn: organisation, project",
        "session.title: mag niet leeg zijn",
        "session.framework_id: ontbreekt",
        "session.themes[0].focus: moet true of false zijn",
        "session.themes[2].ambition: moet een van deze waarden zijn: 0, 1, 2, 3",
    ):
        assert expected in dutch
    assert "session.framework_id: is missing" in english and "must be true or false" in english


# --- exports -------------------------------------------------------------------------------------


def test_every_export_of_the_examples_passes_the_shipped_schema(
    catalogue: Catalogue, example_path: dict[str, Path], repository: Repository, tmp_path: Path
) -> None:
    for key in ("generic", "cleaning", "road"):
        document = parse(example_path[key].read_bytes(), catalogue)
        session = imports(document, repository)
        path = export_file(repository, session.id, tmp_path / f"{key}.ambitieweb.json")
        errors = [e.message for e in SCHEMA.iter_errors(json.loads(path.read_text(encoding="utf-8")))]
        assert errors == []


def test_an_agreed_version_stored_by_an_older_program_exports_with_zoned_times(
    catalogue: Catalogue, example_path: dict[str, Path], repository: Repository, tmp_path: Path
) -> None:
    from sqlalchemy import text

    session = imports(parse(example_path["generic"].read_bytes(), catalogue), repository)
    with repository.engine.begin() as conn:  # 0.1.0 stored naive times inside payloads
        payload = json.loads(conn.execute(text("SELECT payload FROM snapshots")).scalar_one())
        payload["created_at"] = payload["updated_at"] = "2026-10-01T08:00:00"
        conn.execute(text("UPDATE snapshots SET payload = :p"), {"p": json.dumps(payload)})
    [snapshot] = repository.snapshots(session.id)
    assert snapshot.session.created_at.utcoffset() is not None
    path = export_file(repository, session.id, tmp_path / "generic.ambitieweb.json")
    assert SCHEMA.is_valid(json.loads(path.read_text(encoding="utf-8")))
    assert parse(path.read_bytes(), catalogue).snapshots == [snapshot]


def test_an_export_gets_the_usual_permissions(catalogue: Catalogue, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        path = tmp_path / "x.ambitieweb.json"
        write_file(path, Session.new(catalogue.framework("mvi-nationaal-plan"), "Rechten"))
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_failed_export_leaves_no_temporary_file(
    catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(SessionFileError, match="No space left on device"):
        write_file(
            tmp_path / "x.ambitieweb.json", Session.new(catalogue.framework("mvi-nationaal-plan"), "Vol")
        )
    assert list(tmp_path.iterdir()) == []


def test_dumps_is_what_the_schema_describes(catalogue: Catalogue) -> None:
    session = Session.new(catalogue.framework("duurzaam-gww"), "Schema")
    assert SCHEMA.is_valid(json.loads(dumps(session, [session.agree(1)])))
