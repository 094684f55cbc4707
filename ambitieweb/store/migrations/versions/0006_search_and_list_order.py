"""The session list at any size: folded search words, the list order as an index, kinds indexed.

- sessions.search_text: the folded words of title, organisation and subject (see store/search.py),
  filled here for every session;
- session_words: one row per folded word and session, for words few sessions have;
- ix_sessions_list (SQLite, with the search text) or ix_sessions_order (PostgreSQL) in the list's
  order (updated_at newest first, title, id) replaces ix_sessions_updated_at, for keyset paging;
- ix_sessions_kind: the generic webs without reading every session.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-14
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ambitieweb.store.search import search_text, words

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SESSIONS = sa.table(
    "sessions",
    sa.column("id", sa.String()),
    sa.column("title", sa.String()),
    sa.column("organisation", sa.String()),
    sa.column("subject", sa.String()),
    sa.column("search_text", sa.Text()),
)
_WORDS = sa.table("session_words", sa.column("session_id", sa.String()), sa.column("word", sa.String()))
_ORDER: list[str | sa.TextClause] = [sa.text("updated_at DESC"), "title", "id"]
_BATCH = 2000  # sessions filled per round trip


def _fill(conn: sa.Connection) -> None:
    """Search text and words for every session, a batch at a time."""
    rows = conn.execute(
        sa.select(_SESSIONS.c.id, _SESSIONS.c.title, _SESSIONS.c.organisation, _SESSIONS.c.subject)
    ).all()
    update = (
        _SESSIONS.update()
        .where(_SESSIONS.c.id == sa.bindparam("sid"))
        .values(search_text=sa.bindparam("text"))
    )
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        texts = [{"sid": sid, "text": search_text(*fields)} for sid, *fields in batch]
        conn.execute(update, texts)
        found = [{"session_id": t["sid"], "word": w} for t in texts for w in words(t["text"])]
        if found:
            conn.execute(_WORDS.insert(), found)


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    empty = sa.text("''")
    op.add_column("sessions", sa.Column("search_text", sa.Text(), nullable=False, server_default=empty))
    word = sa.String(64) if sqlite else sa.String(64, collation="C")
    op.create_table(
        "session_words",
        sa.Column("session_id", sa.String(32), nullable=False),
        sa.Column("word", word, nullable=False),
        sa.PrimaryKeyConstraint("session_id", "word", name="pk_session_words"),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            ondelete="CASCADE",
            name="fk_session_words_session_id_sessions",
        ),
        sqlite_with_rowid=False,
    )
    _fill(conn)  # before the indexes: filling a table is faster than filling its indexes too
    op.create_index("ix_session_words_word", "session_words", ["word", "session_id"])
    op.drop_index("ix_sessions_updated_at", table_name="sessions")
    if sqlite:
        op.create_index("ix_sessions_list", "sessions", [*_ORDER, "search_text"])
    else:
        op.create_index("ix_sessions_order", "sessions", _ORDER)
    op.create_index("ix_sessions_kind", "sessions", ["kind"])


def downgrade() -> None:
    """Back to 0005: the search falls back to scanning the sessions (nothing is lost)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.drop_index("ix_sessions_kind", table_name="sessions")
    op.drop_index("ix_sessions_list" if sqlite else "ix_sessions_order", table_name="sessions")
    op.create_index("ix_sessions_updated_at", "sessions", ["updated_at"])
    op.drop_table("session_words")
    op.drop_column("sessions", "search_text")
