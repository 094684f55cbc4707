"""How a database's schema differs from `store/tables.py` (what alembic autogenerate would write)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection


def schema_differences(conn: Connection, *, server_defaults: bool = True) -> list[Any]:
    """The differences, leaving out the indexes this dialect keeps elsewhere (empty: the same)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from ambitieweb.store.tables import indexes_elsewhere, metadata

    elsewhere = indexes_elsewhere(conn.dialect.name)
    options: dict[str, Any] = {"include_object": lambda _object, name, *_: name not in elsewhere}
    if server_defaults:
        options["compare_server_default"] = True
    return list(compare_metadata(MigrationContext.configure(conn, opts=options), metadata))
