"""The organisation's library of own criteria in the database (`model/library.py`): one row per
criterion, in the user's order; each write one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.exc import DBAPIError

from ambitieweb.model.criteria import Criterion
from ambitieweb.model.library import check_criterion
from ambitieweb.model.session import utc_now
from ambitieweb.store.errors import write_error
from ambitieweb.store.tables import library_criteria

_FIELDS = ("id", "level", "kind", "title", "text", "verification", "guidance", "scoring", "placeholders")


def _row(criterion: Criterion, position: int) -> dict[str, Any]:
    data = criterion.model_dump(mode="json", include=set(_FIELDS))
    return data | {
        "theme_id": criterion.theme,
        "revision": criterion.revision,
        "position": position,
        "updated_at": utc_now(),
    }


class LibraryRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def all(self) -> list[Criterion]:
        """Every library criterion, in the user's order."""
        query = select(library_criteria).order_by(library_criteria.c.position, library_criteria.c.id)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            check_criterion(
                {k: row[k] for k in _FIELDS if row[k] is not None}
                | {"theme": row["theme_id"], "revision": row["revision"]},
                "database",
            )
            for row in rows
        ]

    def put(self, criteria: list[Criterion] | tuple[Criterion, ...]) -> None:
        """Make these the stored library (an edit, its undo, an import): one transaction."""
        with self._writing() as conn:
            conn.execute(delete(library_criteria))
            if criteria:
                conn.execute(insert(library_criteria), [_row(c, i) for i, c in enumerate(criteria)])

    def add(self, criteria: list[Criterion]) -> None:
        """Append imported criteria after those stored (their ids must be new)."""
        with self._writing() as conn:
            start = len(conn.execute(select(library_criteria.c.id)).all())
            if criteria:
                conn.execute(insert(library_criteria), [_row(c, start + i) for i, c in enumerate(criteria)])

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except DBAPIError as exc:
            raise write_error(exc) from exc
