"""What every table module shares: the one `metadata` (with the constraint naming convention the
migrations use) and the UTC timestamp type."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Dialect, MetaData, TypeDecorator


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC without a zone (SQLite has none) and hands back aware datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)
