"""Why a database cannot be used, each case with its own message in Dutch and English."""

from __future__ import annotations

from pathlib import Path

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
