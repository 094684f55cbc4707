"""How well each product group's criteria cover its themes: counts per theme, level and kind, the
minimum every group must meet, and the table `ambitieweb catalogue --coverage` prints.

The minimum (issue 19): at least 12 criteria over all three levels and all four kinds, and for
each theme where the group has impact a basis criterion at level 1 (a requirement; a contract
clause where the group says the basis is an execution condition) plus an award criterion and a
contract clause at level 2 or 3.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ambitieweb.catalogue.loader import Catalogue
from ambitieweb.model.criteria import Criterion, CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.product_group import ProductGroup

MIN_CRITERIA = 12
LEVELS = (Level.BASIS, Level.SIGNIFICANT, Level.AMBITIOUS)
KINDS = (
    CriterionKind.SELECTION,
    CriterionKind.REQUIREMENT,
    CriterionKind.AWARD,
    CriterionKind.CONTRACT_CLAUSE,
)
# One letter per kind, as the documents number them (G1, E1, W1, C1).
_LETTERS = {
    "nl": {"selection": "G", "requirement": "E", "award": "W", "contract_clause": "C"},
    "en": {"selection": "S", "requirement": "R", "award": "A", "contract_clause": "C"},
}
_WORDS = {
    "nl": {
        "selection": "geschiktheidseis",
        "requirement": "minimumeis",
        "award": "gunningscriterium",
        "contract_clause": "contractbepaling",
    },
    "en": {
        "selection": "selection criterion",
        "requirement": "requirement",
        "award": "award criterion",
        "contract_clause": "contract clause",
    },
}


@dataclass(frozen=True)
class Gap:
    """One thing the group's criteria still lack; `theme` is None for the group as a whole."""

    theme: str | None
    kind: CriterionKind | None
    levels: tuple[Level, ...] = ()
    total: int = 0  # for a too small set: how many there are

    def text(self, language: str, theme_name: str = "") -> str:
        en = language == "en"
        if self.kind is None and self.levels:
            level = str(int(self.levels[0]))
            return f"no criterion at level {level}" if en else f"geen criterium op niveau {level}"
        if self.kind is None:
            return (
                f"{self.total} criteria, at least {MIN_CRITERIA} needed"
                if en
                else f"{self.total} criteria, minimaal {MIN_CRITERIA} nodig"
            )
        word = _WORDS["en" if en else "nl"][self.kind.value]
        if self.theme is None:
            return f"no {word}" if en else f"geen {word}"
        first, last = int(self.levels[0]), int(self.levels[-1])
        span = f"{first}-{last}" if last != first else str(first)
        return (
            f"{theme_name}: no {word} at level {span}"
            if en
            else f"{theme_name}: geen {word} op niveau {span}"
        )


@dataclass(frozen=True)
class GroupCoverage:
    group: ProductGroup
    criteria: tuple[Criterion, ...]
    themes: tuple[tuple[str, str], ...]  # (id, name) of every theme of the group's frameworks
    counts: Counter[tuple[str, Level, CriterionKind]]
    gaps: tuple[Gap, ...]

    @property
    def meets_minimum(self) -> bool:
        return not self.gaps

    def count(self, theme: str, level: Level, kind: CriterionKind) -> int:
        return self.counts[(theme, level, kind)]


def basis_kind(group: ProductGroup, theme: str) -> CriterionKind:
    """What the minimum asks at level 1 for a theme of the group."""
    return CriterionKind.CONTRACT_CLAUSE if theme in group.basis_by_clause else CriterionKind.REQUIREMENT


def gaps(group: ProductGroup, criteria: list[Criterion] | tuple[Criterion, ...]) -> list[Gap]:
    """What the group's criteria lack against the minimum (empty: it meets it)."""
    found: list[Gap] = []
    if len(criteria) < MIN_CRITERIA:
        found.append(Gap(None, None, total=len(criteria)))
    found += [Gap(None, None, (level,)) for level in LEVELS if not any(c.level == level for c in criteria)]
    found += [Gap(None, kind) for kind in KINDS if not any(c.kind is kind for c in criteria)]
    higher = (Level.SIGNIFICANT, Level.AMBITIOUS)
    for theme in group.themes:
        mine = [c for c in criteria if c.theme == theme]
        basis = basis_kind(group, theme)
        if not any(c.level == Level.BASIS and c.kind is basis for c in mine):
            found.append(Gap(theme, basis, (Level.BASIS,)))
        for kind in (CriterionKind.AWARD, CriterionKind.CONTRACT_CLAUSE):
            if not any(c.level in higher and c.kind is kind for c in mine):
                found.append(Gap(theme, kind, higher))
    return found


def group_coverage(catalogue: Catalogue, group: ProductGroup) -> GroupCoverage:
    criteria = tuple(catalogue.group_criteria(group.id))
    themes: dict[str, str] = {}
    for framework_id in group.frameworks:
        for theme in catalogue.framework(framework_id).themes:
            themes.setdefault(theme.id, theme.name)
    counts = Counter((c.theme, c.level, c.kind) for c in criteria)
    return GroupCoverage(group, criteria, tuple(themes.items()), counts, tuple(gaps(group, criteria)))


def coverage(catalogue: Catalogue) -> list[GroupCoverage]:
    """Every product group of the catalogue, in catalogue order."""
    return [group_coverage(catalogue, g) for g in catalogue.product_groups.values()]


# --- the table -----------------------------------------------------------------------------------


