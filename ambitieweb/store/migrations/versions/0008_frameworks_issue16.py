"""Own frameworks (issue 16): an organisation's themes, one row per framework version.

- frameworks: id, version, title, date, description, source, based_on, updated_at; key (id, version);
- framework_themes: the themes of one version in order, each with its three level texts.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "frameworks",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.String(200), nullable=True),
        sa.Column("based_on", sa.String(64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", "version", name="pk_frameworks"),
    )
    op.create_table(
        "framework_themes",
        sa.Column("framework_id", sa.String(64), nullable=False),
        sa.Column("framework_version", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("significant", sa.Text(), nullable=False),
        sa.Column("ambitious", sa.Text(), nullable=False),
        sa.Column("group_name", sa.String(200), nullable=True),
        sa.Column("optional", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("framework_id", "framework_version", "position", name="pk_framework_themes"),
        sa.ForeignKeyConstraint(
            ["framework_id", "framework_version"],
            ["frameworks.id", "frameworks.version"],
            ondelete="CASCADE",
            name="fk_framework_themes_framework_id_frameworks",
        ),
    )


def downgrade() -> None:
    op.drop_table("framework_themes")
    op.drop_table("frameworks")
