"""Pinned behaviour of `exchange/planfile.py`: each refusal in full, in Dutch and English, with the file
named; every theme the plan names checked, wherever it is; votes of people who left are not written
(and the web on screen keeps them); the text indented by two spaces; a write that fails raises the plan
file's own error kind; a web held twice or failing the session checks is refused naming the web; the
session format of the webs checked (a file without webs in an older one opens)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import planfile
from ambitieweb.exchange.planfile import PlanFileError, parse
from ambitieweb.model.levels import Level
from tests.unit.test_framework_model import own
from tests.unit.test_plan_file import example

NAME = "plan.ambitieplan.json"


def refusal(data: object, catalogue: Catalogue) -> tuple[str, str]:
    with pytest.raises(PlanFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, NAME)
    return caught.value.text("nl"), caught.value.text("en")


def test_a_file_of_another_format_is_refused_in_full(catalogue: Catalogue) -> None:
    assert refusal({"format": "ambitieweb-session", "format_version": 2}, catalogue) == (
        f"{NAME}: dit is geen Ambitieweb-actieplan (veld 'format' ontbreekt of klopt niet).",
        f"{NAME}: this is not an Ambitieweb action plan (field 'format' is missing or wrong).",
    )


@pytest.mark.parametrize("version", [0, True, "2", 1.5, None])
def test_a_format_version_that_is_no_whole_number_from_1_is_refused(
    version: Any, catalogue: Catalogue
) -> None:
    data = example() | {"format_version": version}
    assert refusal(data, catalogue) == (
        f"{NAME}: onbekende formaatversie {version!r}.",
        f"{NAME}: unknown format version {version!r}.",
    )


def test_a_newer_format_version_asks_for_an_update(catalogue: Catalogue) -> None:
    assert refusal(example() | {"format_version": 3}, catalogue) == (
        f"{NAME}: het bestand heeft formaatversie 3, dit programma kent tot en met versie 2. "
        "Werk Ambitieweb bij om het te openen.",
        f"{NAME}: the file has format version 3; this program knows up to version 2. "
        "Update Ambitieweb to open it.",
    )


def test_a_missing_web_is_named_in_full(catalogue: Catalogue) -> None:
    data = example()
    first = data["plan"]["web_ids"][0]
    data["webs"] = [w for w in data["webs"] if w["session"]["id"] != first]
    data["plan"]["tenders"] = [t for t in data["plan"]["tenders"] if t.get("web_id") != first]
    assert refusal(data, catalogue) == (
        f"{NAME}: plan.web_ids[0] (Ambitiewebs): ambitieweb {first} zit niet in het bestand.",
        f"{NAME}: plan.web_ids[0] (Webs): web {first} is not in the file.",
    )
    data = example()
    tender = data["plan"]["tenders"][0]
    data["webs"] = [w for w in data["webs"] if w["session"]["id"] != tender["web_id"]]
    data["plan"]["web_ids"] = [w for w in data["plan"]["web_ids"] if w != tender["web_id"]]
    assert refusal(data, catalogue) == (
        f"{NAME}: plan.tenders[0].web_id (Projectweb): het projectweb van '{tender['title']}' "
        f"({tender['web_id']}) zit niet in het bestand.",
        f"{NAME}: plan.tenders[0].web_id (Project web): the project web of '{tender['title']}' "
        f"({tender['web_id']}) is not in the file.",
    )


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda p: p["categories"][0]["impact"].__setitem__("geluk", 3), "plan.categories[0].impact.geluk"),
        (lambda p: p["focus"][0].__setitem__("theme_id", "geluk"), "plan.focus[0].theme_id"),
        (lambda p: p["goals"][0].__setitem__("theme_id", "geluk"), "plan.goals[0].theme_id"),
    ],
)
def test_a_theme_not_in_the_framework_is_refused_wherever_the_plan_names_it(
    change: Any, where: str, catalogue: Catalogue
) -> None:
    data = example()
    change(data["plan"])
    assert refusal(data, catalogue) == (
        f"{NAME}: {where} (Thema): thema 'geluk' hoort niet bij kader 'mvi-nationaal-plan'.",
        f"{NAME}: {where} (Theme): theme 'geluk' is not part of framework 'mvi-nationaal-plan'.",
    )


def test_an_unknown_framework_is_named_in_both_languages(catalogue: Catalogue) -> None:
    data = example()
    data["plan"]["framework_id"] = "onbekend"
    nl, en = refusal(data, catalogue)
    assert nl.startswith(f"{NAME}: plan.framework_id: ") and en.startswith(f"{NAME}: plan.framework_id: ")
    assert nl != en and "onbekend" in nl and "onbekend" in en


def test_a_file_that_cannot_be_read_or_is_broken_is_named_by_its_own_name(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    folder = tmp_path / "map.ambitieplan.json"
    folder.mkdir()
    with pytest.raises(PlanFileError) as caught:
        planfile.read_file(folder, catalogue)
    assert (caught.value.text("nl"), caught.value.text("en")) == (
        "map.ambitieplan.json: kan niet worden gelezen (Is a directory).",
        "map.ambitieplan.json: cannot be read (Is a directory).",
    )
    broken = tmp_path / "kapot.ambitieplan.json"
    broken.write_text(json.dumps({"format": "iets anders"}), encoding="utf-8")
    with pytest.raises(PlanFileError) as caught:
        planfile.read_file(broken, catalogue)
    assert caught.value.text("en").startswith("kapot.ambitieplan.json: this is not an Ambitieweb action plan")


def test_votes_of_people_who_left_are_not_written_and_the_web_keeps_them(catalogue: Catalogue) -> None:
    document = parse(json.dumps(example()).encode(), catalogue, NAME)
    [agreed_web] = [w for w in document.webs if w.snapshots]
    gone = "9" * 32
    session = agreed_web.session
    session.themes[0].votes = {**session.themes[0].votes, gone: Level.BASIS}
    snapshot = agreed_web.snapshots[0]
    snapshot.session.themes[0].votes = {**snapshot.session.themes[0].votes, gone: Level.BASIS}
    text = planfile.dumps(document.plan, [(session, [snapshot])])
    assert gone not in text
    assert session.themes[0].votes[gone] is Level.BASIS  # the caller's web is not changed
    assert snapshot.session.themes[0].votes[gone] is Level.BASIS
    assert text.splitlines()[1].startswith('  "format"')  # indented by two spaces


def test_a_failed_write_raises_the_plan_files_error(catalogue: Catalogue, tmp_path: Path) -> None:
    document = parse(json.dumps(example()).encode(), catalogue, NAME)
    with pytest.raises(PlanFileError) as caught:
        planfile.write_file(tmp_path / "weg" / "plan.ambitieplan.json", document.plan, [])
    assert type(caught.value) is PlanFileError
    assert caught.value.text("en").startswith("plan.ambitieplan.json: cannot be written")


def test_the_plans_themes_are_checked_against_the_version_it_names(catalogue: Catalogue) -> None:
    """An own framework carried in two versions: the plan is on 1.0, which has no fourth theme."""
    plan = {"title": "Plan", "start_year": 2027, "end_year": 2029, "framework_id": "zuiderhaven-beleid"}
    data: dict[str, Any] = {
        "format": "ambitieweb-plan",
        "format_version": 2,
        "plan": plan | {"framework_version": "1.0", "focus": [{"theme_id": "thema-4"}]},
        "own_frameworks": [own(4, version="1.1"), own(3)],
    }
    assert refusal(data, catalogue)[1] == (
        f"{NAME}: plan.focus[0].theme_id (Theme): theme 'thema-4' is not part of framework "
        "'zuiderhaven-beleid'."
    )
    data["plan"]["framework_version"] = "1.1"
    assert parse(json.dumps(data).encode(), catalogue, NAME).plan.focus[0].theme_id == "thema-4"


def test_a_file_without_a_name_is_called_bestand_and_an_invalid_field_is_named_in_both_languages(
    catalogue: Catalogue,
) -> None:
    data = example()
    data["plan"]["tenders"][2]["estimated_value"] = -5
    with pytest.raises(PlanFileError) as caught:
        parse(json.dumps(data).encode(), catalogue)
    assert (caught.value.nl, caught.value.en) == (
        "bestand: het bestand klopt niet —\n"
        "plan.tenders[2].estimated_value (Geschatte waarde (€)): mag niet negatief zijn",
        "bestand: the file is invalid —\n"
        "plan.tenders[2].estimated_value (Estimated value (€)): must not be negative",
    )


def test_a_plan_file_holding_one_web_twice_is_refused(catalogue: Catalogue) -> None:
    data = example()
    twice = data["webs"][1]
    data["webs"].append(twice)
    assert refusal(data, catalogue) == (
        f"{NAME}: webs[4]: ambitieweb {twice['session']['id']} staat er twee keer in.",
        f"{NAME}: webs[4]: web {twice['session']['id']} occurs twice.",
    )


def test_a_web_failing_the_session_checks_is_refused_as_a_plan_file_naming_the_web(
    catalogue: Catalogue,
) -> None:
    data = example()
    data["webs"][1]["session"]["themes"][0]["theme_id"] = "geluk"  # checked against the catalogue
    with pytest.raises(PlanFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, NAME)
    assert type(caught.value) is PlanFileError
    assert (caught.value.nl, caught.value.en) == (
        f"{NAME}: webs[1].session.themes[0]: thema 'geluk' hoort niet bij kader 'mvi-nationaal-plan'.",
        f"{NAME}: webs[1].session.themes[0]: theme 'geluk' is not part of framework 'mvi-nationaal-plan'.",
    )
    data = example()
    [agreed] = data["webs"][0]["snapshots"]
    data["webs"][0]["snapshots"].append(agreed)  # the same agreed version twice
    with pytest.raises(PlanFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, NAME)
    assert type(caught.value) is PlanFileError
    assert (caught.value.nl, caught.value.en) == (
        f"{NAME}: webs[0].snapshots[1]: versienummer 1 komt twee keer voor.",
        f"{NAME}: webs[0].snapshots[1]: version number 1 occurs twice.",
    )


def test_a_field_a_web_does_not_have_is_refused_in_the_current_session_format(catalogue: Catalogue) -> None:
    data = example()
    data["webs"][0]["extra"] = 1
    assert refusal(data, catalogue) == (
        f"{NAME}: het bestand klopt niet —\n"
        "webs[0].extra (Ambitiewebs (extra)): is geen veld van dit formaat",
        f"{NAME}: the file is invalid —\nwebs[0].extra (Webs (extra)): is not a field of this format",
    )


@pytest.mark.parametrize("version", ["4", 6, None])
def test_a_session_format_version_that_is_not_a_known_number_is_refused(
    version: object, catalogue: Catalogue
) -> None:
    data = example() | {"session_format_version": version}
    assert refusal(data, catalogue) == (
        f"{NAME}: het bestand klopt niet —\nsession_format_version: moet 5 zijn",
        f"{NAME}: the file is invalid —\nsession_format_version: must be 5",
    )


def test_a_session_format_version_below_1_is_refused_naming_the_file(catalogue: Catalogue) -> None:
    """As the plan file's own error kind (it was the session file's)."""
    assert refusal(example() | {"session_format_version": 0}, catalogue) == (
        f"{NAME}: onbekende formaatversie 0.",
        f"{NAME}: unknown format version 0.",
    )


def test_a_plan_file_without_webs_in_an_older_session_format_opens(catalogue: Catalogue) -> None:
    """`webs` may be left out (no webs); the session format it names is then upgraded all the same
    (it was refused as "session_format_version: must be 5")."""
    data = example() | {"session_format_version": 4}
    del data["webs"]
    data["plan"]["web_ids"] = []
    data["plan"]["tenders"] = [t | {"web_id": None} for t in data["plan"]["tenders"]]
    document = parse(json.dumps(data).encode(), catalogue, NAME)
    assert document.webs == [] and document.session_format_version == 5
    assert document.plan.title == example()["plan"]["title"]
