"""The tables of action plans (migration 0004): a plan and its lists, each replaced whole on save."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

from ambitieweb.store.table_types import UTCDateTime, metadata

plans = Table(
    "plans",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("title", String(500), nullable=False),
    Column("organisation", String(500), nullable=False),
    Column("start_year", Integer, nullable=False),
    Column("end_year", Integer, nullable=False),
    Column("framework_id", String(64), nullable=False),
    Column("framework_version", String(500), nullable=False),
    Column("focus_limit", Integer, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_plans_updated_at", "updated_at"),
)


def _plan_child(name: str, *items: Column[object] | Index | PrimaryKeyConstraint) -> Table:
    """A list of a plan, in order, gone with the plan."""
    return Table(
        name,
        metadata,
        Column("plan_id", String(32), ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
        Column("position", Integer, nullable=False),
        *items,
    )


# No foreign keys to sessions: a deleted web stays referred to, and restoring it (undo) mends the plan.
plan_webs = _plan_child(
    "plan_webs",
    Column("session_id", String(32), nullable=False),
    PrimaryKeyConstraint("plan_id", "session_id", name="pk_plan_webs"),
    Index("ix_plan_webs_session_id", "session_id"),
)

plan_categories = _plan_child(
    "plan_categories",
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("product_group", String(500), nullable=False),
    Column("yearly_spend", Float, nullable=False),
    Column("contracts", Integer, nullable=False),
    Column("impact", JSON, nullable=False),  # theme id -> score 1-5
    Index("ix_plan_categories_plan_id", "plan_id"),
)

plan_focus = _plan_child(
    "plan_focus",
    Column("theme_id", String(64), nullable=False),
    Column("reason", Text, nullable=False),
    Column("ambition", Integer, nullable=False),
    PrimaryKeyConstraint("plan_id", "theme_id", name="pk_plan_focus"),
)

plan_goals = _plan_child(
    "plan_goals",
    Column("id", String(32), nullable=False),
    Column("theme_id", String(64), nullable=False),
    Column("type", String(16), nullable=False),
    Column("indicator", String(500), nullable=False),
    Column("baseline", Float, nullable=True),
    Column("target", Float, nullable=True),
    Column("unit", String(500), nullable=False),
    Column("year", Integer, nullable=True),
    Column("owner", String(500), nullable=False),
    Column("realised", JSON, nullable=False),  # year -> value
    PrimaryKeyConstraint("plan_id", "id", name="pk_plan_goals"),
)

plan_tenders = _plan_child(
    "plan_tenders",
    Column("id", String(32), nullable=False),
    Column("title", String(500), nullable=False),
    Column("category", String(500), nullable=False),
    Column("estimated_value", Float, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("publication_year", Integer, nullable=True),
    Column("publication_quarter", Integer, nullable=True),
    Column("duration_months", Integer, nullable=False),
    Column("department", String(500), nullable=False),
    Column("client", String(500), nullable=False),
    Column("web_id", String(32), nullable=True),
    Column("themes", JSON, nullable=False),  # [{theme_id, level}]
    Column("award_share", Float, nullable=True),
    PrimaryKeyConstraint("plan_id", "id", name="pk_plan_tenders"),
    Index("ix_plan_tenders_web_id", "web_id"),
)

plan_rules = _plan_child(
    "plan_rules",
    Column("id", String(32), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("name", String(200), nullable=False),
    Column("enabled", Boolean, nullable=False),
    Column("kinds", JSON, nullable=False),
    Column("categories", JSON, nullable=False),
    Column("min_value", Float, nullable=True),
    Column("min_months", Integer, nullable=True),
    Column("target_percent", Float, nullable=True),
    Column("min_level", Integer, nullable=False),
    Column("theme_id", String(64), nullable=True),
    PrimaryKeyConstraint("plan_id", "id", name="pk_plan_rules"),
)

plan_actions = _plan_child(
    "plan_actions",
    Column("id", String(32), nullable=False),
    Column("what", String(500), nullable=False),
    Column("owner", String(500), nullable=False),
    Column("year", Integer, nullable=False),
    Column("quarter", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("theme_id", String(64), nullable=True),
    Column("goal_id", String(32), nullable=True),
    PrimaryKeyConstraint("plan_id", "id", name="pk_plan_actions"),
)

PLAN_CHILD_TABLES = (
    plan_webs,
    plan_categories,
    plan_focus,
    plan_goals,
    plan_tenders,
    plan_rules,
    plan_actions,
)
