"""The actieplan's evaluation, from the contracts of its tenders (issue 18): per tender theme the level
realised in the newest review that judged it, and the goals' values per year from the reviews beside
the values typed into the plan. Nothing is added while no tender's web has a contract follow-up.
Plain text only: the renderers escape it (a supplier called "<b>Schoon</b>" prints as typed)."""

from __future__ import annotations

from collections.abc import Mapping

from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.progress import planned_vs_applied
from ambitieweb.model.plan.realised import FollowedContract, contract_values
from ambitieweb.model.plan.webs import WebFacts
from ambitieweb.reports.actieplan_blocks import Block, Table, Text
from ambitieweb.text.labels import format_date, format_number


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def realised_blocks(
    plan: ActionPlan,
    webs: Mapping[str, WebFacts],
    followed: Mapping[str, FollowedContract],
    names: Mapping[str, str],
    language: str,
) -> tuple[Block, ...]:
    if not followed:
        return ()
    return (*_levels(plan, webs, followed, names, language), *_values(plan, followed, language))


def _levels(
    plan: ActionPlan,
    webs: Mapping[str, WebFacts],
    followed: Mapping[str, FollowedContract],
    names: Mapping[str, str],
    language: str,
) -> tuple[Block, ...]:
    rows = []
    for tender in plan.tenders:
        contract = followed.get(tender.id)
        if contract is None:
            continue
        web = webs.get(contract.web_id)
        for c in planned_vs_applied(tender, web, contract):
            if c.realised is None:
                realised = _t(language, "nog niet beoordeeld", "not judged yet")
            else:
                realised = str(int(c.realised)) + (
                    " ▼ " + _t(language, "lager dan gepland", "below plan") if c.realised_short else ""
                )
            rows.append(
                (
                    f"{tender.title} ({contract.label})" if contract.label else tender.title,
                    names.get(c.theme_id, c.theme_id),
                    str(int(c.planned)),
                    str(int(c.applied)) if web is not None and c.applied else "–",
                    realised,
                    format_date(c.reviewed, language) if c.reviewed is not None else "–",
                )
            )
    if not rows:
        return ()
    return (
        Text(
            _t(
                language,
                "Gerealiseerd per aanbesteding: per thema het niveau uit het laatste voortgangsgesprek van "
                "het contract dat het beoordeelde (▼ = lager dan gepland).",
                "Realised per tender: per theme the level of the contract's latest review that judged it "
                "(▼ = below plan).",
            )
        ),
        Table(
            (
                _t(language, "Aanbesteding (contract)", "Tender (contract)"),
                _t(language, "Thema", "Theme"),
                _t(language, "Gepland", "Planned"),
                _t(language, "Toegepast", "Applied"),
                _t(language, "Gerealiseerd", "Realised"),
                _t(language, "Gesprek", "Review"),
            ),
            tuple(rows),
            (0.27, 0.2, 0.1, 0.12, 0.18, 0.13),
        ),
    )


def _values(plan: ActionPlan, followed: Mapping[str, FollowedContract], language: str) -> tuple[Block, ...]:
    tenders = {t.id: t.title for t in plan.tenders}
    years = set(plan.years)
    rows = []
    for goal in plan.goals:
        for year, found in contract_values(goal, followed.values()).items():
            if year not in years:
                continue
            typed = goal.realised.get(year)
            rows.append(
                (
                    f"{goal.indicator} ({goal.unit})" if goal.unit.strip() else goal.indicator,
                    str(year),
                    format_number(found.value, language),
                    "–" if typed is None else format_number(typed, language),
                    "; ".join(tenders.get(c.tender_id, "–") for c in found.contracts),
                )
            )
    if not rows:
        return ()
    return (
        Text(
            _t(
                language,
                "Doelen: waarden uit de contracten per jaar (de laatste meting van elk contract in dat jaar, "
                "opgeteld; bij een percentage het gemiddelde), naast de waarde in het plan.",
                "Goals: values from the contracts per year (each contract's last measurement in that year, "
                "added up; for a percentage their mean), beside the value in the plan.",
            )
        ),
        Table(
            (
                _t(language, "Doel", "Goal"),
                _t(language, "Jaar", "Year"),
                _t(language, "Uit contracten", "From contracts"),
                _t(language, "In het plan", "In the plan"),
                _t(language, "Aanbestedingen", "Tenders"),
            ),
            tuple(rows),
            (0.3, 0.08, 0.17, 0.15, 0.3),
        ),
    )
