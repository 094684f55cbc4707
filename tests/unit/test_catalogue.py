from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from ambitieweb.catalogue import Catalogue, CatalogueError, UnknownFrameworkError
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.resources import catalogue_dir

MVI_THEMES = [
    "klimaat",
    "milieu",
    "circulair",
    "ketenverantwoordelijkheid",
    "diversiteit-inclusie",
    "social-return",
    "innovatie",
]
GWW_THEMES = [
    "energie",
    "materialen",
    "bodem",
    "water",
    "ecologie",
    "ruimtegebruik",
    "ruimtelijke-kwaliteit",
    "welzijn",
    "sociale-relevantie",
    "investeringen",
    "vestigingsklimaat",
    "bereikbaarheid",
]
# Themes whose basis level in the generic criteria is by law an execution condition (art. 2.80
# Aanbestedingswet 2012), as `basis_by_clause` says for a product group: there is no technical
# specification of what is bought that asks social return or passes labour norms down a chain.
GENERIC_BASIS_BY_CLAUSE = {"ketenverantwoordelijkheid", "social-return"}
# What a contractor does during the contract, or hands in with the tender: never a requirement.
NOT_A_SPECIFICATION = ("gedurende de looptijd", "rapporteert", "inschrijver verklaart", "social return")


def test_the_three_presets_ship_with_their_themes(catalogue: Catalogue) -> None:
    mvi = catalogue.framework("mvi-nationaal-plan")
    assert [t.id for t in mvi.themes] == MVI_THEMES
    assert [t.id for t in mvi.themes if t.optional] == ["innovatie"]
    gww = catalogue.framework("duurzaam-gww")
    assert [t.id for t in gww.themes] == GWW_THEMES
    assert Counter(t.group for t in gww.themes) == {"Planet": 6, "People": 3, "Prosperity": 3}
    imi = catalogue.framework("inkopen-met-impact")
    assert sorted(t.id for t in imi.themes) == sorted(
        ["klimaat", "circulair", "social-return", "ketenverantwoordelijkheid", "innovatie"]
    )
    for framework in catalogue.frameworks.values():
        assert framework.version and framework.date
        for theme in framework.themes:
            texts = [theme.levels.for_level(lv) for lv in (Level.BASIS, Level.SIGNIFICANT, Level.AMBITIOUS)]
            assert len(set(texts)) == 3, theme.id


def test_level_texts_differ_between_themes(catalogue: Catalogue) -> None:
    texts = [t.levels.basis for f in catalogue.frameworks.values() for t in f.themes]
    assert len(set(texts)) == len(texts)


def test_mvoi_criteria_cover_every_theme_and_level(catalogue: Catalogue) -> None:
    """Like a product group's minimum: a basis criterion at level 1 (a requirement, or a contract
    clause where the basis is by law an execution condition), and at every level something binding."""
    for framework_id in ("mvi-nationaal-plan", "inkopen-met-impact"):
        for theme in catalogue.framework(framework_id).themes:
            for level in (Level.BASIS, Level.SIGNIFICANT, Level.AMBITIOUS):
                kinds = Counter(
                    c.kind for c in catalogue.criteria(framework_id, theme.id, level) if c.level == level
                )
                binding = kinds[CriterionKind.REQUIREMENT] + kinds[CriterionKind.CONTRACT_CLAUSE]
                assert binding >= 1, (theme.id, level)
                if level == Level.BASIS:
                    basis = (
                        CriterionKind.CONTRACT_CLAUSE
                        if theme.id in GENERIC_BASIS_BY_CLAUSE
                        else CriterionKind.REQUIREMENT
                    )
                    assert kinds[basis] >= 1, (theme.id, level)
                if level >= Level.SIGNIFICANT:
                    assert kinds[CriterionKind.AWARD] >= 1, (theme.id, level)
                    assert kinds[CriterionKind.CONTRACT_CLAUSE] >= 1, (theme.id, level)


def test_gww_criteria_cover_every_theme_and_level(catalogue: Catalogue) -> None:
    for theme_id in GWW_THEMES:
        levels = {c.level for c in catalogue.criteria("duurzaam-gww", theme_id)}
        assert levels == {Level.BASIS, Level.SIGNIFICANT, Level.AMBITIOUS}, theme_id


def test_criteria_for_a_level_include_the_lower_levels(catalogue: Catalogue) -> None:
    basis = catalogue.criteria("mvi-nationaal-plan", "klimaat", Level.BASIS)
    everything = catalogue.criteria("mvi-nationaal-plan", "klimaat", Level.AMBITIOUS)
    assert {c.level for c in basis} == {Level.BASIS}
    assert {c.id for c in basis} < {c.id for c in everything}


def test_unknown_framework_is_a_clear_error(catalogue: Catalogue) -> None:
    with pytest.raises(UnknownFrameworkError) as caught:
        catalogue.framework("bestaat-niet")
    assert "Onbekend kader 'bestaat-niet'" in caught.value.text("nl")
    assert "Unknown framework" in caught.value.text("en")


@pytest.fixture
def catalogue_copy(tmp_path: Path) -> Path:
    shutil.copytree(catalogue_dir(), tmp_path / "catalogue")
    return tmp_path / "catalogue"


