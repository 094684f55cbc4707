"""The plain data one radar shows: theme names, levels and the optional layers, checked."""

from __future__ import annotations

from dataclasses import dataclass

from ambitieweb.model.votes import Distribution

MIN_THEMES = 3
MAX_THEMES = 16
LEVELS = (1, 2, 3)


@dataclass(frozen=True)
class RadarData:
    """Plain data for one radar; levels are 0 (not set) to 3. Lists and `Level`s are normalised.

    Optional layers: `reference` (the generic web, grey), `earlier` (an earlier agreed version, dotted),
    `votes` (per theme the room's votes or None: a band from the lowest to the highest vote and a bar at
    the median), `flagged` (themes whose ambition was lowered: a warning triangle at the axis end) and
    `realised` (per theme the level a contract review found, 0-3, or None where not judged yet: a
    dash-dotted line with diamonds).
    """

    labels: tuple[str, ...]
    ambition: tuple[int, ...]
    current: tuple[int, ...]
    reference: tuple[int, ...] | None = None
    highlight: int | None = None
    title: str | None = None
    level_names: tuple[str, str, str] = ("basis", "significant", "ambitieus")
    legend_ambition: str = "Ambitie"
    legend_current: str = "Huidige situatie"
    legend_reference: str = "Generiek ambitieweb"
    votes: tuple[Distribution | None, ...] | None = None
    earlier: tuple[int, ...] | None = None
    flagged: tuple[bool, ...] | None = None
    legend_earlier: str = "Eerdere versie"
    legend_votes: str = "Stemmen: mediaan en spreiding"
    legend_flagged: str = "Ambitie verlaagd"
    realised: tuple[int | None, ...] | None = None
    legend_realised: str = "Gerealiseerd"

    def __post_init__(self) -> None:
        count = len(self.labels)
        if not MIN_THEMES <= count <= MAX_THEMES:
            raise ValueError(f"a radar needs {MIN_THEMES} to {MAX_THEMES} themes, got {count}")
        object.__setattr__(self, "labels", tuple(str(label) for label in self.labels))
        for name in ("ambition", "current", "reference", "earlier"):
            levels = getattr(self, name)
            if levels is None:
                continue
            normalised = tuple(int(level) for level in levels)
            if len(normalised) != count:
                raise ValueError(f"{name} has {len(normalised)} levels for {count} themes")
            if any(not 0 <= level <= LEVELS[-1] for level in normalised):
                raise ValueError(f"{name} levels must be 0..{LEVELS[-1]}: {normalised}")
            object.__setattr__(self, name, normalised)
        if self.realised is not None:
            realised = tuple(None if level is None else int(level) for level in self.realised)
            if len(realised) != count:
                raise ValueError(f"realised has {len(realised)} levels for {count} themes")
            if any(level is not None and not 0 <= level <= LEVELS[-1] for level in realised):
                raise ValueError(f"realised levels must be 0..{LEVELS[-1]} or None: {realised}")
            object.__setattr__(self, "realised", realised)
        if self.votes is not None:
            votes = tuple(self.votes)
            if len(votes) != count:
                raise ValueError(f"votes has {len(votes)} entries for {count} themes")
            if any(v is not None and not isinstance(v, Distribution) for v in votes):
                raise ValueError("votes must be a Distribution or None per theme")
            object.__setattr__(self, "votes", votes)
        if self.flagged is not None:
            flagged = tuple(bool(flag) for flag in self.flagged)
            if len(flagged) != count:
                raise ValueError(f"flagged has {len(flagged)} entries for {count} themes")
            object.__setattr__(self, "flagged", flagged)
        if self.highlight is not None and not 0 <= self.highlight < count:
            raise ValueError(f"highlight {self.highlight} is not a theme index (0..{count - 1})")
        if len(self.level_names) != len(LEVELS):
            raise ValueError("level_names needs one name per level 1..3")

    @property
    def size(self) -> int:
        return len(self.labels)

    def static_part(self) -> tuple[object, ...]:
        """What a full draw shows of the data (the rest is painted over it on screen): the number of
        themes, their labels, the level names, the title and the legend."""
        return (self.size, self.labels, self.level_names, self.title, self.legend_entries())

    def legend_entries(self) -> tuple[str, ...]:
        """The legend's texts: ambition and current always, each other layer when it is given (even if,
        for now, no theme has votes or a flag: the legend stays put while a session goes on)."""
        return (
            self.legend_ambition,
            self.legend_current,
            *((self.legend_reference,) if self.reference is not None else ()),
            *((self.legend_earlier,) if self.earlier is not None else ()),
            *((self.legend_realised,) if self.realised is not None else ()),
            *((self.legend_votes,) if self.votes is not None else ()),
            *((self.legend_flagged,) if self.flagged is not None else ()),
        )
