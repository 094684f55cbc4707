"""The tables of contract follow-up (migration 0009, issue 18): a contract per project web, its
reviews and their records. A review's records are replaced whole with the contract on save."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from ambitieweb.store.table_types import UTCDateTime, metadata

# Gone with the web (a deleted session leaves no contract behind; the list's undo puts both back).
contracts = Table(
    "contracts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("session_id", String(32), ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False),
    Column("supplier", String(500), nullable=False),
    Column("number", String(500), nullable=False),
    Column("start_date", Date, nullable=True),
    Column("end_date", Date, nullable=True),
    Column("value", Float, nullable=True),
    Column("manager", String(500), nullable=False),
    Column("rhythm_months", Integer, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("session_id", name="uq_contracts_session_id"),
)


def _contract_child(name: str, *items: Column[object] | PrimaryKeyConstraint) -> Table:
    """A list of the contract's reviews (or of one review), in order, gone with the contract."""
    return Table(
        name,
        metadata,
        Column("contract_id", String(32), ForeignKey("contracts.id", ondelete="CASCADE"), nullable=False),
        Column("position", Integer, nullable=False),
        *items,
    )


contract_reviews = _contract_child(
    "contract_reviews",
    Column("id", String(32), nullable=False),
    Column("date", Date, nullable=False),
    # No foreign key: a snapshot goes only with its session, and then the contract goes too.
    Column("snapshot_id", String(32), nullable=False),
    Column("participants", String(500), nullable=False),
    Column("note", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    PrimaryKeyConstraint("contract_id", "id", name="pk_contract_reviews"),
)

review_checks = _contract_child(
    "review_checks",
    Column("review_id", String(32), nullable=False),
    Column("criterion_id", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("promised", Text, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("note", Text, nullable=False),
    PrimaryKeyConstraint("contract_id", "review_id", "criterion_id", name="pk_review_checks"),
)

review_measurements = _contract_child(
    "review_measurements",
    Column("review_id", String(32), nullable=False),
    Column("theme_id", String(64), nullable=False),
    Column("goal_index", Integer, nullable=False),
    Column("value", Float, nullable=True),
    Column("unit", String(500), nullable=False),
    PrimaryKeyConstraint("contract_id", "review_id", "theme_id", "goal_index", name="pk_review_measurements"),
)

review_themes = _contract_child(
    "review_themes",
    Column("review_id", String(32), nullable=False),
    Column("theme_id", String(64), nullable=False),
    Column("level", Integer, nullable=True),  # NULL: not judged
    PrimaryKeyConstraint("contract_id", "review_id", "theme_id", name="pk_review_themes"),
)

review_actions = _contract_child(
    "review_actions",
    Column("review_id", String(32), nullable=False),
    Column("id", String(32), nullable=False),
    Column("what", String(500), nullable=False),
    Column("owner", String(500), nullable=False),
    Column("due", Date, nullable=True),
    Column("done", Boolean, nullable=False),
    PrimaryKeyConstraint("contract_id", "review_id", "id", name="pk_review_actions"),
)

# A review's own lists: table -> the Review field it holds.
REVIEW_LISTS = {
    review_checks: "checks",
    review_measurements: "measurements",
    review_themes: "themes",
    review_actions: "actions",
}
CONTRACT_CHILD_TABLES = (contract_reviews, *REVIEW_LISTS)
