"""The organisation's library of own criteria (issue 16): standard tender texts per theme id.

- library_criteria: id, theme_id, level, kind, title, text, verification, guidance, scoring,
  placeholders (JSON: name -> description), revision, position, updated_at.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "library_criteria",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("theme_id", sa.String(64), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("verification", sa.Text(), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=False),
        sa.Column("scoring", sa.Text(), nullable=True),
        sa.Column("placeholders", sa.JSON(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_library_criteria"),
    )


def downgrade() -> None:
    op.drop_table("library_criteria")
