"""What the actieplan says, as plain data: sections of paragraphs, lists, tables and charts.

The PDF (`reports.actieplan`) draws it with reportlab; a Word renderer can walk the same blocks.
Written for a council member: short sentences, numbers with their unit, no codes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ambitieweb.charts.heatmap import HeatmapData
from ambitieweb.charts.plan_data import actions_timeline, combined_radar, heatmap_data, money, web_levels
from ambitieweb.charts.radar_data import RadarData
from ambitieweb.charts.timeline import TimelineData
from ambitieweb.model.framework import Framework
from ambitieweb.model.plan.parts import PlannedTender
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.policy import applicable, award_share, indicators
from ambitieweb.model.plan.progress import planned_vs_applied, reached
from ambitieweb.model.plan.realised import FollowedContract
from ambitieweb.model.plan.webs import WebFacts, combine
from ambitieweb.text.labels import format_date, format_number, level_text


@dataclass(frozen=True)
class Text:
    text: str
    style: str = "body"  # body, lead, small


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # shares of the text width, adding up to 1
    group_rows: tuple[int, ...] = ()  # rows that head a group (a quarter): printed across, in bold


@dataclass(frozen=True)
class Chart:
    data: RadarData | HeatmapData | TimelineData
    caption: str = ""


Block = Text | Bullets | Table | Chart


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class PlanDocument:
    kicker: str
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...] = field(default=())
    footer: str = ""


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def _percent(value: float | None, language: str) -> str:
    return "–" if value is None else f"{format_number(round(value), language)}%"


def _names(items: Sequence[str], language: str) -> str:
    """'A, B en C' / 'A, B and C'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_t(language, 'en', 'and')} {items[-1]}"


def quarter_text(tender: PlannedTender, language: str = "nl") -> str:
    if tender.publication_year is None:
        return _t(language, "nog niet gepland", "not planned yet")
    if tender.publication_quarter is None:
        return str(tender.publication_year)
    return f"{tender.publication_year} {_t(language, 'K', 'Q')}{tender.publication_quarter}"


def tender_themes(tender: PlannedTender, names: Mapping[str, str], language: str = "nl") -> str:
    return ", ".join(f"{names.get(t.theme_id, t.theme_id)} ({int(t.level)})" for t in tender.themes) or "–"


def actieplan_content(
    plan: ActionPlan,
    webs: Mapping[str, WebFacts],
    framework: Framework,
    language: str = "nl",
    today: dt.date | None = None,
    followed: Mapping[str, FollowedContract] | None = None,
) -> PlanDocument:
    """`followed`: per tender id the contract follow-up of its web (its realised levels and values go
    into the evaluation)."""
    from ambitieweb.reports.actieplan_realised import realised_blocks  # it builds on the blocks here

    names = framework.theme_names()
    plan_webs = web_levels(webs, plan.web_ids)
    facts = (
        (_t(language, "Organisatie", "Organisation"), plan.organisation or "–"),
        (_t(language, "Looptijd", "Period"), f"{plan.start_year}–{plan.end_year}"),
        (_t(language, "Kader", "Framework"), f"{framework.title} ({framework.version})"),
        (_t(language, "Gebaseerd op", "Based on"), "; ".join(w.title for w in plan_webs) or "–"),
        (_t(language, "Stand van", "As of"), format_date(today or dt.date.today(), language)),
    )
    sections = (
        _summary(plan, webs, names, language),
        _inventory(plan, plan_webs, framework, names, language),
        _focus(plan, names, language),
        _goals(plan, names, language),
        _tenders(plan, names, language),
        _year_plan(plan, names, language),
        _evaluation(
            plan, webs, names, language, realised_blocks(plan, webs, followed or {}, names, language)
        ),
    )
    return PlanDocument(
        kicker=_t(language, "Actieplan MVOI", "MVOI action plan"),
        title=plan.title,
        subtitle=" · ".join(p for p in (plan.organisation, f"{plan.start_year}–{plan.end_year}") if p),
        facts=facts,
        sections=sections,
        footer=f"{plan.title} · {plan.start_year}–{plan.end_year}",
    )


