"""Fuzz: `check` and `import` agree on every file. A file check accepts imports and exports again as
a file that passes the shipped schema; a file check refuses gives a message, never a crash.

The files are the examples (format 2) and their format 1 fixtures, mutated at random places with the
values that broke the two apart before: integers too large, "2" and false as levels, NUL, naive times,
duplicated criteria and agreed versions, odd shapes for the format 1 upgrade, CR LF, a BOM. Files that
once crashed are kept in tests/fixtures/fuzz/ and run every time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs in the toolchain
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ambitieweb.catalogue import default_catalogue
from ambitieweb.exchange import SessionFileError, dumps, json_schema, parse
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository, open_database
from ambitieweb.transfer import store_document
from tests.postgres import Server

EXAMPLES = 10_000  # mutated files checked and imported per run
EXPORTED = 500  # ... of which also exported and checked against the schema (slower)
ON_SERVER = 500  # ... and imported into PostgreSQL
CATALOGUE = default_catalogue()
FIXTURES = Path(__file__).parents[1] / "fixtures"
CORPUS = FIXTURES / "fuzz"
SCHEMA = jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())


def trimmed_session(session: dict[str, Any]) -> dict[str, Any]:
    """Two themes, two people, two criteria: every kind of field, a tenth of the parsing."""
    people = session["participants"][:2]
    ids = {p.get("id") for p in people}
    themes = session["themes"][:2]
    for entry in themes:
        entry["goals"], entry["measures"] = entry.get("goals", [])[:1], entry.get("measures", [])[:1]
        entry["votes"] = {k: v for k, v in entry.get("votes", {}).items() if k in ids}
    kept = {t["theme_id"] for t in themes}
    criteria = [c for c in session.get("criteria", []) if c["theme_id"] in kept][:2]
    return session | {"participants": people, "themes": themes, "criteria": criteria}


def trimmed(document: dict[str, Any]) -> dict[str, Any]:
    snapshots = [s | {"session": trimmed_session(s["session"])} for s in document["snapshots"][:1]]
    return document | {"session": trimmed_session(document["session"]), "snapshots": snapshots}


BASES = [
    trimmed(json.loads(p.read_text(encoding="utf-8")))
    for p in sorted([*sessions_dir().glob("*.ambitieweb.json"), *(FIXTURES / "format-1").glob("*.json")])
]
NASTY: list[Any] = [
    0, 1, 2, 3, 4, -1, 2**31 - 1, 2**31, 2**63, 10**30, 1.5, 2.0, -0.0, 1e308,
    "2", "", " ", "x" * 501, "\x00", "a\x00b", "a\r\nb", "a\rb", "\u2028", "<b>&amp;</b>", "ë€🌍",
    True, False, None, [], {}, [1, 2, 3], {"a": 1},
    "2026-11-02T09:30:00", "2026-11-02T09:30:00Z", "2026-11-02", "yesterday",
    "0" * 32, "f" * 32, "organisation", "project", "agreed", "draft", "klimaat", "percent",
]  # fmt: skip


def nodes(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON document, as a path of keys and indexes."""
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from nodes(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from nodes(value, (*path, index))


def at(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


ACTIONS = st.sampled_from(["value", "value", "value", "delete", "repeat", "swap", "key"])
NAMES = st.sampled_from(["evil", "id", "number", "votes"])
VALUES = st.integers(0, len(NASTY) - 1)


def copied(data: Any) -> Any:
    return json.loads(json.dumps(data))  # JSON only: faster than deepcopy


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = copied(BASES[draw(st.integers(0, len(BASES) - 1))])
    for _ in range(draw(st.integers(1, 3))):
        places = list(nodes(data))[1:]
        path = places[draw(st.integers(0, len(places) - 1))]
        parent, key = at(data, path[:-1]), path[-1]
        action = draw(ACTIONS)
        if action == "value":
            parent[key] = copied(NASTY[draw(VALUES)])
        elif action == "delete":
            del parent[key]
        elif action == "repeat" and isinstance(parent, list):  # a duplicate: same ids, numbers
            parent.append(copied(parent[key]))
        elif action == "swap":  # a value from elsewhere in the file
            parent[key] = copied(at(data, places[draw(st.integers(0, len(places) - 1))]))
        elif action == "key" and isinstance(parent[key], dict):
            parent[key][draw(NAMES)] = copied(NASTY[draw(VALUES)])
    text = json.dumps(data, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2])))
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return (b"\xef\xbb\xbf" if draw(st.booleans()) else b"") + text.encode()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Repository]:
    database = open_database(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.sqlite'}")
    yield Repository(database.engine)
    database.close()


def note(what: str) -> None:
    """Count in hypothesis's statistics (--hypothesis-show-statistics), when run by hypothesis."""
    with suppress(InvalidArgument):
        event(what)


def check_then_import(raw: bytes, repository: Repository, export: bool = False) -> None:
    """The property: check's answer is import's answer; what imports reads back as checked, and
    (with `export`) exports as a file the shipped schema and check accept."""
    try:
        document = parse(raw, CATALOGUE, "fuzz.ambitieweb.json")
    except SessionFileError as exc:
        assert exc.text("nl") and exc.text("en")
        note("refused by check")
        return  # import runs the same check first: it refuses with the same message
    note("accepted by check")
    session = store_document(repository, document)  # anything but success is the bug
    try:
        stored = repository.get(session.id)
        assert stored == document.session.model_copy(update={"revision": 0})
        if export:
            exported = dumps(stored, repository.snapshots(session.id))
            assert [e.message for e in SCHEMA.iter_errors(json.loads(exported))][:3] == []
            assert parse(exported.encode(), CATALOGUE).session == stored
    finally:
        repository.delete(session.id)


def fuzz(examples: int) -> settings:
    checks = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture]
    return settings(max_examples=examples, deadline=None, database=None, suppress_health_check=checks)


@pytest.mark.slow
@fuzz(EXAMPLES)
@given(raw=mutated())
def test_check_and_import_agree_on_mutated_files(raw: bytes, store: Repository) -> None:
    check_then_import(raw, store)


@pytest.mark.slow
@fuzz(EXPORTED)
@given(raw=mutated())
def test_what_imports_exports_as_a_file_the_schema_accepts(raw: bytes, store: Repository) -> None:
    check_then_import(raw, store, export=True)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.json")), ids=lambda p: p.stem)
def test_files_that_once_broke_check_or_import(path: Path, store: Repository) -> None:
    check_then_import(path.read_bytes(), store, export=True)


@pytest.fixture(scope="module")
def server_store(postgres_server: Server) -> Iterator[Repository]:
    """PostgreSQL refuses what SQLite takes (NUL in text, integers of 2**31 and more)."""
    url = postgres_server.new_database()
    database = open_database(url)
    yield Repository(database.engine)
    database.close()
    postgres_server.drop(url)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.json")), ids=lambda p: p.stem)
def test_files_that_once_broke_check_or_import_on_postgresql(path: Path, server_store: Repository) -> None:
    check_then_import(path.read_bytes(), server_store, export=True)


@pytest.mark.slow
@fuzz(ON_SERVER)
@given(raw=mutated())
def test_check_and_import_agree_on_postgresql(raw: bytes, server_store: Repository) -> None:
    check_then_import(raw, server_store)
