"""Finding sessions for the list: its order (newest first), pages of it, and the search.

How a word typed is folded and matched is in `store/search.py`; here, the queries.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, and_, func, or_, select

from ambitieweb.model.session import SessionKind, SessionStatus
from ambitieweb.model.summary import SessionSummary
from ambitieweb.store.search import terms
from ambitieweb.store.tables import session_words, sessions

SUMMARY_COLUMNS = (
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


def after(summary: SessionSummary) -> Any:
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


def matching(conn: Connection, query: Select[Any], search: str) -> Select[Any] | None:
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


def summaries(rows: Any) -> list[SessionSummary]:
    """The list's rows (`SUMMARY_COLUMNS`) as summaries."""
    return [
        SessionSummary(sid, title, org, _KINDS[kind], _STATUSES[status], date, updated, framework)
        for sid, title, org, kind, status, date, updated, framework in rows
    ]
