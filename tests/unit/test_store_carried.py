"""Session files that travel whole (format 5): an own framework and the generic web's agreed levels
go with the session, and a database that never saw them gets them and says so."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import SessionFileError, parse, read_file, sessionfile
from ambitieweb.model.framework import Framework, check_framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session, SessionKind
from ambitieweb.reports.export import write_pdf
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository, open_database
from ambitieweb.store.frameworks import FrameworkRepository
from ambitieweb.transfer import export_file, import_file, own_catalogue
from tests.catalogue_texts import newer_texts_taken_over
from tests.unit.test_framework_model import own

FORMAT_4 = Path(__file__).parents[1] / "fixtures" / "format-4"


@pytest.fixture
def other(database_url: str, tmp_path: Path) -> Iterator[Repository]:
    """A second, empty database: the other laptop (SQLite beside the first)."""
    database = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    yield Repository(database.engine)
    database.close()


def own_framework() -> Framework:
    data = own(4)
    data["themes"][0]["name"] = "Welzijn"
    return check_framework(data)


def web_on_own_framework(repository: Repository, framework: Framework) -> Session:
    FrameworkRepository(repository.engine).save(framework)
    session = Session.new(framework, "Jeugdzorg 2028", organisation="Gemeente Zuiderhaven")
    session.themes[0].ambition = Level.AMBITIOUS
    session.themes[0].rationale = "Welzijn eerst: ë en €."
    return repository.create(session)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_an_own_framework_travels_inside_the_file_to_a_database_without_it(
    repository: Repository, other: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    framework = own_framework()
    session = web_on_own_framework(repository, framework)
    path = export_file(repository, session.id, tmp_path / "jeugdzorg")
    carried = json.loads(path.read_text(encoding="utf-8"))
    assert carried["format_version"] == 6
    assert [f["id"] for f in carried["own_frameworks"]] == ["zuiderhaven-beleid"]

    imported = import_file(other, catalogue, path)
    assert imported.session == repository.get(session.id).model_copy(update={"revision": 0})
    assert imported.text("nl") == "Kader 'Beleidsweb Zuiderhaven' (versie 1.0) is toegevoegd."
    assert imported.text("en") == "Framework 'Beleidsweb Zuiderhaven' (version 1.0) was added."
    assert FrameworkRepository(other.engine).get("zuiderhaven-beleid") == framework

    texts: list[str] = []
    for where in (repository, other):
        known = own_catalogue(where, catalogue).framework("zuiderhaven-beleid", "1.0")
        pdf = write_pdf("ambitiedocument", where.get(session.id), known, tmp_path / f"{len(texts)}.pdf")
        texts.append(pdf_text(pdf))
    assert texts[0] == texts[1] and "Welzijn" in texts[0]


def test_importing_again_adds_nothing_and_says_nothing(
    repository: Repository, other: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    session = web_on_own_framework(repository, own_framework())
    path = export_file(repository, session.id, tmp_path / "jeugdzorg.ambitieweb.json")
    import_file(other, catalogue, path)
    again = import_file(other, catalogue, path, as_copy=True)
    assert again.notes == [] and again.session.id != session.id
    assert len(FrameworkRepository(other.engine).all_versions()) == 1


def test_the_generic_web_a_project_web_refers_to_travels_as_its_agreed_levels(
    repository: Repository,
    other: Repository,
    catalogue: Catalogue,
    example_path: dict[str, Path],
    tmp_path: Path,
) -> None:
    for key in ("generic", "cleaning"):
        import_file(repository, catalogue, example_path[key])
    cleaning = read_file(example_path["cleaning"], catalogue).session
    generic_id = cleaning.generic_session_id
    assert generic_id is not None
    agreed = max(repository.snapshots(generic_id), key=lambda s: s.number).session
    path = export_file(repository, cleaning.id, tmp_path / "schoonmaak.ambitieweb.json")

    imported = import_file(other, catalogue, path)
    assert imported.text("nl") == (
        f"Generiek ambitieweb '{agreed.title}' is toegevoegd (alleen de vastgestelde niveaus)."
    )
    assert "Generic web" in imported.text("en")
    generic = other.get(generic_id)
    assert generic.kind is SessionKind.ORGANISATION and generic.title == agreed.title
    assert [(e.theme_id, e.current, e.ambition) for e in generic.themes] == [
        (e.theme_id, e.current, e.ambition) for e in agreed.themes
    ]
    assert len(other.snapshots(generic_id)) == 1  # agreed, as it was
    # the comparison the project web draws is the same on both laptops
    assert {e.theme_id: e.ambition for e in generic.themes} == {e.theme_id: e.ambition for e in agreed.themes}


def test_a_generic_web_already_there_is_left_as_it_is(
    repository: Repository, catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    import_file(repository, catalogue, example_path["generic"])
    before = repository.get(read_file(example_path["generic"], catalogue).session.id)
    imported = import_file(repository, catalogue, example_path["cleaning"])
    assert imported.notes == []
    assert repository.get(before.id) == before


def test_a_framework_with_a_presets_id_but_other_content_gets_a_new_id(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    preset = catalogue.framework("mvi-nationaal-plan")
    changed = preset.model_copy(update={"themes": preset.themes[:4]})
    session = Session.new(changed, "Eigen MVI")
    path = tmp_path / "eigen.ambitieweb.json"
    sessionfile.write_file(path, session, frameworks=[changed])

    imported = import_file(repository, catalogue, path)
    assert imported.session.framework_id == "mvi-nationaal-plan-eigen"
    assert "wijkt af van het meegeleverde kader" in imported.text("nl")
    assert "'mvi-nationaal-plan-eigen'" in imported.text("nl")
    stored = FrameworkRepository(repository.engine).get("mvi-nationaal-plan-eigen")
    assert [t.id for t in stored.themes] == [t.id for t in preset.themes[:4]]
    assert catalogue.framework("mvi-nationaal-plan") == preset  # the template is untouched


def test_a_preset_carried_as_shipped_is_not_stored(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    preset = catalogue.framework("duurzaam-gww")
    path = tmp_path / "gww.ambitieweb.json"
    sessionfile.write_file(path, Session.new(preset, "Kade"), frameworks=[preset])
    imported = import_file(repository, catalogue, path)
    assert imported.notes == [] and imported.session.framework_id == "duurzaam-gww"
    assert FrameworkRepository(repository.engine).all_versions() == []


def test_a_framework_clashing_with_one_in_this_database_gets_a_new_id(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    FrameworkRepository(repository.engine).save(check_framework(own(3)))
    theirs = own_framework()  # same id and version, other themes
    path = tmp_path / "buren.ambitieweb.json"
    sessionfile.write_file(path, Session.new(theirs, "Buurgemeente"), frameworks=[theirs])
    imported = import_file(repository, catalogue, path)
    assert imported.session.framework_id == "zuiderhaven-beleid-2"
    assert "in deze database" in imported.text("nl") and "'zuiderhaven-beleid-2'" in imported.text("nl")
    frameworks = FrameworkRepository(repository.engine)
    assert len(frameworks.get("zuiderhaven-beleid").themes) == 3  # ours unchanged
    assert frameworks.get("zuiderhaven-beleid-2").themes == theirs.themes


def test_a_session_on_an_own_framework_that_is_not_carried_is_refused(catalogue: Catalogue) -> None:
    session = Session.new(own_framework(), "Zonder kader")
    with pytest.raises(SessionFileError, match="Unknown framework 'zuiderhaven-beleid'"):
        parse(sessionfile.dumps(session).encode(), catalogue, "x.ambitieweb.json")


def test_a_bad_carried_framework_is_named_by_file_and_field(catalogue: Catalogue) -> None:
    framework = own_framework()
    data = json.loads(sessionfile.dumps(Session.new(framework, "Slecht"), frameworks=[framework]))
    data["own_frameworks"][0]["themes"][2]["levels"]["basis"] = "  "
    data["own_frameworks"][0]["themes"][3]["name"] = "Welzijn"
    with pytest.raises(SessionFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, "slecht.ambitieweb.json")
    assert caught.value.nl.startswith("slecht.ambitieweb.json:")
    assert "own_frameworks[0].themes[2].levels.basis: mag niet leeg zijn" in caught.value.nl
    data["own_frameworks"][0]["themes"][2]["levels"]["basis"] = "Weer gevuld."
    with pytest.raises(SessionFileError) as caught:
        parse(json.dumps(data).encode(), catalogue, "slecht.ambitieweb.json")
    assert "themanaam 'Welzijn' komt twee keer voor" in caught.value.nl


def test_a_generic_web_with_a_foreign_theme_is_refused(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    data = json.loads(example_path["cleaning"].read_text(encoding="utf-8"))
    data["generic_web"]["themes"][0]["theme_id"] = "ruimtegebruik"
    with pytest.raises(SessionFileError, match=r"generic_web.themes\[0\]"):
        parse(json.dumps(data).encode(), catalogue, "x.ambitieweb.json")


@pytest.mark.parametrize("name", sorted(p.name for p in FORMAT_4.glob("*.ambitieweb.json")))
def test_a_format_4_file_upgrades_to_format_5_and_reads_as_the_example(
    catalogue: Catalogue, name: str
) -> None:
    raw = (FORMAT_4 / name).read_bytes()
    assert json.loads(raw)["format_version"] == 4
    upgraded = sessionfile.upgrade(json.loads(raw), name)
    assert upgraded["format_version"] == sessionfile.FORMAT_VERSION
    assert upgraded["own_frameworks"] == [] and upgraded["generic_web"] is None
    old = parse(raw, catalogue, name)
    current = read_file(sessions_dir() / name, catalogue)
    assert newer_texts_taken_over(old.session, catalogue) == current.session
    assert old.snapshots == current.snapshots
    assert old.own_frameworks == current.own_frameworks == []
