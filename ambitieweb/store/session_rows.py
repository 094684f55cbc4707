"""A session as database rows and back: its row in `sessions`, its child rows, a whole session loaded
from them, and the rows of its agreed snapshots. The repository decides when; this module, what."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select

from ambitieweb.model.session import NAIVE_IS_UTC, STORED, Session, Snapshot
from ambitieweb.store.changes import DuplicateKeyError, Rows, child_rows, tables_made_from
from ambitieweb.store.errors import DuplicateParticipantError, SessionNotFoundError
from ambitieweb.store.search import SEARCHED_FIELDS, search_text
from ambitieweb.store.tables import (
    TALLY_COLUMNS,
    criteria,
    goals,
    measures,
    participants,
    sessions,
    theme_entries,
    votes,
)

SESSION_COLUMNS = (
    "id",
    "kind",
    "title",
    "organisation",
    "subject",
    "product_group",
    "session_date",
    "facilitator",
    "framework_id",
    "framework_version",
    "generic_session_id",
    "status",
    "weight_unit",
    "award_model",
    "max_criteria_per_theme",
    "max_focus",
    "scope",
    "revision",
    "created_at",
    "updated_at",
)


_CRITERION_COLUMNS = tuple(
    c.name for c in criteria.columns if c.name not in ("session_id", "position", "placeholder_values")
)


def session_row(session: Session) -> dict[str, Any]:
    """The session's row in `sessions`, with the folded words the list's search walks."""
    row = session.model_dump(include=set(SESSION_COLUMNS))
    row["search_text"] = search_text(*(row[name] for name in SEARCHED_FIELDS))
    return row


# Built once: a load runs each of these, and building a statement costs more than running it.
_SELECT_SESSION = select(sessions).where(sessions.c.id == bindparam("owner"))
_SELECT_CHILDREN = {
    t: select(t).where(t.c.session_id == bindparam("owner")).order_by(t.c.position)
    for t in (participants, theme_entries, goals, measures, criteria)
}
_SELECT_VOTES = select(votes.c.theme_id, votes.c.participant_id, votes.c.level).where(
    votes.c.session_id == bindparam("owner")
)


def session_children(
    session: Session, before: Rows | None = None, edited: Collection[str] | None = None
) -> Rows:
    """The session's child rows, by table and key. Given the rows `before` and the session fields
    `edited` since (all unless said), only the tables made from those fields are made again."""
    text = search_text(*(getattr(session, f) for f in SEARCHED_FIELDS))
    try:
        if before is None or edited is None:
            return child_rows(session, text)
        return before | child_rows(session, text, tables_made_from(edited))
    except DuplicateKeyError as exc:
        if exc.table is participants:  # the table's unique key would refuse it
            raise DuplicateParticipantError(session.title, exc.row["name"]) from exc
        raise


def load_session(conn: Connection, session_id: str) -> Session:
    """The whole session from its rows, read in `conn`'s transaction."""
    owner = {"owner": session_id}
    row = conn.execute(_SELECT_SESSION, owner).mappings().first()
    if row is None:
        raise SessionNotFoundError(session_id)

    def children(table: Table) -> Any:
        return conn.execute(_SELECT_CHILDREN[table], owner).mappings()

    goals_by_theme: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in children(goals):
        goals_by_theme[g["theme_id"]].append(
            {k: g[k] for k in ("indicator", "baseline", "target", "unit", "year")}
        )
    measures_by_theme: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in children(measures):
        measures_by_theme[m["theme_id"]].append({"what": m["what"], "owner": m["owner"], "when": m["due"]})
    people = [
        {
            "id": p["participant_id"],
            "name": p["name"],
            "role": p["role"],
            "organisation": p["organisation"],
        }
        for p in children(participants)
    ]
    order = {p["id"]: i for i, p in enumerate(people)}
    votes_by_theme: dict[str, dict[str, int]] = defaultdict(dict)
    vote_rows = conn.execute(_SELECT_VOTES, owner).all()
    for theme_id, participant_id, level in sorted(vote_rows, key=lambda v: order[v[1]]):
        votes_by_theme[theme_id][participant_id] = level
    entries = [
        {
            **{k: e[k] for k in ("theme_id", "current", "ambition", "rationale", "focus", "minutes")},
            "tally": tuple(e[k] for k in TALLY_COLUMNS),
            "votes": votes_by_theme[e["theme_id"]],
            "goals": goals_by_theme[e["theme_id"]],
            "measures": measures_by_theme[e["theme_id"]],
        }
        for e in children(theme_entries)
    ]
    chosen = [
        {k: c[k] for k in _CRITERION_COLUMNS} | {"values": c["placeholder_values"]}
        for c in children(criteria)
    ]
    return Session.model_validate(
        {
            **{k: row[k] for k in SESSION_COLUMNS},
            "participants": people,
            "themes": entries,
            "criteria": chosen,
        },
        context={STORED: True},  # DEL and C1 characters from before format 4 are kept, visibly
    )


def snapshot_row(snapshot: Snapshot) -> dict[str, Any]:
    return {
        "id": snapshot.id,
        "session_id": snapshot.session_id,
        "number": snapshot.number,
        "agreed_at": snapshot.agreed_at,
        "payload": snapshot.session.model_dump_json(),
    }


def snapshot_from_row(row: Any) -> Snapshot:
    return Snapshot(
        id=row.id,
        session_id=row.session_id,
        number=row.number,
        agreed_at=row.agreed_at,
        # agreed by an older program, its times may lack their zone (UTC)
        session=Session.model_validate_json(row.payload, context={NAIVE_IS_UTC: True, STORED: True}),
    )
