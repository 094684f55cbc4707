"""Checks that tie the web to its criteria: an ambition the criteria do not carry, a focus theme
without a criterion, a goal and a criterion that name different numbers, a selection criterion that
asks for references further back than the Gids Proportionaliteit usually allows. Warnings only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ambitieweb.model.criteria import PLACEHOLDER, CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.rules import Finding
from ambitieweb.model.session import ChosenCriterion, Session, SessionKind

# Gids Proportionaliteit (and art. 2.93 Aanbestedingswet 2012): references from the last five years
# for works, the last three for services and supplies, unless a longer period is reasoned.
REFERENCE_YEARS_WORKS = 5
REFERENCE_YEARS_OTHER = 3
WORKS_GROUPS = frozenset({"gww", "gebouwen"})  # product groups that are works (werken)
WORKS_FRAMEWORKS = frozenset({"duurzaam-gww"})

_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}
_PERIOD = re.compile(
    r"(?:afgelopen|laatste|voorgaande|voorafgaande)\s+(\d+|" + "|".join(_WORDS) + r")\s+(?:kalender)?jaar",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*$")
_UNIT_AFTER = re.compile(r"\s*(%|procent\b|[^\W\d_][\w²³/-]*)")
_PERCENT_WORDS = {"%", "procent", "procentpunt", "procentpunten", "percent"}


def _fill(text: str, values: Mapping[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), "").strip() or f"[{m.group(1)}]", text)


def _name(names: Mapping[str, str] | None, theme_id: str) -> str:
    return (names or {}).get(theme_id, theme_id)


def _unit(text: str) -> str:
    word = text.strip().casefold()
    return "%" if word in _PERCENT_WORDS else word


def _shown(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",").replace(" ", ".")


def placeholder_numbers(chosen: ChosenCriterion) -> list[tuple[float, str]]:
    """The numbers the team filled in, each with the unit written right after its placeholder:
    '{{aandeel}}% van de loonsom' with aandeel 5 gives (5, '%')."""
    found: list[tuple[float, str]] = []
    for text in (chosen.text, chosen.verification):
        for match in PLACEHOLDER.finditer(text):
            number = _NUMBER.match(chosen.values.get(match.group(1), ""))
            unit = _UNIT_AFTER.match(text, match.end())
            if number and unit:
                value = float(
                    number.group(1).replace(".", "") + (f".{number.group(2)}" if number.group(2) else "")
                )
                found.append((value, _unit(unit.group(1))))
    return found


def usual_reference_years(session: Session) -> int:
    works = session.product_group in WORKS_GROUPS or session.framework_id in WORKS_FRAMEWORKS
    return REFERENCE_YEARS_WORKS if works else REFERENCE_YEARS_OTHER


def reference_years(text: str) -> int | None:
    """The longest reference period a text names ('in de afgelopen vijf jaar' -> 5)."""
    years = [
        int(m.group(1)) if m.group(1).isdigit() else _WORDS[m.group(1).casefold()]
        for m in _PERIOD.finditer(text)
    ]
    return max(years, default=None)


def consistency_findings(session: Session, names: Mapping[str, str] | None = None) -> list[Finding]:
    """Warnings that tie the web to its criteria (project webs: a generic web has no criteria)."""
    findings: list[Finding] = []
    if session.kind is SessionKind.PROJECT:
        findings += _ambition_findings(session, names)
    findings += _goal_findings(session, names)
    findings += _reference_findings(session)
    return findings


def _ambition_findings(session: Session, names: Mapping[str, str] | None) -> list[Finding]:
    findings: list[Finding] = []
    for entry in session.themes:
        tid, name = entry.theme_id, _name(names, entry.theme_id)
        levels = [c.level for c in session.criteria if c.theme_id == tid]
        if not levels and entry.focus:
            findings.append(
                Finding(
                    "focus-without-criterion",
                    tid,
                    f"Focusthema '{name}' heeft nog geen criterium: kies er ten minste één, anders "
                    "komt de focus niet in de aanbesteding terecht.",
                    f"Focus theme '{name}' has no criterion yet: choose at least one, or the focus "
                    "does not reach the tender.",
                )
            )
        elif not levels and entry.ambition >= Level.BASIS:
            findings.append(
                Finding(
                    "ambition-without-criterion",
                    tid,
                    f"'{name}' heeft ambitie {int(entry.ambition)} ({entry.ambition.label('nl')}) maar "
                    "nog geen criterium.",
                    f"'{name}' has ambition {int(entry.ambition)} ({entry.ambition.label('en')}) but no "
                    "criterion yet.",
                )
            )
        elif levels and max(levels) < entry.ambition:
            top = Level(max(levels))
            findings.append(
                Finding(
                    "criteria-below-ambition",
                    tid,
                    f"'{name}' heeft ambitie {int(entry.ambition)} ({entry.ambition.label('nl')}), maar de "
                    f"criteria gaan niet verder dan niveau {int(top)} ({top.label('nl')}). Kies een "
                    "criterium op het niveau van de ambitie of onderbouw waarom niet.",
                    f"'{name}' has ambition {int(entry.ambition)} ({entry.ambition.label('en')}), but its "
                    f"criteria go no further than level {int(top)} ({top.label('en')}). Choose a "
                    "criterion at the ambition's level or give the reason why not.",
                )
            )
    return findings


def _goal_findings(session: Session, names: Mapping[str, str] | None) -> list[Finding]:
    """A goal's target against the numbers filled into the binding criteria of its theme (minimum
    requirements and contract clauses), where both have the same unit."""
    findings: list[Finding] = []
    for entry in session.themes:
        binding = [
            c
            for c in session.criteria
            if c.theme_id == entry.theme_id
            and c.kind in (CriterionKind.REQUIREMENT, CriterionKind.CONTRACT_CLAUSE)
        ]
        for goal in entry.goals:
            if goal.target is None or not goal.unit.strip():
                continue
            unit = _unit(goal.unit)
            for chosen in binding:
                values = [v for v, u in placeholder_numbers(chosen) if u == unit]
                if values and all(abs(v - goal.target) > 1e-9 for v in values):
                    shown_unit = "%" if unit == "%" else f" {goal.unit.strip()}"
                    said = ", ".join(f"{_shown(v)}{shown_unit}" for v in values)
                    target = f"{_shown(goal.target)}{shown_unit}"
                    findings.append(
                        Finding(
                            "goal-criterion-differ",
                            entry.theme_id,
                            f"Doel '{goal.indicator}' ({_name(names, entry.theme_id)}) streeft naar "
                            f"{target}, criterium '{chosen.title}' vraagt {said}. Maak ze gelijk of "
                            "leg het verschil uit.",
                            f"Goal '{goal.indicator}' ({_name(names, entry.theme_id)}) aims at {target}, "
                            f"criterion '{chosen.title}' asks for {said}. Make them agree or explain "
                            "the difference.",
                        )
                    )
    return findings


def _reference_findings(session: Session) -> list[Finding]:
    usual = usual_reference_years(session)
    kind_nl = "werken" if usual == REFERENCE_YEARS_WORKS else "diensten en leveringen"
    kind_en = "works" if usual == REFERENCE_YEARS_WORKS else "services and supplies"
    findings: list[Finding] = []
    for chosen in session.criteria:
        if chosen.kind is not CriterionKind.SELECTION:
            continue
        years = reference_years(
            _fill(chosen.text, chosen.values) + " " + _fill(chosen.verification, chosen.values)
        )
        if years is not None and years > usual:
            findings.append(
                Finding(
                    "reference-period-long",
                    chosen.theme_id,
                    f"Geschiktheidseis '{chosen.title}' kijkt {years} jaar terug; de Gids "
                    f"Proportionaliteit gaat voor {kind_nl} uit van {usual} jaar. Een langere periode "
                    "kan de markt onnodig beperken: kort hem in of motiveer hem in de aanbestedingsstukken.",
                    f"Selection criterion '{chosen.title}' looks back {years} years; the Gids "
                    f"Proportionaliteit assumes {usual} years for {kind_en}. A longer period may limit "
                    "the market needlessly: shorten it or give the reason in the tender documents.",
                )
            )
    return findings
