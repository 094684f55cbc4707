"""Pinned behaviour of `model/plan/parts.py`: the labels of the kinds of tender, goal types, action
statuses and rule kinds in Dutch (the default, and for a language it does not know) and English; text
fields of one line (the control characters refused at both ends of their ranges, stored text showing
DEL and C1 as a mark); a tender's theme needs a level from 1 to 3."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import (
    ActionStatus,
    GoalType,
    PlannedTender,
    RuleKind,
    TenderKind,
    TenderTheme,
)
from ambitieweb.model.plan.problems import describe_all
from ambitieweb.model.session import STORED

LABELS: list[tuple[TenderKind | GoalType | ActionStatus | RuleKind, str, str]] = [
    (TenderKind.WORKS, "werk", "works"),
    (TenderKind.SUPPLIES, "levering", "supplies"),
    (TenderKind.SERVICES, "dienst", "services"),
    (GoalType.EFFECT, "effectdoel", "effect goal"),
    (GoalType.RESULT, "resultaatdoel", "result goal"),
    (GoalType.EFFORT, "inspanningsdoel", "effort goal"),
    (ActionStatus.PLANNED, "gepland", "planned"),
    (ActionStatus.STARTED, "bezig", "in progress"),
    (ActionStatus.DONE, "gereed", "done"),
    (ActionStatus.DROPPED, "vervallen", "dropped"),
    (RuleKind.SOCIAL_RETURN, "social return", "social return"),
    (RuleKind.SOCIAL_CONDITIONS, "internationale sociale voorwaarden", "international social conditions"),
    (RuleKind.AWARD_SHARE, "aandeel MVI in de gunning", "share of MVI in the award"),
    (RuleKind.CRITERIA_LEVEL, "criteria op niveau 2-3", "criteria at level 2-3"),
]


@pytest.mark.parametrize(("value", "nl", "en"), LABELS)
def test_each_kind_has_its_label_in_dutch_and_english(
    value: TenderKind | GoalType | ActionStatus | RuleKind, nl: str, en: str
) -> None:
    assert value.label() == nl
    assert value.label("nl") == nl
    assert value.label("en") == en
    assert value.label("de") == nl  # a language it does not know: Dutch


@pytest.mark.parametrize("char", ["\x00", "\x1f", "\x7f", "\x9f"])
def test_a_title_with_a_control_character_is_refused(char: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PlannedTender(title=f"a{char}b")
    [error] = caught.value.errors()
    assert (error["type"], error["msg"]) == ("control_characters", "Text contains control characters")


@pytest.mark.parametrize("text", ["a b", "a~b", "a\xa0b"])
def test_the_characters_around_the_controls_are_text(text: str) -> None:
    assert PlannedTender(title=text).title == text


def test_stored_text_shows_del_and_c1_as_a_mark_but_not_other_controls() -> None:
    data = {"title": "a\x7fb\x85c\x9fd~e\xa0f"}
    stored = PlannedTender.model_validate(data, context={STORED: True})
    assert stored.title == "a\ufffdb\ufffdc\ufffdd~e\xa0f"
    for context in ({STORED: False}, {"other": True}, None):
        with pytest.raises(ValidationError):
            PlannedTender.model_validate(data, context=context)
    with pytest.raises(ValidationError):
        PlannedTender.model_validate({"title": "a\x1fb"}, context={STORED: True})


def test_a_tender_theme_needs_a_level_from_1_to_3() -> None:
    assert TenderTheme(theme_id="klimaat").level is Level.BASIS
    for level in (Level.BASIS, Level.SIGNIFICANT, Level.AMBITIOUS):
        assert TenderTheme(theme_id="klimaat", level=level).level is level
    with pytest.raises(ValidationError) as caught:
        TenderTheme.model_validate({"theme_id": "klimaat", "level": 0})
    assert describe_all(caught.value) == "Niveau: kies een niveau van 1 tot 3"
    assert describe_all(caught.value, "en") == "Level: choose a level from 1 to 3"


def test_a_tender_names_each_theme_once() -> None:
    with pytest.raises(ValidationError) as caught:
        PlannedTender(title="T", themes=[TenderTheme(theme_id="klimaat"), TenderTheme(theme_id="klimaat")])
    assert describe_all(caught.value) == "Thema's en niveaus: thema 'klimaat' staat er twee keer in"
    assert describe_all(caught.value, "en") == "Themes and levels: theme 'klimaat' occurs twice"


def test_a_tender_level_of_a_theme_it_does_not_name_is_unset() -> None:
    tender = PlannedTender(
        title="T",
        themes=[TenderTheme(theme_id="klimaat"), TenderTheme(theme_id="circulair", level=Level.AMBITIOUS)],
    )
    assert tender.level("circulair") is Level.AMBITIOUS
    assert tender.level("klimaat") is Level.BASIS
    assert tender.level("innovatie") is Level.UNSET
