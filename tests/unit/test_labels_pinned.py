"""Level and criterion-kind labels, pinned: Dutch, English, and Dutch for any other language; the
placeholder names of several texts."""

from __future__ import annotations

import pytest

from ambitieweb.model.criteria import CriterionKind, placeholders_in
from ambitieweb.model.levels import Level


@pytest.mark.parametrize(
    ("level", "nl", "en"),
    [
        (Level.UNSET, "niet bepaald", "not set"),
        (Level.BASIS, "basis", "basic"),
        (Level.SIGNIFICANT, "significant", "significant"),
        (Level.AMBITIOUS, "ambitieus", "ambitious"),
    ],
)
def test_level_labels(level: Level, nl: str, en: str) -> None:
    assert (level.label(), level.label("nl"), level.label("en"), level.label("fr")) == (nl, nl, en, nl)


@pytest.mark.parametrize(
    ("kind", "nl", "en"),
    [
        (CriterionKind.SELECTION, "Geschiktheidseis", "Selection criterion"),
        (CriterionKind.REQUIREMENT, "Minimumeis", "Requirement"),
        (CriterionKind.AWARD, "Gunningscriterium", "Award criterion"),
        (CriterionKind.CONTRACT_CLAUSE, "Contractbepaling", "Contract clause"),
    ],
)
def test_kind_labels(kind: CriterionKind, nl: str, en: str) -> None:
    assert (kind.label(), kind.label("nl"), kind.label("en"), kind.label("fr")) == (nl, nl, en, nl)


def test_placeholder_names_of_several_texts() -> None:
    assert placeholders_in("{{a}} en {{ b }}", "{{a}}", "{{c}}", "{{Hoofd}} {{}}") == {"a", "b", "c"}
    assert placeholders_in() == set()
