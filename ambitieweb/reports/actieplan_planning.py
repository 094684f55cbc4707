"""The actieplan's last sections: the promising tenders, the year plan and the evaluation (the
contracts' part of it is `actieplan_realised`)."""

from __future__ import annotations

from collections.abc import Mapping

from ambitieweb.charts.plan_data import actions_timeline, money
from ambitieweb.model.plan.parts import PlannedTender
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.policy import applicable, award_share, indicators
from ambitieweb.model.plan.progress import planned_vs_applied, reached
from ambitieweb.model.plan.webs import WebFacts
from ambitieweb.reports.actieplan_blocks import Block, Chart, Section, Table, Text, percent
from ambitieweb.text.labels import format_number


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def quarter_text(tender: PlannedTender, language: str = "nl") -> str:
    if tender.publication_year is None:
        return _t(language, "nog niet gepland", "not planned yet")
    if tender.publication_quarter is None:
        return str(tender.publication_year)
    return f"{tender.publication_year} {_t(language, 'K', 'Q')}{tender.publication_quarter}"


def tender_themes(tender: PlannedTender, names: Mapping[str, str], language: str = "nl") -> str:
    return ", ".join(f"{names.get(t.theme_id, t.theme_id)} ({int(t.level)})" for t in tender.themes) or "–"


def tenders_section(plan: ActionPlan, names: Mapping[str, str], language: str) -> Section:
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


def year_plan_section(plan: ActionPlan, names: Mapping[str, str], language: str) -> Section:
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


def evaluation_section(
    plan: ActionPlan,
    webs: Mapping[str, WebFacts],
    names: Mapping[str, str],
    language: str,
    realised: tuple[Block, ...] = (),
) -> Section:
    """Step 7: the effort goals measured, the goals realised per year, each tender's MVI applied."""
    blocks = [
        *_effort_blocks(plan, webs, language),
        *_goal_blocks(plan, language),
        *_applied_blocks(plan, webs, names, language),
        *realised,
    ]
    return Section(_t(language, "6. Evalueren", "6. Evaluation"), tuple(blocks))


def _yes_no(met: bool | None, language: str) -> str:
    return "–" if met is None else (_t(language, "ja", "yes") if met else _t(language, "nee", "no"))


def _effort_blocks(plan: ActionPlan, webs: Mapping[str, WebFacts], language: str) -> list[Block]:
    effort = tuple(
        (
            i.text(language),
            f"{i.count} / {i.total}" if i.code != "award" else f"{i.count} {_t(language, 'bekend', 'known')}",
            percent(i.value, language),
            percent(i.target, language),
            _yes_no(i.met, language),
        )
        for i in indicators(plan, webs)
    )
    return [
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


def _goal_blocks(plan: ActionPlan, language: str) -> list[Block]:
    if not plan.goals:
        return []
    years = list(plan.years)
    rows = tuple(
        (
            g.indicator,
            format_number(g.baseline, language),
            *(format_number(g.realised.get(y), language) for y in years),
            format_number(g.target, language),
            _yes_no(reached(g), language),
        )
        for g in plan.goals
    )
    # Number columns wide enough for "Gehaald" when the plan runs three years (the goal's column
    # gives way); a longer plan shares at most 60% of the width among them.
    share = max(0.5 / (len(years) + 3), min(0.097, 0.6 / (len(years) + 3)))
    return [
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


def _web_status(tender: PlannedTender, web: WebFacts | None, language: str) -> str:
    if web is not None:
        return web.status.label(language)
    if tender.web_id:
        return _t(language, "projectweb verwijderd", "project web deleted")
    return _t(language, "nog geen projectweb", "no project web yet")


def _applied_blocks(
    plan: ActionPlan, webs: Mapping[str, WebFacts], names: Mapping[str, str], language: str
) -> list[Block]:
    applied = []
    for tender in plan.tenders:
        web = webs.get(tender.web_id) if tender.web_id else None
        compared = planned_vs_applied(tender, web)
        applied.append(
            (
                tender.title,
                _web_status(tender, web, language),
                ", ".join(f"{names.get(c.theme_id, c.theme_id)} {int(c.planned)}" for c in compared) or "–",
                ", ".join(
                    f"{names.get(c.theme_id, c.theme_id)} {int(c.applied) if c.applied else '–'}"
                    + (" ▼" if c.short and web else "")
                    for c in compared
                )
                if web
                else "–",
                percent(award_share(tender, web), language),
            )
        )
    return [
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
    ]
