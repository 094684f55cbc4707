"""The room's votes on a theme in words: the counts per level, the median and the spread, and who chose what.

Plain text (no markup): the documents escape it like any other user text.
"""

from __future__ import annotations

from dataclasses import dataclass

from ambitieweb.model.levels import RATED_LEVELS, Level
from ambitieweb.model.session import Session, ThemeEntry
from ambitieweb.model.votes import Distribution, distribution
from ambitieweb.text.labels import label


@dataclass(frozen=True)
class VoteLines:
    title: str  # "Stemmen (7)"
    summary: str  # "basis 1 · significant 4 · ambitieus 2 — mediaan significant, spreiding 2 niveaus"
    named: list[tuple[str, str]]  # (participant's name, level) for each named vote, in participant order
    anonymous: int  # votes counted by hand, without a name


def vote_lines(session: Session, entry: ThemeEntry, language: str = "nl") -> VoteLines | None:
    """What the documents say about the votes on `entry`; None when nobody voted on it."""
    present = session.participant_ids()
    votes = distribution(entry, present)
    if votes is None:
        return None
    named = [
        (participant.name, entry.votes[participant.id].label(language))
        for participant in session.participants
        if participant.id in entry.votes
    ]
    return VoteLines(
        title=label("votes", language, count=votes.total),
        summary=summary(votes, language),
        named=named,
        anonymous=sum(entry.tally),
    )


def one_line(votes: Distribution, language: str = "nl") -> str:
    """'Stemmen (7): basis 1 · significant 4 · ambitieus 2 — mediaan significant, spreiding 2 niveaus'."""
    return f"{label('votes', language, count=votes.total)}: {summary(votes, language)}"


def summary(votes: Distribution, language: str = "nl") -> str:
    counts = " · ".join(
        f"{level.label(language)} {count}" for level, count in zip(RATED_LEVELS, votes.counts, strict=True)
    )
    return f"{counts} — {median_text(votes.median, language)}, {spread_text(votes.spread, language)}"


def median_text(median: float, language: str = "nl") -> str:
    """'mediaan significant', or between two levels when an even number of votes splits there."""
    if median.is_integer():
        return label("median", language, level=Level(int(median)).label(language))
    low, high = Level(int(median)), Level(int(median) + 1)
    return label("median_between", language, low=low.label(language), high=high.label(language))


def spread_text(spread: int, language: str = "nl") -> str:
    if spread == 0:
        return label("spread_none", language)
    if spread == 1:
        return label("spread_one", language)
    return label("spread_many", language, count=spread)
