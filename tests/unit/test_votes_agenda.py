"""The room's votes, the agenda clock, and the comparison rules used in presenter mode."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.agenda import AgendaClock, format_seconds
from ambitieweb.model.levels import Level
from ambitieweb.model.rules import check_session, lowered
from ambitieweb.model.session import Participant, Session, ThemeEntry
from ambitieweb.model.votes import Distribution, distribution, distributions


def test_distribution_of_named_votes_and_a_tally() -> None:
    people = [Participant(name=n) for n in ("Anna", "Bram", "Chris")]
    entry = ThemeEntry(
        theme_id="klimaat",
        votes={people[0].id: Level.BASIS, people[1].id: Level.AMBITIOUS, people[2].id: Level.AMBITIOUS},
        tally=(0, 2, 0),
    )
    spread = distribution(entry)
    assert spread is not None
    assert spread.counts == (1, 2, 2)
    assert (spread.total, spread.low, spread.median, spread.high, spread.spread) == (5, 1, 2.0, 3, 2)


def test_an_even_number_of_votes_has_a_median_between_levels() -> None:
    assert Distribution((0, 1, 1)).median == 2.5
    assert Distribution((2, 0, 2)).median == 2.0
    assert Distribution((0, 4, 0)).spread == 0


def test_no_votes_is_no_distribution_and_empty_counts_are_refused() -> None:
    assert distribution(ThemeEntry(theme_id="klimaat")) is None
    with pytest.raises(ValueError, match="not all zero"):
        Distribution((0, 0, 0))


def test_votes_of_people_who_left_are_not_counted_and_can_be_dropped(catalogue: Catalogue) -> None:
    session = Session.new(catalogue.framework("inkopen-met-impact"), "Schoonmaak")
    anna, bram = Participant(name="Anna"), Participant(name="Bram")
    session.participants = [anna, bram]
    session.themes[0].votes = {anna.id: Level.BASIS, bram.id: Level.SIGNIFICANT}
    session.participants = [anna]
    first = distributions(session)[0]
    assert first is not None and first.counts == (1, 0, 0)
    session.drop_orphan_votes()
    assert session.themes[0].votes == {anna.id: Level.BASIS}


def test_a_vote_is_a_level_from_one_to_three() -> None:
    with pytest.raises(ValidationError):
        ThemeEntry(theme_id="klimaat", votes={"0" * 32: Level.UNSET})
    with pytest.raises(ValidationError):
        ThemeEntry(theme_id="klimaat", tally=(0, -1, 0))


@given(st.lists(st.sampled_from([1, 2, 3]), min_size=1, max_size=40))
def test_median_low_and_high_agree_with_the_sorted_votes(votes: list[int]) -> None:
    spread = Distribution((votes.count(1), votes.count(2), votes.count(3)))
    ordered = sorted(votes)
    middle = len(ordered) // 2
    expected = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    assert (spread.low, spread.median, spread.high) == (ordered[0], expected, ordered[-1])


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_clock_counts_only_the_theme_under_discussion_while_running() -> None:
    time = FakeTime()
    clock = AgendaClock(time)
    clock.switch("klimaat")
    time.now += 30  # not started yet
    assert clock.spent("klimaat") == 0
    clock.start()
    time.now += 90
    clock.switch("circulair")
    time.now += 20
    clock.pause()
    time.now += 500  # paused: nothing counts
    clock.switch("klimaat")
    clock.start()
    time.now += 10
    assert (clock.spent("klimaat"), clock.spent("circulair")) == (100, 20)
    assert clock.left("klimaat", 2) == 20
    assert clock.left("circulair", 0) is None  # no time planned
    assert clock.session_left({"klimaat": 2, "circulair": 1}) == 180 - 120
    assert clock.session_left({"klimaat": 0}) is None
    time.now += 30
    assert clock.left("klimaat", 2) == -10  # over time


def test_time_is_shown_as_minutes_and_seconds() -> None:
    assert [format_seconds(s) for s in (0, 5, 65, 245.7, -30, -61)] == [
        "00:00",
        "00:05",
        "01:05",
        "04:05",
        "-00:30",
        "-01:01",
    ]


def test_ambitions_lowered_against_another_web_are_found_and_named(catalogue: Catalogue) -> None:
    framework = catalogue.framework("mvi-nationaal-plan")
    earlier = Session.new(framework, "Fase 1")
    earlier.entry("klimaat").ambition = Level.AMBITIOUS
    earlier.entry("circulair").ambition = Level.SIGNIFICANT
    now = Session.new(framework, "Fase 2")
    now.entry("klimaat").ambition = Level.SIGNIFICANT
    now.entry("circulair").ambition = Level.AMBITIOUS
    flags = lowered(now, earlier)
    assert [e.theme_id for e, flag in zip(now.themes, flags, strict=True) if flag] == ["klimaat"]
    names = {t.id: t.name for t in framework.themes}
    findings = check_session(now, earlier=earlier, names=names)
    assert [(f.code, f.theme_id) for f in findings] == [("below-earlier", "klimaat")]
    assert names["klimaat"] in findings[0].text("nl") and "lowered" in findings[0].text("en")
    now.entry("klimaat").rationale = "Geen marktpartijen voor de hogere eis in deze regio."
    assert check_session(now, earlier=earlier) == []


def test_the_focus_limit_is_the_sessions_own(catalogue: Catalogue) -> None:
    session = Session.new(catalogue.framework("duurzaam-gww"), "Weg", max_focus=3)
    for entry in session.themes[:4]:
        entry.focus = True
    assert [f.code for f in check_session(session)] == ["too-many-focus"]
    session.max_focus = 4
    assert check_session(session) == []
