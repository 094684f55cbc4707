"""Pure rule checks: which policy rules apply to a tender, and the inspanningsdoelen over the plan's tenders.

A tender's applied MVI comes from its project web (`WebFacts`): criteria chosen there, their levels and
the weight of the award criteria. A tender without a web has applied nothing yet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import PlannedTender, PolicyRule, RuleKind
from ambitieweb.model.plan.plan import ActionPlan, key
from ambitieweb.model.plan.webs import WebFacts


def _names(tender: PlannedTender, plan: ActionPlan | None) -> set[str]:
    """What a rule's categories are matched against: the tender's category and its product group."""
    if not tender.category.strip():
        return set()
    names = {key(tender.category)}
    group = plan.product_group_of(tender.category) if plan is not None else ""
    if group.strip():
        names.add(key(group))
    return names


def unmet(rule: PolicyRule, tender: PlannedTender, plan: ActionPlan | None = None) -> list[str]:
    """The rule's conditions the tender does not meet, by field name (empty: the rule applies)."""
    missing = []
    if not rule.enabled:
        missing.append("enabled")
    if rule.kinds and tender.kind not in rule.kinds:
        missing.append("kinds")
    if rule.categories and not _names(tender, plan) & {key(c) for c in rule.categories}:
        missing.append("categories")
    if rule.min_value is not None and tender.estimated_value < rule.min_value:
        missing.append("min_value")
    if rule.min_months is not None and tender.duration_months < rule.min_months:
        missing.append("min_months")
    return missing


def applies(rule: PolicyRule, tender: PlannedTender, plan: ActionPlan | None = None) -> bool:
    """Whether the rule applies: every condition it sets is met (thresholds count from their value on)."""
    return not unmet(rule, tender, plan)


def applicable(plan: ActionPlan, tender: PlannedTender) -> list[PolicyRule]:
    return [rule for rule in plan.rules if applies(rule, tender, plan)]


def award_share(tender: PlannedTender, web: WebFacts | None) -> float | None:
    """The share of MVI in the tender's award (percent): as the tender records it, else what its web's
    award criteria weigh (0 with a web without them); None while neither knows."""
    if tender.award_share is not None:
        return tender.award_share
    if web is None:
        return None
    return web.award_weight() or 0.0


def rule_applied(rule: PolicyRule, tender: PlannedTender, web: WebFacts | None) -> bool:
    """Whether the tender shows the rule applied: its web has criteria on the rule's theme (any criteria
    when it names none); for award share, MVI weighs at least the target; for criteria level, a
    criterion at the rule's level."""
    if rule.kind is RuleKind.AWARD_SHARE:
        share = award_share(tender, web)
        return share is not None and share >= (rule.target_percent or 0)
    if web is None:
        return False
    if rule.kind is RuleKind.CRITERIA_LEVEL:
        return web.has_level(rule.min_level)
    if rule.theme_id is not None:
        return rule.theme_id in web.themes_with_criteria()
    return web.has_criteria


@dataclass(frozen=True)
class Indicator:
    """One inspanningsdoel measured over tenders: `count` of `total` (and a percentage), or an average."""

    code: str  # "criteria", "level", "award" or a rule id
    nl: str
    en: str
    count: int
    total: int
    value: float | None  # percent; None when there is nothing to measure over
    target: float | None = None

    def text(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl

    @property
    def met(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value >= self.target


def _share(count: int, total: int) -> float | None:
    return 100.0 * count / total if total else None


def in_period(tenders: Sequence[PlannedTender], up_to_year: int | None) -> list[PlannedTender]:
    """The tenders published up to and including `up_to_year` (all when None; a tender without a
    planned year counts only when all are asked for)."""
    if up_to_year is None:
        return list(tenders)
    return [t for t in tenders if t.publication_year is not None and t.publication_year <= up_to_year]


def indicators(
    plan: ActionPlan, webs: Mapping[str, WebFacts], up_to_year: int | None = None
) -> list[Indicator]:
    """The inspanningsdoelen over the plan's tenders (those published up to `up_to_year`): share with
    MVI criteria, share with criteria at level 2-3, the average MVI weight in the award, then each
    enabled rule over the tenders it applies to, against its target."""
    tenders = in_period(plan.tenders, up_to_year)

    def web(tender: PlannedTender) -> WebFacts | None:
        return webs.get(tender.web_id) if tender.web_id else None

    total = len(tenders)
    with_criteria = sum(1 for t in tenders if (w := web(t)) is not None and w.has_criteria)
    level_rules = [r for r in plan.rules if r.kind is RuleKind.CRITERIA_LEVEL and r.enabled]
    award_rules = [r for r in plan.rules if r.kind is RuleKind.AWARD_SHARE and r.enabled]
    high = sum(1 for t in tenders if (w := web(t)) is not None and w.has_level(Level.SIGNIFICANT))
    shares = [share for t in tenders if (share := award_share(t, web(t))) is not None]
    result = [
        Indicator(
            "criteria",
            "Aanbestedingen met MVI-criteria",
            "Tenders with MVI criteria",
            with_criteria,
            total,
            _share(with_criteria, total),
        ),
        Indicator(
            "level",
            "Aanbestedingen met criteria op niveau 2-3",
            "Tenders with criteria at level 2-3",
            high,
            total,
            _share(high, total),
            level_rules[0].target_percent if level_rules else None,
        ),
        Indicator(
            "award",
            "Gemiddeld aandeel MVI in de gunning",
            "Average share of MVI in the award",
            len(shares),
            total,
            sum(shares) / len(shares) if shares else None,
            award_rules[0].target_percent if award_rules else None,
        ),
    ]
    for rule in plan.rules:
        if not rule.enabled:
            continue
        scope = [t for t in tenders if applies(rule, t, plan)]
        if rule.kind is RuleKind.AWARD_SHARE:
            measured = [share for t in scope if (share := award_share(t, web(t))) is not None]
            met = sum(1 for weight in measured if weight >= (rule.target_percent or 0))
            value = sum(measured) / len(measured) if measured else None
            count = met
        else:
            count = sum(1 for t in scope if rule_applied(rule, t, web(t)))
            value = _share(count, len(scope))
        result.append(Indicator(rule.id, rule.name, rule.name, count, len(scope), value, rule.target_percent))
    return result
