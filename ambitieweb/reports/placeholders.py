"""Which placeholder values are still empty, so the GUI can ask before an export."""

from __future__ import annotations

from ambitieweb.model.session import ChosenCriterion, Session
from ambitieweb.model.tender import missing_values


def missing_placeholders(session: Session) -> list[tuple[ChosenCriterion, list[str]]]:
    """Each chosen criterion with one or more unfilled {{placeholders}}, with their names in order."""
    return [(chosen, missing) for chosen in session.criteria if (missing := missing_values(chosen))]
