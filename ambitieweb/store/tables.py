"""The database tables: one row per thing people query, children replaced whole on save."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from ambitieweb.store.table_types import UTCDateTime as UTCDateTime  # the migrations take them from here
from ambitieweb.store.table_types import metadata as metadata

sessions = Table(
    "sessions",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("title", String(500), nullable=False),
    Column("organisation", String(500), nullable=False),
    Column("subject", String(500), nullable=False),
    Column("session_date", Date, nullable=True),
    Column("facilitator", String(500), nullable=False),
    Column("framework_id", String(64), nullable=False),
    Column("framework_version", String(500), nullable=False),
    # No foreign key: an imported project web may refer to a generic web that arrives later.
    Column("generic_session_id", String(32), nullable=True),
    Column("status", String(16), nullable=False),
    Column("weight_unit", String(16), nullable=False),
    Column("max_criteria_per_theme", Integer, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("max_focus", Integer, nullable=False, server_default="5"),
    Column("product_group", String(64), nullable=True),  # a catalogue product group; NULL: "anders"
    Column("scope", String(16), nullable=False, server_default="organisation"),
    # The folded words of title, organisation and subject (store/search.py), for the list's search.
    Column("search_text", Text, nullable=False, server_default=text("''")),
    # The award model: price weight and the other quality criteria (migration 0007).
    Column("award_model", JSON, nullable=False, server_default=text("'{}'")),
)

# The session list's order, newest first. On SQLite the index also holds the search text, so a
# search walks it in that order without reading the sessions' rows until one matches (PostgreSQL
# limits an index entry to ~2.7 kB, less than a long title and its search text).
LIST_ORDER = (sessions.c.updated_at.desc(), sessions.c.title, sessions.c.id)
Index("ix_sessions_list", *LIST_ORDER, sessions.c.search_text).ddl_if(dialect="sqlite")
Index("ix_sessions_order", *LIST_ORDER).ddl_if(callable_=lambda *_a, dialect, **_k: dialect.name != "sqlite")


def indexes_elsewhere(dialect: str) -> set[str]:
    """The indexes in these tables that a database of `dialect` does not have (see above)."""
    return {"ix_sessions_order"} if dialect == "sqlite" else {"ix_sessions_list"}


Index("ix_sessions_kind", sessions.c.kind)  # the generic webs, without reading every session

# One row per folded word of a session's search text: finds the sessions that have a rare word
# without walking the whole list. Byte order ("C") on PostgreSQL, as SQLite compares, so that a
# range of words with the same start is one stretch of the index.
session_words = Table(
    "session_words",
    metadata,
    Column("session_id", String(32), ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False),
    Column("word", String(64).with_variant(String(64, collation="C"), "postgresql"), nullable=False),
    PrimaryKeyConstraint("session_id", "word", name="pk_session_words"),
    Index("ix_session_words_word", "word", "session_id"),
    sqlite_with_rowid=False,  # the key is the row: one B-tree less
)

participants = Table(
    "participants",
    metadata,
    Column("id", Integer, primary_key=True),  # the row; the person is participant_id
    Column("session_id", String(32), ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("name", String(500), nullable=False),
    Column("role", String(32), nullable=False),
    Column("organisation", String(500), nullable=False),
    Column("participant_id", String(32), nullable=False),  # Participant.id, what votes refer to
    Index("ix_participants_session_id", "session_id"),
    UniqueConstraint("session_id", "participant_id", name="uq_participants_session_participant"),
)

theme_entries = Table(
    "theme_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("session_id", String(32), ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("theme_id", String(64), nullable=False),
    Column("current", Integer, nullable=False),
    Column("ambition", Integer, nullable=False),
    Column("rationale", Text, nullable=False),
    Column("focus", Boolean, nullable=False),
    # the anonymous hand count per level, and the agenda's minutes (0 = none)
    Column("tally_basis", Integer, nullable=False, server_default="0"),
    Column("tally_significant", Integer, nullable=False, server_default="0"),
    Column("tally_ambitious", Integer, nullable=False, server_default="0"),
    Column("minutes", Integer, nullable=False, server_default="0"),
    UniqueConstraint("session_id", "theme_id", name="uq_theme_entries_session_theme"),
)

TALLY_COLUMNS = ("tally_basis", "tally_significant", "tally_ambitious")


def _entry_child(name: str, *columns: Column[object]) -> Table:
    """A list under one theme entry (goals, measures), keyed by session and theme."""
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True),
        Column("session_id", String(32), nullable=False),
        Column("theme_id", String(64), nullable=False),
        Column("position", Integer, nullable=False),
        *columns,
        ForeignKeyConstraint(
            ["session_id", "theme_id"],
            ["theme_entries.session_id", "theme_entries.theme_id"],
            ondelete="CASCADE",
            name=f"fk_{name}_theme_entries",
        ),
        Index(f"ix_{name}_session_id", "session_id"),
    )


goals = _entry_child(
    "goals",
    Column("indicator", String(500), nullable=False),
    Column("baseline", Float, nullable=True),
    Column("target", Float, nullable=True),
    Column("unit", String(500), nullable=False),
    Column("year", Integer, nullable=True),
)

measures = _entry_child(
    "measures",
    Column("what", String(500), nullable=False),
    Column("owner", String(500), nullable=False),
    Column("due", String(500), nullable=False),
)

votes = Table(
    "votes",
    metadata,
    Column("session_id", String(32), nullable=False),
    Column("theme_id", String(64), nullable=False),
    Column("participant_id", String(32), nullable=False),
    Column("level", Integer, nullable=False),  # 1 basis, 2 significant, 3 ambitieus
    PrimaryKeyConstraint("session_id", "theme_id", "participant_id", name="pk_votes"),
    # gone with the theme entry (and so with the session) and with the participant
    ForeignKeyConstraint(
        ["session_id", "theme_id"],
        ["theme_entries.session_id", "theme_entries.theme_id"],
        ondelete="CASCADE",
        name="fk_votes_theme_entries",
    ),
    ForeignKeyConstraint(
        ["session_id", "participant_id"],
        ["participants.session_id", "participants.participant_id"],
        ondelete="CASCADE",
        name="fk_votes_participants",
    ),
)

criteria = Table(
    "criteria",
    metadata,
    Column("id", String(32), nullable=False),
    Column("session_id", String(32), ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("theme_id", String(64), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("level", Integer, nullable=False),
    Column("title", String(500), nullable=False),
    Column("text", Text, nullable=False),
    Column("verification", Text, nullable=False),
    Column("scoring", Text, nullable=False),
    Column("weight", Float, nullable=True),
    Column("placeholder_values", JSON, nullable=False),
    Column("catalogue_id", String(64), nullable=True),
    Column("catalogue_set", String(64), nullable=True),
    Column("catalogue_version", String(500), nullable=True),
    Column("catalogue_revision", Integer, nullable=True),
    Column("edited", Boolean, nullable=False),
    # award criteria: weight or fictieve korting, and the largest discount in euro (migration 0007)
    Column("scoring_method", String(32), nullable=False, server_default="weight"),
    Column("max_discount", Float, nullable=True),
    # Unique within a session: a duplicated session keeps its criteria's ids.
    PrimaryKeyConstraint("session_id", "id", name="pk_criteria"),
)

snapshots = Table(
    "snapshots",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("session_id", String(32), ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("agreed_at", UTCDateTime, nullable=False),
    Column("payload", Text, nullable=False),  # the agreed session as JSON, never updated
    UniqueConstraint("session_id", "number", name="uq_snapshots_session_number"),
)


# Which version of the program last upgraded the schema: an older program names it when it refuses
# a newer database ("open it with Ambitieweb X or newer").
ambitieweb_info = Table(
    "ambitieweb_info",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(500), nullable=False),
)

# An organisation's own frameworks, one row per version (a version in use is never changed: an edit
# then makes the next one); the shipped presets stay TOML files in the program.
frameworks = Table(
    "frameworks",
    metadata,
    Column("id", String(64), nullable=False),
    Column("version", String(32), nullable=False),
    Column("title", String(200), nullable=False),
    Column("date", Date, nullable=False),
    Column("description", Text, nullable=False),
    Column("source", String(200), nullable=True),
    Column("based_on", String(64), nullable=True),  # the preset it was made from (its criteria)
    Column("updated_at", UTCDateTime, nullable=False),
    PrimaryKeyConstraint("id", "version", name="pk_frameworks"),
)

framework_themes = Table(
    "framework_themes",
    metadata,
    Column("framework_id", String(64), nullable=False),
    Column("framework_version", String(32), nullable=False),
    Column("position", Integer, nullable=False),
    Column("theme_id", String(64), nullable=False),
    Column("name", String(200), nullable=False),
    Column("description", Text, nullable=False),
    Column("basis", Text, nullable=False),
    Column("significant", Text, nullable=False),
    Column("ambitious", Text, nullable=False),
    Column("group_name", String(200), nullable=True),
    Column("optional", Boolean, nullable=False),
    PrimaryKeyConstraint("framework_id", "framework_version", "position", name="pk_framework_themes"),
    ForeignKeyConstraint(
        ["framework_id", "framework_version"],
        ["frameworks.id", "frameworks.version"],
        ondelete="CASCADE",
        name="fk_framework_themes_framework_id_frameworks",
    ),
)

# An organisation's library of own criteria (issue 16): its standard tender texts, each for a theme id;
# the revision goes up with every change of wording, so a session's copy can be seen to be older.
library_criteria = Table(
    "library_criteria",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("theme_id", String(64), nullable=False),
    Column("level", Integer, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("title", String(200), nullable=False),
    Column("text", Text, nullable=False),
    Column("verification", Text, nullable=False),
    Column("guidance", Text, nullable=False),
    Column("scoring", Text, nullable=True),
    Column("placeholders", JSON, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

# Action plans and contract follow-up (issue 18) have their tables in modules of their own, on this
# metadata.
from ambitieweb.store import contract_tables, plan_tables  # noqa: E402, F401
