"""Changing a session's themes: another choice of the framework's themes, a newer version of it, or
an own framework with an added theme. Themes are matched by id; every kept theme keeps all its data
(levels, rationale, goals, measures, votes, criteria). What would be lost is listed before anything
changes (`dropped`), and the framework's differences when moving to another version (`differences`)."""

from __future__ import annotations

from dataclasses import dataclass

from ambitieweb.model.framework import Framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session, ThemeEntry

Note = tuple[str, str]  # (Dutch, English)


@dataclass(frozen=True)
class Dropped:
    """A theme that would leave the session, and what it holds."""

    theme_id: str
    name: str
    ambition: Level
    current: Level
    rationale: bool
    goals: int
    measures: int
    votes: int
    criteria: int

    def text(self, language: str = "nl") -> str:
        en = language == "en"
        parts: list[str] = []
        if self.ambition:
            parts.append(f"{'ambition' if en else 'ambitie'} {int(self.ambition)}")
        if self.current:
            parts.append(f"{'current level' if en else 'huidig niveau'} {int(self.current)}")
        if self.rationale:
            parts.append("rationale" if en else "onderbouwing")
        for count, nl, english in (
            (self.goals, ("doel", "doelen"), ("goal", "goals")),
            (self.measures, ("maatregel", "maatregelen"), ("measure", "measures")),
            (self.votes, ("stem", "stemmen"), ("vote", "votes")),
            (self.criteria, ("criterium", "criteria"), ("criterion", "criteria")),
        ):
            if count:
                words = english if en else nl
                parts.append(f"{count} {words[0] if count == 1 else words[1]}")
        empty = "no data yet" if en else "nog geen gegevens"
        return f"{self.name}: {', '.join(parts) or empty}"


def dropped(session: Session, framework: Framework, keep: list[str]) -> list[Dropped]:
    """The session's themes not in `keep`, with what each holds (names from `framework`, or the
    id if it has no such theme)."""
    names = framework.theme_names()
    kept = set(keep)
    return [
        Dropped(
            theme_id=entry.theme_id,
            name=names.get(entry.theme_id, entry.theme_id),
            ambition=entry.ambition,
            current=entry.current,
            rationale=bool(entry.rationale.strip()),
            goals=len(entry.goals),
            measures=len(entry.measures),
            votes=len(entry.votes) + sum(entry.tally),
            criteria=sum(1 for c in session.criteria if c.theme_id == entry.theme_id),
        )
        for entry in session.themes
        if entry.theme_id not in kept
    ]


def change_themes(session: Session, framework: Framework, keep: list[str]) -> None:
    """Give the session the themes `keep` of `framework`, in the framework's order: a theme it had
    keeps its entry as it is, a new one starts empty; a theme left out goes with its criteria."""
    known = {t.id for t in framework.themes}
    unknown = [t for t in keep if t not in known]
    if unknown:
        raise KeyError(unknown[0])
    if not keep:
        raise ValueError("a session keeps at least one theme")
    wanted = set(keep)
    have = {entry.theme_id: entry for entry in session.themes}
    session.themes = [have.get(t.id) or ThemeEntry(theme_id=t.id) for t in framework.themes if t.id in wanted]
    if any(c.theme_id not in wanted for c in session.criteria):
        session.criteria = [c for c in session.criteria if c.theme_id in wanted]
    session.framework_id = framework.id
    session.framework_version = framework.version


def moved_themes(session: Session, newer: Framework) -> list[str]:
    """The themes a session has after moving to `newer`: the ones it had that `newer` still has, and
    the non-optional themes `newer` added."""
    had = {entry.theme_id for entry in session.themes}
    return [t.id for t in newer.themes if t.id in had or not t.optional]


def differences(old: Framework, new: Framework) -> list[Note]:
    """What differs between two versions of a framework, theme by theme (matched by id)."""
    notes: list[Note] = []
    before = {t.id: t for t in old.themes}
    after = {t.id: t for t in new.themes}
    for theme in new.themes:
        if theme.id not in before:
            notes.append((f"Nieuw thema: {theme.name}", f"New theme: {theme.name}"))
            continue
        was = before[theme.id]
        if was.name != theme.name:
            notes.append(
                (
                    f"Thema '{was.name}' heet nu '{theme.name}'",
                    f"Theme '{was.name}' is now called '{theme.name}'",
                )
            )
        if was.description != theme.description or was.levels != theme.levels:
            notes.append(
                (
                    f"Thema '{theme.name}': andere beschrijving of niveauteksten",
                    f"Theme '{theme.name}': other description or level texts",
                )
            )
    for theme in old.themes:
        if theme.id not in after:
            notes.append((f"Thema vervalt: {theme.name}", f"Theme removed: {theme.name}"))
    if [t.id for t in old.themes if t.id in after] != [t.id for t in new.themes if t.id in before]:
        notes.append(("Andere volgorde van de thema's", "Themes in another order"))
    if old.title != new.title:
        notes.append((f"Nieuwe titel: {new.title}", f"New title: {new.title}"))
    return notes


def newer_version(session: Session, versions: list[Framework]) -> Framework | None:
    """The newest version of the session's framework, if it is newer than the one the session uses
    (`versions`: every known version of that framework, oldest first)."""
    from ambitieweb.model.framework import version_key

    mine = version_key(session.framework_version)
    newer = [f for f in versions if f.id == session.framework_id and version_key(f.version) > mine]
    return newer[-1] if newer else None
