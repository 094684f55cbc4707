"""Pure checks on a session: warnings a facilitator should see, never hard errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session

MIN_FOCUS_VIEW = 3  # focus themes needed before a web of only those can be drawn


@dataclass(frozen=True)
class Finding:
    code: str
    theme_id: str | None
    nl: str
    en: str

    def text(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl


def _ambitions(session: Session | None) -> dict[str, Level]:
    return {e.theme_id: e.ambition for e in session.themes} if session else {}


def lowered(session: Session, other: Session | None) -> tuple[bool, ...]:
    """Per theme: is the ambition set and below the other web's (a generic web, an earlier version)?"""
    floor = _ambitions(other)
    return tuple(Level.UNSET < e.ambition < floor.get(e.theme_id, Level.UNSET) for e in session.themes)


def check_session(
    session: Session,
    generic: Session | None = None,
    max_focus: int | None = None,
    earlier: Session | None = None,
    names: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Warnings; `earlier` is an agreed version to compare with (where was an ambition lowered?).

    `names` maps theme ids to the names people know them by (ids are used where a name is missing).
    """
    findings: list[Finding] = []
    max_focus = session.max_focus if max_focus is None else max_focus
    generic_levels = _ambitions(generic)
    earlier_levels = _ambitions(earlier)
    for entry in session.themes:
        tid = entry.theme_id
        name = (names or {}).get(tid, tid)
        before = earlier_levels.get(tid, Level.UNSET)
        if Level.UNSET < entry.ambition < before and not entry.rationale.strip():
            findings.append(
                Finding(
                    "below-earlier",
                    tid,
                    f"Ambitie voor '{name}' is verlaagd ten opzichte van de eerdere versie "
                    f"({before.label('nl')}) zonder onderbouwing.",
                    f"Ambition for '{name}' was lowered from the earlier version ({before.label('en')}) "
                    "without a rationale.",
                )
            )
        floor = generic_levels.get(tid, Level.UNSET)
        if entry.ambition != Level.UNSET and entry.ambition < floor and not entry.rationale.strip():
            findings.append(
                Finding(
                    "below-generic",
                    tid,
                    f"Ambitie voor '{name}' ligt onder het generieke ambitieweb ({floor.label('nl')}) "
                    "zonder onderbouwing.",
                    f"Ambition for '{name}' is below the generic web ({floor.label('en')}) "
                    "without a rationale.",
                )
            )
        if Level.UNSET < entry.ambition < entry.current:
            findings.append(
                Finding(
                    "below-current",
                    tid,
                    f"Ambitie voor '{name}' ligt onder de huidige situatie.",
                    f"Ambition for '{name}' is below the current situation.",
                )
            )
    focus = sum(1 for e in session.themes if e.focus)
    if focus > max_focus:
        findings.append(
            Finding(
                "too-many-focus",
                None,
                f"{focus} focusthema's; kies er hoogstens {max_focus}.",
                f"{focus} focus themes; choose at most {max_focus}.",
            )
        )
    return findings
