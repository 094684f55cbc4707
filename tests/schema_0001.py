"""A database as the 0001 program left it: the example sessions of session file format 1."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Connection, MetaData, insert, make_url

from ambitieweb.model.session import Session
from ambitieweb.store.engines import make_engine
from ambitieweb.store.migrator import alembic_config as _alembic_config

FORMAT_1 = Path(__file__).parent / "fixtures" / "format-1"


def naive_utc(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).astimezone(dt.UTC).replace(tzinfo=None)


def insert_as_0001(conn: Connection, document: dict[str, Any]) -> None:
    """Write a format 1 session file's data the way the 0001 program stored it."""
    tables = MetaData()
    tables.reflect(conn)
    data = document["session"]
    session = Session.model_validate(data)  # for the defaults a file may leave out
    row = session.model_dump(exclude={"participants", "themes", "criteria", "max_focus"}, mode="json") | {
        "session_date": session.session_date,
        "created_at": naive_utc(data["created_at"]),
        "updated_at": naive_utc(data["updated_at"]),
    }
    conn.execute(insert(tables.tables["sessions"]), [row])
    sid = session.id
    people = [
        {"session_id": sid, "position": i, **{k: p[k] for k in ("name", "role", "organisation")}}
        for i, p in enumerate(data["participants"])
    ]
    if people:
        conn.execute(insert(tables.tables["participants"]), people)
    entries, goals, measures = [], [], []
    for i, e in enumerate(session.themes):
        entries.append(
            {"session_id": sid, "position": i, "theme_id": e.theme_id, "current": int(e.current)}
            | {"ambition": int(e.ambition), "rationale": e.rationale, "focus": e.focus}
        )
        goals += [
            {"session_id": sid, "theme_id": e.theme_id, "position": j, **g.model_dump()}
            for j, g in enumerate(e.goals)
        ]
        measures += [
            {"session_id": sid, "theme_id": e.theme_id, "position": j}
            | {"what": m.what, "owner": m.owner, "due": m.when}
            for j, m in enumerate(e.measures)
        ]
    for name, rows in (("theme_entries", entries), ("goals", goals), ("measures", measures)):
        if rows:
            conn.execute(insert(tables.tables[name]), rows)
    chosen = [
        {"session_id": sid, "position": i, **c.model_dump(mode="json", exclude={"values"})}
        | {"placeholder_values": c.values}
        for i, c in enumerate(session.criteria)
    ]
    if chosen:
        conn.execute(insert(tables.tables["criteria"]), chosen)
    snapshots = [
        {
            "id": s["id"],
            "session_id": sid,
            "number": s["number"],
            "agreed_at": naive_utc(s["agreed_at"]),
            "payload": json.dumps(s["session"], ensure_ascii=False, separators=(",", ":")),
        }
        for s in document["snapshots"]
    ]
    if snapshots:
        conn.execute(insert(tables.tables["snapshots"]), snapshots)


def make_0001_database(path: Path) -> Path:
    """A 0001 database holding the three example sessions as they were in format 1."""
    engine = make_engine(make_url(f"sqlite:///{path}"))
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        for file in sorted(FORMAT_1.glob("*.ambitieweb.json")):
            insert_as_0001(conn, json.loads(file.read_text(encoding="utf-8")))
    engine.dispose()
    assert counts_sessions(path) == 3, f"no format 1 examples in {FORMAT_1}"
    return path


def counts_sessions(path: Path) -> int:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
