"""A framework as TOML: round trip, presets read back as they are, bad files named by file and field,
and importing one into the database (a preset's id with other content gets a new id)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ambitieweb.catalogue import Catalogue, framework_file, load_framework
from ambitieweb.catalogue.framework_file import FrameworkFileError
from ambitieweb.model.framework import FrameworkError, check_framework
from ambitieweb.resources import catalogue_dir
from ambitieweb.store import Repository
from ambitieweb.store.frameworks import FrameworkRepository
from ambitieweb.transfer import import_framework
from tests.unit.test_framework_model import own


@pytest.mark.parametrize("name", sorted(p.name for p in (catalogue_dir() / "frameworks").glob("*.toml")))
def test_every_preset_survives_the_round_trip(name: str, tmp_path: Path) -> None:
    preset = load_framework(catalogue_dir() / "frameworks" / name)
    path = framework_file.write(tmp_path / "kader", preset)
    assert path.name == "kader.kader.toml"
    assert framework_file.read(path) == preset


def test_awkward_text_survives_the_round_trip(tmp_path: Path) -> None:
    data = own(3, title='Beleid "2027" \\ ë € 🌍')
    data["themes"][0]["description"] = "Twee\nregels\tmet tab, ''' en \"\"\"."
    data["themes"][1] |= {"group": "People", "optional": True}
    framework = check_framework(data)
    assert framework_file.read(framework_file.write(tmp_path / "x.toml", framework)) == framework


def test_a_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "kapot.kader.toml"
    path.write_text('id = "x"\ntitle = "Open\n', encoding="utf-8")
    with pytest.raises(FrameworkFileError) as caught:
        framework_file.read(path)
    assert caught.value.nl.startswith("kapot.kader.toml: geen geldige TOML op regel 2")
    assert "line 2" in caught.value.en


def test_ten_megabytes_are_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "groot.toml"
    path.write_bytes(b'description = "' + b"a" * (10 * 1024 * 1024) + b'"\n')
    with pytest.raises(FrameworkFileError, match=r"groot.toml: the file is larger than 1024 kB"):
        framework_file.read(path)


def test_an_invalid_framework_names_file_theme_and_field(tmp_path: Path) -> None:
    framework = check_framework(own(3))
    text = framework_file.dumps(framework).replace('significant = "Meetbare doelen."', 'significant = ""', 1)
    path = tmp_path / "leeg.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FrameworkError) as caught:
        framework_file.read(path)
    assert caught.value.nl == (
        "leeg.toml: kader 'zuiderhaven-beleid' klopt niet — thema 'thema-1', veld niveautekst significant: "
        "mag niet leeg zijn"
    )
    (tmp_path / "bin.toml").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(FrameworkFileError, match="not UTF-8"):
        framework_file.read(tmp_path / "bin.toml")


def test_import_adds_an_own_framework_once(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    framework = check_framework(own(4))
    path = framework_file.write(tmp_path / "beleid", framework)
    added, notes = import_framework(repository, catalogue, path)
    assert added == framework and notes[0][0] == "Kader 'Beleidsweb Zuiderhaven' (versie 1.0) is toegevoegd."
    again, notes = import_framework(repository, catalogue, path)
    assert again == framework and "staat al in de database" in notes[0][0]
    assert FrameworkRepository(repository.engine).all_versions() == [framework]


def test_a_presets_id_with_other_content_gets_a_new_id(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    preset = catalogue.framework("duurzaam-gww")
    changed = preset.model_copy(update={"themes": preset.themes[:5]})
    path = framework_file.write(tmp_path / "gww.toml", changed)
    added, notes = import_framework(repository, catalogue, path)
    assert added.id == "duurzaam-gww-eigen" and "wijkt af van het meegeleverde kader" in notes[0][0]
    assert catalogue.framework("duurzaam-gww") == preset
    _same, notes = import_framework(repository, catalogue, framework_file.write(tmp_path / "p.toml", preset))
    assert "er is niets toegevoegd" in notes[0][0]
    assert [f.id for f in FrameworkRepository(repository.engine).all_versions()] == ["duurzaam-gww-eigen"]
