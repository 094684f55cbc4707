"""Criteria chosen for a tender: picking from the catalogue, placeholders, weights and proportionality."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ambitieweb.model.award import award_findings, mvi_weight_total, suggested_method
from ambitieweb.model.consistency import consistency_findings
from ambitieweb.model.criteria import PLACEHOLDER, CriteriaSet, Criterion, CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.rules import Finding
from ambitieweb.model.session import ChosenCriterion, ScoringMethod, Session


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
        scoring_method=suggested_method(criterion.scoring or ""),
        catalogue_id=criterion.id,
        catalogue_set=criteria_set.id,
        catalogue_version=criteria_set.version,
        catalogue_revision=criterion.revision,
    )


def placeholders_in_order(*texts: str) -> list[str]:
    """The {{names}} in the texts, each once, in order of appearance."""
    seen: dict[str, None] = {}
    for text in texts:
        for match in PLACEHOLDER.finditer(text):
            seen.setdefault(match.group(1))
    return list(seen)


def placeholders(chosen: ChosenCriterion) -> list[str]:
    """The {{names}} in a chosen criterion's texts, in order of appearance."""
    return placeholders_in_order(chosen.text, chosen.verification, chosen.scoring)


def missing_values(chosen: ChosenCriterion) -> list[str]:
    return [name for name in placeholders(chosen) if not chosen.values.get(name, "").strip()]


def fill(text: str, values: dict[str, str]) -> str:
    """Replace each {{name}} by its value; an unfilled one stays visible as [name]."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), "").strip() or f"[{m.group(1)}]", text)


def weight_total(session: Session) -> float:
    """The weights of the MVI award criteria (those scored as a fictieve korting have none)."""
    return mvi_weight_total(session)


def check_tender(
    session: Session, newer: Mapping[str, int] | None = None, names: Mapping[str, str] | None = None
) -> list[Finding]:
    """Warnings before a tender goes out. ``newer`` maps catalogue ids to their current revision;
    ``names`` theme ids to their names (ids are shown where a name is missing)."""
    findings = award_findings(session) + consistency_findings(session, names)
    per_theme = Counter(c.theme_id for c in session.criteria)
    limit = session.max_criteria_per_theme
    for theme_id, count in per_theme.items():
        if count > limit:
            theme = (names or {}).get(theme_id, theme_id)
            findings.append(
                Finding(
                    "too-many-criteria",
                    theme_id,
                    f"Thema '{theme}' heeft {count} criteria (drempel {limit}); "
                    "meer criteria maken een aanbesteding zwaarder, niet beter. Kies de belangrijkste.",
                    f"Theme '{theme}' has {count} criteria (threshold {limit}); "
                    "more criteria make a tender heavier, not better. Choose the essential ones.",
                )
            )
    for chosen in session.criteria:
        missing = missing_values(chosen)
        if missing:
            fields = ", ".join(missing)
            findings.append(
                Finding(
                    "missing-values",
                    chosen.theme_id,
                    f"'{chosen.title}': vul nog in: {fields}.",
                    f"'{chosen.title}': still to fill in: {fields}.",
                )
            )
        if has_newer_text(chosen, newer):
            findings.append(
                Finding(
                    "newer-catalogue-text",
                    chosen.theme_id,
                    f"De catalogus heeft een nieuwere tekst voor '{chosen.title}'.",
                    f"The catalogue has a newer text for '{chosen.title}'.",
                )
            )
    return findings


def has_newer_text(chosen: ChosenCriterion, newer: Mapping[str, int] | None) -> bool:
    """Whether the catalogue (``newer``: id -> current revision) has a later text than the one chosen."""
    current = (newer or {}).get(chosen.catalogue_id or "")
    return bool(current and chosen.catalogue_revision and current > chosen.catalogue_revision)


# --- choosing and editing criteria for one theme (the GUI's mutations; pure, on the session) ------------


def offered_up_to(ambition: Level) -> Level:
    """Catalogue criteria are offered up to a theme's ambition; all levels while it is not set."""
    return Level.AMBITIOUS if ambition is Level.UNSET else ambition


