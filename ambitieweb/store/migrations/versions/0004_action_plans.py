"""Action plans, and a scope for every web (whole organisation, department, impact area).

- sessions.scope: what part of the organisation a web speaks for (default 'organisation', so old
  rows stay valid); agreed versions keep their payloads (a payload without scope reads as
  'organisation');
- plans and their lists: plan_webs (the webs a plan draws on, no foreign key to sessions: a deleted
  web stays referred to and an undone delete mends the plan), plan_categories, plan_focus,
  plan_goals, plan_tenders, plan_rules, plan_actions — each gone with its plan.

Self-contained: it creates only new tables and one column with a default, so no table is rebuilt.

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-15
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _child(name: str, *items: Any) -> None:
    op.create_table(
        name,
        sa.Column("plan_id", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *items,
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], ondelete="CASCADE", name=f"fk_{name}_plan_id_plans"
        ),
    )


def upgrade() -> None:
    op.add_column(
        "sessions", sa.Column("scope", sa.String(16), nullable=False, server_default="organisation")
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("organisation", sa.String(500), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.String(64), nullable=False),
        sa.Column("framework_version", sa.String(500), nullable=False),
        sa.Column("focus_limit", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plans"),
    )
    op.create_index("ix_plans_updated_at", "plans", ["updated_at"])
    _child(
        "plan_webs",
        sa.Column("session_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("plan_id", "session_id", name="pk_plan_webs"),
    )
    op.create_index("ix_plan_webs_session_id", "plan_webs", ["session_id"])
    _child(
        "plan_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("product_group", sa.String(500), nullable=False),
        sa.Column("yearly_spend", sa.Float(), nullable=False),
        sa.Column("contracts", sa.Integer(), nullable=False),
        sa.Column("impact", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plan_categories"),
    )
    op.create_index("ix_plan_categories_plan_id", "plan_categories", ["plan_id"])
    _child(
        "plan_focus",
        sa.Column("theme_id", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("ambition", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("plan_id", "theme_id", name="pk_plan_focus"),
    )
    _child(
        "plan_goals",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("theme_id", sa.String(64), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("indicator", sa.String(500), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(500), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("owner", sa.String(500), nullable=False),
        sa.Column("realised", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("plan_id", "id", name="pk_plan_goals"),
    )
    _child(
        "plan_tenders",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("category", sa.String(500), nullable=False),
        sa.Column("estimated_value", sa.Float(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("publication_year", sa.Integer(), nullable=True),
        sa.Column("publication_quarter", sa.Integer(), nullable=True),
        sa.Column("duration_months", sa.Integer(), nullable=False),
        sa.Column("department", sa.String(500), nullable=False),
        sa.Column("client", sa.String(500), nullable=False),
        sa.Column("web_id", sa.String(32), nullable=True),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("award_share", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("plan_id", "id", name="pk_plan_tenders"),
    )
    op.create_index("ix_plan_tenders_web_id", "plan_tenders", ["web_id"])
    _child(
        "plan_rules",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("min_value", sa.Float(), nullable=True),
        sa.Column("min_months", sa.Integer(), nullable=True),
        sa.Column("target_percent", sa.Float(), nullable=True),
        sa.Column("min_level", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("plan_id", "id", name="pk_plan_rules"),
    )
    _child(
        "plan_actions",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("what", sa.String(500), nullable=False),
        sa.Column("owner", sa.String(500), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("theme_id", sa.String(64), nullable=True),
        sa.Column("goal_id", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("plan_id", "id", name="pk_plan_actions"),
    )


_SNAPSHOTS = sa.table("snapshots", sa.column("id", sa.String()), sa.column("payload"))


def downgrade() -> None:
    """Back to 0003, for a program that knows only that: plans and scopes are lost; agreed versions
    lose the scope field an older program would refuse."""
    for name in ("plan_actions", "plan_rules", "plan_tenders", "plan_goals", "plan_focus", "plan_categories"):
        op.drop_table(name)
    op.drop_table("plan_webs")
    op.drop_table("plans")
    conn = op.get_bind()
    updates = []
    for row in conn.execute(sa.select(_SNAPSHOTS)).mappings():
        payload = json.loads(row["payload"])
        if "scope" in payload:
            del payload["scope"]
            updates.append(
                {"sid": row["id"], "new": json.dumps(payload, ensure_ascii=False, separators=(",", ":"))}
            )
    if updates:
        conn.execute(
            _SNAPSHOTS.update()
            .where(_SNAPSHOTS.c.id == sa.bindparam("sid"))
            .values(payload=sa.bindparam("new")),
            updates,
        )
    # Not in batch mode: recreating sessions on SQLite would cascade-delete its children.
    op.drop_column("sessions", "scope")
