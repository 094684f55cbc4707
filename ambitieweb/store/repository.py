"""The operations the GUI and the CLI need on stored sessions; each one a single transaction."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError

from ambitieweb.model.session import (
    NAIVE_IS_UTC,
    Session,
    SessionKind,
    SessionStatus,
    Snapshot,
    utc_now,
)
from ambitieweb.model.summary import SessionSummary
from ambitieweb.store.engines import WRITE, close_engine
from ambitieweb.store.errors import (
    DatabaseGoneError,
    DuplicateParticipantError,
    DuplicateSessionError,
    DuplicateSnapshotError,
    SessionNotFoundError,
    StaleSessionError,
    write_error,
)
from ambitieweb.store.sqlite_file import FileIdentity
from ambitieweb.store.tables import (
    TALLY_COLUMNS,
    criteria,
    goals,
    measures,
    participants,
    sessions,
    snapshots,
    theme_entries,
    votes,
)

_SUMMARY_COLUMNS = (
    sessions.c.id,
    sessions.c.title,
    sessions.c.organisation,
    sessions.c.kind,
    sessions.c.status,
    sessions.c.session_date,
    sessions.c.updated_at,
    sessions.c.framework_id,
)


_KINDS = {k.value: k for k in SessionKind}
_STATUSES = {s.value: s for s in SessionStatus}


def _filtered(query: Select[Any], search: str) -> Select[Any]:
    """Case-insensitive substring search in title, organisation and subject (wildcards literal)."""
    text = search.strip().lower()
    if not text:
        return query
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    columns = (sessions.c.title, sessions.c.organisation, sessions.c.subject)
    return query.where(or_(*(func.lower(c).like(pattern, escape="\\") for c in columns)))


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


def _session_row(session: Session) -> dict[str, Any]:
    return session.model_dump(include=set(SESSION_COLUMNS))


# Built once: a save runs each of these, and building a statement costs more than running it.
_CHILD_TABLES = (participants, theme_entries, votes, goals, measures, criteria)  # parents first
_DELETE_CHILDREN = tuple(
    delete(t).where(t.c.session_id == bindparam("owner")) for t in reversed(_CHILD_TABLES)
)
_INSERT = {t: insert(t) for t in _CHILD_TABLES}
# Only if nobody saved in between: the revision must still be the one this session was loaded with.
_UPDATE_SESSION = update(sessions).where(
    and_(sessions.c.id == bindparam("owner"), sessions.c.revision == bindparam("loaded_revision"))
)
_SELECT_SESSION = select(sessions).where(sessions.c.id == bindparam("owner"))
_SELECT_CHILDREN = {
    t: select(t).where(t.c.session_id == bindparam("owner")).order_by(t.c.position)
    for t in (participants, theme_entries, goals, measures, criteria)
}
_SELECT_VOTES = select(votes.c.theme_id, votes.c.participant_id, votes.c.level).where(
    votes.c.session_id == bindparam("owner")
)


def _vote_rows(session: Session) -> list[dict[str, Any]]:
    """Votes of the session's participants; a vote of someone no longer in it means nothing."""
    present = session.participant_ids()
    if len(present) != len(session.participants):  # the table's unique key would refuse it
        seen: set[str] = set()
        for person in session.participants:
            if person.id in seen:
                raise DuplicateParticipantError(session.title, person.name)
            seen.add(person.id)
    return [
        {"session_id": session.id, "theme_id": e.theme_id, "participant_id": pid, "level": int(level)}
        for e in session.themes
        for pid, level in e.votes.items()
        if pid in present
    ]


