"""The actieplan's first sections: in brief, where we stand (the webs and the impact per category),
the focus themes and the goals."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ambitieweb.charts.plan_data import combined_radar, heatmap_data, money
from ambitieweb.model.framework import Framework
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.policy import indicators
from ambitieweb.model.plan.webs import WebFacts, combine
from ambitieweb.reports.actieplan_blocks import Block, Bullets, Chart, Section, Table, Text, percent
from ambitieweb.text.labels import format_number, level_text


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def _names(items: Sequence[str], language: str) -> str:
    """'A, B en C' / 'A, B and C'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_t(language, 'en', 'and')} {items[-1]}"


def summary_section(
    plan: ActionPlan, webs: Mapping[str, WebFacts], names: Mapping[str, str], language: str
) -> Section:
    spend = sum(c.yearly_spend for c in plan.categories)
    focus = [names.get(f.theme_id, f.theme_id) for f in plan.focus]
    value = sum(t.estimated_value for t in plan.tenders)
    who = plan.organisation or _t(language, "De organisatie", "The organisation")
    lines = []
    if spend:
        lines.append(
            _t(
                language,
                f"{who} koopt per jaar voor ongeveer {money(spend, language)} in. Met dit plan zetten we die "
                f"inkoop van {plan.start_year} tot en met {plan.end_year} bewust in voor de samenleving.",
                f"{who} buys for about {money(spend, language)} a year. With this plan we use that spending "
                f"on purpose for society from {plan.start_year} to {plan.end_year}.",
            )
        )
    if focus:
        lines.append(
            _t(
                language,
                f"We kiezen {len(focus)} focusthema's: {_names(focus, language)}. Daar is onze impact het "
                "grootst en daar leggen we de lat hoger.",
                f"We choose {len(focus)} focus themes: {_names(focus, language)}. That is where our impact "
                "is largest and where we raise the bar.",
            )
        )
    lines.append(
        _t(
            language,
            f"Het plan telt {len(plan.goals)} meetbare doelen, {len(plan.tenders)} kansrijke aanbestedingen "
            f"(samen {money(value, language)}) en {len(plan.actions)} acties in de jaarplanning.",
            f"The plan has {len(plan.goals)} measurable goals, {len(plan.tenders)} promising tenders "
            f"(together {money(value, language)}) and {len(plan.actions)} actions in the year plan.",
        )
    )
    found = indicators(plan, webs)
    bullets = tuple(
        f"{i.text(language)}: {percent(i.value, language)}"
        + (
            f" ({_t(language, 'doel', 'target')} {percent(i.target, language)})"
            if i.target is not None
            else ""
        )
        for i in found[:3]
    )
    return Section(
        _t(language, "In het kort", "In brief"),
        (
            Text(" ".join(lines), "lead"),
            Text(
                _t(
                    language,
                    "Waar staan we nu met de aanbestedingen van dit plan:",
                    "Where the plan's tenders stand now:",
                )
            ),
            Bullets(bullets),
        ),
    )


