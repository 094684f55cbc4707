"""Domain models and pure rules; no Qt, no database."""

from ambitieweb.model.criteria import CriteriaSet, Criterion, CriterionKind
from ambitieweb.model.framework import Framework, LevelTexts, Theme
from ambitieweb.model.levels import Level
from ambitieweb.model.rules import Finding, check_session
from ambitieweb.model.session import (
    Goal,
    Measure,
    Participant,
    Role,
    Session,
    SessionKind,
    SessionStatus,
    Snapshot,
    ThemeEntry,
)

__all__ = [
    "CriteriaSet",
    "Criterion",
    "CriterionKind",
    "Finding",
    "Framework",
    "Goal",
    "Level",
    "LevelTexts",
    "Measure",
    "Participant",
    "Role",
    "Session",
    "SessionKind",
    "SessionStatus",
    "Snapshot",
    "Theme",
    "ThemeEntry",
    "check_session",
]
