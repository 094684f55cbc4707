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
    STORED,
    Session,
    SessionKind,
    SessionStatus,
    Snapshot,
    utc_now,
)
from ambitieweb.model.summary import SessionSummary
from ambitieweb.store.changes import (
    DuplicateKeyError,
    Rows,
    SavedRows,
    child_rows,
    insert_all,
    write_changes,
)
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
from ambitieweb.store.search import SEARCHED_FIELDS, search_text, terms
from ambitieweb.store.sqlite_file import FileIdentity
from ambitieweb.store.tables import (
    LIST_ORDER,
    TALLY_COLUMNS,
    criteria,
    goals,
    measures,
    participants,
    session_words,
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
# A word typed that at most this many sessions' words start with is looked up in `session_words`
# (its sessions are read and sorted: ~5 ms a thousand); commoner ones are found by walking the list
# in its order, where they turn up soon (a word in 4,000 of 100,000 sessions: 5,000 rows walked).
# Where the two cost the same at 100,000 sessions (measured: tests/bench/scale.py).
RARE = 4000


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


def _session_row(session: Session) -> dict[str, Any]:
    row = session.model_dump(include=set(SESSION_COLUMNS))
    row["search_text"] = search_text(*(row[name] for name in SEARCHED_FIELDS))
    return row


def _after(summary: SessionSummary) -> Any:
    """The rows after `summary` in the list's order (updated_at newest first, then title, then id).
    The first condition is implied by the rest; it lets the database start from `summary`'s place in
    the index instead of walking to it."""
    u, t, i = sessions.c.updated_at, sessions.c.title, sessions.c.id
    when = summary.updated_at
    later = or_(u < when, and_(u == when, or_(t > summary.title, and_(t == summary.title, i > summary.id))))
    return and_(u <= when, later)


def _words_from(term: str) -> Any:
    """The words that start with `term`: one stretch of the word index."""
    word = session_words.c.word
    return and_(word >= term, word < term + "\U0010ffff")


# Built once: a save runs each of these, and building a statement costs more than running it.
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


def _rows(session: Session) -> Rows:
    """The session's child rows, by table and key."""
    try:
        return child_rows(session, search_text(*(getattr(session, f) for f in SEARCHED_FIELDS)))
    except DuplicateKeyError as exc:
        if exc.table is participants:  # the table's unique key would refuse it
            raise DuplicateParticipantError(session.title, exc.row["name"]) from exc
        raise


T = TypeVar("T")


class Repository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = engine.execution_options(**{WRITE: True})
        path = engine.url.database if engine.dialect.name == "sqlite" else None
        self._file = FileIdentity.of(Path(path)) if path and Path(path).is_file() else None
        self._saved = SavedRows()  # the rows of the sessions last read or written: saves write changes

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
        self,
        search: str = "",
        limit: int | None = None,
        after: SessionSummary | None = None,
        kind: SessionKind | None = None,
    ) -> list[SessionSummary]:
        """Newest first. A list view fetches a page at a time: `limit` rows `after` the last row it
        has (keyset paging: as fast deep down the list as at its top). `search` keeps the sessions
        where every word typed starts a word of the title, organisation or subject, folded for
        case and accents (see store/search.py)."""
        base = select(*_SUMMARY_COLUMNS).order_by(*LIST_ORDER).limit(limit)
        if after is not None:
            base = base.where(_after(after))
        if kind is not None:
            base = base.where(sessions.c.kind == kind.value)
        with self.engine.connect() as conn:
            query = self._matching(conn, base, search) if search.strip() else base
            rows = [] if query is None else conn.execute(query).all()
        return [
            SessionSummary(sid, title, org, _KINDS[kind], _STATUSES[status], date, updated, framework)
            for sid, title, org, kind, status, date, updated, framework in rows
        ]

    def count_sessions(self, search: str = "") -> int:
        base = select(func.count()).select_from(sessions)
        with self.engine.connect() as conn:
            query = self._matching(conn, base, search) if search.strip() else base
            return 0 if query is None else int(conn.execute(query).scalar_one())

    def generic_webs(self) -> list[SessionSummary]:
        """The organisations' generic webs (what a project web can refer to), newest first."""
        return self.list_sessions(kind=SessionKind.ORGANISATION)

    def ids_starting_with(self, prefix: str, limit: int = 2) -> list[str]:
        """Session ids that start with `prefix` (ids are hexadecimal; anything else finds none)."""
        if not prefix or any(c not in "0123456789abcdef" for c in prefix):
            return []
        query = select(sessions.c.id).where(sessions.c.id.startswith(prefix)).limit(limit)
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    @staticmethod
    def _matching(conn: Connection, query: Select[Any], search: str) -> Select[Any] | None:
        """`query` narrowed to the sessions `search` finds; None when it finds none."""
        words = terms(search)
        if not words:
            return None  # no letters or digits: nothing to find
        for term in words:  # the words typed, each the start of one of the session's words
            query = query.where(sessions.c.search_text.like(f"% {term}%"))
        # A rare word: its few sessions, from the word index. Common words only: walk the list.
        counts = {}
        for term in words:
            found = select(session_words.c.session_id).where(_words_from(term)).limit(RARE + 1).subquery()
            counts[term] = conn.execute(select(func.count()).select_from(found)).scalar_one()
        rarest = min(words, key=counts.__getitem__)
        if counts[rarest] == 0:
            return None
        if counts[rarest] <= RARE:
            ids = select(session_words.c.session_id).where(_words_from(rarest))
            query = query.where(sessions.c.id.in_(ids))
        return query

    def get(self, session_id: str) -> Session:
        with self.engine.connect() as conn:
            session = self._load(conn, session_id)
        self._saved.remember(session.id, session.revision, _rows(session))
        return session

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
            insert_all(conn, [children])
            if rows:
                conn.execute(insert(snapshots), rows)

        children = _rows(session)
        self._write(insert_new)
        self._saved.remember(session.id, session.revision, children)
        return session

    def save(self, session: Session) -> Session:
        """Write the session if nobody saved it since it was loaded (only the rows that changed);
        after the commit, and only then, its revision and time move on (a failed save can simply be
        tried again)."""
        revision, now, children = self._write(lambda conn: self._save(conn, session))
        self._committed(session, revision, now, children)
        return session

    def agree(self, session: Session) -> Snapshot:
        """Vaststellen: save the session as agreed and freeze a numbered snapshot of it."""
        previous_status = session.status

        def save_and_freeze(conn: Connection) -> tuple[Snapshot, int, dt.datetime, Rows]:
            number = conn.execute(
                select(func.coalesce(func.max(snapshots.c.number), 0)).where(
                    snapshots.c.session_id == session.id
                )
            ).scalar_one()
            snapshot = session.agree(number + 1)
            revision, now, children = self._save(conn, session)
            frozen = session.model_copy(deep=True, update={"revision": revision, "updated_at": now})
            frozen.drop_orphan_votes()  # as the session's rows hold it
            snapshot = snapshot.model_copy(update={"session": frozen})
            conn.execute(insert(snapshots), [self._snapshot_row(snapshot)])
            return snapshot, revision, now, children

        try:
            snapshot, revision, now, children = self._write(save_and_freeze)
        except BaseException:
            session.status = previous_status
            raise
        self._committed(session, revision, now, children)
        return snapshot

    def create_many(self, new_sessions: list[Session]) -> None:
        """Bulk insert (imports, seeding): one transaction, executemany per table."""

        def insert_many(conn: Connection) -> None:
            conn.execute(insert(sessions), [_session_row(s) for s in new_sessions])
            insert_all(conn, [_rows(s) for s in new_sessions])

        self._write(insert_many)

    def duplicate(self, session_id: str, title: str) -> Session:
        return self.create(self.get(session_id).duplicate(title))

    def delete(self, session_id: str) -> None:
        def remove(conn: Connection) -> None:
            if conn.execute(delete(sessions).where(sessions.c.id == session_id)).rowcount == 0:
                raise SessionNotFoundError(session_id)

        self._saved.forget(session_id)

        self._write(remove)

    # --- internals ---------------------------------------------------------------------------

    def _save(self, conn: Connection, session: Session) -> tuple[int, dt.datetime, Rows]:
        """Write the session in `conn`'s transaction: the revision and time it has, and its child
        rows, once committed."""
        revision, now = session.revision + 1, max(utc_now(), session.updated_at)
        row = _session_row(session) | {"revision": revision, "updated_at": now}
        del row["id"]
        children = _rows(session)
        result = conn.execute(
            _UPDATE_SESSION, row | {"owner": session.id, "loaded_revision": session.revision}
        )
        if result.rowcount == 0:
            if conn.execute(select(sessions.c.id).where(sessions.c.id == session.id)).first():
                raise StaleSessionError(session.title)
            raise SessionNotFoundError(session.id)
        # only the rows that changed since this revision was read or written (all when not known)
        write_changes(conn, session.id, self._saved.get(session.id, session.revision), children)
        return revision, now, children

    def _committed(self, session: Session, revision: int, now: dt.datetime, children: Rows) -> None:
        """After a commit: the session's revision and time move on; its rows are what is stored."""
        session.revision, session.updated_at = revision, now
        self._saved.remember(session.id, revision, children)

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
            },
            context={STORED: True},  # DEL and C1 characters from before format 4 are kept, visibly
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
            session=Session.model_validate_json(row.payload, context={NAIVE_IS_UTC: True, STORED: True}),
        )
