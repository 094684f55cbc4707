"""Contract follow-up (issue 18): a contract per project web and its reviews.

- contracts: the contract data and the review rhythm, one per session (gone with it);
- contract_reviews: the reviews in order, each with its date and the agreed snapshot it checks;
- review_checks, review_measurements, review_themes, review_actions: a review's records.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _owner() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("contract_id", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    ]


def _gone_with_the_contract(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["contract_id"], ["contracts.id"], ondelete="CASCADE", name=f"fk_{table}_contract_id_contracts"
    )


def upgrade() -> None:
    op.create_table(
        "contracts",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("session_id", sa.String(32), nullable=False),
        sa.Column("supplier", sa.String(500), nullable=False),
        sa.Column("number", sa.String(500), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("manager", sa.String(500), nullable=False),
        sa.Column("rhythm_months", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_contracts"),
        sa.UniqueConstraint("session_id", name="uq_contracts_session_id"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], ondelete="CASCADE", name="fk_contracts_session_id_sessions"
        ),
    )
    op.create_table(
        "contract_reviews",
        *_owner(),
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("snapshot_id", sa.String(32), nullable=False),
        sa.Column("participants", sa.String(500), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("contract_id", "id", name="pk_contract_reviews"),
        _gone_with_the_contract("contract_reviews"),
    )
    op.create_table(
        "review_checks",
        *_owner(),
        sa.Column("review_id", sa.String(32), nullable=False),
        sa.Column("criterion_id", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("promised", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("contract_id", "review_id", "criterion_id", name="pk_review_checks"),
        _gone_with_the_contract("review_checks"),
    )
    op.create_table(
        "review_measurements",
        *_owner(),
        sa.Column("review_id", sa.String(32), nullable=False),
        sa.Column("theme_id", sa.String(64), nullable=False),
        sa.Column("goal_index", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(500), nullable=False),
        sa.PrimaryKeyConstraint(
            "contract_id", "review_id", "theme_id", "goal_index", name="pk_review_measurements"
        ),
        _gone_with_the_contract("review_measurements"),
    )
    op.create_table(
        "review_themes",
        *_owner(),
        sa.Column("review_id", sa.String(32), nullable=False),
        sa.Column("theme_id", sa.String(64), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("contract_id", "review_id", "theme_id", name="pk_review_themes"),
        _gone_with_the_contract("review_themes"),
    )
    op.create_table(
        "review_actions",
        *_owner(),
        sa.Column("review_id", sa.String(32), nullable=False),
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("what", sa.String(500), nullable=False),
        sa.Column("owner", sa.String(500), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("contract_id", "review_id", "id", name="pk_review_actions"),
        _gone_with_the_contract("review_actions"),
    )


def downgrade() -> None:
    for table in (
        "review_actions",
        "review_themes",
        "review_measurements",
        "review_checks",
        "contract_reviews",
    ):
        op.drop_table(table)
    op.drop_table("contracts")
