"""The portable plan file: it carries its webs, imports whole on another laptop, refuses bad input with
a message naming the field, and matches its shipped JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs in the toolchain
import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.examples import import_examples
from ambitieweb.exchange import planfile
from ambitieweb.exchange.planfile import PlanFileError, parse
from ambitieweb.model.framework import check_framework
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.session import Session, SessionKind
from ambitieweb.plan_transfer import export_plan_file, import_plan_file, store_plan
from ambitieweb.resources import resource, sessions_dir
from ambitieweb.store import Repository, open_database
from ambitieweb.store.frameworks import FrameworkRepository
from ambitieweb.store.plans import DuplicatePlanError, PlanRepository
from tests.catalogue_texts import newer_texts_taken_over
from tests.unit.test_framework_model import own, theme

EXAMPLE = sessions_dir() / "zuiderhaven-actieplan-2027-2029.ambitieplan.json"
FIXTURES = Path(__file__).parents[1] / "fixtures"


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
            b'{"format": "ambitieweb-plan", "format_version": 3}',
            "format version 3; this program knows up to version 2",
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


def test_a_format_1_plan_file_is_upgraded_to_the_current_example(catalogue: Catalogue) -> None:
    old = FIXTURES / "plan-format-1" / EXAMPLE.name
    assert json.loads(old.read_text(encoding="utf-8"))["format_version"] == 1
    upgraded = planfile.read_file(old, catalogue)
    current = planfile.read_file(EXAMPLE, catalogue)
    assert upgraded.format_version == planfile.FORMAT_VERSION == 2
    assert upgraded.own_frameworks == [] and upgraded.notes == []
    assert upgraded.plan == current.plan
    # The cleaning web took issue 15's newer catalogue texts over, as a user does (tests/catalogue_texts.py).
    webs = [
        w.model_copy(update={"session": newer_texts_taken_over(w.session, catalogue)}) for w in upgraded.webs
    ]
    assert webs == current.webs


def own_framework_plan(repository: Repository, tmp_path: Path) -> tuple[Path, ActionPlan]:
    """A plan on the organisation's own framework (version 1.1) drawing on a generic web agreed on
    version 1.0 and a project web on 1.1, exported to a plan file."""
    frameworks = FrameworkRepository(repository.engine)
    first = frameworks.save(check_framework(own(3)))
    generic = repository.create(Session.new(first, "Beleidsweb 2027", kind=SessionKind.ORGANISATION))
    repository.agree(generic)
    generic = repository.get(generic.id)
    generic.framework_version = "1.1"  # moved on to the newer version; the agreed one stays on 1.0
    second = frameworks.save(check_framework(own(4, title="Beleidsweb Zuiderhaven 2")))
    assert second.version == "1.1"
    repository.save(generic)
    project = repository.create(
        Session.new(second, "Catering 2027", kind=SessionKind.PROJECT, generic_session_id=generic.id)
    )
    plan = ActionPlan.new(second, "Actieplan eigen kader", 2027, 2029, web_ids=[generic.id, project.id])
    plans = PlanRepository(repository.engine)
    plans.create(plan)
    path, dropped = export_plan_file(repository, plans, plan.id, tmp_path / "eigen")
    assert dropped == 0
    return path, plans.get(plan.id)


def test_a_plan_on_an_own_framework_opens_on_a_laptop_that_never_saw_it(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    path, plan = own_framework_plan(repository, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == 2
    assert [(f["id"], f["version"]) for f in data["own_frameworks"]] == [
        ("zuiderhaven-beleid", "1.1"),
        ("zuiderhaven-beleid", "1.0"),
    ]
    without = data | {"own_frameworks": []}  # what format 1 wrote: refused where the framework is unknown
    assert "Onbekend kader 'zuiderhaven-beleid'" in refused(without, catalogue)
    other = open_database(f"sqlite:///{tmp_path / 'leeg.sqlite'}")  # the other laptop: an empty database
    there, there_plans = Repository(other.engine), PlanRepository(other.engine)
    result = import_plan_file(there, there_plans, catalogue, path)
    assert (result.added, result.kept) == (2, 0)
    assert result.text("nl").splitlines() == [
        "Kader 'Beleidsweb Zuiderhaven 2' (versie 1.1) is toegevoegd.",
        "Kader 'Beleidsweb Zuiderhaven' (versie 1.0) is toegevoegd.",
    ]
    assert "Framework 'Beleidsweb Zuiderhaven' (version 1.0) was added." in result.text("en")
    mine = FrameworkRepository(repository.engine).all_versions()
    assert FrameworkRepository(other.engine).all_versions() == mine
    assert there_plans.get(plan.id) == plan.model_copy(update={"revision": 0})
    for web_id in plan.web_ids:
        assert there.get(web_id) == repository.get(web_id).model_copy(update={"revision": 0})
        assert there.snapshots(web_id) == repository.snapshots(web_id)
    again = import_plan_file(there, there_plans, catalogue, path, as_copy=True)
    assert again.notes == [] and again.kept == 2  # the frameworks are there now: nothing added
    assert FrameworkRepository(other.engine).all_versions() == mine
    other.engine.dispose()


def test_an_own_framework_whose_id_is_taken_here_is_renamed_and_the_plan_follows(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    path, plan = own_framework_plan(repository, tmp_path)
    other = open_database(f"sqlite:///{tmp_path / 'buren.sqlite'}")
    theirs = check_framework(own(5, title="Het kader van de buren", version="1.1"))
    FrameworkRepository(other.engine).add(theirs)
    there, there_plans = Repository(other.engine), PlanRepository(other.engine)
    result = import_plan_file(there, there_plans, catalogue, path)
    assert "it was taken in as framework 'zuiderhaven-beleid-2'" in result.text("en")
    stored = there_plans.get(plan.id)
    assert (stored.framework_id, stored.framework_version) == ("zuiderhaven-beleid-2", "1.1")
    assert [there.get(w).framework_id for w in plan.web_ids] == ["zuiderhaven-beleid-2"] * 2
    [agreed] = there.snapshots(plan.web_ids[0])  # the older version moves with it: one history
    assert (agreed.session.framework_id, agreed.session.framework_version) == ("zuiderhaven-beleid-2", "1.0")
    here = FrameworkRepository(other.engine)
    assert [(f.id, f.version) for f in here.all_versions()] == [
        ("zuiderhaven-beleid", "1.1"),
        ("zuiderhaven-beleid-2", "1.0"),
        ("zuiderhaven-beleid-2", "1.1"),
    ]
    assert here.get("zuiderhaven-beleid", "1.1") == theirs  # unchanged
    assert len(here.get("zuiderhaven-beleid-2", "1.1").themes) == 4
    other.engine.dispose()


def test_a_carried_framework_that_breaks_the_rules_is_refused_naming_it(catalogue: Catalogue) -> None:
    data = example()
    data["own_frameworks"] = [own(2) | {"themes": [theme(1), theme(1)]}]
    nl = refused(data, catalogue)
    assert nl.startswith("plan.ambitieplan.json: het bestand klopt niet") and "own_frameworks" in nl
