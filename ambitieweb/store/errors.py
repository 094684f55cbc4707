"""Why a database cannot be used, each case with its own message in Dutch and English."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DBAPIError, IntegrityError

from ambitieweb import APP_NAME, __version__
from ambitieweb.errors import AmbitiewebError


class DatabaseError(AmbitiewebError):
    """The database cannot be used; nothing was changed."""


class UnusableFileError(DatabaseError):
    """A SQLite file the program cannot open as it is. The user may restore one of `backups` (good
    copies beside it, newest first) or start a new database; the file itself is kept either way."""

    def __init__(self, path: Path, nl: str, en: str, backups: list[Path] | None = None) -> None:
        self.path = path
        self.backups = backups or []
        if self.backups:
            nl += f" Er staat een goede kopie naast: {self.backups[0].name}."
            en += f" There is a good copy beside it: {self.backups[0].name}."
        super().__init__(nl, en)


class CorruptDatabaseError(UnusableFileError):
    def __init__(self, path: Path, detail: str, backups: list[Path] | None = None) -> None:
        super().__init__(
            path,
            f"Het databasebestand {path} is beschadigd ({detail}). Het bestand is niet aangeraakt.",
            f"The database file {path} is damaged ({detail}). The file was left untouched.",
            backups,
        )


class EmptyDatabaseError(UnusableFileError):
    def __init__(self, path: Path, backups: list[Path] | None = None) -> None:
        super().__init__(
            path,
            f"Het databasebestand {path} is leeg (0 bytes): het is afgebroken tijdens kopiëren of "
            "opslaan, of door een ander programma leeggemaakt. Het bestand is niet aangeraakt.",
            f"The database file {path} is empty (0 bytes): it was cut off while being copied or "
            "saved, or emptied by another program. The file was left untouched.",
            backups,
        )


class HalfUpgradedDatabaseError(UnusableFileError):
    def __init__(self, path: Path, revision: str, backups: list[Path] | None = None) -> None:
        super().__init__(
            path,
            f"Het databasebestand {path} is half bijgewerkt (schema {revision} met delen van een "
            "nieuwer schema): een eerdere upgrade is afgebroken. Het bestand is niet aangeraakt.",
            f"The database file {path} is half upgraded (schema {revision} with parts of a newer "
            "schema): an earlier upgrade was interrupted. The file was left untouched.",
            backups,
        )


class ForeignDatabaseError(DatabaseError):
    def __init__(self, where: str, detail_nl: str, detail_en: str) -> None:
        super().__init__(
            f"De database {where} is van een ander programma ({detail_nl}), niet van {APP_NAME}. "
            "Er is niets veranderd; kies een ander bestand met --database.",
            f"The database {where} belongs to another program ({detail_en}), not to {APP_NAME}. "
            "Nothing was changed; choose another file with --database.",
        )


class NewerDatabaseError(DatabaseError):
    def __init__(self, where: str, revision: str, needs: str | None = None) -> None:
        version_nl = f"{APP_NAME} {needs} of nieuwer" if needs else f"een nieuwere versie van {APP_NAME}"
        version_en = f"{APP_NAME} {needs} or newer" if needs else f"a newer version of {APP_NAME}"
        super().__init__(
            f"De database {where} is bijgewerkt door een nieuwere versie van {APP_NAME} "
            f"(schema {revision}); deze versie is {__version__}. Open hem met {version_nl}; "
            "er is niets veranderd.",
            f"The database {where} was upgraded by a newer version of {APP_NAME} "
            f"(schema {revision}); this version is {__version__}. Open it with {version_en}; "
            "nothing was changed.",
        )
        self.needs = needs


class OutdatedDatabaseError(DatabaseError):
    """A shared database with an older schema: upgraded only on purpose, with upgrade-database."""

    def __init__(self, where: str, revision: str, head: str) -> None:
        super().__init__(
            f"De teamdatabase {where} heeft schema {revision}; deze versie van {APP_NAME} "
            f"({__version__}) heeft schema {head} nodig. Er is niets veranderd. Laat de beheerder een "
            "back-up maken (pg_dump) en de database bijwerken met 'ambitieweb upgrade-database'; "
            "wie daarna een oudere versie gebruikt, moet die bijwerken.",
            f"The team database {where} has schema {revision}; this version of {APP_NAME} "
            f"({__version__}) needs schema {head}. Nothing was changed. Ask the administrator to make "
            "a backup (pg_dump) and upgrade the database with 'ambitieweb upgrade-database'; anyone "
            "on an older version must then update it.",
        )


class DataFolderError(DatabaseError):
    def __init__(self, folder: Path, detail: str) -> None:
        super().__init__(
            f"De gegevensmap {folder} is niet bruikbaar: {detail}. "
            "Kies een andere map met --database of AMBITIEWEB_DATABASE_URL.",
            f"The data folder {folder} cannot be used: {detail}. "
            "Choose another location with --database or AMBITIEWEB_DATABASE_URL.",
        )
        self.folder = folder


class DatabaseGoneError(DatabaseError):
    """The file the program opened was deleted, moved or replaced while it ran."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Het databasebestand {path} is verwijderd, verplaatst of vervangen terwijl {APP_NAME} "
            "openstond. Uw wijziging is niet opgeslagen maar staat nog op het scherm: bewaar haar "
            "als kopie elders, en start het programma opnieuw.",
            f"The database file {path} was deleted, moved or replaced while {APP_NAME} was open. "
            "Your change was not saved but is still on screen: keep it as a copy elsewhere, and "
            "restart the program.",
        )
        self.path = path


