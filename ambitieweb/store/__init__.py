"""Storage: SQLAlchemy tables, Alembic migrations and the session repository."""

from ambitieweb.store.database import (
    CorruptDatabaseError,
    Database,
    DatabaseError,
    DataFolderError,
    NewerDatabaseError,
    default_database_path,
    open_current,
    open_database,
    resolve_url,
    set_aside,
    sqlite_path,
)
from ambitieweb.store.repository import (
    DuplicateParticipantError,
    DuplicateSessionError,
    Repository,
    SessionNotFoundError,
    StaleSessionError,
)

__all__ = [
    "CorruptDatabaseError",
    "DataFolderError",
    "Database",
    "DatabaseError",
    "DuplicateParticipantError",
    "DuplicateSessionError",
    "NewerDatabaseError",
    "Repository",
    "SessionNotFoundError",
    "StaleSessionError",
    "default_database_path",
    "open_current",
    "open_database",
    "resolve_url",
    "set_aside",
    "sqlite_path",
]
