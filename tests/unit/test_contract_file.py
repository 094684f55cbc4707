"""A session file carries its contract follow-up (format 6, issue 18): exported with every review,
imported whole on another laptop or as a copy (new ids, reviews pointing at the copied agreed
versions), refused with the field named when it points at what the file does not hold, and a
format-5 file upgrades to a session without one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import sessionfile
from ambitieweb.exchange.sessionfile import SessionFileError, parse, read_file
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository, open_database
from ambitieweb.store.contracts import ContractRepository
from ambitieweb.transfer import export_file, import_file
from tests.unit.test_store_contracts import stored_web, two_reviews

FORMAT_5 = Path(__file__).parents[1] / "fixtures" / "format-5"


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Repository]:
    """The other laptop: a second, empty database."""
    database = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    yield Repository(database.engine)
    database.close()


def exported(repository: Repository, tmp_path: Path) -> tuple[Path, Any]:
    snapshot = stored_web(repository)
    contract = ContractRepository(repository.engine).create(two_reviews(snapshot))
    return export_file(repository, snapshot.session_id, tmp_path / "schoonmaak"), contract


def test_the_contract_follow_up_travels_to_another_laptop_whole(
    repository: Repository, other: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    path, contract = exported(repository, tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["contract"]["supplier"] == contract.supplier

    imported = import_file(other, catalogue, path)

    again = ContractRepository(other.engine).for_session(imported.session.id)
    assert again == contract  # every review, check, measurement and action; markup literal
    assert again is not None and "<b>Schoon & Zo</b>" in again.reviews[0].participants
    assert "contractopvolging is meegenomen, met 2 voortgangsgesprek(ken)" in imported.text("nl")
    assert "with 2 review(s)" in imported.text("en")


def test_imported_as_a_copy_the_follow_up_gets_new_ids_and_checks_the_copied_versions(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    path, contract = exported(repository, tmp_path)

    copy = import_file(repository, catalogue, path, as_copy=True).session

    contracts = ContractRepository(repository.engine)
    again = contracts.for_session(copy.id)
    assert again is not None and again.id != contract.id and again.session_id == copy.id
    versions = {s.id for s in repository.snapshots(copy.id)}
    assert {r.snapshot_id for r in again.reviews} <= versions
    assert not {r.id for r in again.reviews} & {r.id for r in contract.reviews}
    assert again.reviews[0].actions[0].id != contract.reviews[0].actions[0].id
    assert [r.checks for r in again.reviews] == [r.checks for r in contract.reviews]
    assert contracts.for_session(contract.session_id) == contract  # the original is untouched


def test_a_failed_follow_up_leaves_no_session_behind(
    repository: Repository,
    other: Repository,
    catalogue: Catalogue,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _contract = exported(repository, tmp_path)

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ContractRepository, "create", full_disk)
    with pytest.raises(OSError):
        import_file(other, catalogue, path)
    assert other.list_sessions() == []


def contract_data(repository: Repository, tmp_path: Path) -> dict[str, Any]:
    path, _contract = exported(repository, tmp_path)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("spoil", "field"),
    [
        (lambda c: c.update(session_id="0" * 32), "contract.session_id"),
        (lambda c: c["reviews"][1].update(snapshot_id="0" * 32), r"contract.reviews\[1\].snapshot_id"),
        (
            lambda c: c["reviews"][0]["checks"][2].update(criterion_id="0" * 32),
            r"contract.reviews\[0\].checks\[2\].criterion_id",
        ),
        (lambda c: c["reviews"][0]["themes"][1].update(theme_id="welzijn"), r"contract.reviews\[0\].themes"),
        (
            lambda c: c["reviews"][0]["measurements"][0].update(theme_id="welzijn"),
            r"contract.reviews\[0\].measurements",
        ),
    ],
)
def test_a_follow_up_pointing_at_what_the_file_does_not_hold_is_refused_naming_the_field(
    repository: Repository, catalogue: Catalogue, tmp_path: Path, spoil: Any, field: str
) -> None:
    data = contract_data(repository, tmp_path)
    spoil(data["contract"])
    with pytest.raises(SessionFileError, match=field):
        parse(json.dumps(data).encode(), catalogue, "x.ambitieweb.json")


def test_a_follow_up_that_breaks_its_own_rules_is_refused_as_the_model_says(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    data = contract_data(repository, tmp_path)
    data["contract"]["reviews"][0]["date"] = "2020-01-01"  # before the contract's start
    with pytest.raises(SessionFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, "x.ambitieweb.json")
    assert "startdatum" in caught.value.text("nl") and "start date" in caught.value.text("en")


@pytest.mark.parametrize("name", sorted(p.name for p in FORMAT_5.glob("*.ambitieweb.json")))
def test_a_format_5_file_upgrades_to_format_6_without_a_follow_up_and_reads_as_the_example(
    catalogue: Catalogue, name: str
) -> None:
    raw = (FORMAT_5 / name).read_bytes()
    assert json.loads(raw)["format_version"] == 5 and b'"contract"' not in raw
    upgraded = sessionfile.upgrade(json.loads(raw), name)
    assert upgraded["format_version"] == 6 and upgraded["contract"] is None
    old = parse(raw, catalogue, name)
    current = read_file(sessions_dir() / name, catalogue)
    assert old.session == current.session and old.snapshots == current.snapshots
    assert old.generic_web == current.generic_web and old.contract is current.contract is None
