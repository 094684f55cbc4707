"""`ambitieweb upgrade-database`: bring a (shared) database to this version's schema, on purpose:
show what changes and how to back up, ask, then upgrade in one transaction."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from ambitieweb import __version__
from ambitieweb.errors import AmbitiewebError

Say = Callable[[str, str], str]


def add_upgrade_parser(commands: Any, t: Say) -> None:
    """`upgrade-database [--yes]` under `commands` (argparse's)."""
    upgrade = commands.add_parser(
        "upgrade-database",
        help=t("de database bijwerken naar het schema van deze versie", "upgrade the database's schema"),
        description=t(
            "Werk een (gedeelde) database bij naar het schema van deze versie. Een PostgreSQL-teamdatabase "
            "wordt alleen zo bijgewerkt; maak eerst een back-up met pg_dump.",
            "Upgrade a (shared) database to this version's schema. A PostgreSQL team database is only "
            "upgraded this way; make a backup with pg_dump first.",
        ),
    )
    upgrade.add_argument(
        "--yes", action="store_true", help=t("niet om bevestiging vragen", "do not ask for confirmation")
    )


def _say(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def upgrade_database_command(url: str | None, confirmed: bool, language: str) -> int:
    """Show what will change and how to back up, ask, then upgrade in one transaction."""
    import datetime as dt

    from ambitieweb.store import resolve_url, schema_state, sqlite_path, upgrade_database
    from ambitieweb.store.database import SCHEMA_HEAD

    where, revision = schema_state(url)
    if revision == SCHEMA_HEAD:
        print(
            _say(
                language,
                f"{where} heeft al schema {SCHEMA_HEAD}; er is niets te doen.",
                f"{where} already has schema {SCHEMA_HEAD}; nothing to do.",
            )
        )
        return 0
    print(
        _say(
            language,
            f"De database {where} wordt bijgewerkt van schema {revision or '-'} naar {SCHEMA_HEAD} "
            f"(Ambitieweb {__version__}). Oudere versies van Ambitieweb kunnen hem daarna niet meer openen.",
            f"The database {where} will be upgraded from schema {revision or '-'} to {SCHEMA_HEAD} "
            f"(Ambitieweb {__version__}). Older versions of Ambitieweb cannot open it afterwards.",
        )
    )
    resolved = resolve_url(url)
    if sqlite_path(resolved) is None:
        dump = f"ambitieweb-{dt.date.today():%Y%m%d}.dump"
        server = resolved.set(drivername="postgresql").render_as_string(hide_password=True)
        print(_say(language, "Maak eerst een back-up, bijvoorbeeld:", "Make a backup first, for example:"))
        print(f"  pg_dump --format=custom --file={dump} '{server}'")
    else:
        print(
            _say(
                language,
                "Er wordt eerst een kopie naast het bestand gemaakt.",
                "A copy is made beside the file first.",
            )
        )
    if not confirmed:
        if not sys.stdin.isatty():
            raise AmbitiewebError(
                "Bevestig het bijwerken met --yes (er is niemand om het te vragen). Er is niets veranderd.",
                "Confirm the upgrade with --yes (there is nobody to ask). Nothing was changed.",
            )
        answer = input(_say(language, "Bijwerken? Typ ja: ", "Upgrade? Type yes: "))
        if answer.strip().lower() not in ("ja", "yes"):
            print(
                _say(
                    language, "Niet bijgewerkt; er is niets veranderd.", "Not upgraded; nothing was changed."
                )
            )
            return 1
    database = upgrade_database(url)
    try:
        print(database.migration.report(language) or _say(language, "Bijgewerkt.", "Upgraded."))
    finally:
        database.close()
    return 0