def inventory_section(
    plan: ActionPlan, webs: Sequence[WebFacts], framework: Framework, names: Mapping[str, str], language: str
) -> Section:
    blocks: list[Block] = [
        Text(
            _t(
                language,
                "Het plan bouwt op de ambitiewebs van de organisatie. Per thema staat hieronder wat de "
                "webs nu zien (huidige situatie) en waar ze naartoe willen (ambitie): 1 basis, "
                "2 significant, 3 ambitieus.",
                "The plan builds on the organisation's ambition webs. Per theme: where the webs see us "
                "now (current situation) and where they want to go (ambition): 1 basic, 2 significant, "
                "3 ambitious.",
            )
        )
    ]
    if webs:
        blocks.append(
            Table(
                (
                    _t(language, "Ambitieweb", "Web"),
                    _t(language, "Voor", "For"),
                    _t(language, "Status", "Status"),
                ),
                tuple((w.title, w.scope_text(language), w.status.label(language)) for w in webs),
                (0.55, 0.28, 0.17),
            )
        )
        radar = combined_radar(plan, webs, framework, language)
        if radar is not None:
            blocks.append(Chart(radar, _t(language, "De webs samen", "The webs together")))
        rows = []
        for theme in combine(webs, [t.id for t in framework.themes]):
            spread = theme.ambition_spread
            rows.append(
                (
                    names.get(theme.theme_id, theme.theme_id),
                    " · ".join(str(level) if level else "–" for level in theme.current),
                    " · ".join(str(level) if level else "–" for level in theme.ambition),
                    "–"
                    if spread.low is None
                    else f"{spread.low} / {format_number(spread.median, language)} / {spread.high}",
                )
            )
        blocks.append(
            Table(
                (
                    _t(language, "Thema", "Theme"),
                    _t(language, "Nu, per web", "Now, per web"),
                    _t(language, "Ambitie, per web", "Ambition, per web"),
                    _t(language, "Ambitie laagste / mediaan / hoogste", "Ambition lowest / median / highest"),
                ),
                tuple(rows),
                (0.34, 0.2, 0.2, 0.26),
            )
        )
    if plan.categories:
        blocks += [
            Text(
                _t(
                    language,
                    "Waar zit onze impact? Per inkoopcategorie het volume per jaar en de impact per thema "
                    "(1 laag tot 5 hoog).",
                    "Where is our impact? Per purchasing category the yearly spend and the impact per theme "
                    "(1 low to 5 high).",
                )
            ),
            Chart(heatmap_data(plan, framework, language)),
        ]
    return Section(_t(language, "1. Waar staan we", "1. Where we stand"), tuple(blocks))


def focus_section(plan: ActionPlan, names: Mapping[str, str], language: str) -> Section:
    if not plan.focus:
        return Section(
            _t(language, "2. Focusthema's", "2. Focus themes"),
            (
                Text(
                    _t(
                        language,
                        "Er zijn nog geen focusthema's gekozen.",
                        "No focus themes have been chosen yet.",
                    )
                ),
            ),
        )
    rows = tuple(
        (names.get(f.theme_id, f.theme_id), level_text(f.ambition, language), f.reason.strip() or "–")
        for f in plan.focus
    )
    return Section(
        _t(language, "2. Focusthema's", "2. Focus themes"),
        (
            Text(
                _t(
                    language,
                    f"We richten ons op hoogstens {plan.focus_limit} thema's, zodat de aandacht niet "
                    "versnippert.",
                    f"We focus on at most {plan.focus_limit} themes, so attention is not spread too thin.",
                )
            ),
            Table(
                (
                    _t(language, "Thema", "Theme"),
                    _t(language, "Ambitie", "Ambition"),
                    _t(language, "Waarom", "Why"),
                ),
                rows,
                (0.25, 0.17, 0.58),
            ),
        ),
    )


def _goal_values(baseline: float | None, target: float | None, unit: str, language: str) -> str:
    text = f"{format_number(baseline, language)} → {format_number(target, language)}"
    return f"{text} {unit}".strip()


def goals_section(plan: ActionPlan, names: Mapping[str, str], language: str) -> Section:
    title = _t(language, "3. Ambities en doelen", "3. Ambitions and goals")
    if not plan.goals:
        return Section(
            title,
            (Text(_t(language, "Er zijn nog geen doelen vastgelegd.", "No goals have been recorded yet.")),),
        )
    rows = tuple(
        (
            names.get(g.theme_id, g.theme_id),
            g.type.label(language),
            g.indicator,
            _goal_values(g.baseline, g.target, g.unit, language),
            str(g.year) if g.year else "–",
            g.owner or "–",
        )
        for g in plan.goals
    )
    explain = _t(
        language,
        "Een effectdoel zegt wat er in de wereld verandert, een resultaatdoel wat wij opleveren en een "
        "inspanningsdoel wat wij doen.",
        "An effect goal says what changes in the world, a result goal what we deliver and an effort "
        "goal what we do.",
    )
    header = (
        _t(language, "Thema", "Theme"),
        _t(language, "Soort", "Type"),
        _t(language, "Indicator", "Indicator"),
        _t(language, "Nu → doel", "Now → target"),
        _t(language, "Jaar", "Year"),
        _t(language, "Eigenaar", "Owner"),
    )
    return Section(title, (Text(explain), Table(header, rows, (0.15, 0.14, 0.31, 0.17, 0.07, 0.16))))
