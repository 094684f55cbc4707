"""The room's votes on one theme, summed up: counts per level, lowest, median and highest."""

from __future__ import annotations

from dataclasses import dataclass

from ambitieweb.model.levels import RATED_LEVELS
from ambitieweb.model.session import Session, ThemeEntry


@dataclass(frozen=True)
class Distribution:
    """How many people chose basis, significant and ambitieus (in that order); never empty."""

    counts: tuple[int, int, int]

    def __post_init__(self) -> None:
        if len(self.counts) != len(RATED_LEVELS) or min(self.counts) < 0 or sum(self.counts) == 0:
            raise ValueError(f"a distribution needs three counts, not all zero: {self.counts}")

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def low(self) -> int:
        return next(level for level, n in zip((1, 2, 3), self.counts, strict=True) if n)

    @property
    def high(self) -> int:
        return next(level for level, n in zip((3, 2, 1), reversed(self.counts), strict=True) if n)

    @property
    def median(self) -> float:
        """The middle vote; with an even number, halfway between the two middle ones (e.g. 2.5)."""
        ordered = [level for level, n in zip((1, 2, 3), self.counts, strict=True) for _ in range(n)]
        middle = len(ordered) // 2
        if len(ordered) % 2:
            return float(ordered[middle])
        return (ordered[middle - 1] + ordered[middle]) / 2

    @property
    def spread(self) -> int:
        """Levels between the lowest and highest vote: 0 when everyone agrees."""
        return self.high - self.low


def distribution(entry: ThemeEntry, participant_ids: set[str] | None = None) -> Distribution | None:
    """The votes on one theme (named votes of present participants plus the anonymous tally)."""
    counts = list(entry.tally)
    for participant, level in entry.votes.items():
        if participant_ids is None or participant in participant_ids:
            counts[int(level) - 1] += 1
    if not any(counts):
        return None
    return Distribution((counts[0], counts[1], counts[2]))


def distributions(session: Session) -> tuple[Distribution | None, ...]:
    present = session.participant_ids()
    return tuple(distribution(entry, present) for entry in session.themes)
