"""`ambitieweb`: opens the desktop program, or runs a headless sub-command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ambitieweb import __version__
from ambitieweb.errors import AmbitiewebError
from ambitieweb.reports import DOCUMENTS

if TYPE_CHECKING:  # heavy imports wait until a command needs them
    from ambitieweb.store import Repository

LANGUAGE_VAR = "AMBITIEWEB_LANGUAGE"


def default_language() -> str | None:
    """$AMBITIEWEB_LANGUAGE if set; otherwise the GUI's remembered choice, or Dutch."""
    value = os.environ.get(LANGUAGE_VAR)
    return value if value in ("nl", "en") else None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ambitieweb",
        description="Ambitieweb: ambitiewebsessies voor maatschappelijk verantwoord inkopen. "
        "Zonder opdracht opent het programma.",
    )
    parser.add_argument("--version", action="version", version=f"ambitieweb {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database (SQLAlchemy URL); standaard $AMBITIEWEB_DATABASE_URL of het SQLite-bestand "
        "in de gebruikersmap",
    )
    parser.add_argument(
        "--language",
        choices=("nl", "en"),
        default=default_language(),
        help="taal van meldingen / language of messages",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="zonder scherm alles proberen (venster, voorbeeldsessies, PDF's) en stoppen; "
        "0 als alles werkt / headless self-test of the (frozen) program",
    )
    parser.add_argument(
        "--output", type=Path, metavar="DIR", help="map voor de bestanden van --selftest (blijft staan)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Not listed (no help): the window's helper process, see ambitieweb.first_screen.
    first = commands.add_parser("first-screen")
    first.add_argument("--session", metavar="ID")
    first.add_argument("--result", type=Path, metavar="FILE", required=True)
    listing = commands.add_parser("list", help="sessies tonen / list sessions")
    listing.add_argument("--search", default="", help="zoek in titel, organisatie en onderwerp")
    importing = commands.add_parser("import", help="sessiebestanden importeren / import session files")
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importing.add_argument(
        "--as-copy", action="store_true", help="als kopie met nieuw id / as a copy with a new id"
    )
    exporting = commands.add_parser(
        "export",
        help="een sessie exporteren / export a session",
        description="Schrijf een sessiebestand, een PDF en/of de bestekteksten als tekst; "
        "geef ten minste één uitvoer.",
    )
    exporting.add_argument("session", metavar="ID", help="sessie-id (of een uniek begin ervan)")
    exporting.add_argument("--json", type=Path, metavar="OUT", help="sessiebestand (*.ambitieweb.json)")
    exporting.add_argument("--pdf", type=Path, metavar="OUT", help="PDF van het gekozen --document")
    exporting.add_argument(
        "--document",
        choices=DOCUMENTS,
        default=DOCUMENTS[0],
        help=f"welk PDF-document (standaard {DOCUMENTS[0]})",
    )
    exporting.add_argument("--markdown", type=Path, metavar="OUT", help="bestekteksten als Markdown")
    exporting.add_argument("--text", type=Path, metavar="OUT", help="bestekteksten als platte tekst")
    exporting.add_argument(
        "--snapshot",
        type=int,
        metavar="N",
        help="vastgestelde versie N in plaats van de huidige stand (voor PDF en tekst)",
    )
    commands.add_parser("frameworks", help="beschikbare kaders / available frameworks")
    check = commands.add_parser("check", help="sessiebestand controleren / validate a session file")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    upgrade = commands.add_parser(
        "upgrade-database",
        help="de database bijwerken naar het schema van deze versie / upgrade the database's schema",
        description="Werk een (gedeelde) database bij naar het schema van deze versie. Een "
        "PostgreSQL-teamdatabase wordt alleen zo bijgewerkt; maak eerst een back-up met pg_dump.",
    )
    upgrade.add_argument(
        "--yes", action="store_true", help="niet om bevestiging vragen / do not ask for confirmation"
    )
    return parser


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


def _find_session_id(repository: Repository, prefix: str) -> str:
    matches = [s.id for s in repository.list_sessions() if s.id.startswith(prefix.lower())]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise AmbitiewebError(f"Geen sessie met id '{prefix}'.", f"No session with id '{prefix}'.")
    raise AmbitiewebError(
        f"Meerdere sessies beginnen met '{prefix}'; geef meer tekens.",
        f"Several sessions start with '{prefix}'; give more characters.",
    )


def _export_documents(
    repository: Repository, session_id: str, args: argparse.Namespace, language: str
) -> None:
    """The PDF and the bestekteksten as Markdown or text; unfilled placeholders are warned about."""
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.model.session import SessionStatus
    from ambitieweb.reports.export import write_pdf, write_text
    from ambitieweb.reports.numbering import numbered_criteria, numbers_by_id
    from ambitieweb.reports.placeholders import missing_placeholders
    from ambitieweb.reports.tender_text import bestekteksten_markdown, bestekteksten_text

    catalogue = default_catalogue()
    session = repository.get(session_id)
    snapshot = None
    if args.snapshot is not None:
        snapshots = {s.number: s for s in repository.snapshots(session_id)}
        if args.snapshot not in snapshots:
            known = ", ".join(str(n) for n in sorted(snapshots)) or "-"
            raise AmbitiewebError(
                f"Deze sessie heeft geen vastgestelde versie {args.snapshot} (wel versies: {known}).",
                f"This session has no agreed version {args.snapshot} (agreed versions: {known}).",
            )
        snapshot = snapshots[args.snapshot]
    elif session.status is SessionStatus.AGREED and (agreed := repository.snapshots(session_id)):
        snapshot = max(agreed, key=lambda s: s.number)  # unchanged since agreed: print its number and date
    shown = snapshot.session if snapshot else session
    framework = catalogue.framework(shown.framework_id)
    generic_id = shown.generic_session_id
    generic = repository.get(generic_id) if generic_id and repository.exists(generic_id) else None
    newer = catalogue.revisions()
    if args.markdown or args.text or (args.pdf and args.document == "bestekteksten"):
        numbers = numbers_by_id(numbered_criteria(shown, framework))
        for chosen, names in missing_placeholders(shown):
            what = {"nl": "nog niet ingevuld", "en": "not filled in yet"}[language]
            number = numbers.get(chosen.id, "?")
            print(f"ambitieweb: {what}: {number} {chosen.title}: {', '.join(names)}", file=sys.stderr)
    if args.pdf:
        path = write_pdf(
            args.document,
            session,
            framework,
            args.pdf,
            snapshot=snapshot,
            generic=generic,
            newer=newer,
            language=language,
        )
        print(path)
    if args.markdown:
        markdown = bestekteksten_markdown(
            session, framework, snapshot=snapshot, newer=newer, language=language
        )
        print(write_text(args.markdown, markdown))
    if args.text:
        text = bestekteksten_text(session, framework, snapshot=snapshot, newer=newer, language=language)
        print(write_text(args.text, text))


def run_command(args: argparse.Namespace) -> int:
    from ambitieweb.catalogue import default_catalogue

    language: str = args.language or "nl"
    if args.command == "frameworks":
        for framework in default_catalogue().frameworks.values():
            print(f"{framework.id}\t{framework.version}\t{framework.date}\t{framework.title}")
            for theme in framework.themes:
                optional = {"nl": " (optioneel)", "en": " (optional)"}[language] if theme.optional else ""
                print(f"  - {theme.id}: {theme.name}{optional}")
        return 0
    if args.command == "check":
        from ambitieweb.exchange import read_file

        for path in args.files:
            document = read_file(path, default_catalogue())
            print(f"{path}: ok — {document.session.title}")
        return 0

    if args.command == "upgrade-database":
        return upgrade_database_command(args.database, args.yes, language)

    from ambitieweb.store import Repository, open_database

    database = open_database(args.database)
    if database.migration.notes:
        print(f"ambitieweb: {database.migration.report(language)}", file=sys.stderr)
    try:
        _database_command(Repository(database.engine), args, language)
    finally:
        database.close()
    return 0


def _database_command(repository: Repository, args: argparse.Namespace, language: str) -> None:
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.transfer import export_file, import_file

    if args.command == "list":
        for s in repository.list_sessions(args.search):
            date = s.session_date.isoformat() if s.session_date else "-"
            print(
                f"{s.id[:8]}  {date}  {s.kind.label(language):<20} {s.status.label(language):<11} "
                f"{s.title} — {s.organisation}"
            )
    elif args.command == "import":
        for path in args.files:
            session = import_file(repository, default_catalogue(), path, args.as_copy)
            print(f"{session.id[:8]}  {session.title}")
    elif args.command == "export":
        session_id = _find_session_id(repository, args.session)
        if not (args.json or args.pdf or args.markdown or args.text):
            raise AmbitiewebError(
                "Geef ten minste één uitvoer: --json, --pdf, --markdown of --text.",
                "Give at least one output: --json, --pdf, --markdown or --text.",
            )
        if args.json:
            print(export_file(repository, session_id, args.json))
        if args.pdf or args.markdown or args.text:
            _export_documents(repository, session_id, args, language)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.output is not None and not args.selftest:
        parser.error("--output hoort bij --selftest / --output goes with --selftest")
    if args.selftest:
        from ambitieweb.gui.selftest import run_selftest

        return run_selftest(args.output, language=args.language or "nl")
    if args.command is None:
        from ambitieweb.gui.app import run_app

        return run_app(database_url=args.database, language=args.language)
    if args.command == "first-screen":
        from ambitieweb.first_screen import main as first_screen

        return first_screen(args.database, args.session, args.result)
    try:
        return run_command(args)
    except AmbitiewebError as exc:
        print(f"ambitieweb: {exc.text(args.language or 'nl')}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
