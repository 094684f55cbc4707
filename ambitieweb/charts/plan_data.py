"""The plan's charts as plain data: the combined radar, the impact heat map and the quarter timelines
(screen and actieplan PDF use the same)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ambitieweb.charts.heatmap import HeatmapData
from ambitieweb.charts.radar_data import MAX_THEMES, MIN_THEMES, RadarData
from ambitieweb.charts.timeline import TimelineData, TimelineItem
from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import RATED_LEVELS
from ambitieweb.model.plan.parts import ActionStatus, YearAction
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.webs import WebFacts, combine, rounded
from ambitieweb.model.votes import Distribution


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def theme_ids(plan: ActionPlan, framework: Framework) -> list[str]:
    """The themes the plan shows: the framework's (optional ones only when a web or the plan uses them)."""
    return [t.id for t in framework.themes]


def money(value: float, language: str = "nl") -> str:
    """€ 4,2 mln / € 350.000 (Dutch) or € 4.2 m / € 350,000 (English)."""
    if value >= 1_000_000:
        text = f"{value / 1_000_000:.1f}"
        return f"€ {text.replace('.', ',')} mln" if language != "en" else f"€ {text} m"
    text = f"{value:,.0f}"
    return f"€ {text.replace(',', '.')}" if language != "en" else f"€ {text}"


def combined_radar(
    plan: ActionPlan, webs: Sequence[WebFacts], framework: Framework, language: str = "nl"
) -> RadarData | None:
    """The webs on one radar: median ambition and current level as the lines, the spread of the webs'
    ambitions (lowest to highest, with the median bar) as the band. None when the framework has too few
    or too many themes to draw."""
    ids = theme_ids(plan, framework)
    if not MIN_THEMES <= len(ids) <= MAX_THEMES:
        return None
    names = framework.theme_names()
    combined = combine(webs, ids)
    spreads: list[Distribution | None] = []
    for theme in combined:
        counts = [sum(1 for level in theme.ambition if level == int(lv)) for lv in RATED_LEVELS]
        spreads.append(Distribution((counts[0], counts[1], counts[2])) if any(counts) else None)
    level_names = tuple(level.label(language) for level in RATED_LEVELS)
    return RadarData(
        labels=tuple(names.get(i, i) for i in ids),
        ambition=tuple(rounded(t.ambition_spread.median) for t in combined),
        current=tuple(rounded(t.current_spread.median) for t in combined),
        votes=tuple(spreads),
        level_names=(level_names[0], level_names[1], level_names[2]),
        legend_ambition=_t(language, "Ambitie (mediaan van de webs)", "Ambition (median of the webs)"),
        legend_current=_t(language, "Huidige situatie (mediaan)", "Current situation (median)"),
        legend_votes=_t(
            language,
            f"Ambities van {len(webs)} webs: laagste tot hoogste",
            f"Ambitions of {len(webs)} webs: lowest to highest",
        ),
    )


def heatmap_data(
    plan: ActionPlan, framework: Framework, language: str = "nl", title: str | None = None
) -> HeatmapData:
    names = framework.theme_names()
    ids = theme_ids(plan, framework)
    focus = set(plan.focus_ids())
    contracts = _t(language, "contracten", "contracts")
    return HeatmapData(
        rows=tuple(c.name for c in plan.categories),
        columns=tuple(names.get(i, i) for i in ids),
        scores=tuple(tuple(c.impact.get(i) for i in ids) for c in plan.categories),
        row_notes=tuple(
            f"{money(c.yearly_spend, language)} · {c.contracts} {contracts}" for c in plan.categories
        ),
        marked_columns=tuple(n for n, i in enumerate(ids) if i in focus),
        title=title,
        legend=_t(
            language,
            "Impact per thema: 1 laag – 5 hoog; vet = focusthema",
            "Impact per theme: 1 low – 5 high; bold = focus theme",
        ),
    )


def _quarters(plan: ActionPlan, language: str) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    letter = "Q" if language == "en" else "K"
    quarters = tuple(f"{letter}{q}" for _year, q in plan.quarters())
    return quarters, tuple((str(y), 4) for y in plan.years)


def _index(plan: ActionPlan, year: int | None, quarter: int | None) -> int | None:
    if year is None or quarter is None or year not in plan.years:
        return None
    return (year - plan.start_year) * 4 + quarter - 1


def actions_timeline(plan: ActionPlan, language: str = "nl", title: str | None = None) -> TimelineData:
    quarters, years = _quarters(plan, language)
    statuses = list(ActionStatus)
    placed = [(a, _index(plan, a.year, a.quarter)) for a in plan.actions]
    ordered: list[tuple[YearAction, int]] = sorted(
        ((a, i) for a, i in placed if i is not None), key=lambda p: p[1]
    )
    return TimelineData(
        quarters,
        years,
        tuple(TimelineItem(a.what, i, 1, statuses.index(a.status)) for a, i in ordered),
        tuple(s.label(language) for s in statuses),
        title,
        _t(language, "… en {count} acties meer (zie de tabel)", "… and {count} more actions (see the table)"),
    )


def web_levels(webs: Mapping[str, WebFacts], ids: Sequence[str]) -> list[WebFacts]:
    """The webs among `ids` that exist, in that order."""
    return [webs[i] for i in ids if i in webs]
