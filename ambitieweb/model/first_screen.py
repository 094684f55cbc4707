"""What the window shows at start, as the start-up helper reads it (see `ambitieweb.first_screen`)."""

from __future__ import annotations

from pydantic import BaseModel

from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session
from ambitieweb.model.summary import SessionSummary


class FirstScreen(BaseModel):
    """The session list's first page and the session to reopen."""

    location: str  # the database, for the status bar
    count: int  # sessions in the list
    summaries: list[SessionSummary]  # the list's first page, newest first
    session: Session | None = None  # the session to reopen, if it is still there
    generic: Session | None = None  # the generic web it refers to, if that is there
    framework: Framework | None = None  # the session's framework (the window reads the catalogue later)
