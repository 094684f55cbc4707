"""The award model (issue 15): price and other quality criteria with the session, and per award
criterion whether it counts with a weight or as a fictieve korting (with its largest discount).

- sessions.award_model: JSON {price_weight, quality: [{name, weight}]}; '{}' (nothing decided) for
  the sessions there are;
- criteria.scoring_method: 'weight' (as every award criterion counted before) or 'notional_discount';
- criteria.max_discount: euro, NULL where none is set.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "sessions", sa.Column("award_model", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
    )
    op.add_column(
        "criteria", sa.Column("scoring_method", sa.String(32), nullable=False, server_default="weight")
    )
    op.add_column("criteria", sa.Column("max_discount", sa.Float(), nullable=True))


def downgrade() -> None:
    """Back to 0006: the price, quality criteria and fictieve kortingen are dropped."""
    op.drop_column("criteria", "max_discount")
    op.drop_column("criteria", "scoring_method")
    op.drop_column("sessions", "award_model")
