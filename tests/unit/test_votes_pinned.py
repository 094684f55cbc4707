"""The room's votes summed up, pinned: each level counted in its own place, and a distribution
refuses counts that are not three, or negative."""

from __future__ import annotations

import pytest

from ambitieweb.model.levels import Level
from ambitieweb.model.session import Participant, ThemeEntry
from ambitieweb.model.votes import Distribution, distribution


def test_each_level_is_counted_in_its_own_place() -> None:
    people = [Participant(name=n) for n in ("Anna", "Bram", "Chris")]
    entry = ThemeEntry(
        theme_id="klimaat",
        votes={people[0].id: Level.BASIS, people[1].id: Level.SIGNIFICANT, people[2].id: Level.AMBITIOUS},
    )
    assert distribution(entry) == Distribution((1, 1, 1))
    only_significant = distribution(ThemeEntry(theme_id="klimaat", tally=(0, 3, 0)))
    assert only_significant is not None
    assert (only_significant.counts, only_significant.low, only_significant.high) == ((0, 3, 0), 2, 2)


@pytest.mark.parametrize("counts", [(1, 2), (1, 1, 1, 1), (2, -1, 0), (-1, 1, 1)])
def test_a_distribution_needs_three_counts_none_negative(counts: tuple[int, ...]) -> None:
    with pytest.raises(ValueError, match="a distribution needs three counts, not all zero"):
        Distribution(counts)  # type: ignore[arg-type]