def _cell(value: int) -> str:
    return str(value) if value else "·"


def _short(name: str) -> str:
    """'Circulair (incl. biobased)' -> 'Circulair': the table stays narrow enough for a terminal."""
    return name.split(" (")[0]


def _theme_label(report: GroupCoverage, theme: str, name: str) -> str:
    clause = " †" if theme in report.group.basis_by_clause else ""
    return f"* {_short(name)}{clause}" if theme in report.group.themes else f"  {_short(name)}"


def _status(report: GroupCoverage, language: str) -> str:
    en = language == "en"
    if report.meets_minimum:
        return "meets the minimum" if en else "voldoet aan het minimum"
    return f"{len(report.gaps)} gap(s)" if en else f"{len(report.gaps)} gat(en)"


def _gap_lines(report: GroupCoverage, language: str) -> list[str]:
    names = dict(report.themes)
    return [g.text(language, names.get(g.theme or "", g.theme or "")) for g in report.gaps]


def _heading(report: GroupCoverage, language: str) -> str:
    return (
        f"{report.group.label(language)} ({report.group.id}) — {len(report.criteria)} criteria — "
        f"{_status(report, language)}"
    )


def _legend(language: str) -> str:
    letters = _LETTERS["en" if language == "en" else "nl"]
    words = _WORDS["en" if language == "en" else "nl"]
    pairs = ", ".join(f"{letters[k.value]} {words[k.value]}" for k in KINDS)
    if language == "en":
        return (
            f"{pairs}; * a theme where the group has its own impact (the minimum applies); "
            "† its basis is a contract clause (an execution condition); · none"
        )
    return (
        f"{pairs}; * thema waarop de groep eigen impact heeft (het minimum geldt); "
        "† het basisniveau is een contractbepaling (uitvoeringsvoorwaarde); · geen"
    )


def coverage_text(reports: list[GroupCoverage], language: str = "nl") -> str:
    """The coverage table as plain text, one block per product group."""
    en = language == "en"
    letters = _LETTERS["en" if en else "nl"]
    level_word = "level" if en else "niveau"
    lines = [
        "Coverage of the product-group criteria" if en else "Dekking van de criteria per productgroep",
        _legend(language),
        "",
    ]
    for report in reports:
        width = max([len(_short(name)) + 2 for _id, name in report.themes] + [len("theme") + 2])
        block = "  ".join(f"{letters[k.value]:>2}" for k in KINDS)
        lines.append(_heading(report, language))
        lines.append(
            " " * width + " | " + " | ".join(f"{level_word} {int(lv)}".ljust(len(block)) for lv in LEVELS)
        )
        lines.append(("theme" if en else "thema").ljust(width) + " | " + " | ".join(block for _ in LEVELS))
        for theme, name in report.themes:
            cells = " | ".join(
                "  ".join(f"{_cell(report.count(theme, lv, k)):>2}" for k in KINDS) for lv in LEVELS
            )
            lines.append(_theme_label(report, theme, name).ljust(width) + " | " + cells)
        for gap in _gap_lines(report, language):
            lines.append(("  missing: " if en else "  ontbreekt: ") + gap)
        lines.append("")
    return "\n".join(lines)


def coverage_markdown(reports: list[GroupCoverage], language: str = "nl") -> str:
    """The coverage table as Markdown: a summary, then one table per product group."""
    en = language == "en"
    letters = _LETTERS["en" if en else "nl"]
    out = [
        "# "
        + ("Coverage of the product-group criteria" if en else "Dekking van de criteria per productgroep"),
        "",
        (
            "Generated by `make catalogue-report` (`ambitieweb catalogue --coverage --format markdown`)."
            if en
            else "Gemaakt met `make catalogue-report` (`ambitieweb catalogue --coverage --format markdown`)."
        ),
        "",
        _legend(language) + ".",
        "",
        "| "
        + (
            "product group | criteria | themes with impact | status"
            if en
            else "productgroep | criteria | thema's met impact | stand"
        )
        + " |",
        "|---|---:|---|---|",
    ]
    for report in reports:
        names = dict(report.themes)
        impact = ", ".join(names.get(t, t) for t in report.group.themes)
        out.append(
            f"| {report.group.label(language)} (`{report.group.id}`) | {len(report.criteria)} | {impact} | "
            f"{_status(report, language)} |"
        )
    for report in reports:
        out += ["", f"## {report.group.label(language)} (`{report.group.id}`)", ""]
        frameworks = ", ".join(f"`{f}`" for f in report.group.frameworks)
        out += [("Frameworks: " if en else "Kaders: ") + frameworks + ".", ""]
        header = ["theme" if en else "thema"] + [
            f"{int(lv)}{letters[k.value]}" for lv in LEVELS for k in KINDS
        ]
        out.append("| " + " | ".join(header) + " |")
        out.append("|---|" + "---:|" * (len(header) - 1))
        for theme, name in report.themes:
            clause = " †" if theme in report.group.basis_by_clause else ""
            label = f"**{name}** \\*{clause}" if theme in report.group.themes else name
            cells = [_cell(report.count(theme, lv, k)) for lv in LEVELS for k in KINDS]
            out.append("| " + " | ".join([label, *cells]) + " |")
        missing = _gap_lines(report, language)
        if missing:
            out += ["", ("Missing:" if en else "Ontbreekt:")] + [f"- {m}" for m in missing]
    return "\n".join(out) + "\n"
