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
from ambitieweb.model.legacy_ids import derived_participant_id, fill_participant_ids, fill_session_ids
from ambitieweb.model.levels import Level
from ambitieweb.model.session import AwardModel, Participant, Session
from ambitieweb.resources import resource, sessions_dir
from tests.catalogue_texts import newer_texts_taken_over


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
    assert json.loads(path.read_text(encoding="utf-8"))["format_version"] == 6


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


def test_upgrade_steps_run_one_after_another_before_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    def rename_field(data: dict[str, Any]) -> dict[str, Any]:
        data["session"]["organisation"] = data["session"].pop("organization")
        return data

    monkeypatch.setattr(sessionfile, "FORMAT_VERSION", 3)
    monkeypatch.setitem(sessionfile.UPGRADES, 2, rename_field)
    old = {
        "format": "ambitieweb-session",
        "format_version": 1,
        "session": {"id": "a" * 32, "organization": "Gemeente", "participants": [{"name": "Ann"}]},
    }
    upgraded = sessionfile.upgrade(old)
    assert upgraded["format_version"] == 3
    assert upgraded["session"] == {
        "id": "a" * 32,
        "organisation": "Gemeente",
        "participants": [{"name": "Ann", "id": derived_participant_id("a" * 32, 0)}],
    }


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


FORMAT_1 = Path(__file__).parents[1] / "fixtures" / "format-1"
FORMAT_2 = Path(__file__).parents[1] / "fixtures" / "format-2"


@pytest.mark.parametrize("name", sorted(p.name for p in FORMAT_1.glob("*.ambitieweb.json")))
def test_a_format_1_file_upgrades_to_the_example_as_shipped_in_format_2(
    catalogue: Catalogue, name: str
) -> None:
    """The examples as shipped in format 1: same people with the same ids, nothing else changed."""
    raw = (FORMAT_1 / name).read_bytes()
    assert json.loads(raw)["format_version"] == 1
    old = parse(raw, catalogue, name)
    assert parse(raw, catalogue, name) == old  # the derived ids do not change between imports
    current = read_file(FORMAT_2 / name, catalogue)
    for session in [current.session, *(s.session for s in current.snapshots)]:
        for entry in session.themes:  # what format 2 added to the examples
            entry.votes, entry.tally, entry.minutes = {}, (0, 0, 0), 0
    assert old.session == current.session
    assert old.snapshots == current.snapshots
    for snapshot in old.snapshots:  # an agreed version names the same people as its session
        assert [p.id for p in snapshot.participants] == [p.id for p in old.session.participants]


@pytest.mark.parametrize("name", sorted(p.name for p in FORMAT_2.glob("*.ambitieweb.json")))
def test_a_format_2_file_upgrades_to_format_3_as_anders(catalogue: Catalogue, name: str) -> None:
    """The examples as shipped in format 2 read as sessions without a product group ("anders")."""
    raw = (FORMAT_2 / name).read_bytes()
    assert json.loads(raw)["format_version"] == 2
    upgraded = sessionfile.upgrade(json.loads(raw), name)
    assert upgraded["format_version"] == sessionfile.FORMAT_VERSION
    assert upgraded["session"]["product_group"] is None
    old = parse(raw, catalogue, name)
    assert old.session.product_group is None
    assert all(s.session.product_group is None for s in old.snapshots)
    current = read_file(sessions_dir() / name, catalogue)
    # Since format 2 the examples name their group, and the cleaning session picked schoonmaak
    # criteria; everything else is as it was.
    assert old.session == current.session.model_copy(
        update={"product_group": None, "criteria": old.session.criteria, "award_model": AwardModel()}
    )
    assert old.snapshots == [
        s.model_copy(update={"session": s.session.model_copy(update={"product_group": None})})
        for s in current.snapshots
    ]
    if "schoonmaak" in name:
        assert current.session.product_group == "schoonmaak"
        assert any(c.catalogue_set == "schoonmaak-criteria" for c in current.session.criteria)
    else:
        assert old.session.criteria == current.session.criteria


def test_the_product_group_upgrade_leaves_odd_content_to_validation(catalogue: Catalogue) -> None:
    data = {"format": "ambitieweb-session", "format_version": 2, "session": "x", "snapshots": 5}
    assert sessionfile.upgrade(data)["format_version"] == sessionfile.FORMAT_VERSION
    with pytest.raises(SessionFileError, match=r"session: must be an object"):
        parse_data(data, catalogue)
    data = {"format": "ambitieweb-session", "format_version": 2, "session": {}, "snapshots": [7, {"x": 1}]}
    assert sessionfile.upgrade(data)["session"] == {
        "product_group": None,
        "scope": "organisation",
        "award_model": {"price_weight": None, "quality": []},
    }


