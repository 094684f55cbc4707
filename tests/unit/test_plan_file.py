"""The portable plan file: it carries its webs, imports whole on another laptop, refuses bad input with
a message naming the field, and matches its shipped JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import planfile
from ambitieweb.exchange.planfile import PlanFileError, parse
from ambitieweb.plan_transfer import export_plan_file, import_plan_file, store_plan
from ambitieweb.resources import resource, sessions_dir
from ambitieweb.store import Repository, open_database
from ambitieweb.store.plans import DuplicatePlanError, PlanRepository
from ambitieweb.transfer import import_examples

EXAMPLE = sessions_dir() / "zuiderhaven-actieplan-2027-2029.ambitieplan.json"


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def refused(data: object, catalogue: Catalogue, language: str = "nl") -> str:
    with pytest.raises(PlanFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, "plan.ambitieplan.json")
    return caught.value.text(language)


def test_the_example_matches_the_shipped_schema_and_the_schema_the_models() -> None:
    shipped = json.loads(resource("schema", "ambitieweb-plan.schema.json").read_text(encoding="utf-8"))
    assert shipped == planfile.json_schema(), "run `make schema` after changing the models"
    jsonschema.Draft202012Validator.check_schema(shipped)
    jsonschema.Draft202012Validator(shipped).validate(example())


def test_a_plan_travels_with_its_webs_to_another_laptop(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    import_examples(repository, catalogue)
    plans = PlanRepository(repository.engine)
    [summary] = plans.list_plans()
    path, dropped = export_plan_file(repository, plans, summary.id, tmp_path / "plan")
    assert path.name == "plan.ambitieplan.json" and dropped == 0
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")  # the other laptop: an empty database
    there, there_plans = Repository(other.engine), PlanRepository(other.engine)
    result = import_plan_file(there, there_plans, catalogue, path)
    assert (result.added, result.kept) == (4, 0)
    plan = plans.get(summary.id)
    assert there_plans.get(summary.id) == plan.model_copy(update={"revision": 0})
    for web_id in plan.referenced_webs():
        assert there.get(web_id) == repository.get(web_id).model_copy(update={"revision": 0})
        assert there.snapshots(web_id) == repository.snapshots(web_id)
    with pytest.raises(DuplicatePlanError):
        import_plan_file(there, there_plans, catalogue, path)
    copy = import_plan_file(there, there_plans, catalogue, path, as_copy=True)
    assert copy.plan.id != summary.id and copy.plan.title.endswith("(kopie)") and copy.kept == 4
    other.engine.dispose()


def test_a_web_deleted_since_is_left_out_of_the_file_and_said(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    import_examples(repository, catalogue)
    plans = PlanRepository(repository.engine)
    [summary] = plans.list_plans()
    plan = plans.get(summary.id)
    repository.delete(plan.tenders[0].web_id or "")
    repository.delete(plan.web_ids[1])
    path, dropped = export_plan_file(repository, plans, summary.id, tmp_path / "plan.ambitieplan.json")
    assert dropped == 2
    document = planfile.read_file(path, catalogue)
    assert document.plan.tenders[0].web_id is None and len(document.plan.web_ids) == 2
    assert plans.get(summary.id).tenders[0].web_id is not None  # the stored plan keeps its reference


def test_a_plan_referring_to_a_web_not_in_the_file_is_refused(catalogue: Catalogue) -> None:
    data = example()
    cleaning = data["plan"]["tenders"][0]["web_id"]
    data["webs"] = [w for w in data["webs"] if w["session"]["id"] != cleaning]
    nl = refused(data, catalogue)
    assert nl.startswith("plan.ambitieplan.json: plan.tenders[0].web_id (Projectweb): het projectweb van")
    assert "zit niet in het bestand" in nl
    data = example()
    data["webs"] = data["webs"][1:]
    assert "plan.web_ids[0] (Webs): web" in refused(data, catalogue, "en")


@pytest.mark.parametrize(
    ("change", "nl"),
    [
        (
            lambda p: p["tenders"][2].__setitem__("estimated_value", -5),
            "plan.tenders[2].estimated_value (Geschatte waarde (€)): mag niet negatief zijn",
        ),
        (
            lambda p: p.__setitem__("end_year", 2020),
            "plan (Actieplan): Eindjaar 2020 ligt vóór beginjaar 2027",
        ),
        (
            lambda p: p["categories"].append(dict(p["categories"][0])),
            "Inkoopcategorie 'energie' staat er twee keer in",
        ),
        (
            lambda p: p["tenders"][1].__setitem__("title", "Laptops\x07"),
            "plan.tenders[1].title (Titel): bevat een onzichtbaar stuurteken",
        ),
        (
            lambda p: p["goals"][0].__setitem__("theme_id", "geluk"),
            "plan.goals[0].theme_id (Thema): thema 'geluk' hoort niet bij kader",
        ),
        (
            lambda p: p["categories"][0]["impact"].__setitem__("klimaat", 9),
            "plan.categories[0].impact.klimaat (Impact (klimaat)): mag hoogstens 5 zijn",
        ),
        (
            lambda p: p["tenders"][0].__setitem__("kind", "huur"),
            "plan.tenders[0].kind (Soort): moet een van deze waarden zijn",
        ),
        (lambda p: p.__setitem__("framework_id", "onbekend"), "plan.framework_id:"),
    ],
)
def test_bad_input_names_the_field(change: Any, nl: str, catalogue: Catalogue) -> None:
    data = example()
    change(data["plan"])
    assert nl in refused(data, catalogue)


def test_markup_travels_as_text(repository: Repository, catalogue: Catalogue) -> None:
    data = example()
    data["plan"]["title"] = '<font size=40>Plan</font> & "co" <img src="/etc/passwd">'
    data["plan"]["tenders"][1]["client"] = "Jan <jan@x.nl>"
    document = parse(json.dumps(data).encode(), catalogue, "x")
    plans = PlanRepository(repository.engine)
    stored = store_plan(repository, plans, document).plan
    assert plans.get(stored.id).title == data["plan"]["title"]
    assert plans.get(stored.id).tenders[1].client == "Jan <jan@x.nl>"


@pytest.mark.parametrize(
    ("raw", "en"),
    [
        (b"{ not json", "not valid JSON at line 1"),
        (b"[]", "does not hold a JSON object"),
        (b'{"format": "ambitieweb-session", "format_version": 4}', "this is not an Ambitieweb action plan"),
        (
            b'{"format": "ambitieweb-plan", "format_version": 2}',
            "format version 2; this program knows up to version 1",
        ),
        (b"\xff\xfe", "not UTF-8 text"),
    ],
)
def test_a_broken_file_says_what_is_wrong(raw: bytes, en: str, catalogue: Catalogue) -> None:
    with pytest.raises(PlanFileError) as caught:
        parse(raw, catalogue, "plan.ambitieplan.json")
    assert en in caught.value.text("en")


def test_a_file_over_the_limit_is_not_read(catalogue: Catalogue, tmp_path: Path) -> None:
    path = tmp_path / "groot.ambitieplan.json"
    path.write_bytes(b" " * (planfile.MAX_FILE_BYTES + 1))
    with pytest.raises(PlanFileError) as caught:
        planfile.read_file(path, catalogue)
    assert "groter dan 50 MB" in caught.value.text("nl")


def test_webs_in_an_older_session_format_are_upgraded(catalogue: Catalogue) -> None:
    data = example()
    data["session_format_version"] = 2
    for web in data["webs"]:
        for session in [web["session"], *(s["session"] for s in web["snapshots"])]:
            session.pop("scope")
    document = parse(json.dumps(data).encode(), catalogue, "x")
    assert all(w.session.scope == "organisation" for w in document.webs)
