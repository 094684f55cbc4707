"""ambitieweb_info: which version of the program last upgraded the schema.

A program that finds a newer schema reads it to tell its user which version opens the database.
The program writes the row itself after every migration (store.database._migrate).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-14
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ambitieweb_info",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.String(500), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_ambitieweb_info"),
    )


def downgrade() -> None:
    op.drop_table("ambitieweb_info")
