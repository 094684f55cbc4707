"""The radar's plain data for a session (screen, PDF and PNG/SVG export use the same)."""

from __future__ import annotations

from ambitieweb.charts.radar import RadarData
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session


def theme_names(session: Session, framework: Framework) -> tuple[str, ...]:
    known = {t.id: t.name for t in framework.themes}
    return tuple(known.get(e.theme_id, e.theme_id) for e in session.themes)


def radar_data(
    session: Session,
    framework: Framework,
    generic: Session | None = None,
    highlight: int | None = None,
    title: str | None = None,
) -> RadarData:
    """Ambition and current level per theme; the generic web's ambitions as the reference outline."""
    reference = None
    if generic is not None:
        generic_levels = {e.theme_id: e.ambition for e in generic.themes}
        reference = tuple(int(generic_levels.get(e.theme_id, Level.UNSET)) for e in session.themes)
    return RadarData(
        labels=theme_names(session, framework),
        ambition=tuple(int(e.ambition) for e in session.themes),
        current=tuple(int(e.current) for e in session.themes),
        reference=reference,
        highlight=highlight,
        title=title,
    )