def chosen_in_theme(session: Session, theme_id: str) -> list[ChosenCriterion]:
    """The criteria chosen for one theme, in the session's order."""
    return [c for c in session.criteria if c.theme_id == theme_id]


def chosen_catalogue_ids(session: Session) -> set[str]:
    """Catalogue criteria already in the session (each is chosen at most once)."""
    return {c.catalogue_id for c in session.criteria if c.catalogue_id is not None}


def theme_findings(
    session: Session,
    theme_id: str,
    newer: Mapping[str, int] | None = None,
    names: Mapping[str, str] | None = None,
) -> list[Finding]:
    """The tender warnings that concern one theme, and those that concern the whole session."""
    return [f for f in check_tender(session, newer, names) if f.theme_id in (None, theme_id)]


def find_criterion(session: Session, criterion_id: str) -> ChosenCriterion:
    for chosen in session.criteria:
        if chosen.id == criterion_id:
            return chosen
    raise KeyError(criterion_id)


def add_criterion(session: Session, chosen: ChosenCriterion) -> bool:
    """Add a chosen criterion (a copy); a catalogue criterion already chosen is not added twice."""
    if chosen.catalogue_id is not None and chosen.catalogue_id in chosen_catalogue_ids(session):
        return False
    if any(c.id == chosen.id for c in session.criteria):
        return False
    session.criteria = [*session.criteria, chosen.model_copy(deep=True)]
    return True


def replace_criterion(session: Session, updated: ChosenCriterion) -> None:
    """Put ``updated`` in the place of the chosen criterion with the same id."""
    find_criterion(session, updated.id)  # KeyError when it is gone
    session.criteria = [updated.model_copy(deep=True) if c.id == updated.id else c for c in session.criteria]


def remove_criterion(session: Session, criterion_id: str) -> None:
    find_criterion(session, criterion_id)
    session.criteria = [c for c in session.criteria if c.id != criterion_id]


def _move_target(session: Session, criterion_id: str, step: int) -> int | None:
    """Where a criterion goes when moved ``step`` places among its theme's criteria of the same kind
    (the order the documents number them in); None at either end."""
    chosen = find_criterion(session, criterion_id)
    peers = [
        i for i, c in enumerate(session.criteria) if c.theme_id == chosen.theme_id and c.kind is chosen.kind
    ]
    at = next(n for n, i in enumerate(peers) if session.criteria[i].id == criterion_id)
    target = at + step
    return peers[target] if 0 <= target < len(peers) else None


def can_move(session: Session, criterion_id: str, step: int) -> bool:
    return _move_target(session, criterion_id, step) is not None


def move_criterion(session: Session, criterion_id: str, step: int) -> bool:
    """Swap a criterion with its neighbour of the same theme and kind (-1 up, +1 down)."""
    target = _move_target(session, criterion_id, step)
    if target is None:
        return False
    criteria = list(session.criteria)
    source = next(i for i, c in enumerate(criteria) if c.id == criterion_id)
    criteria[source], criteria[target] = criteria[target], criteria[source]
    session.criteria = criteria
    return True


def own_criterion(
    session: Session, theme_id: str, kind: CriterionKind = CriterionKind.REQUIREMENT
) -> ChosenCriterion:
    """An empty own criterion (not from the catalogue) for a theme, at the theme's ambition level."""
    ambition = session.entry(theme_id).ambition
    return ChosenCriterion(
        theme_id=theme_id, kind=kind, level=max(ambition, Level.BASIS), title="", text="", catalogue_id=None
    )


def _wording(title: str, text: str, verification: str, scoring: str) -> tuple[str, str, str, str]:
    return (title.strip(), text.strip(), verification.strip(), scoring.strip())


def catalogue_wording(criterion: Criterion) -> tuple[str, str, str, str]:
    return _wording(criterion.title, criterion.text, criterion.verification, criterion.scoring or "")


