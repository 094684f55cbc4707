"""The session rules at their boundaries: equal is not lower, unset is not low, a blank rationale is no
rationale, and every warning says what it says in both languages (found by mutation testing)."""

from __future__ import annotations

import pytest

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.levels import Level
from ambitieweb.model.rules import Finding, check_session, lowered
from ambitieweb.model.session import Session


@pytest.fixture
def web(catalogue: Catalogue) -> Session:
    return Session.new(catalogue.framework("mvi-nationaal-plan"), "Project")


def copy(session: Session) -> Session:
    return session.model_copy(deep=True)


@pytest.mark.parametrize(
    ("mine", "theirs", "flag"),
    [
        (Level.BASIS, Level.SIGNIFICANT, True),
        (Level.SIGNIFICANT, Level.SIGNIFICANT, False),  # equal is not lower
        (Level.AMBITIOUS, Level.SIGNIFICANT, False),
        (Level.UNSET, Level.SIGNIFICANT, False),  # not decided yet is not lowered
        (Level.BASIS, Level.UNSET, False),
    ],
)
def test_lowered_compares_set_ambitions_only(web: Session, mine: Level, theirs: Level, flag: bool) -> None:
    other = copy(web)
    web.themes[0].ambition = mine
    other.themes[0].ambition = theirs
    assert lowered(web, other) == (flag,) + (False,) * (len(web.themes) - 1)


def test_lowered_without_the_other_web_or_its_theme_flags_nothing(web: Session) -> None:
    other = copy(web)
    other.themes[0].ambition = Level.AMBITIOUS
    web.themes[0].ambition = web.themes[1].ambition = Level.BASIS
    assert lowered(web, None) == (False,) * len(web.themes)
    assert lowered(web, other.model_copy(update={"themes": other.themes[:1]}))[1] is False


def test_an_ambition_lowered_from_the_earlier_version_is_named_in_both_languages(web: Session) -> None:
    earlier = copy(web)
    tid = web.themes[0].theme_id
    earlier.themes[0].ambition = Level.AMBITIOUS
    web.themes[0].ambition = Level.BASIS
    web.themes[0].rationale = " \n "  # blank is no reason
    [finding] = check_session(web, earlier=earlier, names={tid: "Klimaat"})
    assert finding == Finding(
        "below-earlier",
        tid,
        "Ambitie voor 'Klimaat' is verlaagd ten opzichte van de eerdere versie (ambitieus) "
        "zonder onderbouwing.",
        "Ambition for 'Klimaat' was lowered from the earlier version (ambitious) without a rationale.",
    )
    assert check_session(web, earlier=earlier)[0].nl.startswith(f"Ambitie voor '{tid}' ")  # no name: the id
    web.themes[0].rationale = "Budget"
    assert check_session(web, earlier=earlier) == []


@pytest.mark.parametrize("ambition", [Level.AMBITIOUS, Level.UNSET])
def test_equal_to_the_earlier_version_or_unset_is_not_lowered(web: Session, ambition: Level) -> None:
    earlier = copy(web)
    earlier.themes[0].ambition = Level.AMBITIOUS
    web.themes[0].ambition = ambition
    assert check_session(web, earlier=earlier) == []


def test_below_the_generic_web_is_named_in_both_languages(web: Session) -> None:
    generic = copy(web)
    tid = web.themes[0].theme_id
    generic.themes[0].ambition = Level.AMBITIOUS
    web.themes[0].ambition = Level.SIGNIFICANT
    assert check_session(web, generic, names={tid: "Klimaat"}) == [
        Finding(
            "below-generic",
            tid,
            "Ambitie voor 'Klimaat' ligt onder het generieke ambitieweb (ambitieus) zonder onderbouwing.",
            "Ambition for 'Klimaat' is below the generic web (ambitious) without a rationale.",
        )
    ]
    web.themes[0].ambition = Level.AMBITIOUS  # equal to the generic web: fine
    assert check_session(web, generic) == []
    web.themes[0].ambition = Level.UNSET  # not decided yet: nothing to say
    assert check_session(web, generic) == []


def test_below_the_current_situation_is_named_in_both_languages(web: Session) -> None:
    tid = web.themes[0].theme_id
    web.themes[0].current = Level.SIGNIFICANT
    web.themes[0].ambition = Level.BASIS
    web.themes[0].rationale = "Ook met reden: een ambitie onder wat er al is, is een vergissing"
    assert check_session(web, names={tid: "Klimaat"}) == [
        Finding(
            "below-current",
            tid,
            "Ambitie voor 'Klimaat' ligt onder de huidige situatie.",
            "Ambition for 'Klimaat' is below the current situation.",
        )
    ]
    web.themes[0].ambition = Level.SIGNIFICANT
    assert check_session(web) == []
    web.themes[0].ambition = Level.UNSET
    assert check_session(web) == []


def test_too_many_focus_themes_says_how_many_and_the_limit(web: Session) -> None:
    for entry in web.themes[:3]:
        entry.focus = True
    assert check_session(web, max_focus=3) == []
    assert check_session(web, max_focus=2) == [
        Finding(
            "too-many-focus",
            None,
            "3 focusthema's; kies er hoogstens 2.",
            "3 focus themes; choose at most 2.",
        )
    ]
    assert check_session(web, max_focus=2)[0].text() == "3 focusthema's; kies er hoogstens 2."
    assert check_session(web, max_focus=2)[0].text("en") == "3 focus themes; choose at most 2."
