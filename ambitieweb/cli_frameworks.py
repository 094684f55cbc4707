"""`ambitieweb frameworks`: the shipped presets and the organisation's own frameworks, as text.

The presets are read-only templates; the own frameworks come from the database, every version with
how many sessions (or their agreed versions) use it, the newest version with its themes.
"""

from __future__ import annotations

from collections.abc import Iterable

from ambitieweb.model.framework import Framework
from ambitieweb.store.frameworks import FrameworkRepository


def _say(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def _themes(framework: Framework, language: str) -> list[str]:
    optional = _say(language, " (optioneel)", " (optional)")
    return [f"  - {theme.id}: {theme.name}{optional if theme.optional else ''}" for theme in framework.themes]


def _use(count: int, language: str) -> str:
    if count == 0:
        return _say(language, "niet in gebruik", "not in use")
    if count == 1:
        return _say(language, "in gebruik bij 1 sessie", "used by 1 session")
    return _say(language, f"in gebruik bij {count} sessies", f"used by {count} sessions")


def presets_listing(presets: Iterable[Framework], language: str) -> list[str]:
    lines = [_say(language, "Ingebouwde kaders (sjablonen):", "Built-in frameworks (templates):")]
    for framework in presets:
        lines.append(f"{framework.id}\t{framework.version}\t{framework.date}\t{framework.title}")
        lines.extend(_themes(framework, language))
    return lines


def own_listing(frameworks: FrameworkRepository, language: str) -> list[str]:
    """Per own framework (by title) its newest version with its themes, then the older versions."""
    lines = [_say(language, "Eigen kaders (in de database):", "Own frameworks (in the database):")]
    versions: dict[str, list[Framework]] = {}
    for framework in frameworks.all_versions():  # oldest version first per framework
        versions.setdefault(framework.id, []).append(framework)
    if not versions:
        lines.append(
            _say(
                language,
                "  geen; maak er een in het venster met Bestand > Kaders (themasets)",
                "  none; make one in the window with File > Frameworks (theme sets)",
            )
        )
    for newest in frameworks.latest():
        use = _use(frameworks.uses(newest.id, newest.version), language)
        lines.append(f"{newest.id}\t{newest.version}\t{newest.date}\t{newest.title}\t{use}")
        lines.extend(_themes(newest, language))
        for older in reversed(versions[newest.id][:-1]):
            label = _say(language, "eerdere versie", "earlier version")
            use = _use(frameworks.uses(older.id, older.version), language)
            lines.append(f"  {label} {older.version}\t{older.date}\t{older.title}\t{use}")
    return lines
