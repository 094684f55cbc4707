"""The organisation's library of own criteria: the model, the store (with the 0009 -> 0010 upgrade),
the TOML file (round trip, bad input naming file, criterion and field; nothing stored changes) and
choosing a library criterion into a session as a catalogue one."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy.engine import make_url

from ambitieweb.catalogue import Catalogue, library_file
from ambitieweb.catalogue.library_file import LibraryFileError
from ambitieweb.model.criteria import Criterion, CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.library import (
    LIBRARY_SET,
    LibraryError,
    check_criterion,
    new_id,
    revised,
    with_placeholders,
)
from ambitieweb.model.tender import choose, has_newer_text
from ambitieweb.store import Repository, open_database
from ambitieweb.store.database import SCHEMA_HEAD
from ambitieweb.store.engines import make_engine
from ambitieweb.store.library import LibraryRepository
from ambitieweb.store.migrator import alembic_config as _alembic_config
from ambitieweb.transfer import import_library, own_catalogue
from tests.unit.test_store_migration import counts, old_database  # noqa: F401  (a fixture)


def criterion_data(ident: str = "eigen-zero-emissie", **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": ident,
        "theme": "klimaat",
        "level": 2,
        "kind": "requirement",
        "title": "Zero-emissie bouwlogistiek",
        "text": "Alle bouwverkeer binnen {{zone}} rijdt emissievrij.",
        "verification": "Een logistiek plan bij de start.",
        "guidance": "Standaardtekst van de gemeente Zuiderhaven.",
        "placeholders": {"zone": "de milieuzone"},
    }
    return data | changes


def library_criterion(ident: str = "eigen-zero-emissie", **changes: Any) -> Criterion:
    return check_criterion(criterion_data(ident, **changes))


@pytest.fixture
def repository(tmp_path: Path) -> Repository:
    return Repository(open_database(f"sqlite:///{tmp_path / 'db.sqlite'}").engine)


def test_the_library_is_stored_in_order_and_read_back(repository: Repository) -> None:
    library = LibraryRepository(repository.engine)
    assert library.all() == []
    award = library_criterion(
        "eigen-award", kind="award", scoring="Meer punten voor {{zone}}.", title="Award", level=3
    )
    library.put([award, library_criterion()])
    assert library.all() == [award, library_criterion()]
    library.put([library_criterion()])
    assert library.all() == [library_criterion()]
    library.put([])
    assert library.all() == []


def test_a_bad_criterion_is_named_by_criterion_and_field() -> None:
    with pytest.raises(LibraryError) as caught:
        check_criterion(criterion_data(title="  ", text="Tekst met \x1b[31m"))
    assert caught.value.nl.startswith("criterium 'eigen-zero-emissie', veld titel:")
    assert "veld tekst" in caught.value.nl and "field text" in caught.value.en
    with pytest.raises(LibraryError, match="field placeholders"):
        check_criterion(criterion_data(placeholders={}))


def test_placeholders_follow_the_text_and_wording_changes_raise_the_revision() -> None:
    data = with_placeholders(
        criterion_data(text="In {{zone}} vanaf {{jaar}}.", placeholders={"zone": "Zone"})
    )
    assert data["placeholders"] == {"jaar": "jaar", "zone": "Zone"}
    before = library_criterion()
    assert revised(before, before.model_copy(update={"guidance": "Anders."})).revision == 1
    assert revised(before, before.model_copy(update={"title": "Anders"})).revision == 2
    assert new_id("Zero-emissie bouwlogistiek!", {"eigen-zero-emissie-bouwlogistiek"}) == (
        "eigen-zero-emissie-bouwlogistiek-2"
    )


def test_the_file_round_trips_awkward_text(tmp_path: Path) -> None:
    award = library_criterion(
        "eigen-b", kind="award", scoring='Punten "2027" \\ ë € 🌍', text="Twee\nregels\t{{zone}} '''"
    )
    criteria = [library_criterion(), award]
    path = library_file.write(tmp_path / "gemeente", criteria)
    assert path.name == "gemeente.criteria.toml"
    assert list(library_file.read(path).criteria) == criteria


@pytest.mark.parametrize(
    ("content", "nl", "en"),
    [
        (b'[[criteria]]\nid = "x\n', "kapot.toml: geen geldige TOML op regel 2", "not valid TOML at line 2"),
        (b"x" * (10 * 1024 * 1024), "kapot.toml: het bestand is groter dan", "is larger than 1024 kB"),
        (b"\xff\xfe", "kapot.toml: geen UTF-8-tekst", "not UTF-8"),
    ],
)
def test_a_bad_file_is_refused_with_its_name(tmp_path: Path, content: bytes, nl: str, en: str) -> None:
    path = tmp_path / "kapot.toml"
    path.write_bytes(content)
    with pytest.raises(LibraryFileError) as caught:
        library_file.read(path)
    assert caught.value.nl.startswith(nl) and en in caught.value.en


def test_duplicate_ids_and_control_characters_name_file_criterion_and_field(tmp_path: Path) -> None:
    text = library_file.dumps([library_criterion(), library_criterion()])
    path = tmp_path / "dubbel.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LibraryError) as caught:
        library_file.read(path)
    assert caught.value.nl == "dubbel.toml: criterium 'eigen-zero-emissie': dit id komt twee keer voor"
    path.write_text(
        library_file.dumps([library_criterion()]).replace("Standaardtekst", "Stan\\u0007"), "utf-8"
    )
    with pytest.raises(LibraryError) as caught:
        library_file.read(path)
    assert caught.value.en.startswith("dubbel.toml: criterion 'eigen-zero-emissie', field guidance:")


def test_import_adds_what_is_new_and_a_bad_file_changes_nothing(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    library = LibraryRepository(repository.engine)
    library.put([library_criterion()])
    other = library_criterion(title="Andere tekst")  # the same id, another text
    path = library_file.write(
        tmp_path / "buren.toml", [library_criterion(), other, library_criterion("eigen-c")]
    )
    with pytest.raises(LibraryError):  # duplicate id in the file: refused as a whole
        import_library(repository, catalogue, [path])
    assert library.all() == [library_criterion()]
    same_text = library_criterion("eigen-b")  # what is there, under another id: skipped too
    third = library_criterion("eigen-c", title="Derde tekst")
    path = library_file.write(tmp_path / "buren.toml", [library_criterion(), same_text, third])
    added, notes = import_library(repository, catalogue, [path])
    assert [c.id for c in library.all()] == ["eigen-zero-emissie", "eigen-c"] and added == [library.all()[1]]
    assert notes[-1] == ("2 criteria stonden er al.", "2 criteria were there already.")
    path = library_file.write(tmp_path / "buren.toml", [other])
    import_library(repository, catalogue, [path])
    assert library.all()[-1] == other.model_copy(update={"id": "eigen-andere-tekst"})
    added, notes = import_library(repository, catalogue, [path, path])  # again: the copy is there
    assert added == [] and notes == [("1 criteria stonden er al.", "1 criteria were there already.")] * 2
    catalogue_id = next(iter(catalogue.catalogue_ids()))
    path = library_file.write(tmp_path / "buren.toml", [library_criterion(catalogue_id)])
    with pytest.raises(LibraryError, match="field id: this id is a catalogue criterion's"):
        import_library(repository, catalogue, [path])
    assert len(library.all()) == 3


def test_a_chosen_library_criterion_is_a_catalogue_copy_with_the_library_as_source(
    repository: Repository, catalogue: Catalogue
) -> None:
    LibraryRepository(repository.engine).put([library_criterion()])
    known = own_catalogue(repository, catalogue)
    offered = known.library_criteria("klimaat", Level.SIGNIFICANT)
    assert offered == [library_criterion()] and known.library_criteria("klimaat", Level.BASIS) == []
    found = known.criterion("eigen-zero-emissie")
    assert found is not None
    chosen = choose(found[1], found[0])
    assert (chosen.catalogue_id, chosen.catalogue_set, chosen.kind) == (
        "eigen-zero-emissie",
        LIBRARY_SET,
        CriterionKind.REQUIREMENT,
    )
    assert not has_newer_text(chosen, known.revisions())
    newer = revised(library_criterion(), library_criterion(title="Nieuwe titel"))
    LibraryRepository(repository.engine).put([newer])
    assert has_newer_text(chosen, own_catalogue(repository, catalogue).revisions())


@pytest.fixture
def database_0009(old_database: Path) -> Path:  # noqa: F811  (the imported fixture)
    engine = make_engine(make_url(f"sqlite:///{old_database}"))
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0009")
    engine.dispose()
    return old_database


def test_a_0009_database_gains_the_library_and_keeps_its_sessions(database_0009: Path) -> None:
    before = counts(database_0009)
    database = open_database(f"sqlite:///{database_0009}")
    assert database.migration.backup is not None and "0009" in database.migration.backup.name
    with sqlite3.connect(database_0009) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    conn.close()
    assert "library_criteria" in names
    assert counts(database_0009) == before
    library = LibraryRepository(database.engine)
    library.put([library_criterion()])
    assert library.all() == [library_criterion()]
    database.engine.dispose()