def test_a_product_group_survives_the_file_and_an_odd_one_is_refused(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    data = example(example_path, "road")
    assert read_file(example_path["road"], catalogue).session.product_group == "gww"
    data["session"]["product_group"] = "Wegen en bruggen!"
    with pytest.raises(SessionFileError, match=r"session.product_group: does not have the form"):
        parse_data(data, catalogue)
    data["session"]["product_group"] = "een-nieuwere-groep"  # from a newer catalogue: kept, not lost
    document = parse(json.dumps(data).encode(), catalogue, "x.ambitieweb.json")
    assert document.session.product_group == "een-nieuwere-groep"
    assert json.loads(dumps(document.session))["session"]["product_group"] == "een-nieuwere-groep"


def test_a_file_from_the_next_version_is_refused_with_the_update_message(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    data = example(example_path, "road")
    data["format_version"] = sessionfile.FORMAT_VERSION + 1
    with pytest.raises(SessionFileError) as caught:
        parse_data(data, catalogue)
    assert "Werk Ambitieweb bij" in caught.value.text("nl")
    assert "format version 7; this program knows up to version 6" in caught.value.text("en")


def test_the_examples_have_votes_a_tally_and_an_agenda(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    for key in ("road", "cleaning"):
        session = read_file(example_path[key], catalogue).session
        voted = [e for e in session.themes if e.votes]
        assert len(voted) >= 4
        assert all(set(e.votes) <= session.participant_ids() for e in voted)
        assert [e.theme_id for e in session.themes if any(e.tally)] != []
        assert 85 <= sum(e.minutes for e in session.themes) <= 95


@pytest.mark.parametrize("where", ["session", "snapshot"])
def test_a_vote_by_someone_who_is_not_a_participant_is_refused(
    catalogue: Catalogue, example_path: dict[str, Path], where: str
) -> None:
    data = example(example_path, "generic")
    session = data["session"] if where == "session" else data["snapshots"][0]["session"]
    session["themes"][2]["votes"] = {session["participants"][0]["id"]: 2, "e" * 32: 3}
    with pytest.raises(SessionFileError) as caught:
        parse_data(data, catalogue)
    path = "session" if where == "session" else "snapshots[0].session"
    assert (
        f"{path}.themes[2].votes.{'e' * 32}: vote by someone who is not a participant"
        in caught.value.text("en")
    )
    assert "stem van iemand die geen deelnemer is" in caught.value.text("nl")


def test_two_participants_with_one_id_are_refused(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    data = example(example_path, "road")
    people = data["session"]["participants"]
    people[3]["id"] = people[1]["id"]
    with pytest.raises(
        SessionFileError, match=r"session\.participants\[3\]\.id: participant id '\w+' occurs twice"
    ):
        parse_data(data, catalogue)


@pytest.mark.parametrize("vote", [0, 4, "hoog", None])
def test_a_vote_must_be_a_level_from_1_to_3(
    catalogue: Catalogue, example_path: dict[str, Path], vote: object
) -> None:
    data = example(example_path, "road")
    pid = data["session"]["participants"][0]["id"]
    data["session"]["themes"][0]["votes"][pid] = vote
    with pytest.raises(SessionFileError, match=rf"session\.themes\[0\]\.votes\.{pid}"):
        parse_data(data, catalogue)


@pytest.mark.parametrize("tally", [[1, 2], [-1, 0, 0], [0, 0, 5000], "3"])
def test_a_tally_is_three_small_counts(
    catalogue: Catalogue, example_path: dict[str, Path], tally: object
) -> None:
    data = example(example_path, "road")
    data["session"]["themes"][4]["tally"] = tally
    with pytest.raises(SessionFileError, match=r"session\.themes\[4\]\.tally"):
        parse_data(data, catalogue)


@pytest.mark.parametrize(
    "session",
    [None, "x", {"participants": "x"}, {"participants": [1, None, {"name": "Ann", "id": 5}]}, {"id": 7}],
)
def test_the_id_upgrade_leaves_odd_content_to_validation(session: object) -> None:
    before = json.dumps(session)
    fill_session_ids(session, [{"session": session}, 5, {"session": None}])
    assert json.dumps(session) == before


def test_snapshot_people_take_their_session_ids_once_each() -> None:
    people = [
        Participant(name="Ann").model_dump(mode="json"),
        Participant(name="Ann").model_dump(mode="json"),
    ]
    snapshot_people: list[dict[str, Any]] = [
        {"name": "Ann", "role": "overig", "organisation": ""} for _ in "abc"
    ]
    fill_participant_ids(snapshot_people, "b" * 32, people)
    ids = [p["id"] for p in snapshot_people]
    assert ids[:2] == [people[0]["id"], people[1]["id"]]
    assert ids[2] == derived_participant_id("b" * 32, 2)


def test_a_written_file_holds_no_votes_of_people_who_left(catalogue: Catalogue) -> None:
    session = Session.new(catalogue.framework("mvi-nationaal-plan"), "Vertrokken stemmers")
    ann, bob = Participant(name="Ann"), Participant(name="Bob")
    session.participants = [ann, bob]
    session.themes[0].votes = {ann.id: Level.BASIS, bob.id: Level.AMBITIOUS}
    snapshot = session.agree(1)
    session.participants = [ann]  # without drop_orphan_votes
    document = parse(dumps(session, [snapshot]).encode(), catalogue)
    assert document.session.themes[0].votes == {ann.id: Level.BASIS}
    assert document.snapshots == [snapshot]  # bob was still there when it was agreed
    assert session.themes[0].votes == {ann.id: Level.BASIS, bob.id: Level.AMBITIOUS}  # not touched


FORMAT_2 = Path(__file__).parents[1] / "fixtures" / "format-2"


@pytest.mark.parametrize("name", sorted(p.name for p in FORMAT_2.glob("*.ambitieweb.json")))
def test_a_format_2_file_upgrades_to_a_web_for_the_whole_organisation(
    catalogue: Catalogue, name: str
) -> None:
    """Format 3 added the scope; a web from before it speaks for the whole organisation."""
    raw = (FORMAT_2 / name).read_bytes()
    assert json.loads(raw)["format_version"] == 2 and b'"scope"' not in raw
    old = parse(raw, catalogue, name)
    assert old.session.scope == "organisation"
    assert all(s.session.scope == "organisation" for s in old.snapshots)
    current = read_file(sessions_dir() / name, catalogue)
    assert old.session.scope == current.session.scope  # the rest: the product-group test above


def test_the_scope_upgrade_leaves_a_hostile_snapshot_list_to_validation(catalogue: Catalogue) -> None:
    data = json.loads(
        (FORMAT_2 / "gemeente-zuiderhaven-generiek.ambitieweb.json").read_text(encoding="utf-8")
    )
    data["snapshots"] = 7
    with pytest.raises(SessionFileError, match=r"snapshots: must be a list"):
        parse_data(data, catalogue)


FORMAT_3 = Path(__file__).parents[1] / "fixtures" / "format-3"


@pytest.mark.parametrize("name", sorted(p.name for p in FORMAT_3.glob("*.ambitieweb.json")))
def test_a_format_3_file_upgrades_to_format_4_with_no_award_model_decided(
    catalogue: Catalogue, name: str
) -> None:
    """Format 4 added the award model; a file from before it has no price or other quality criteria,
    and every award criterion counts with a weight, as before. Nothing else changes."""
    raw = (FORMAT_3 / name).read_bytes()
    assert json.loads(raw)["format_version"] == 3 and b"award_model" not in raw
    old = parse(raw, catalogue, name)
    for session in [old.session, *(s.session for s in old.snapshots)]:
        assert session.award_model.price_weight is None and session.award_model.quality == []
        assert all(c.scoring_method == "weight" and c.max_discount is None for c in session.criteria)
    current = read_file(sessions_dir() / name, catalogue)
    old = old.model_copy(update={"session": newer_texts_taken_over(old.session, catalogue)})
    # Since format 4 the cleaning tender is at a fixed price (price 0%: competition on quality only),
    # and two filled-in values agree with its goal and the Gids Proportionaliteit (8%, 3 years).
    assert old.session == current.session.model_copy(
        update={"award_model": AwardModel(), "criteria": old.session.criteria}
    )
    changed = {
        key: (o.values[key], c.values[key])
        for o, c in zip(old.session.criteria, current.session.criteria, strict=True)
        for key in o.values
        if o.values[key] != c.values.get(key)
    }
    assert all(
        o.model_copy(update={"values": {}}) == c.model_copy(update={"values": {}})
        for o, c in zip(old.session.criteria, current.session.criteria, strict=True)
    )
    expected = {"aantaljaren": ("5", "3"), "percentage": ("5", "8")}
    assert changed == (expected if "schoonmaak" in name else {})
    assert old.snapshots == current.snapshots


def test_the_award_model_upgrade_leaves_odd_criteria_to_validation(catalogue: Catalogue) -> None:
    data = {"format": "ambitieweb-session", "format_version": 3, "session": {"criteria": [5, {}]}}
    upgraded = sessionfile.upgrade(data)
    assert upgraded["session"]["criteria"] == [5, {"scoring_method": "weight", "max_discount": None}]
    with pytest.raises(SessionFileError, match=r"session.criteria\[0\]: must be an object"):
        parse_data(upgraded, catalogue)
