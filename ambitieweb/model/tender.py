"""Criteria chosen for a tender: picking from the catalogue, placeholders, weights and proportionality."""

from __future__ import annotations

from collections import Counter

from ambitieweb.model.criteria import PLACEHOLDER, CriteriaSet, Criterion, CriterionKind
from ambitieweb.model.rules import Finding
from ambitieweb.model.session import ChosenCriterion, Session, WeightUnit

WEIGHT_TOLERANCE = 0.01


def choose(criterion: Criterion, criteria_set: CriteriaSet) -> ChosenCriterion:
    """A session's own copy of a catalogue criterion, remembering where it came from."""
    return ChosenCriterion(
        theme_id=criterion.theme,
        kind=criterion.kind,
        level=criterion.level,
        title=criterion.title,
        text=criterion.text,
        verification=criterion.verification,
        scoring=criterion.scoring or "",
        catalogue_id=criterion.id,
        catalogue_set=criteria_set.id,
        catalogue_version=criteria_set.version,
        catalogue_revision=criterion.revision,
    )


def placeholders(chosen: ChosenCriterion) -> list[str]:
    """The {{names}} in a chosen criterion's texts, in order of appearance."""
    seen: dict[str, None] = {}
    for text in (chosen.text, chosen.verification, chosen.scoring):
        for match in PLACEHOLDER.finditer(text):
            seen.setdefault(match.group(1))
    return list(seen)


def missing_values(chosen: ChosenCriterion) -> list[str]:
    return [name for name in placeholders(chosen) if not chosen.values.get(name, "").strip()]


def fill(text: str, values: dict[str, str]) -> str:
    """Replace each {{name}} by its value; an unfilled one stays visible as [name]."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), "").strip() or f"[{m.group(1)}]", text)


def weight_total(session: Session) -> float:
    return sum(c.weight or 0.0 for c in session.criteria if c.kind is CriterionKind.AWARD)


def check_tender(session: Session, newer: dict[str, int] | None = None) -> list[Finding]:
    """Warnings before a tender goes out. ``newer`` maps catalogue ids to their current revision."""
    findings: list[Finding] = []
    awards = [c for c in session.criteria if c.kind is CriterionKind.AWARD]
    for chosen in awards:
        if chosen.weight is None:
            findings.append(
                Finding(
                    "award-without-weight",
                    chosen.theme_id,
                    f"Gunningscriterium '{chosen.title}' heeft nog geen weging.",
                    f"Award criterion '{chosen.title}' has no weight yet.",
                )
            )
    total = weight_total(session)
    if awards and session.weight_unit is WeightUnit.PERCENT and abs(total - 100) > WEIGHT_TOLERANCE:
        findings.append(
            Finding(
                "weights-not-100",
                None,
                f"De wegingen van de gunningscriteria tellen op tot {total:g}% in plaats van 100%.",
                f"The award criteria weights add up to {total:g}% instead of 100%.",
            )
        )
    per_theme = Counter(c.theme_id for c in session.criteria)
    for theme_id, count in per_theme.items():
        if count > session.max_criteria_per_theme:
            findings.append(
                Finding(
                    "too-many-criteria",
                    theme_id,
                    f"Thema '{theme_id}' heeft {count} criteria (drempel {session.max_criteria_per_theme}); "
                    "meer criteria maken een aanbesteding zwaarder, niet beter. Kies de belangrijkste.",
                    f"Theme '{theme_id}' has {count} criteria (threshold {session.max_criteria_per_theme}); "
                    "more criteria make a tender heavier, not better. Choose the essential ones.",
                )
            )
    for chosen in session.criteria:
        missing = missing_values(chosen)
        if missing:
            names = ", ".join(missing)
            findings.append(
                Finding(
                    "missing-values",
                    chosen.theme_id,
                    f"'{chosen.title}': vul nog in: {names}.",
                    f"'{chosen.title}': still to fill in: {names}.",
                )
            )
        current = (newer or {}).get(chosen.catalogue_id or "")
        if current and chosen.catalogue_revision and current > chosen.catalogue_revision:
            findings.append(
                Finding(
                    "newer-catalogue-text",
                    chosen.theme_id,
                    f"De catalogus heeft een nieuwere tekst voor '{chosen.title}'.",
                    f"The catalogue has a newer text for '{chosen.title}'.",
                )
            )
    return findings
