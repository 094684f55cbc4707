"""The agenda clock, pinned: the time shown (whole seconds, a part-second over time is a second over,
a minute is 60 seconds), time before any theme counts for none, and a theme's count goes on where it
stopped."""

from __future__ import annotations

import pytest

from ambitieweb.model.agenda import AgendaClock, format_seconds


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "00:00"),
        (0.5, "00:00"),
        (59.9, "00:59"),
        (60, "01:00"),
        (120, "02:00"),
        (3600, "60:00"),
        (-0.5, "-00:01"),
        (-30, "-00:30"),
        (-30.25, "-00:31"),
        (-120, "-02:00"),
    ],
)
def test_time_shown_in_minutes_and_whole_seconds(seconds: float, shown: str) -> None:
    assert format_seconds(seconds) == shown


def test_time_before_any_theme_counts_for_none() -> None:
    clock = Clock()
    agenda = AgendaClock(clock)
    assert agenda.theme is None
    agenda.start()
    clock.now += 30
    assert agenda.total_spent() == 0
    agenda.pause()
    agenda.switch("energie")
    assert agenda.total_spent() == 0 and agenda.spent("energie") == 0


def test_a_paused_clock_counts_only_the_time_it_ran() -> None:
    clock = Clock()
    agenda = AgendaClock(clock)
    agenda.switch("energie")
    agenda.start()
    clock.now += 30
    agenda.pause()
    clock.now += 50
    assert agenda.total_spent() == 30 and agenda.spent("energie") == 30


def test_walking_back_to_a_theme_continues_its_count() -> None:
    clock = Clock()
    agenda = AgendaClock(clock)
    agenda.switch("energie")
    agenda.start()
    clock.now += 30
    agenda.switch("water")
    clock.now += 20
    agenda.switch("energie")
    clock.now += 10
    agenda.pause()
    assert (agenda.spent("energie"), agenda.spent("water"), agenda.total_spent()) == (40, 20, 60)
