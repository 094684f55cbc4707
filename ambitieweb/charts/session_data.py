"""The radar's plain data for a session (screen, PDF and PNG/SVG export use the same)."""

from __future__ import annotations

from ambitieweb.charts.radar_data import RadarData
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import RATED_LEVELS, Level
from ambitieweb.model.rules import lowered
from ambitieweb.model.session import Session
from ambitieweb.model.votes import distributions

# The radar's legend in each language (the level names come from `Level.label`).
LEGENDS: dict[str, dict[str, str]] = {
    "nl": {
        "legend_ambition": "Ambitie",
        "legend_current": "Huidige situatie",
        "legend_reference": "Generiek ambitieweb",
        "legend_earlier": "Eerdere versie",
        "legend_votes": "Stemmen: mediaan en spreiding",
        "legend_flagged": "Ambitie verlaagd",
    },
    "en": {
        "legend_ambition": "Ambition",
        "legend_current": "Current situation",
        "legend_reference": "Generic ambition web",
        "legend_earlier": "Earlier version",
        "legend_votes": "Votes: median and spread",
        "legend_flagged": "Ambition lowered",
    },
}


def theme_names(session: Session, framework: Framework) -> tuple[str, ...]:
    known = {t.id: t.name for t in framework.themes}
    return tuple(known.get(e.theme_id, e.theme_id) for e in session.themes)


def _ambitions_of(other: Session, session: Session) -> tuple[int, ...]:
    """The other web's ambition for each of this session's themes (0 where it lacks the theme)."""
    levels = {e.theme_id: e.ambition for e in other.themes}
    return tuple(int(levels.get(e.theme_id, Level.UNSET)) for e in session.themes)


def radar_data(
    session: Session,
    framework: Framework,
    generic: Session | None = None,
    highlight: int | None = None,
    title: str | None = None,
    earlier: Session | None = None,
    show_votes: bool = False,
    language: str = "nl",
) -> RadarData:
    """Ambition and current level per theme; the generic web's ambitions as the reference outline.

    `earlier` (an earlier agreed version) adds its outline; themes whose ambition lies below the generic
    web's or the earlier version's are flagged. `show_votes` adds the room's votes (none while hidden).
    Level names and the legend are in `language` ("nl" or "en").
    """
    names = tuple(level.label(language) for level in RATED_LEVELS)
    flagged = None
    if generic is not None or earlier is not None:
        below_generic, below_earlier = lowered(session, generic), lowered(session, earlier)
        flagged = tuple(a or b for a, b in zip(below_generic, below_earlier, strict=True))
    return RadarData(
        labels=theme_names(session, framework),
        ambition=tuple(int(e.ambition) for e in session.themes),
        current=tuple(int(e.current) for e in session.themes),
        reference=_ambitions_of(generic, session) if generic is not None else None,
        highlight=highlight,
        title=title,
        votes=distributions(session) if show_votes else None,
        earlier=_ambitions_of(earlier, session) if earlier is not None else None,
        flagged=flagged,
        realised=None,
        level_names=(names[0], names[1], names[2]),
        **LEGENDS.get(language, LEGENDS["nl"]),
    )
