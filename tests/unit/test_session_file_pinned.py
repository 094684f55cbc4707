"""The session file's refusals word for word (Dutch and English, the field named), its size limit at
the boundary, and the upgrade steps reaching into the agreed versions: what mutation testing found
unpinned in `exchange/sessionfile.py` (tests/mutation-survivors.md)."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import sessionfile
from ambitieweb.exchange.sessionfile import (
    FORMAT,
    FORMAT_VERSION,
    UPGRADES,
    SessionFileError,
    check_session,
    dumps,
    json_schema,
    parse,
    read_file,
    read_json,
    upgrade,
    write_text,
)
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Participant

NAME = "x.ambitieweb.json"


class OtherError(SessionFileError):
    """A caller's own kind of error (the plan file and the CLI pass one)."""


def example(example_path: dict[str, Path], key: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(example_path[key].read_text(encoding="utf-8"))
    return data


def refused(data: dict[str, Any], catalogue: Catalogue) -> tuple[str, str]:
    with pytest.raises(SessionFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, NAME)
    return caught.value.nl, caught.value.en


# --- the format and its version -------------------------------------------------------------------


def test_a_file_of_another_format_is_named_bestand_when_no_name_is_given() -> None:
    with pytest.raises(SessionFileError) as caught:
        upgrade({"format": "iets-anders", "format_version": 1})
    assert caught.value.nl == (
        "bestand: dit is geen Ambitieweb-sessiebestand (veld 'format' ontbreekt of klopt niet)."
    )
    assert caught.value.en == (
        "bestand: this is not an Ambitieweb session file (field 'format' is missing or wrong)."
    )


@pytest.mark.parametrize("version", [0, -1, True, False, "1", None, 1.0])
def test_a_version_that_is_no_positive_whole_number_is_unknown(version: object) -> None:
    with pytest.raises(SessionFileError) as caught:
        upgrade({"format": FORMAT, "format_version": version}, NAME)
    assert caught.value.nl == f"{NAME}: onbekende formaatversie {version!r}."
    assert caught.value.en == f"{NAME}: unknown format version {version!r}."


def test_a_version_from_a_newer_program_asks_for_an_update() -> None:
    with pytest.raises(SessionFileError) as caught:
        upgrade({"format": FORMAT, "format_version": FORMAT_VERSION + 1}, NAME)
    assert caught.value.nl == (
        f"{NAME}: het bestand heeft formaatversie {FORMAT_VERSION + 1}, dit programma kent tot en met "
        f"versie {FORMAT_VERSION}. Werk Ambitieweb bij om het te openen."
    )
    assert caught.value.en == (
        f"{NAME}: the file has format version {FORMAT_VERSION + 1}; this program knows up to version "
        f"{FORMAT_VERSION}. Update Ambitieweb to open it."
    )


def test_the_current_version_is_not_upgraded() -> None:
    data = {"format": FORMAT, "format_version": FORMAT_VERSION, "session": "left as it is"}
    assert upgrade(data, NAME) == {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "session": "left as it is",
    }


@pytest.mark.parametrize("error", [TypeError, ValueError, KeyError, AttributeError, IndexError])
def test_a_file_without_the_form_of_its_version_says_which_version(
    monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    def broken(data: dict[str, Any]) -> dict[str, Any]:
        raise error("odd content")

    monkeypatch.setitem(UPGRADES, 2, broken)
    with pytest.raises(SessionFileError) as caught:
        upgrade({"format": FORMAT, "format_version": 2}, NAME)
    assert caught.value.nl == (
        f"{NAME}: het bestand (formaatversie 2) kan niet worden bijgewerkt: de inhoud heeft niet de "
        "vorm van die versie."
    )
    assert caught.value.en == (
        f"{NAME}: the file (format version 2) cannot be upgraded: its content does not have the form "
        "of that version."
    )


def test_each_step_runs_once_in_order_and_raises_the_version_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    steps: list[int] = []
    for version in range(1, FORMAT_VERSION):

        def step(data: dict[str, Any], version: int = version) -> dict[str, Any]:
            assert data["format_version"] == version
            steps.append(version)
            return dict(data, seen=[*data.get("seen", []), version])

        monkeypatch.setitem(UPGRADES, version, step)
    upgraded = upgrade({"format": FORMAT, "format_version": 1}, NAME)
    assert steps == list(range(1, FORMAT_VERSION))
    assert upgraded == {"format": FORMAT, "format_version": FORMAT_VERSION, "seen": steps}
    steps.clear()
    assert upgrade({"format": FORMAT, "format_version": FORMAT_VERSION - 1}, NAME)["seen"] == [
        FORMAT_VERSION - 1
    ]


# --- the upgrade steps reach the agreed versions --------------------------------------------------


def test_step_1_gives_the_participants_of_agreed_versions_ids() -> None:
    person = {"name": "An", "role": "inkoper", "organisation": "Zuiderhaven"}
    data: dict[str, Any] = {
        "session": {"id": "a" * 32, "participants": [dict(person)]},
        "snapshots": [{"id": "b" * 32, "session": {"participants": [dict(person), {"name": "Bo"}]}}],
    }
    UPGRADES[1](data)
    own = data["session"]["participants"][0]["id"]
    agreed = data["snapshots"][0]["session"]["participants"]
    assert agreed[0]["id"] == own  # the same person keeps one id
    assert len(agreed[1]["id"]) == 32 and agreed[1]["id"] != own


def test_step_1_without_agreed_versions() -> None:
    data: dict[str, Any] = {"session": {"id": "a" * 32, "participants": [{"name": "An"}]}}
    UPGRADES[1](data)
    assert len(data["session"]["participants"][0]["id"]) == 32
    assert "snapshots" not in data


def test_step_2_names_product_group_and_scope_in_agreed_versions_too() -> None:
    data = {
        "session": {"scope": "project"},
        "snapshots": [{"session": {}}, {"session": "odd"}, "odd"],
    }
    UPGRADES[2](data)
    assert data["session"] == {"scope": "project", "product_group": None}
    assert data["snapshots"] == [
        {"session": {"product_group": None, "scope": "organisation"}},
        {"session": "odd"},
        "odd",
    ]


def test_step_3_gives_agreed_versions_an_award_model_and_criteria_their_method() -> None:
    data: dict[str, Any] = {
        "session": {"criteria": [{"id": "c1"}, "odd"]},
        "snapshots": [{"session": {"criteria": [{"id": "c2", "scoring_method": "pass_fail"}]}}, 3],
    }
    UPGRADES[3](data)
    model: dict[str, Any] = {"price_weight": None, "quality": []}
    assert data["session"] == {
        "criteria": [{"id": "c1", "scoring_method": "weight", "max_discount": None}, "odd"],
        "award_model": model,
    }
    assert data["snapshots"][0] == {
        "session": {
            "criteria": [{"id": "c2", "scoring_method": "pass_fail", "max_discount": None}],
            "award_model": model,
        }
    }


def test_step_3_leaves_criteria_that_are_no_list() -> None:
    data = {"session": {"criteria": "odd"}}
    UPGRADES[3](data)
    assert data["session"]["criteria"] == "odd"


def test_an_old_file_with_an_agreed_version_reads_with_it_upgraded(catalogue: Catalogue) -> None:
    old = json.loads(
        Path("tests/fixtures/format-2/gemeente-zuiderhaven-generiek.ambitieweb.json").read_text()
    )
    document = parse(json.dumps(old).encode(), catalogue, NAME)
    assert document.snapshots and document.snapshots[0].session.scope == document.session.scope


# --- reading the bytes ----------------------------------------------------------------------------


def test_a_file_of_exactly_the_limit_is_read_one_byte_more_is_refused() -> None:
    body = b'{"a": ""}'
    limit = 3 * 1024 * 1024
    exact = body[:-1] + b" " * (limit - len(body)) + body[-1:]
    assert len(exact) == limit
    assert read_json(exact, NAME, max_bytes=limit) == {"a": ""}
    with pytest.raises(OtherError) as caught:
        read_json(exact + b" ", NAME, max_bytes=limit, kind=OtherError)
    assert caught.value.nl == f"{NAME}: het bestand is groter dan 3 MB en wordt niet geopend."
    assert caught.value.en == f"{NAME}: the file is larger than 3 MB and is not opened."


def test_the_default_limit_is_twenty_megabytes() -> None:
    assert sessionfile.MAX_FILE_BYTES == 20 * 1024 * 1024
    with pytest.raises(SessionFileError) as caught:
        read_json(b" " * (20 * 1024 * 1024 + 1), NAME)
    assert caught.value.en == f"{NAME}: the file is larger than 20 MB and is not opened."


def test_bytes_that_are_no_utf8_name_the_byte() -> None:
    with pytest.raises(OtherError) as caught:
        read_json(b'{"a": "\xff"}', NAME, kind=OtherError)
    assert caught.value.nl == f"{NAME}: geen UTF-8-tekst (byte 7)."
    assert caught.value.en == f"{NAME}: not UTF-8 text (byte 7)."


def test_json_that_does_not_parse_names_line_and_column() -> None:
    with pytest.raises(OtherError) as caught:
        read_json(b'{\n  "a": }', NAME, kind=OtherError)
    assert caught.value.nl == f"{NAME}: geen geldige JSON op regel 2, kolom 8: Expecting value."
    assert caught.value.en == f"{NAME}: not valid JSON at line 2, column 8: Expecting value."


def test_json_nested_too_deeply() -> None:
    with pytest.raises(OtherError) as caught:
        read_json(b"[" * 100_000 + b"]" * 100_000, NAME, kind=OtherError)
    assert caught.value.nl == f"{NAME}: de JSON is te diep genest."
    assert caught.value.en == f"{NAME}: the JSON is nested too deeply."


@pytest.mark.parametrize(
    ("text", "word"), [(b"NaN", "NaN"), (b"-Infinity", "-Infinity"), (b"1e999", "1e999")]
)
def test_numbers_json_does_not_have_are_named(text: bytes, word: str) -> None:
    with pytest.raises(OtherError) as caught:
        read_json(b'{"a": ' + text + b"}", NAME, kind=OtherError)
    assert caught.value.nl == (
        f"{NAME}: geen geldig JSON-getal: {word} (NaN en oneindig bestaan niet in JSON)."
    )
    assert caught.value.en == (
        f"{NAME}: not a valid JSON number: {word} (NaN and infinity do not exist in JSON)."
    )


def test_large_finite_numbers_are_numbers() -> None:
    assert read_json(b'{"a": 1e308, "b": -1e308, "c": 0.5}', NAME) == {"a": 1e308, "b": -1e308, "c": 0.5}


@pytest.mark.parametrize("text", [b"[]", b'"text"', b"3", b"null"])
def test_json_that_is_no_object(text: bytes) -> None:
    with pytest.raises(OtherError) as caught:
        read_json(text, NAME, kind=OtherError)
    assert caught.value.nl == f"{NAME}: het bestand bevat geen JSON-object."
    assert caught.value.en == f"{NAME}: the file does not hold a JSON object."


def test_an_invalid_file_lists_what_is_wrong(catalogue: Catalogue, example_path: dict[str, Path]) -> None:
    data = example(example_path, "road")
    data["session"]["title"] = 5
    nl, en = refused(data, catalogue)
    assert nl.startswith(f"{NAME}: het bestand klopt niet — ") and "session.title" in nl
    assert en.startswith(f"{NAME}: the file is invalid — ") and "session.title" in en


def test_the_default_name_of_a_parsed_file_is_bestand(catalogue: Catalogue) -> None:
    with pytest.raises(SessionFileError) as caught:
        parse(b"[]", catalogue)
    assert caught.value.nl == "bestand: het bestand bevat geen JSON-object."


# --- checks against the catalogue ------------------------------------------------------------------


def test_an_unknown_framework_is_named(catalogue: Catalogue, example_path: dict[str, Path]) -> None:
    data = example(example_path, "road")
    data["session"]["framework_id"] = "onbekend"
    nl, en = refused(data, catalogue)
    assert nl.startswith(f"{NAME}: ") and "onbekend" in nl
    assert en.startswith(f"{NAME}: ") and "onbekend" in en and nl != en


def test_a_theme_not_in_the_framework(catalogue: Catalogue, example_path: dict[str, Path]) -> None:
    data = example(example_path, "road")
    framework = data["session"]["framework_id"]
    data["session"]["themes"][1]["theme_id"] = "verzonnen"
    assert refused(data, catalogue) == (
        f"{NAME}: session.themes[1]: thema 'verzonnen' hoort niet bij kader '{framework}'.",
        f"{NAME}: session.themes[1]: theme 'verzonnen' is not part of framework '{framework}'.",
    )


def test_a_theme_twice(catalogue: Catalogue, example_path: dict[str, Path]) -> None:
    data = example(example_path, "road")
    themes = data["session"]["themes"]
    themes[2] = dict(themes[2], theme_id=themes[0]["theme_id"])
    theme = themes[0]["theme_id"]
    assert refused(data, catalogue) == (
        f"{NAME}: session.themes[2]: thema '{theme}' staat er twee keer in.",
        f"{NAME}: session.themes[2]: theme '{theme}' occurs twice.",
    )


def test_a_participant_twice(catalogue: Catalogue, example_path: dict[str, Path]) -> None:
    data = example(example_path, "road")
    people = data["session"]["participants"]
    people.append(dict(people[0], name="Tweede"))
    pid, last = people[0]["id"], len(people) - 1
    assert refused(data, catalogue) == (
        f"{NAME}: session.participants[{last}].id: deelnemer-id '{pid}' komt twee keer voor.",
        f"{NAME}: session.participants[{last}].id: participant id '{pid}' occurs twice.",
    )


def test_a_vote_by_someone_who_is_no_participant(catalogue: Catalogue, example_path: dict[str, Path]) -> None:
    data = example(example_path, "road")
    data["session"]["themes"][1]["votes"] = {"f" * 32: 2}
    who = "f" * 32
    assert refused(data, catalogue) == (
        f"{NAME}: session.themes[1].votes.{who}: stem van iemand die geen deelnemer is.",
        f"{NAME}: session.themes[1].votes.{who}: vote by someone who is not a participant.",
    )


def test_an_agreed_version_of_another_session_with_a_prefix(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    document = parse(example_path["generic"].read_bytes(), catalogue, NAME)
    other = document.snapshots[0].model_copy(update={"session_id": "e" * 32})
    with pytest.raises(OtherError) as caught:
        check_session(document.session, [other], catalogue, NAME, "sessions[3]", OtherError)
    assert (caught.value.nl, caught.value.en) == (
        f"{NAME}: sessions[3].snapshots: een vastgestelde versie hoort bij een andere sessie.",
        f"{NAME}: sessions[3].snapshots: an agreed version belongs to another session.",
    )


def test_the_prefix_and_kind_reach_the_checks_inside_the_sessions(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    document = parse(example_path["generic"].read_bytes(), catalogue, NAME)
    session = document.session.model_copy(deep=True)
    session.participants.append(Participant(id=session.participants[0].id, name="Tweede"))
    last = len(session.participants) - 1
    with pytest.raises(OtherError) as caught:
        check_session(session, [], catalogue, NAME, "sessions[0]", OtherError)
    assert caught.value.en == (
        f"{NAME}: sessions[0].session.participants[{last}].id: participant id "
        f"'{session.participants[0].id}' occurs twice."
    )
    with pytest.raises(SessionFileError) as plain:
        check_session(session, [], catalogue, NAME)
    assert type(plain.value) is SessionFileError
    assert plain.value.en.startswith(f"{NAME}: session.participants[{last}].id")


def test_a_repeated_criterion_version_number_and_version_id(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    data = example(example_path, "cleaning")
    criteria = data["session"]["criteria"]
    criteria.append(dict(criteria[0]))
    last, cid = len(criteria) - 1, criteria[0]["id"]
    assert refused(data, catalogue) == (
        f"{NAME}: session.criteria[{last}]: criterium-id '{cid}' komt twee keer voor.",
        f"{NAME}: session.criteria[{last}]: criterion id '{cid}' occurs twice.",
    )
    data = example(example_path, "generic")
    first = data["snapshots"][0]
    data["snapshots"].append(dict(first, id="f" * 32))
    number = first["number"]
    assert refused(data, catalogue) == (
        f"{NAME}: snapshots[1]: versienummer {number!r} komt twee keer voor.",
        f"{NAME}: snapshots[1]: version number {number!r} occurs twice.",
    )
    data["snapshots"][1]["number"] = number + 1
    data["snapshots"][1]["id"] = first["id"]
    assert refused(data, catalogue) == (
        f"{NAME}: snapshots[1]: versie-id {first['id']!r} komt twee keer voor.",
        f"{NAME}: snapshots[1]: version id {first['id']!r} occurs twice.",
    )


# --- the generic web a project web refers to -------------------------------------------------------


def generic_reference(catalogue: Catalogue, example_path: dict[str, Path]) -> dict[str, Any]:
    """A project web's file with the generic web it refers to (as an export writes it)."""
    data = example(example_path, "cleaning")
    assert data["generic_web"]["themes"]
    return data


def test_a_generic_theme_not_in_its_framework_or_twice(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    data = generic_reference(catalogue, example_path)
    framework = data["generic_web"]["framework_id"]
    themes = data["generic_web"]["themes"]
    themes.append(dict(themes[0]))
    last = len(themes) - 1
    theme = themes[0]["theme_id"]
    assert refused(data, catalogue) == (
        f"{NAME}: generic_web.themes[{last}]: thema '{theme}' hoort niet bij kader '{framework}' of staat "
        "er twee keer in.",
        f"{NAME}: generic_web.themes[{last}]: theme '{theme}' is not part of framework '{framework}' or "
        "occurs twice.",
    )
    themes[last] = dict(themes[0], theme_id="verzonnen")
    assert refused(data, catalogue)[1].startswith(f"{NAME}: generic_web.themes[{last}]: theme 'verzonnen'")


def test_a_generic_web_of_an_unknown_framework(catalogue: Catalogue, example_path: dict[str, Path]) -> None:
    data = generic_reference(catalogue, example_path)
    data["generic_web"]["framework_id"] = "onbekend"
    nl, en = refused(data, catalogue)
    assert nl.startswith(f"{NAME}: generic_web: ") and "onbekend" in nl
    assert en.startswith(f"{NAME}: generic_web: ") and "onbekend" in en


# --- files on disk ------------------------------------------------------------------------------------


def test_a_file_that_cannot_be_read_says_why(catalogue: Catalogue, tmp_path: Path) -> None:
    with pytest.raises(SessionFileError) as caught:
        read_file(tmp_path / "weg.ambitieweb.json", catalogue)
    reason = os.strerror(errno.ENOENT)
    assert caught.value.nl == f"weg.ambitieweb.json: kan niet worden gelezen ({reason})."
    assert caught.value.en == f"weg.ambitieweb.json: cannot be read ({reason})."


def test_a_file_of_the_limit_plus_one_is_read_far_enough_to_be_refused(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = tmp_path / "groot.ambitieweb.json"
    path.write_bytes(b" " * (sessionfile.MAX_FILE_BYTES + 1))
    with pytest.raises(SessionFileError) as caught:
        read_file(path, catalogue)
    assert "groter dan 20 MB" in caught.value.nl


def test_a_file_that_cannot_be_written_says_why(tmp_path: Path) -> None:
    target = tmp_path / "map" / "uit.ambitieweb.json"  # its folder does not exist
    with pytest.raises(OtherError) as caught:
        write_text(target, "{}", OtherError)
    reason = os.strerror(errno.ENOENT)
    assert caught.value.nl == f"uit.ambitieweb.json: kan niet worden geschreven ({reason})."
    assert caught.value.en == f"uit.ambitieweb.json: cannot be written ({reason})."


def test_written_text_ends_in_one_newline_in_utf8(tmp_path: Path) -> None:
    target = tmp_path / "uit.ambitieweb.json"
    write_text(target, '{"é": 1}')
    assert target.read_bytes() == '{"é": 1}\n'.encode()


def test_the_schema_names_its_draft_and_version() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"https://ambitieweb.nl/schema/ambitieweb-session-{FORMAT_VERSION}.schema.json"
    assert schema["title"] == "Ambitieweb session file"


def test_an_agreed_version_is_written_without_votes_of_people_who_left(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    document = parse(example_path["generic"].read_bytes(), catalogue, NAME)
    snapshot = document.snapshots[0].model_copy(deep=True)
    entry = snapshot.session.themes[0]
    entry.votes["d" * 32] = Level.SIGNIFICANT
    written = json.loads(dumps(document.session, [snapshot]))
    assert "d" * 32 not in written["snapshots"][0]["session"]["themes"][0]["votes"]
    assert written["format"] == FORMAT and written["format_version"] == FORMAT_VERSION
