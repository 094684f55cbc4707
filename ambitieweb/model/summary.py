"""One row of the session list: what the list shows without loading whole sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ambitieweb.model.session import SessionKind, SessionStatus


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One row of the session list."""

    id: str
    title: str
    organisation: str
    kind: SessionKind
    status: SessionStatus
    session_date: dt.date | None
    updated_at: dt.datetime
    framework_id: str
