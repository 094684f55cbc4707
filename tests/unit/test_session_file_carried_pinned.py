"""Session files carrying own frameworks, pinned where mutation testing found them loose
(tests/mutation-survivors.md): the generic web moves with a framework that clashes, each carried
version is checked as itself, a file is named by its own name, and the text's layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import SessionFileError, parse, read_file, sessionfile
from ambitieweb.exchange.carried import GenericLevel, GenericReference
from ambitieweb.exchange.planfile import PlanFileError
from ambitieweb.model.framework import Framework, check_framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session, new_id
from ambitieweb.store import Repository
from tests.unit.test_contract_file import contract_data
from tests.unit.test_framework_model import own


def generic_on(framework: Framework, theme_ids: list[str]) -> GenericReference:
    return GenericReference(
        id=new_id(),
        title="Generiek Zuiderhaven",
        organisation="Gemeente Zuiderhaven",
        framework_id=framework.id,
        framework_version=framework.version,
        themes=[GenericLevel(theme_id=t, current=Level.BASIS, ambition=Level.AMBITIOUS) for t in theme_ids],
    )


def test_the_generic_web_moves_with_a_framework_that_clashes(catalogue: Catalogue) -> None:
    ours = catalogue.with_own([check_framework(own(3))])  # this database's, same id and version
    theirs = check_framework(own(4))
    generic = generic_on(theirs, ["thema-4", "thema-1"])
    session = Session.new(theirs, "Buurgemeente")
    agreed = [session.model_copy(deep=True).agree(n) for n in (1, 2)]
    text = sessionfile.dumps(session, agreed, frameworks=[theirs], generic=generic)
    document = parse(text.encode(), ours, "buren.ambitieweb.json")
    assert document.session.framework_id == "zuiderhaven-beleid-2"
    assert [s.session.framework_id for s in document.snapshots] == ["zuiderhaven-beleid-2"] * 2
    assert [s.id for s in document.snapshots] == [s.id for s in agreed]
    assert document.generic_web == generic.model_copy(update={"framework_id": "zuiderhaven-beleid-2"})
    # without a clash nothing moves
    document = parse(text.encode(), catalogue, "buren.ambitieweb.json")
    assert document.generic_web == generic and document.session.framework_id == "zuiderhaven-beleid"


def test_each_carried_version_of_a_framework_is_checked_as_itself(catalogue: Catalogue) -> None:
    first = check_framework(own(4))  # thema-1 .. thema-4
    newer = check_framework(own(3, version="2.0"))  # thema-4 is gone
    session = Session.new(first, "Op de oude versie")
    assert [e.theme_id for e in session.themes][-1] == "thema-4"
    text = sessionfile.dumps(session, frameworks=[first, newer], generic=generic_on(first, ["thema-4"]))
    document = parse(text.encode(), catalogue, "versies.ambitieweb.json")
    assert document.session.framework_version == "1.0"
    assert document.generic_web is not None and document.generic_web.themes[0].theme_id == "thema-4"
    # on the newer version the same themes are refused, each naming the field
    data = json.loads(text)
    data["generic_web"]["framework_version"] = "2.0"
    with pytest.raises(SessionFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, "versies.ambitieweb.json")
    assert caught.value.nl == (
        "versies.ambitieweb.json: generic_web.themes[0]: thema 'thema-4' hoort niet bij kader "
        "'zuiderhaven-beleid' of staat er twee keer in."
    )
    data = json.loads(text)
    data["session"]["framework_version"] = "2.0"
    with pytest.raises(SessionFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, "versies.ambitieweb.json")
    assert caught.value.nl == (
        "versies.ambitieweb.json: session.themes[3]: thema 'thema-4' hoort niet bij kader "
        "'zuiderhaven-beleid'."
    )


def test_a_file_that_is_read_is_named_by_its_own_name(catalogue: Catalogue, tmp_path: Path) -> None:
    path = tmp_path / "kapot.ambitieweb.json"
    path.write_text('{"format_version": 6, "session": {}}', encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        read_file(path, catalogue)
    assert caught.value.nl == (
        "kapot.ambitieweb.json: dit is geen Ambitieweb-sessiebestand (veld 'format' ontbreekt of klopt niet)."
    )
    assert caught.value.en == (
        "kapot.ambitieweb.json: this is not an Ambitieweb session file (field 'format' is missing or wrong)."
    )


def test_the_text_is_indented_by_two_spaces(catalogue: Catalogue) -> None:
    text = sessionfile.dumps(Session.new(catalogue.framework("mvi-nationaal-plan"), "Schoonmaak"))
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    assert lines[1].startswith('  "') and not lines[1].startswith("   ")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False)


@pytest.mark.parametrize(("field", "value"), [("max_focus", "5"), ("max_focus", 5.0), ("max_focus", True)])
def test_a_number_written_as_text_or_a_truth_value_is_refused(
    catalogue: Catalogue, field: str, value: object
) -> None:
    data = json.loads(sessionfile.dumps(Session.new(catalogue.framework("mvi-nationaal-plan"), "Streng")))
    data["session"][field] = value
    with pytest.raises(SessionFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, "streng.ambitieweb.json")
    assert caught.value.nl.startswith("streng.ambitieweb.json: het bestand klopt niet — session.max_focus")
    data["session"][field] = 5
    assert parse(json.dumps(data).encode(), catalogue, "streng.ambitieweb.json").session.max_focus == 5


def test_a_follow_up_of_another_session_is_refused_naming_the_file(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    data = contract_data(repository, tmp_path)
    data["contract"]["session_id"] = "0" * 32
    with pytest.raises(SessionFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, "vervolg.ambitieweb.json")
    assert caught.value.nl == (
        f"vervolg.ambitieweb.json: contract.session_id: '{'0' * 32}' is niet de sessie van dit bestand "
        f"('{data['session']['id']}')."
    )


def test_a_repeat_in_a_plan_file_s_web_is_the_plan_file_s_error(catalogue: Catalogue) -> None:
    session = Session.new(catalogue.framework("mvi-nationaal-plan"), "In een plan")
    first = session.model_copy(deep=True).agree(1)
    again = session.model_copy(deep=True).agree(1)  # the same number twice
    with pytest.raises(PlanFileError) as caught:
        sessionfile.check_session(session, [first, again], catalogue, "plan.json", "webs[0]", PlanFileError)
    assert caught.value.nl == "plan.json: webs[0].snapshots[1]: versienummer 1 komt twee keer voor."
    assert caught.value.en == "plan.json: webs[0].snapshots[1]: version number 1 occurs twice."
