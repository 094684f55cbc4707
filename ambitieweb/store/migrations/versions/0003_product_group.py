"""Sessions name their product group (catering, schoonmaak, ...; NULL for "anders").

- sessions.product_group: a catalogue product group id, nullable, no default: every session stored
  before this revision had none;
- snapshots: nothing to do on upgrade (a stored session without the field reads as "anders"); a
  downgrade takes the field out of the stored payloads, so that an 0002 program reads them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SNAPSHOTS = sa.table("snapshots", sa.column("id", sa.String()), sa.column("payload"))


def upgrade() -> None:
    op.add_column("sessions", sa.Column("product_group", sa.String(64), nullable=True))


def downgrade() -> None:
    """Back to 0002, for a program that knows no product groups: the choice is lost."""
    conn = op.get_bind()
    updates = []
    for row in conn.execute(sa.select(_SNAPSHOTS)).mappings():
        payload = json.loads(row["payload"])
        if "product_group" in payload:
            del payload["product_group"]
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
    # Not in batch mode: recreating sessions on SQLite would cascade-delete every child row.
    op.drop_column("sessions", "product_group")