def test_an_error_names_file_theme_and_field(catalogue_copy: Path) -> None:
    path = catalogue_copy / "frameworks" / "mvi.toml"
    text = path.read_text(encoding="utf-8")
    head, _, tail = text.partition('id = "milieu"')
    # drop the 'significant' text of the milieu theme
    start = tail.index("significant = ")
    end = tail.index("\n", start)
    path.write_text(head + 'id = "milieu"' + tail[:start] + tail[end + 1 :], encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        Catalogue.load(catalogue_copy)
    message = caught.value.text("en")
    assert "mvi.toml" in message and "theme 'milieu'" in message
    assert "levels.significant" in message and "Field required" in message


def test_broken_toml_names_the_file_and_line(catalogue_copy: Path) -> None:
    (catalogue_copy / "frameworks" / "broken.toml").write_text('id = "x"\ntitle = \n', encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"broken\.toml.*line 2"):
        Catalogue.load(catalogue_copy)


def test_criterion_for_an_unknown_theme_is_refused(catalogue_copy: Path) -> None:
    path = catalogue_copy / "criteria" / "mvoi.toml"
    text = path.read_text(encoding="utf-8").replace('theme = "klimaat"', 'theme = "kiimaat"', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match="unknown theme 'kiimaat'"):
        Catalogue.load(catalogue_copy)


def test_award_criterion_without_scoring_is_refused(catalogue_copy: Path) -> None:
    path = catalogue_copy / "criteria" / "extra.toml"
    path.write_text(
        'id = "extra"\ntitle = "Extra"\nversion = "1.0"\ndate = 2026-01-01\n'
        'frameworks = ["mvi-nationaal-plan"]\n\n[[criteria]]\nid = "k-award"\ntheme = "klimaat"\n'
        'level = 2\nkind = "award"\ntitle = "T"\ntext = "Minder dan {{max}} ton."\n'
        'verification = "V"\nguidance = "G"\n[criteria.placeholders]\nmax = "Maximum"\n',
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError, match=r"criterion 'k-award'.*scoring method"):
        Catalogue.load(catalogue_copy)


def test_opening_reads_the_criteria_when_first_asked_for(catalogue_copy: Path) -> None:
    path = catalogue_copy / "criteria" / "mvoi.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('theme = "klimaat"', 'theme = "kiimaat"', 1))
    opened = Catalogue.open(catalogue_copy)  # the frameworks only: a workspace can show
    assert opened.framework("mvi-nationaal-plan").theme("klimaat").name == "Klimaat"
    with pytest.raises(CatalogueError, match="unknown theme 'kiimaat'"):
        opened.criteria("mvi-nationaal-plan", "klimaat")


def test_requirements_are_specifications_and_clauses_say_how_they_are_checked(catalogue: Catalogue) -> None:
    """Issue 15: a minimumeis describes what is delivered (art. 2.75-2.78); duties during the
    contract are contract clauses (art. 2.80), each with a check that fits a contract."""
    criteria = [c for s in catalogue.criteria_sets for c in s.criteria]
    requirements = [c for c in criteria if c.kind is CriterionKind.REQUIREMENT]
    assert len(requirements) >= 60
    for criterion in requirements:
        text = criterion.text.casefold()
        assert not [w for w in NOT_A_SPECIFICATION if w in text], criterion.id
        assert criterion.theme not in ("social-return", "sociale-relevantie"), criterion.id
    clauses = [c for c in criteria if c.kind is CriterionKind.CONTRACT_CLAUSE]
    checks = (  # evidence during the contract, not at tender
        "rapport",
        "registratie",
        "logboek",
        "verslag",
        "overleg",
        "goedgekeurd",
        "goedkeuring",
        "controle",
        "schouw",
        "steekproef",
        "verificatie",
        "meting",
        "evaluatie",
        "op verzoek",
    )
    for criterion in clauses:
        assert any(w in criterion.verification.casefold() for w in checks), criterion.id


# The selection of candidates for an innovation partnership ranks the references themselves.
RANKED_AT_SELECTION = {"innovatie-3-selectie-ontwikkelvermogen"}


def test_selection_criteria_ask_the_uea_at_tender_and_evidence_of_the_winner(catalogue: Catalogue) -> None:
    """Gids Proportionaliteit: a bidder declares its suitability in the UEA; only the intended
    winner hands in certificates and reference statements. Reserved contracts (art. 2.82) too."""
    selection = [
        c
        for s in catalogue.criteria_sets
        for c in s.criteria
        if c.kind is CriterionKind.SELECTION and c.id not in RANKED_AT_SELECTION
    ]
    assert len(selection) >= 15
    for criterion in selection:
        assert "UEA" in criterion.verification, criterion.id
        assert "beoogde winnaar" in criterion.verification, criterion.id


def test_articles_are_cited_as_the_law_numbers_them(catalogue: Catalogue) -> None:
    """'artikel 2.78', as on wetten.overheid.nl, not the old '2:78', in every text a buyer reads."""
    old_style = re.compile(r"\b2:\d")
    for criteria_set in catalogue.criteria_sets:
        for c in criteria_set.criteria:
            for field in (c.title, c.text, c.verification, c.guidance, c.scoring or ""):
                assert not old_style.search(field), c.id
