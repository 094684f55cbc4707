"""Votes, tallies, agenda minutes, focus limit; participants get ids; criteria ids unique per session.

- participants.participant_id: the person's stable id (Participant.id), backfilled for old rows with
  the same derived ids a version 1 session file gets (model.legacy_ids), unique within a session;
- theme_entries.tally_basis/_significant/_ambitious and minutes, sessions.max_focus (defaults
  keep old rows valid);
- votes: one row per participant and theme, gone with the theme entry, the session or the person;
- snapshots: participants in the stored payloads get their ids too (the same person as in the
  session keeps that id), so an agreed version reads the same every time;
- criteria: the primary key becomes (session_id, id), so a duplicated session can keep its
  criteria's ids.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from ambitieweb.model.legacy_ids import fill_participant_ids

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PEOPLE = sa.table(
    "participants",
    sa.column("id", sa.Integer()),
    sa.column("session_id", sa.String()),
    sa.column("participant_id", sa.String()),
    sa.column("position", sa.Integer()),
    sa.column("name", sa.String()),
    sa.column("role", sa.String()),
    sa.column("organisation", sa.String()),
)
_SNAPSHOTS = sa.table(
    "snapshots", sa.column("id", sa.String()), sa.column("session_id", sa.String()), sa.column("payload")
)
_TALLY_AND_MINUTES = ("tally_basis", "tally_significant", "tally_ambitious", "minutes")


def _backfill_participant_ids(conn: sa.Connection) -> dict[str, list[dict[str, Any]]]:
    """Ids for existing participants; returns them per session, in order."""
    people: dict[str, list[dict[str, Any]]] = defaultdict(list)
    query = sa.select(_PEOPLE).order_by(_PEOPLE.c.session_id, _PEOPLE.c.position, _PEOPLE.c.id)
    for row in conn.execute(query).mappings():
        people[row["session_id"]].append(
            {"row": row["id"], **{k: row[k] for k in ("name", "role", "organisation")}}
        )
    updates = []
    for session_id, rows in people.items():
        fill_participant_ids(rows, session_id)
        updates += [{"row": p["row"], "pid": p["id"]} for p in rows]
    if updates:
        conn.execute(
            _PEOPLE.update()
            .where(_PEOPLE.c.id == sa.bindparam("row"))
            .values(participant_id=sa.bindparam("pid")),
            updates,
        )
    return people


def _rewrite_payloads(conn: sa.Connection, change: Any) -> None:
    """Apply `change(snapshot row, payload dict)` to every snapshot; store those it changed."""
    updates = []
    for row in conn.execute(sa.select(_SNAPSHOTS)).mappings():
        payload = json.loads(row["payload"])
        if change(row, payload):
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


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("sessions", sa.Column("max_focus", sa.Integer(), nullable=False, server_default="5"))
    for name in _TALLY_AND_MINUTES:
        op.add_column("theme_entries", sa.Column(name, sa.Integer(), nullable=False, server_default="0"))

    op.add_column("participants", sa.Column("participant_id", sa.String(32), nullable=True))
    people = _backfill_participant_ids(conn)
    # SQLite rebuilds these two tables; safe only because no table refers to them (yet): dropping
    # a table that others cascade from would delete their rows.
    with op.batch_alter_table("participants") as batch:
        batch.alter_column("participant_id", existing_type=sa.String(32), nullable=False)
        batch.create_unique_constraint(
            "uq_participants_session_participant", ["session_id", "participant_id"]
        )

    def add_ids(row: Any, payload: dict[str, Any]) -> bool:
        participants = payload.get("participants", [])
        before = sum("id" in p for p in participants)
        fill_participant_ids(participants, row["id"], people.get(row["session_id"], []))
        return sum("id" in p for p in participants) != before

    _rewrite_payloads(conn, add_ids)

    op.drop_index("ix_criteria_session_id", table_name="criteria")
    with op.batch_alter_table("criteria") as batch:
        batch.drop_constraint("pk_criteria", type_="primary")
        batch.create_primary_key("pk_criteria", ["session_id", "id"])

    op.create_table(
        "votes",
        sa.Column("session_id", sa.String(32), nullable=False),
        sa.Column("theme_id", sa.String(64), nullable=False),
        sa.Column("participant_id", sa.String(32), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("session_id", "theme_id", "participant_id", name="pk_votes"),
        sa.ForeignKeyConstraint(
            ["session_id", "theme_id"],
            ["theme_entries.session_id", "theme_entries.theme_id"],
            ondelete="CASCADE",
            name="fk_votes_theme_entries",
        ),
        sa.ForeignKeyConstraint(
            ["session_id", "participant_id"],
            ["participants.session_id", "participants.participant_id"],
            ondelete="CASCADE",
            name="fk_votes_participants",
        ),
    )


def downgrade() -> None:
    """Back to 0001, for a program that knows only that: votes and agenda are lost."""
    op.drop_table("votes")
    with op.batch_alter_table("criteria") as batch:
        batch.drop_constraint("pk_criteria", type_="primary")
        batch.create_primary_key("pk_criteria", ["id"])
    op.create_index("ix_criteria_session_id", "criteria", ["session_id"])

    def strip(_row: Any, payload: dict[str, Any]) -> bool:
        payload.pop("max_focus", None)
        for participant in payload.get("participants", []):
            participant.pop("id", None)
        for entry in payload.get("themes", []):
            for key in ("votes", "tally", "minutes"):
                entry.pop(key, None)
        return True

    _rewrite_payloads(op.get_bind(), strip)
    with op.batch_alter_table("participants") as batch:
        batch.drop_constraint("uq_participants_session_participant", type_="unique")
        batch.drop_column("participant_id")
    # Not in batch mode: recreating these tables on SQLite would cascade-delete their children.
    for name in _TALLY_AND_MINUTES:
        op.drop_column("theme_entries", name)
    op.drop_column("sessions", "max_focus")