def _same_wording(criterion: Criterion, title: str, text: str, verification: str, scoring: str) -> bool:
    """Whether an edit is the catalogue criterion's current wording (scoring counts for awards only)."""
    scoring = scoring if criterion.kind is CriterionKind.AWARD else ""
    return _wording(title, text, verification, scoring) == catalogue_wording(criterion)


def revise(
    chosen: ChosenCriterion,
    *,
    title: str,
    text: str,
    verification: str,
    scoring: str,
    weight: float | None,
    values: Mapping[str, str],
    kind: CriterionKind | None = None,
    source: tuple[CriteriaSet, Criterion] | None = None,
) -> ChosenCriterion:
    """The chosen criterion after one edit (validated; raises pydantic's ValidationError).

    - the kind changes for an own criterion; a catalogue criterion only takes the catalogue's current
      kind (``source``), e.g. a minimumeis the catalogue now has as a contractbepaling;
    - weight and scoring belong to award criteria only;
    - values are kept for the placeholders the new texts use, empty ones dropped;
    - a catalogue criterion whose wording (title, text, verification, scoring) changes is ``edited``;
      when the wording equals the catalogue's current text (``source``) it is not edited and takes
      that text's kind, version and revision (this is how a newer catalogue text is adopted).
    """
    current = source if source is not None and source[1].id == chosen.catalogue_id else None
    adopted = current is not None and _same_wording(current[1], title, text, verification, scoring)
    if chosen.catalogue_id is not None:
        catalogue_kind = current[1].kind if current is not None else None
        kind = catalogue_kind if adopted or (kind is not None and kind is catalogue_kind) else chosen.kind
    kind = kind or chosen.kind
    award = kind is CriterionKind.AWARD
    scoring = scoring if award else ""
    names = placeholders_in_order(text, verification, scoring)
    kept = {name: values[name].strip() for name in names if values.get(name, "").strip()}
    data = chosen.model_dump() | {
        "kind": kind,
        "title": title,
        "text": text,
        "verification": verification,
        "scoring": scoring,
        "weight": weight if award and chosen.scoring_method is ScoringMethod.WEIGHT else None,
        "scoring_method": chosen.scoring_method if award else ScoringMethod.WEIGHT,
        "max_discount": chosen.max_discount if award else None,
        "values": kept,
    }
    if chosen.catalogue_id is not None:
        wording = _wording(title, text, verification, scoring)
        if adopted and current is not None:
            criteria_set, criterion = current
            data |= {
                "edited": False,
                "level": criterion.level,
                "catalogue_set": criteria_set.id,
                "catalogue_version": criteria_set.version,
                "catalogue_revision": criterion.revision,
            }
        elif wording != _wording(chosen.title, chosen.text, chosen.verification, chosen.scoring):
            data["edited"] = True
    return ChosenCriterion.model_validate(data)


def placeholder_label(name: str, criterion: Criterion | None) -> str:
    """What to ask for a placeholder: the catalogue's description when it has one, else its name."""
    if criterion is not None and name in criterion.placeholders:
        return criterion.placeholders[name]
    return name


def set_values(session: Session, values: Mapping[str, Mapping[str, str]]) -> None:
    """Fill in placeholder values: criterion id -> {name: value}; empty values and unknown names are
    ignored, values already filled in are overwritten."""
    for chosen in session.criteria:
        given = values.get(chosen.id)
        if not given:
            continue
        names = placeholders(chosen)
        update = {n: v.strip() for n, v in given.items() if n in names and v.strip()}
        if update:
            chosen.values = {**chosen.values, **update}


def with_values(session: Session, values: Mapping[str, Mapping[str, str]]) -> Session:
    """A copy of `session` with placeholder values filled in as `set_values` does; only the criteria
    that get values are copied (the rest is shared with `session`: read, do not change)."""
    copy = session.model_copy(
        update={"criteria": [c.model_copy() if values.get(c.id) else c for c in session.criteria]}
    )
    set_values(copy, values)
    return copy
