"""The operations the GUI and the CLI need on stored sessions; each one a single transaction.

A session's rows (and loading one from them) are in `session_rows`; the list's queries and search in
`session_list`; saving only the rows that changed in `changes`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError

from ambitieweb.model.session import Session, SessionKind, Snapshot, utc_now
from ambitieweb.model.summary import SessionSummary
from ambitieweb.store.changes import Rows, SavedRows, insert_all, write_changes
from ambitieweb.store.engines import WRITE, close_engine
from ambitieweb.store.errors import (
    DatabaseGoneError,
    DuplicateSessionError,
    DuplicateSnapshotError,
    SessionNotFoundError,
    StaleSessionError,
    write_error,
)
from ambitieweb.store.session_list import SUMMARY_COLUMNS, matching, summaries
from ambitieweb.store.session_list import after as rows_after
from ambitieweb.store.session_rows import (
    load_session,
    session_children,
    session_row,
    snapshot_from_row,
    snapshot_row,
)
from ambitieweb.store.sqlite_file import FileIdentity
from ambitieweb.store.tables import LIST_ORDER, sessions, snapshots

# Built once: a save runs it, and building a statement costs more than running it. Only if nobody
# saved in between: the revision must still be the one this session was loaded with.
_UPDATE_SESSION = update(sessions).where(
    and_(sessions.c.id == bindparam("owner"), sessions.c.revision == bindparam("loaded_revision"))
)


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
        base = select(*SUMMARY_COLUMNS).order_by(*LIST_ORDER).limit(limit)
        if after is not None:
            base = base.where(rows_after(after))
        if kind is not None:
            base = base.where(sessions.c.kind == kind.value)
        with self.engine.connect() as conn:
            query = matching(conn, base, search) if search.strip() else base
            rows = [] if query is None else conn.execute(query).all()
        return summaries(rows)

    def count_sessions(self, search: str = "") -> int:
        base = select(func.count()).select_from(sessions)
        with self.engine.connect() as conn:
            query = matching(conn, base, search) if search.strip() else base
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

    def get(self, session_id: str) -> Session:
        with self.engine.connect() as conn:
            session = load_session(conn, session_id)
        self._saved.remember(session.id, session.revision, session_children(session))
        return session

    def exists(self, session_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(sessions.c.id).where(sessions.c.id == session_id)).first() is not None

    def snapshots(self, session_id: str) -> list[Snapshot]:
        query = select(snapshots).where(snapshots.c.session_id == session_id).order_by(snapshots.c.number)
        with self.engine.connect() as conn:
            return [snapshot_from_row(row) for row in conn.execute(query)]

    def snapshot(self, snapshot_id: str) -> Snapshot:
        with self.engine.connect() as conn:
            row = conn.execute(select(snapshots).where(snapshots.c.id == snapshot_id)).first()
        if row is None:
            raise SessionNotFoundError(snapshot_id)
        return snapshot_from_row(row)

    # --- writing -----------------------------------------------------------------------------

    def create(self, session: Session, snapshot_list: Iterable[Snapshot] = ()) -> Session:
        """Insert a new session (and, on import, its agreed snapshots)."""
        rows = [snapshot_row(s) for s in snapshot_list]

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
            conn.execute(insert(sessions), [session_row(session)])
            insert_all(conn, [children])
            if rows:
                conn.execute(insert(snapshots), rows)

        children = session_children(session)
        self._write(insert_new)
        self._saved.remember(session.id, session.revision, children)
        return session

    def save(self, session: Session, edited: Collection[str] | None = None) -> Session:
        """Write the session if nobody saved it since it was loaded (only the rows that changed);
        after the commit, and only then, its revision and time move on (a failed save can simply be
        tried again). `edited`: the session's fields edited since its revision was read or written,
        when the caller knows (None: any may have been; every row is compared)."""
        revision, now, children = self._write(lambda conn: self._save(conn, session, edited))
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
            conn.execute(insert(snapshots), [snapshot_row(snapshot)])
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
            conn.execute(insert(sessions), [session_row(s) for s in new_sessions])
            insert_all(conn, [session_children(s) for s in new_sessions])

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

    def _save(
        self, conn: Connection, session: Session, edited: Collection[str] | None = None
    ) -> tuple[int, dt.datetime, Rows]:
        """Write the session in `conn`'s transaction: the revision and time it has, and its child
        rows, once committed."""
        revision, now = session.revision + 1, max(utc_now(), session.updated_at)
        row = session_row(session) | {"revision": revision, "updated_at": now}
        del row["id"]
        before = self._saved.get(session.id, session.revision)
        children = session_children(session, before, edited)
        result = conn.execute(
            _UPDATE_SESSION, row | {"owner": session.id, "loaded_revision": session.revision}
        )
        if result.rowcount == 0:
            if conn.execute(select(sessions.c.id).where(sessions.c.id == session.id)).first():
                raise StaleSessionError(session.title)
            raise SessionNotFoundError(session.id)
        # only the rows that changed since this revision was read or written (all when not known)
        write_changes(conn, session.id, before, children)
        return revision, now, children

    def _committed(self, session: Session, revision: int, now: dt.datetime, children: Rows) -> None:
        """After a commit: the session's revision and time move on; its rows are what is stored."""
        session.revision, session.updated_at = revision, now
        self._saved.remember(session.id, revision, children)
