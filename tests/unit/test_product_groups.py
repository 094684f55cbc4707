"""Product groups and their criteria: every set loads and is checked, each group meets the minimum."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from ambitieweb.catalogue import Catalogue, CatalogueError
from ambitieweb.catalogue.coverage import MIN_CRITERIA, coverage, coverage_markdown, coverage_text, gaps
from ambitieweb.model.criteria import CriterionKind, placeholders_in
from ambitieweb.model.levels import Level
from ambitieweb.resources import catalogue_dir

# The groups issue 19 asks for, and the themes the MVI framework knows.
REQUIRED_GROUPS = {
    "catering",
    "schoonmaak",
    "ict",
    "energie",
    "bedrijfskleding",
    "kantoorinrichting",
    "vervoer",
    "gebouwen",
    "gww",
}
# Labels a criterion may ask for only "of gelijkwaardig" (art. 2:78 Aanbestedingswet 2012).
LABELS = re.compile(
    r"EU Ecolabel|TCO Certified|EPEAT|Fairtrade|\bEKO\b|Beter Leven|GOTS|Fair Wear|\bFSC\b|\bPEFC\b|"
    r"\bMSC\b|\bASC\b|Nordic Swan|Blauer Engel|OEKO-TEX|Milieukeur|Global Recycled Standard|Fair Stone",
)


@pytest.fixture
def catalogue_copy(tmp_path: Path) -> Path:
    shutil.copytree(catalogue_dir(), tmp_path / "catalogue")
    return tmp_path / "catalogue"


def test_every_set_loads_and_the_required_groups_are_there() -> None:
    catalogue = Catalogue.load(catalogue_dir())  # every file read and checked now
    assert set(catalogue.product_groups) >= REQUIRED_GROUPS
    group_sets = {s.product_group for s in catalogue.criteria_sets if s.product_group}
    assert group_sets == REQUIRED_GROUPS - {"gww"}  # GWW's own criteria extend gww.toml
    for criteria_set in catalogue.criteria_sets:
        assert criteria_set.version and criteria_set.date


@pytest.mark.parametrize("group_id", sorted(REQUIRED_GROUPS))
def test_each_group_meets_the_minimum(catalogue: Catalogue, group_id: str) -> None:
    group = catalogue.product_groups[group_id]
    criteria = catalogue.group_criteria(group_id)
    assert len(criteria) >= MIN_CRITERIA
    assert {c.level for c in criteria} == {Level.BASIS, Level.SIGNIFICANT, Level.AMBITIOUS}
    assert {c.kind for c in criteria} == set(CriterionKind)
    for theme in group.themes:
        mine = [c for c in criteria if c.theme == theme]
        basis = CriterionKind.CONTRACT_CLAUSE if theme in group.basis_by_clause else CriterionKind.REQUIREMENT
        assert any(c.level == Level.BASIS and c.kind is basis for c in mine), (theme, "basis")
        for kind in (CriterionKind.AWARD, CriterionKind.CONTRACT_CLAUSE):
            assert any(c.level >= Level.SIGNIFICANT and c.kind is kind for c in mine), (theme, kind)
    assert gaps(group, criteria) == []


def test_group_themes_exist_in_the_groups_frameworks(catalogue: Catalogue) -> None:
    for group in catalogue.product_groups.values():
        known = {t.id for f in group.frameworks for t in catalogue.framework(f).themes}
        assert set(group.themes) <= known, group.id
        for criterion in catalogue.group_criteria(group.id):
            assert criterion.theme in known, criterion.id


def test_every_group_criterion_is_complete_and_asks_labels_or_equivalent(catalogue: Catalogue) -> None:
    ids = [c.id for s in catalogue.criteria_sets for c in s.criteria]
    assert len(ids) == len(set(ids))  # unique across sets
    for group_id in REQUIRED_GROUPS:
        for criterion in catalogue.group_criteria(group_id):
            assert criterion.id.startswith(f"{group_id}-"), criterion.id
            used = placeholders_in(criterion.text, criterion.verification, criterion.scoring or "")
            assert used == set(criterion.placeholders), criterion.id
            assert len(criterion.guidance) > 200, criterion.id  # when, proportionality, link
            if criterion.kind is CriterionKind.AWARD:
                assert criterion.scoring and ("punt" in criterion.scoring or "korting" in criterion.scoring)
            said = f"{criterion.text} {criterion.verification}"
            if LABELS.search(said):
                assert "gelijkwaardig" in said, criterion.id


def test_the_groups_criteria_come_first_and_other_groups_stay_out(catalogue: Catalogue) -> None:
    generic = catalogue.criteria("mvi-nationaal-plan", "milieu")
    assert generic and all(c.product_group is None for c in generic)
    cleaning = catalogue.criteria("mvi-nationaal-plan", "milieu", product_group="schoonmaak")
    groups = [c.product_group for c in cleaning]
    first_generic = groups.index(None)
    assert first_generic > 0 and set(groups[:first_generic]) == {"schoonmaak"}
    assert set(groups[first_generic:]) == {None}
    assert [c.id for c in cleaning[first_generic:]] == [c.id for c in generic]
    own = cleaning[:first_generic]
    assert [c.level for c in own] == sorted(c.level for c in own)
    basis = catalogue.criteria("mvi-nationaal-plan", "milieu", Level.BASIS, "schoonmaak")
    assert {c.level for c in basis} == {Level.BASIS}
    # GWW: its own criteria before the generic Duurzaam GWW ones; without a group only those.
    road = catalogue.criteria("duurzaam-gww", "materialen", product_group="gww")
    assert road[0].product_group == "gww" and road[-1].product_group is None
    assert all(c.product_group is None for c in catalogue.criteria("duurzaam-gww", "materialen"))


def test_groups_for_a_framework(catalogue: Catalogue) -> None:
    mvi = [g.id for g in catalogue.groups_for("mvi-nationaal-plan")]
    assert set(mvi) == REQUIRED_GROUPS - {"gww"}
    assert [g.id for g in catalogue.groups_for("duurzaam-gww")] == ["gww"]
    assert catalogue.product_groups["ict"].label("en") == "ICT hardware and data centres"


def test_a_group_theme_outside_its_frameworks_is_refused(catalogue_copy: Path) -> None:
    path = catalogue_copy / "product-groups.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'themes = ["energie", "materialen", "ecologie", "welzijn"]',
            'themes = ["energie", "klimaat"]',
        ),
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError, match="Product group 'gww': theme 'klimaat' is in none"):
        Catalogue.open(catalogue_copy)


def test_basis_by_clause_must_name_a_theme_of_the_group(catalogue_copy: Path) -> None:
    path = catalogue_copy / "product-groups.toml"
    text = path.read_text(encoding="utf-8").replace(
        'basis_by_clause = ["ketenverantwoordelijkheid"]', 'basis_by_clause = ["klimaat"]', 1
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"group 'bedrijfskleding'.*not in themes"):
        Catalogue.open(catalogue_copy)


def test_a_criterion_id_in_two_sets_is_refused(catalogue_copy: Path) -> None:
    (catalogue_copy / "criteria" / "extra.toml").write_text(
        'id = "extra"\ntitle = "Extra"\nversion = "1.0"\ndate = 2026-01-01\n'
        'frameworks = ["mvi-nationaal-plan"]\n\n[[criteria]]\nid = "catering-keten-1-eis-eerlijke-handel"\n'
        'theme = "klimaat"\nlevel = 1\nkind = "requirement"\ntitle = "T"\ntext = "T"\n'
        'verification = "V"\nguidance = "G"\n',
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError, match="also in criteria set 'catering-criteria'"):
        Catalogue.load(catalogue_copy)


def test_an_undeclared_placeholder_names_set_and_criterion(catalogue_copy: Path) -> None:
    path = catalogue_copy / "criteria" / "catering.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("ten minste {{aantal}} volwaardige", "ten minste {{aantal}} {{soort}}", 1))
    with pytest.raises(CatalogueError) as caught:
        Catalogue.load(catalogue_copy)
    message = caught.value.text("en")
    assert "catering.toml" in message and "catering-klimaat-1-eis-plantaardig-aanbod" in message
    assert "['soort']" in message


def test_a_criterion_of_an_unknown_group_is_refused(catalogue_copy: Path) -> None:
    path = catalogue_copy / "criteria" / "catering.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('product_group = "catering"', 'product_group = "kantine"')
    )
    with pytest.raises(CatalogueError, match="unknown product group 'kantine'"):
        Catalogue.load(catalogue_copy)


def test_a_group_set_holds_only_its_own_group(catalogue_copy: Path) -> None:
    path = catalogue_copy / "criteria" / "catering.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            'level = 1\nkind = "requirement"', 'level = 1\nproduct_group = "ict"\nkind = "requirement"', 1
        )
    )
    with pytest.raises(CatalogueError, match="is for product group 'ict' in a set for 'catering'"):
        Catalogue.load(catalogue_copy)


def test_the_coverage_table_shows_the_gaps(catalogue_copy: Path) -> None:
    (catalogue_copy / "criteria" / "catering.toml").unlink()
    catalogue = Catalogue.load(catalogue_copy)
    reports = {r.group.id: r for r in coverage(catalogue)}
    assert not reports["catering"].meets_minimum and reports["schoonmaak"].meets_minimum
    text = coverage_text(list(reports.values()))
    block = text.split("Catering en bedrijfsrestaurants (catering)")[1].split("\n\n")[0]
    assert "0 criteria" in block.splitlines()[0]
    assert "ontbreekt: 0 criteria, minimaal 12 nodig" in block
    assert "ontbreekt: Klimaat: geen minimumeis op niveau 1" in block
    assert "ontbreekt: Klimaat: geen gunningscriterium op niveau 2-3" in block
    english = coverage_text(list(reports.values()), "en")
    assert "missing: Klimaat: no award criterion at level 2-3" in english


def test_the_coverage_table_counts_per_theme_level_and_kind(catalogue: Catalogue) -> None:
    [report] = [r for r in coverage(catalogue) if r.group.id == "schoonmaak"]
    for theme, _name in report.themes:
        for level in (Level.BASIS, Level.SIGNIFICANT, Level.AMBITIOUS):
            for kind in CriterionKind:
                expected = sum(
                    1 for c in report.criteria if (c.theme, c.level, c.kind) == (theme, level, kind)
                )
                assert report.count(theme, level, kind) == expected
    text = coverage_text([report])
    row = next(line for line in text.splitlines() if line.startswith("* Social return"))
    cells = row.split("|")[1].split()  # level 1: G E W C
    assert cells[3] != "·"  # social return's basis is a contract clause


def test_the_shipped_coverage_report_is_current(catalogue: Catalogue) -> None:
    shipped = (Path(__file__).parents[2] / "docs" / "catalogue-coverage.md").read_text(encoding="utf-8")
    assert shipped == coverage_markdown(coverage(catalogue)), "run `make catalogue-report`"