def _child_rows(session: Session) -> list[tuple[Table, list[dict[str, Any]]]]:
    """The rows of each child table for one session."""
    sid = session.id
    return [
        (
            participants,
            [
                {
                    "session_id": sid,
                    "participant_id": p.id,
                    "position": i,
                    "name": p.name,
                    "role": p.role.value,
                    "organisation": p.organisation,
                }
                for i, p in enumerate(session.participants)
            ],
        ),
        (
            theme_entries,
            [
                {
                    "session_id": sid,
                    "position": i,
                    "theme_id": e.theme_id,
                    "current": int(e.current),
                    "ambition": int(e.ambition),
                    "rationale": e.rationale,
                    "focus": e.focus,
                    **dict(zip(TALLY_COLUMNS, e.tally, strict=True)),
                    "minutes": e.minutes,
                }
                for i, e in enumerate(session.themes)
            ],
        ),
        (votes, _vote_rows(session)),
        (
            goals,
            [
                {"session_id": sid, "theme_id": e.theme_id, "position": i, **g.model_dump()}
                for e in session.themes
                for i, g in enumerate(e.goals)
            ],
        ),
        (
            measures,
            [
                {
                    "session_id": sid,
                    "theme_id": e.theme_id,
                    "position": i,
                    "what": m.what,
                    "owner": m.owner,
                    "due": m.when,
                }
                for e in session.themes
                for i, m in enumerate(e.measures)
            ],
        ),
        (
            criteria,
            [
                {
                    "session_id": sid,
                    "position": i,
                    **c.model_dump(mode="json", exclude={"values"}),
                    "placeholder_values": c.values,
                }
                for i, c in enumerate(session.criteria)
            ],
        ),
    ]


T = TypeVar("T")


