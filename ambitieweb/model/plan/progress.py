"""Evaluation (step 7): goals against their realised values, tenders planned against applied levels,
and the plan's own warnings (focus over the limit, years outside the period, webs that are gone)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import PlanGoal, PlannedTender
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.realised import FollowedContract, realised_levels
from ambitieweb.model.plan.webs import WebFacts
from ambitieweb.model.rules import Finding


def latest(goal: PlanGoal) -> tuple[int, float] | None:
    """The most recent realised value: (year, value)."""
    if not goal.realised:
        return None
    year = max(goal.realised)
    return year, goal.realised[year]


def reached(goal: PlanGoal) -> bool | None:
    """Whether the latest realised value reaches the target (downwards when the target lies below the
    baseline, e.g. less CO2); None without a target or a realised value."""
    last = latest(goal)
    if last is None or goal.target is None:
        return None
    value = last[1]
    if goal.baseline is not None and goal.target < goal.baseline:
        return value <= goal.target
    return value >= goal.target


@dataclass(frozen=True)
class LevelComparison:
    theme_id: str
    planned: Level
    applied: Level  # the project web's ambition; UNSET without a web
    realised: Level | None = None  # the contract's newest review that judged it; None: not judged
    reviewed: dt.date | None = None  # that review's date

    @property
    def short(self) -> bool:
        """Applied below what was planned."""
        return self.applied < self.planned

    @property
    def realised_short(self) -> bool:
        """Realised below what was planned (a realised 0 too, when something was planned)."""
        return self.realised is not None and self.realised < self.planned


def planned_vs_applied(
    tender: PlannedTender, web: WebFacts | None, contract: FollowedContract | None = None
) -> list[LevelComparison]:
    """Per theme of the tender: planned, applied in its project web and realised in its contract."""
    realised = realised_levels(contract) if contract is not None else {}
    compared = []
    for t in tender.themes:
        found = realised.get(t.theme_id)
        compared.append(
            LevelComparison(
                t.theme_id,
                t.level,
                web.ambition.get(t.theme_id, Level.UNSET) if web is not None else Level.UNSET,
                found.level if found is not None else None,
                found.reviewed if found is not None else None,
            )
        )
    return compared


def plan_findings(
    plan: ActionPlan, present: Collection[str], names: Mapping[str, str] | None = None
) -> list[Finding]:
    """Warnings, never errors: `present` holds the ids of the webs that exist in the store."""
    names = names or {}
    findings: list[Finding] = []
    if len(plan.focus) > plan.focus_limit:
        findings.append(
            Finding(
                "too-many-focus",
                None,
                f"{len(plan.focus)} focusthema's; het plan staat er hoogstens {plan.focus_limit} toe.",
                f"{len(plan.focus)} focus themes; the plan allows at most {plan.focus_limit}.",
            )
        )
    missing = [w for w in plan.web_ids if w not in present]
    if missing:
        findings.append(
            Finding(
                "missing-web",
                None,
                f"{len(missing)} ambitieweb(s) van het plan staan niet (meer) in de database.",
                f"{len(missing)} of the plan's webs are not (or no longer) in the database.",
            )
        )
    for number, tender in enumerate(plan.tenders, 1):
        if tender.web_id is not None and tender.web_id not in present:
            findings.append(
                Finding(
                    "missing-project-web",
                    None,
                    f"Aanbesteding {number} ('{tender.title}'): het projectweb is verwijderd.",
                    f"Tender {number} ('{tender.title}'): its project web was deleted.",
                )
            )
        year = tender.publication_year
        if year is not None and year not in plan.years:
            findings.append(
                Finding(
                    "tender-outside-period",
                    None,
                    f"Aanbesteding {number} ('{tender.title}') wordt in {year} gepubliceerd, buiten de "
                    f"looptijd van het plan ({plan.start_year}-{plan.end_year}).",
                    f"Tender {number} ('{tender.title}') is published in {year}, outside the plan's period "
                    f"({plan.start_year}-{plan.end_year}).",
                )
            )
    for number, action in enumerate(plan.actions, 1):
        if action.year not in plan.years:
            findings.append(
                Finding(
                    "action-outside-period",
                    None,
                    f"Actie {number} ('{action.what}') staat in {action.year}, "
                    "buiten de looptijd van het plan.",
                    f"Action {number} ('{action.what}') is in {action.year}, outside the plan's period.",
                )
            )
    focus = set(plan.focus_ids())
    for goal in plan.goals:
        if goal.theme_id not in focus:
            theme = names.get(goal.theme_id, goal.theme_id)
            findings.append(
                Finding(
                    "goal-outside-focus",
                    goal.theme_id,
                    f"Doel '{goal.indicator}' hoort bij '{theme}', dat geen focusthema is.",
                    f"Goal '{goal.indicator}' belongs to '{theme}', which is not a focus theme.",
                )
            )
    return findings
