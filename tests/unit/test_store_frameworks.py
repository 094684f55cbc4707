"""Own frameworks in the database: stored per version, a version in use never changed, presets apart."""

from __future__ import annotations

from typing import Any

import pytest

from ambitieweb.catalogue import Catalogue, CatalogueError
from ambitieweb.model.framework import Framework, check_framework
from ambitieweb.model.session import Session
from ambitieweb.store import Repository
from ambitieweb.store.frameworks import FrameworkNotFoundError, FrameworkRepository
from tests.unit.test_framework_model import own, theme


@pytest.fixture
def frameworks(repository: Repository) -> FrameworkRepository:
    return FrameworkRepository(repository.engine)


def test_an_own_framework_reads_back_as_it_was_stored(frameworks: FrameworkRepository) -> None:
    data = own(5)
    data["themes"][1] |= {"group": "Planet", "optional": True, "description": "Twee\nregels, ë en €."}
    framework = check_framework(data)
    assert frameworks.save(framework) == framework
    assert frameworks.get(framework.id) == framework
    assert frameworks.latest() == [framework]
    assert [t.id for t in frameworks.get(framework.id).themes] == [f"thema-{n}" for n in range(1, 6)]


def test_an_edit_of_an_unused_version_replaces_it(frameworks: FrameworkRepository) -> None:
    frameworks.save(check_framework(own(3)))
    edited = check_framework(own(4, title="Nieuw"))
    assert frameworks.save(edited).version == "1.0"
    assert [f.version for f in frameworks.all_versions()] == ["1.0"]
    assert frameworks.get("zuiderhaven-beleid").title == "Nieuw"


def test_an_edit_of_a_version_in_use_becomes_the_next_version(
    frameworks: FrameworkRepository, repository: Repository
) -> None:
    first = frameworks.save(check_framework(own(3)))
    session = repository.create(Session.new(first, "Catering 2027"))
    assert frameworks.uses(first.id, "1.0") == 1
    saved = frameworks.save(check_framework(own(4)))
    assert saved.version == "1.1"
    assert [f.version for f in frameworks.all_versions()] == ["1.0", "1.1"]
    assert len(frameworks.get(first.id, "1.0").themes) == 3  # the session's version is untouched
    assert repository.get(session.id).framework_version == "1.0"
    assert frameworks.get(first.id).version == "1.1"


def test_an_agreed_version_keeps_its_framework_version_in_use(
    frameworks: FrameworkRepository, repository: Repository
) -> None:
    first = frameworks.save(check_framework(own(3)))
    session = repository.create(Session.new(first, "Catering 2027"))
    repository.agree(session)
    session = repository.get(session.id)
    session.framework_version = "0.9"  # moved on (as if); the agreed version still uses 1.0
    repository.save(session)
    assert frameworks.uses(first.id, "1.0") == 1
    assert frameworks.save(check_framework(own(5))).version == "1.1"


def test_delete_removes_every_version(frameworks: FrameworkRepository) -> None:
    frameworks.save(check_framework(own(3)))
    frameworks.add(check_framework(own(3, version="2.0")))
    frameworks.delete("zuiderhaven-beleid")
    assert frameworks.all_versions() == []
    with pytest.raises(FrameworkNotFoundError):
        frameworks.get("zuiderhaven-beleid")
    with pytest.raises(FrameworkNotFoundError):
        frameworks.delete("zuiderhaven-beleid")


def test_the_catalogue_offers_own_frameworks_beside_the_presets(
    frameworks: FrameworkRepository, catalogue: Catalogue
) -> None:
    frameworks.save(check_framework(own(3)))
    frameworks.add(check_framework(own(4, version="1.1")))
    mine = catalogue.with_own(frameworks.all_versions())
    assert mine.framework("zuiderhaven-beleid").version == "1.1"
    assert len(mine.framework("zuiderhaven-beleid", "1.0").themes) == 3
    assert set(catalogue.presets) < set(mine.frameworks)
    assert "zuiderhaven-beleid" not in catalogue.frameworks  # the shared catalogue is not changed
    assert not mine.is_preset("zuiderhaven-beleid") and mine.is_preset("mvi-nationaal-plan")


def test_a_preset_cannot_be_overwritten_by_an_own_framework(catalogue: Catalogue) -> None:
    clash: Framework = check_framework(own(3, id="mvi-nationaal-plan"))
    with pytest.raises(CatalogueError, match=r"sjabloon|template"):
        catalogue.with_own([clash])


def test_themes_keep_their_order(frameworks: FrameworkRepository) -> None:
    data = own(3)
    data["themes"] = [theme(3), theme(1), theme(2)]
    frameworks.save(check_framework(data))
    assert [t.id for t in frameworks.get("zuiderhaven-beleid").themes] == ["thema-3", "thema-1", "thema-2"]


def test_a_new_version_number_replaces_an_unused_version_and_keeps_a_used_one(
    frameworks: FrameworkRepository, repository: Repository
) -> None:
    first = frameworks.save(check_framework(own(3)))
    frameworks.save(check_framework(own(3, version="2.0")), replacing="1.0")
    assert [f.version for f in frameworks.all_versions()] == ["2.0"]
    repository.create(Session.new(frameworks.get(first.id), "Gebruikt 2.0"))
    frameworks.save(check_framework(own(3, version="3.0")), replacing="2.0")
    assert [f.version for f in frameworks.all_versions()] == ["2.0", "3.0"]


def test_put_stores_an_undo_step_s_state_as_the_editor_needs_it(
    frameworks: FrameworkRepository, repository: Repository
) -> None:
    first = check_framework(own(3))
    assert frameworks.put(first, None) == first
    assert frameworks.put(first, first) == first and frameworks.all_versions() == [first]  # as it is
    renumbered = first.model_copy(update={"version": "2.0"})
    assert frameworks.put(renumbered, first) == renumbered  # the old number goes: nothing uses it
    assert frameworks.all_versions() == [renumbered]
    assert frameworks.put(first, renumbered) == first and frameworks.all_versions() == [first]
    repository.create(Session.new(first, "Catering 2027"))
    edited = check_framework(own(4))
    kept = frameworks.put(edited, first)
    assert kept is not None and kept.version == "1.1"  # 1.0 is in use
    assert frameworks.put(None, edited) is None and frameworks.all_versions() == []
    assert frameworks.put(None, edited) is None  # removed already: nothing to do


@pytest.mark.sqlite_only
def test_a_refused_write_is_said_in_the_user_s_words(frameworks: FrameworkRepository) -> None:
    from sqlalchemy import event

    from ambitieweb.store.errors import StoreWriteError

    def read_only(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    frameworks.engine.dispose()
    event.listen(frameworks.engine, "connect", read_only)
    with pytest.raises(StoreWriteError) as refused:
        frameworks.save(check_framework(own(3)))
    assert "het databasebestand is alleen-lezen" in refused.value.nl
    event.remove(frameworks.engine, "connect", read_only)
    frameworks.engine.dispose()
    assert frameworks.all_versions() == []
