"""What the actieplan says, as plain data: sections of paragraphs, lists, tables and charts
(`actieplan_blocks`), section by section from `actieplan_situation` and `actieplan_planning`.

The PDF (`reports.actieplan`) draws it with reportlab; a Word renderer can walk the same blocks.
Written for a council member: short sentences, numbers with their unit, no codes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from ambitieweb.charts.plan_data import web_levels
from ambitieweb.model.framework import Framework
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.realised import FollowedContract
from ambitieweb.model.plan.webs import WebFacts
from ambitieweb.reports.actieplan_blocks import Block, Bullets, Chart, PlanDocument, Section, Table, Text
from ambitieweb.reports.actieplan_planning import (
    evaluation_section,
    quarter_text,
    tender_themes,
    tenders_section,
    year_plan_section,
)
from ambitieweb.reports.actieplan_realised import realised_blocks
from ambitieweb.reports.actieplan_situation import (
    focus_section,
    goals_section,
    inventory_section,
    summary_section,
)
from ambitieweb.text.labels import format_date

__all__ = [  # the blocks and the tender texts, where the renderers and the plan's views have them from
    "Block",
    "Bullets",
    "Chart",
    "PlanDocument",
    "Section",
    "Table",
    "Text",
    "actieplan_content",
    "quarter_text",
    "tender_themes",
]


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


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
        summary_section(plan, webs, names, language),
        inventory_section(plan, plan_webs, framework, names, language),
        focus_section(plan, names, language),
        goals_section(plan, names, language),
        tenders_section(plan, names, language),
        year_plan_section(plan, names, language),
        evaluation_section(
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