class StoreWriteError(DatabaseError):
    """A write the database refused for a reason outside the program (disk full, server gone)."""

    def __init__(self, reason_nl: str, reason_en: str) -> None:
        super().__init__(
            f"Opslaan is mislukt: {reason_nl}. Uw wijziging staat nog op het scherm; probeer het "
            "opnieuw of bewaar haar als kopie.",
            f"Saving failed: {reason_en}. Your change is still on screen; try again or keep it as a copy.",
        )


# --- what a session's own writes can run into ------------------------------------------------------


class SessionNotFoundError(AmbitiewebError):
    def __init__(self, session_id: str) -> None:
        super().__init__(
            f"Sessie {session_id} bestaat niet (meer) in deze database.",
            f"Session {session_id} does not exist in this database (any more).",
        )
        self.session_id = session_id


class StaleSessionError(AmbitiewebError):
    def __init__(self, title: str) -> None:
        super().__init__(
            f"'{title}' is intussen elders gewijzigd. Uw wijziging is niet opgeslagen over die van "
            "een ander heen; laad de sessie opnieuw.",
            f"'{title}' was changed elsewhere in the meantime. Your change was not saved over "
            "someone else's; reload the session.",
        )


class DuplicateSessionError(AmbitiewebError):
    def __init__(self, title: str) -> None:
        super().__init__(
            f"Sessie '{title}' staat al in de database.",
            f"Session '{title}' is already in the database.",
        )


class DuplicateSnapshotError(AmbitiewebError):
    def __init__(self, title: str) -> None:
        super().__init__(
            f"'{title}' is niet opgeslagen: een vastgestelde versie ervan staat al in de database, "
            "bij een andere sessie. Importeer het bestand als kopie.",
            f"'{title}' was not saved: one of its agreed versions is already in the database, with "
            "another session. Import the file as a copy.",
        )


class DuplicateParticipantError(AmbitiewebError):
    def __init__(self, title: str, name: str) -> None:
        super().__init__(
            f"'{title}' is niet opgeslagen: deelnemer '{name}' staat er twee keer in met hetzelfde id.",
            f"'{title}' was not saved: participant '{name}' is in it twice with the same id.",
        )


# What the database says when a write fails for a reason outside the program, in the user's words.
_WRITE_PROBLEMS = (
    ("database or disk is full", "de schijf is vol", "the disk is full"),
    ("disk i/o error", "de schijf gaf een leesfout of schrijffout", "the disk reported an I/O error"),
    ("readonly database", "het databasebestand is alleen-lezen", "the database file is read-only"),
    (
        "database is locked",
        "een ander programma houdt de database bezet",
        "another program holds the database",
    ),
    (
        "statement timeout",
        "de databaseserver antwoordde niet op tijd",
        "the database server did not answer in time",
    ),
    (
        "canceling statement",
        "de databaseserver antwoordde niet op tijd",
        "the database server did not answer in time",
    ),
)


def write_error(exc: DBAPIError) -> StoreWriteError:
    """A failed write in the user's words (what the database said, if nothing better)."""
    detail = (str(exc.orig).strip().splitlines() or ["?"])[0]
    for needle, nl, en in _WRITE_PROBLEMS:
        if needle in detail.lower():
            return StoreWriteError(nl, en)
    if exc.connection_invalidated:
        return StoreWriteError(
            f"de verbinding met de database is verbroken ({detail})",
            f"the connection to the database was lost ({detail})",
        )
    if isinstance(exc, IntegrityError):
        return StoreWriteError(
            f"de database weigerde de gegevens ({detail})", f"the database refused the data ({detail})"
        )
    return StoreWriteError(f"de database meldt: {detail}", f"the database says: {detail}")