class Repository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = engine.execution_options(**{WRITE: True})
        path = engine.url.database if engine.dialect.name == "sqlite" else None
        self._file = FileIdentity.of(Path(path)) if path and Path(path).is_file() else None

    @property
    def remote(self) -> bool:
        """A database server (saves go over the network), not a file on this computer."""
        return self.engine.dialect.name != "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, if it is one."""
        return self._file.path if self._file else None

    def close(self) -> None:
        """At exit: the SQLite journal checkpointed into the one file, every connection closed."""
        close_engine(self.engine, self.path)

    def _check_file(self) -> None:
        if self._file is not None and not self._file.still_there():
            raise DatabaseGoneError(self._file.path)

    def _write(self, work: Callable[[Connection], T]) -> T:
        """One write transaction, into the file this repository opened (never into one that was
        deleted or replaced meanwhile); the database's own failures become a message."""
        self._check_file()
        try:
            with self._writer.begin() as conn:
                self._check_file()  # again, now that this process holds the write lock
                return work(conn)
        except DBAPIError as exc:
            raise write_error(exc) from exc

    # --- reading -----------------------------------------------------------------------------

    def list_sessions(
        self, search: str = "", limit: int | None = None, offset: int = 0
    ) -> list[SessionSummary]:
        """Newest first; ``limit``/``offset`` let a list view fetch a page at a time."""
        query = (
            _filtered(select(*_SUMMARY_COLUMNS), search)
            .order_by(sessions.c.updated_at.desc(), sessions.c.title, sessions.c.id)
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            SessionSummary(sid, title, org, _KINDS[kind], _STATUSES[status], date, updated, framework)
            for sid, title, org, kind, status, date, updated, framework in rows
        ]

    def count_sessions(self, search: str = "") -> int:
        query = _filtered(select(func.count()).select_from(sessions), search)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def get(self, session_id: str) -> Session:
        with self.engine.connect() as conn:
            return self._load(conn, session_id)

    def exists(self, session_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(sessions.c.id).where(sessions.c.id == session_id)).first() is not None

    def snapshots(self, session_id: str) -> list[Snapshot]:
        query = select(snapshots).where(snapshots.c.session_id == session_id).order_by(snapshots.c.number)
        with self.engine.connect() as conn:
            return [self._snapshot(row) for row in conn.execute(query)]

    def snapshot(self, snapshot_id: str) -> Snapshot:
        with self.engine.connect() as conn:
            row = conn.execute(select(snapshots).where(snapshots.c.id == snapshot_id)).first()
        if row is None:
            raise SessionNotFoundError(snapshot_id)
        return self._snapshot(row)

    # --- writing -----------------------------------------------------------------------------

    def create(self, session: Session, snapshot_list: Iterable[Snapshot] = ()) -> Session:
        """Insert a new session (and, on import, its agreed snapshots)."""
        rows = [self._snapshot_row(s) for s in snapshot_list]

        def insert_new(conn: Connection) -> None:
            if conn.execute(select(sessions.c.id).where(sessions.c.id == session.id)).first():
                raise DuplicateSessionError(session.title)
            if (
                rows
                and conn.execute(
                    select(snapshots.c.id).where(snapshots.c.id.in_([r["id"] for r in rows]))
                ).first()
            ):
                raise DuplicateSnapshotError(session.title)
            conn.execute(insert(sessions), [_session_row(session)])
            self._write_children(conn, [session])
            if rows:
                conn.execute(insert(snapshots), rows)

        self._write(insert_new)
        return session

    def save(self, session: Session) -> Session:
        """Write the whole session if nobody saved it since it was loaded; after the commit, and only
        then, its revision and time move on (a failed save can simply be tried again)."""
        revision, now = self._write(lambda conn: self._save(conn, session))
        session.revision, session.updated_at = revision, now
        return session

    def agree(self, session: Session) -> Snapshot:
        """Vaststellen: save the session as agreed and freeze a numbered snapshot of it."""
        previous_status = session.status

        def save_and_freeze(conn: Connection) -> tuple[Snapshot, int, dt.datetime]:
            number = conn.execute(
                select(func.coalesce(func.max(snapshots.c.number), 0)).where(
                    snapshots.c.session_id == session.id
                )
            ).scalar_one()
            snapshot = session.agree(number + 1)
            revision, now = self._save(conn, session)
            frozen = session.model_copy(deep=True, update={"revision": revision, "updated_at": now})
            frozen.drop_orphan_votes()  # as the session's rows hold it
            snapshot = snapshot.model_copy(update={"session": frozen})
            conn.execute(insert(snapshots), [self._snapshot_row(snapshot)])
            return snapshot, revision, now

        try:
            snapshot, revision, now = self._write(save_and_freeze)
        except BaseException:
            session.status = previous_status
            raise
        session.revision, session.updated_at = revision, now
        return snapshot

    def create_many(self, new_sessions: list[Session]) -> None:
        """Bulk insert (imports, seeding): one transaction, executemany per table."""

        def insert_all(conn: Connection) -> None:
            conn.execute(insert(sessions), [_session_row(s) for s in new_sessions])
            self._write_children(conn, new_sessions)

        self._write(insert_all)

    def duplicate(self, session_id: str, title: str) -> Session:
        return self.create(self.get(session_id).duplicate(title))

    def delete(self, session_id: str) -> None:
        def remove(conn: Connection) -> None:
            if conn.execute(delete(sessions).where(sessions.c.id == session_id)).rowcount == 0:
                raise SessionNotFoundError(session_id)

        self._write(remove)

    # --- internals ---------------------------------------------------------------------------

    def _save(self, conn: Connection, session: Session) -> tuple[int, dt.datetime]:
        """Write the session's rows; returns the revision and time it has once committed."""
        revision, now = session.revision + 1, max(utc_now(), session.updated_at)
        row = _session_row(session) | {"revision": revision, "updated_at": now}
        del row["id"]
        result = conn.execute(
            _UPDATE_SESSION, row | {"owner": session.id, "loaded_revision": session.revision}
        )
        if result.rowcount == 0:
            if conn.execute(select(sessions.c.id).where(sessions.c.id == session.id)).first():
                raise StaleSessionError(session.title)
            raise SessionNotFoundError(session.id)
        for statement in _DELETE_CHILDREN:  # children first
            conn.execute(statement, {"owner": session.id})
        self._write_children(conn, [session])
        return revision, now

    @staticmethod
    def _write_children(conn: Connection, sessions_to_write: Iterable[Session]) -> None:
        rows: dict[Table, list[dict[str, Any]]] = defaultdict(list)
        for session in sessions_to_write:
            for table, table_rows in _child_rows(session):
                rows[table] += table_rows
        for table in _CHILD_TABLES:
            if rows[table]:
                conn.execute(_INSERT[table], rows[table])

    @staticmethod
    def _load(conn: Connection, session_id: str) -> Session:
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
            measures_by_theme[m["theme_id"]].append(
                {"what": m["what"], "owner": m["owner"], "when": m["due"]}
            )
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
            }
        )

    @staticmethod
    def _snapshot_row(snapshot: Snapshot) -> dict[str, Any]:
        return {
            "id": snapshot.id,
            "session_id": snapshot.session_id,
            "number": snapshot.number,
            "agreed_at": snapshot.agreed_at,
            "payload": snapshot.session.model_dump_json(),
        }

    @staticmethod
    def _snapshot(row: Any) -> Snapshot:
        return Snapshot(
            id=row.id,
            session_id=row.session_id,
            number=row.number,
            agreed_at=row.agreed_at,
            # agreed by an older program, its times may lack their zone (UTC)
            session=Session.model_validate_json(row.payload, context={NAIVE_IS_UTC: True}),
        )
