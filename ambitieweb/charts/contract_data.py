"""The radar's plain data for a contract follow-up: the agreed levels against what the latest review
found (the contract page and the monitoring report draw the same)."""

from __future__ import annotations

from collections.abc import Mapping

from ambitieweb.charts.radar_data import MAX_THEMES, MIN_THEMES, RadarData
from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.rules import agreed_against_realised
from ambitieweb.model.levels import RATED_LEVELS
from ambitieweb.model.session import Snapshot

CONTRACT_LEGENDS: dict[str, dict[str, str]] = {
    "nl": {
        "legend_ambition": "Vastgesteld",
        "legend_current": "Situatie bij vaststelling",
        "legend_realised": "Gerealiseerd ({})",
        "legend_flagged": "Gerealiseerd onder vastgesteld",
    },
    "en": {
        "legend_ambition": "Agreed",
        "legend_current": "Situation when agreed",
        "legend_realised": "Realised ({})",
        "legend_flagged": "Realised below agreed",
    },
}


def contract_radar(
    contract: Contract,
    snapshot: Snapshot,
    theme_names: Mapping[str, str],
    language: str = "nl",
    title: str | None = None,
) -> RadarData | None:
    """The agreed version's levels, its situation when agreed, and the realised level per theme from the
    latest review (its date in the legend; a gap where a theme was not judged), flagging the themes
    realised below their agreed level. No realised layer before the first review; None when the web
    has too few or too many themes for a radar."""
    themes = snapshot.session.themes
    if not MIN_THEMES <= len(themes) <= MAX_THEMES:
        return None
    language = language if language in CONTRACT_LEGENDS else "nl"
    legends = dict(CONTRACT_LEGENDS[language])
    last = contract.last_review
    rows = agreed_against_realised(contract, snapshot)
    realised = None if last is None else tuple(last.realised(entry.theme_id) for entry in themes)
    legends["legend_realised"] = legends["legend_realised"].format(
        "–" if last is None else last.date.strftime("%d-%m-%Y")
    )
    names = tuple(level.label(language) for level in RATED_LEVELS)
    return RadarData(
        labels=tuple(theme_names.get(entry.theme_id, entry.theme_id) for entry in themes),
        ambition=tuple(int(entry.ambition) for entry in themes),
        current=tuple(int(entry.current) for entry in themes),
        title=title,
        level_names=(names[0], names[1], names[2]),
        realised=realised,
        flagged=None if last is None else tuple(row.below for row in rows),
        legend_ambition=legends["legend_ambition"],
        legend_current=legends["legend_current"],
        legend_realised=legends["legend_realised"],
        legend_flagged=legends["legend_flagged"],
    )
