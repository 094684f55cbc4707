"""Pure checks on a session: warnings a facilitator should see, never hard errors."""

from __future__ import annotations

from dataclasses import dataclass

from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session

DEFAULT_MAX_FOCUS = 5


@dataclass(frozen=True)
class Finding:
    code: str
    theme_id: str | None
    nl: str
    en: str

    def text(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl


def check_session(
    session: Session, generic: Session | None = None, max_focus: int = DEFAULT_MAX_FOCUS
) -> list[Finding]:
    findings: list[Finding] = []
    generic_levels = {e.theme_id: e.ambition for e in generic.themes} if generic else {}
    for entry in session.themes:
        tid = entry.theme_id
        floor = generic_levels.get(tid, Level.UNSET)
        if entry.ambition != Level.UNSET and entry.ambition < floor and not entry.rationale.strip():
            findings.append(
                Finding(
                    "below-generic",
                    tid,
                    f"Ambitie voor '{tid}' ligt onder het generieke ambitieweb ({floor.label('nl')}) "
                    "zonder onderbouwing.",
                    f"Ambition for '{tid}' is below the generic web ({floor.label('en')}) "
                    "without a rationale.",
                )
            )
        if Level.UNSET < entry.ambition < entry.current:
            findings.append(
                Finding(
                    "below-current",
                    tid,
                    f"Ambitie voor '{tid}' ligt onder de huidige situatie.",
                    f"Ambition for '{tid}' is below the current situation.",
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