def _summary(
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
        f"{i.text(language)}: {_percent(i.value, language)}"
        + (
            f" ({_t(language, 'doel', 'target')} {_percent(i.target, language)})"
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


def _inventory(
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


def _focus(plan: ActionPlan, names: Mapping[str, str], language: str) -> Section:
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


def _goals(plan: ActionPlan, names: Mapping[str, str], language: str) -> Section:
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


def _tenders(plan: ActionPlan, names: Mapping[str, str], language: str) -> Section:
    title = _t(language, "4. Kansrijke aanbestedingen", "4. Promising tenders")
    if not plan.tenders:
        return Section(
            title,
            (
                Text(
                    _t(
                        language,
                        "Er zijn nog geen aanbestedingen opgenomen.",
                        "No tenders have been listed yet.",
                    )
                ),
            ),
        )
    ordered = sorted(plan.tenders, key=lambda t: (t.publication_year or 9999, t.publication_quarter or 9))
    rows: list[tuple[str, ...]] = []
    groups: list[int] = []
    current = None
    for tender in ordered:
        quarter = quarter_text(tender, language)
        if quarter != current:
            groups.append(len(rows))
            rows.append((quarter, "", "", "", ""))
            current = quarter
        rules = ", ".join(dict.fromkeys(r.kind.label(language) for r in applicable(plan, tender))) or "–"
        rows.append(
            (
                tender.title,
                f"{tender.category or '–'} · {tender.kind.label(language)}",
                f"{money(tender.estimated_value, language)} · "
                f"{tender.duration_months} {_t(language, 'mnd', 'mo')}",
                tender_themes(tender, names, language),
                rules,
            )
        )
    header = (
        _t(language, "Aanbesteding", "Tender"),
        _t(language, "Categorie · soort", "Category · kind"),
        _t(language, "Waarde · looptijd", "Value · duration"),
        _t(language, "Thema's (niveau)", "Themes (level)"),
        _t(language, "Beleidsregels die gelden", "Policy rules that apply"),
    )
    intro = _t(
        language,
        "De aanbestedingen waar we de ambities de komende jaren toepassen, per kwartaal van publicatie. "
        "Per aanbesteding staat welke thema's op welk niveau meegaan en welke beleidsregels gelden.",
        "The tenders where we apply the ambitions in the coming years, by quarter of publication. For each: "
        "which themes at which level, and which policy rules apply.",
    )
    return Section(
        title, (Text(intro), Table(header, tuple(rows), (0.24, 0.17, 0.16, 0.2, 0.23), tuple(groups)))
    )


def _year_plan(plan: ActionPlan, names: Mapping[str, str], language: str) -> Section:
    title = _t(language, "5. Jaarplanning", "5. Year plan")
    if not plan.actions:
        return Section(
            title,
            (Text(_t(language, "Er zijn nog geen acties gepland.", "No actions have been planned yet.")),),
        )
    goals = {g.id: g.indicator for g in plan.goals}
    ordered = sorted(plan.actions, key=lambda a: (a.year, a.quarter))
    rows = tuple(
        (
            f"{a.year} {_t(language, 'K', 'Q')}{a.quarter}",
            a.what,
            a.owner or "–",
            a.status.label(language),
            goals.get(a.goal_id or "", "") or names.get(a.theme_id or "", "") or "–",
        )
        for a in ordered
    )
    header = (
        _t(language, "Wanneer", "When"),
        _t(language, "Actie", "Action"),
        _t(language, "Wie", "Who"),
        _t(language, "Status", "Status"),
        _t(language, "Voor thema of doel", "For theme or goal"),
    )
    return Section(
        title, (Chart(actions_timeline(plan, language)), Table(header, rows, (0.11, 0.35, 0.17, 0.1, 0.27)))
    )


def _evaluation(
    plan: ActionPlan,
    webs: Mapping[str, WebFacts],
    names: Mapping[str, str],
    language: str,
    realised: tuple[Block, ...] = (),
) -> Section:
    yes, no = _t(language, "ja", "yes"), _t(language, "nee", "no")
    found = indicators(plan, webs)
    effort = tuple(
        (
            i.text(language),
            f"{i.count} / {i.total}" if i.code != "award" else f"{i.count} {_t(language, 'bekend', 'known')}",
            _percent(i.value, language),
            _percent(i.target, language),
            "–" if i.met is None else (yes if i.met else no),
        )
        for i in found
    )
    blocks: list[Block] = [
        Text(
            _t(
                language,
                "Inspanningsdoelen, gemeten over de aanbestedingen van dit plan. Een aanbesteding zonder "
                "projectweb telt nog niet mee als toegepast.",
                "Effort goals, measured over this plan's tenders. A tender without a project web does not "
                "count as applied yet.",
            )
        ),
        Table(
            (
                _t(language, "Inspanningsdoel", "Effort goal"),
                _t(language, "Aantal", "Count"),
                _t(language, "Gemeten", "Measured"),
                _t(language, "Doel", "Target"),
                _t(language, "Gehaald", "Met"),
            ),
            effort,
            (0.5, 0.13, 0.13, 0.12, 0.12),
        ),
    ]
    if plan.goals:
        years = list(plan.years)
        rows = tuple(
            (
                g.indicator,
                format_number(g.baseline, language),
                *(format_number(g.realised.get(y), language) for y in years),
                format_number(g.target, language),
                "–" if reached(g) is None else (yes if reached(g) else no),
            )
            for g in plan.goals
        )
        # Number columns wide enough for "Gehaald" when the plan runs three years (the goal's column
        # gives way); a longer plan shares at most 60% of the width among them.
        share = max(0.5 / (len(years) + 3), min(0.097, 0.6 / (len(years) + 3)))
        blocks += [
            Text(_t(language, "Doelen: gerealiseerd per jaar.", "Goals: realised per year.")),
            Table(
                (
                    _t(language, "Doel", "Goal"),
                    _t(language, "Nul", "Base"),
                    *(str(y) for y in years),
                    _t(language, "Doel", "Target"),
                    _t(language, "Gehaald", "Met"),
                ),
                rows,
                (1 - share * (len(years) + 3), *([share] * (len(years) + 3))),
            ),
        ]
    applied = []
    for tender in plan.tenders:
        web = webs.get(tender.web_id) if tender.web_id else None
        status = (
            web.status.label(language)
            if web is not None
            else (
                _t(language, "projectweb verwijderd", "project web deleted")
                if tender.web_id
                else _t(language, "nog geen projectweb", "no project web yet")
            )
        )
        compared = planned_vs_applied(tender, web)
        mvi_share = award_share(tender, web)
        applied.append(
            (
                tender.title,
                status,
                ", ".join(f"{names.get(c.theme_id, c.theme_id)} {int(c.planned)}" for c in compared) or "–",
                ", ".join(
                    f"{names.get(c.theme_id, c.theme_id)} {int(c.applied) if c.applied else '–'}"
                    + (" ▼" if c.short and web else "")
                    for c in compared
                )
                if web
                else "–",
                _percent(mvi_share, language),
            )
        )
    blocks += [
        Text(
            _t(
                language,
                "MVI in het inkoopproces: per aanbesteding het geplande en het toegepaste niveau (uit het "
                "projectweb; ▼ = lager dan gepland) en het aandeel MVI in de gunning.",
                "MVI in the procurement process: per tender the planned and the applied level (from the "
                "project web; ▼ = below plan) and the share of MVI in the award.",
            )
        ),
        Table(
            (
                _t(language, "Aanbesteding", "Tender"),
                _t(language, "Projectweb", "Project web"),
                _t(language, "Gepland", "Planned"),
                _t(language, "Toegepast", "Applied"),
                _t(language, "MVI in gunning", "MVI in award"),
            ),
            tuple(applied),
            (0.27, 0.15, 0.22, 0.24, 0.12),
        ),
        *realised,
    ]
    return Section(_t(language, "6. Evalueren", "6. Evaluation"), tuple(blocks))
