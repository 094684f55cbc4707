"""Storage: SQLAlchemy tables, Alembic migrations and the session repository."""

from ambitieweb.store.database import (
    Database,
    Migration,
    default_database_path,
    open_current,
    open_database,
    resolve_url,
    schema_state,
    sqlite_path,
    upgrade_database,
)
from ambitieweb.store.errors import (
    CorruptDatabaseError,
    DatabaseError,
    DatabaseGoneError,
    DataFolderError,
    EmptyDatabaseError,
    ForeignDatabaseError,
    HalfUpgradedDatabaseError,
    NewerDatabaseError,
    OutdatedDatabaseError,
    StoreWriteError,
    UnusableFileError,
)
from ambitieweb.store.repository import (
    DuplicateParticipantError,
    DuplicateSessionError,
    Repository,
    SessionNotFoundError,
    StaleSessionError,
)
from ambitieweb.store.sqlite_file import restore_backup, set_aside

__all__ = [
    "CorruptDatabaseError",
    "DataFolderError",
    "Database",
    "DatabaseError",
    "DatabaseGoneError",
    "DuplicateParticipantError",
    "DuplicateSessionError",
    "EmptyDatabaseError",
    "ForeignDatabaseError",
    "HalfUpgradedDatabaseError",
    "Migration",
    "NewerDatabaseError",
    "OutdatedDatabaseError",
    "Repository",
    "SessionNotFoundError",
    "StaleSessionError",
    "StoreWriteError",
    "UnusableFileError",
    "default_database_path",
    "open_current",
    "open_database",
    "resolve_url",
    "restore_backup",
    "schema_state",
    "set_aside",
    "sqlite_path",
    "upgrade_database",
]
