"""`ambitieweb`: opens the desktop program, or runs a headless sub-command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ambitieweb import __version__
from ambitieweb.cli_library import add_library_parser
from ambitieweb.cli_plans import add_plan_parser
from ambitieweb.cli_words import argparse_language
from ambitieweb.errors import AmbitiewebError
from ambitieweb.reports import DOCUMENTS
from ambitieweb.resources import keep_matplotlib_cache

if TYPE_CHECKING:  # heavy imports wait until a command needs them
    from ambitieweb.store import Repository

LANGUAGE_VAR = "AMBITIEWEB_LANGUAGE"
COMMANDS = (
    "first-screen",
    "list",
    "import",
    "export",
    "contract-report",
    "frameworks",
    "plan",
    "library",
    "catalogue",
    "check",
    "upgrade-database",
)


def default_language() -> str | None:
    """$AMBITIEWEB_LANGUAGE if set; otherwise the GUI's remembered choice, or Dutch."""
    value = os.environ.get(LANGUAGE_VAR)
    return value if value in ("nl", "en") else None


def language_of(argv: Sequence[str]) -> str:
    """The language the command line speaks in: --language, else $AMBITIEWEB_LANGUAGE, else Dutch."""
    for index, arg in enumerate(argv):
        if arg.startswith("--language="):
            value = arg.split("=", 1)[1]
        elif arg == "--language" and index + 1 < len(argv):
            value = argv[index + 1]
        else:
            continue
        if value in ("nl", "en"):
            return value
    return default_language() or "nl"


def build_parser(language: str = "nl") -> argparse.ArgumentParser:
    """The command line, its help in `language` (build it inside `argparse_language`)."""

    def t(dutch: str, english: str) -> str:
        return english if language == "en" else dutch

    parser = argparse.ArgumentParser(
        prog="ambitieweb",
        description=t(
            "Ambitieweb: ambitiewebsessies voor maatschappelijk verantwoord inkopen. "
            "Zonder opdracht opent het programma; met een sessiebestand opent het dat.",
            "Ambitieweb: ambition web sessions for socially responsible procurement. "
            "Without a command the program opens; with a session file it opens that file.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"ambitieweb {__version__}",
        help=t("het versienummer tonen en stoppen", "show the version number and exit"),
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=t(
            "database (SQLAlchemy URL); standaard $AMBITIEWEB_DATABASE_URL of het SQLite-bestand "
            "in de gebruikersmap",
            "database (SQLAlchemy URL); by default $AMBITIEWEB_DATABASE_URL or the SQLite file in "
            "the user's data folder",
        ),
    )
    parser.add_argument(
        "--language",
        choices=("nl", "en"),
        default=default_language(),
        help=t("taal: nl (Nederlands) of en (Engels)", "language: nl (Dutch) or en (English)"),
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=t(
            "zonder scherm alles proberen (venster, voorbeeldsessies, PDF's) en stoppen; 0 als alles werkt",
            "try everything without a screen (window, example sessions, PDFs) and stop; 0 if all works",
        ),
    )
    parser.add_argument(
        "--output",
        type=Path,
        metavar="DIR",
        help=t("map voor de bestanden van --selftest (blijft staan)", "folder for --selftest's files (kept)"),
    )
    commands = parser.add_subparsers(dest="command", metavar=t("OPDRACHT", "COMMAND"))
    # Not listed (no help): the window's helper process, see ambitieweb.first_screen.
    first = commands.add_parser("first-screen")
    first.add_argument("--session", metavar="ID")
    first.add_argument("--result", type=Path, metavar="FILE", required=True)
    listing = commands.add_parser("list", help=t("sessies tonen", "list sessions"))
    listing.add_argument(
        "--search",
        default="",
        help=t("zoek in titel, organisatie en onderwerp", "search title, organisation and subject"),
    )
    importing = commands.add_parser("import", help=t("sessiebestanden importeren", "import session files"))
    importing.add_argument("files", nargs="+", type=Path, metavar=t("BESTAND", "FILE"))
    importing.add_argument(
        "--as-copy", action="store_true", help=t("als kopie met nieuw id", "as a copy with a new id")
    )
    exporting = commands.add_parser(
        "export",
        help=t("een sessie exporteren", "export a session"),
        description=t(
            "Schrijf een sessiebestand, een PDF en/of de bestekteksten als tekst; "
            "geef ten minste één uitvoer.",
            "Write a session file, a PDF and/or the tender texts as text; give at least one output.",
        ),
    )
    exporting.add_argument(
        "session",
        metavar="ID",
        help=t("sessie-id (of een uniek begin ervan)", "session id (or a unique start)"),
    )
    exporting.add_argument(
        "--json", type=Path, metavar="OUT", help=t("sessiebestand (*.ambitieweb.json)", "session file")
    )
    exporting.add_argument(
        "--pdf",
        type=Path,
        metavar="OUT",
        help=t("PDF van het gekozen --document", "PDF of the chosen --document"),
    )
    exporting.add_argument(
        "--document",
        choices=DOCUMENTS,
        default=DOCUMENTS[0],
        help=t(
            f"welk document voor --pdf en --docx (standaard {DOCUMENTS[0]})",
            f"which document for --pdf and --docx (default {DOCUMENTS[0]})",
        ),
    )
    exporting.add_argument(
        "--markdown",
        type=Path,
        metavar="OUT",
        help=t("bestekteksten als Markdown", "tender texts as Markdown"),
    )
    exporting.add_argument(
        "--text",
        type=Path,
        metavar="OUT",
        help=t("bestekteksten als platte tekst", "tender texts as plain text"),
    )
    exporting.add_argument(
        "--docx",
        type=Path,
        metavar="OUT",
        help=t(
            "Word-bestand (.docx) van het gekozen --document", "Word file (.docx) of the chosen --document"
        ),
    )
    exporting.add_argument(
        "--html",
        type=Path,
        metavar="OUT",
        help=t(
            "bestekteksten als HTML (dezelfde opmaak als het klembord)",
            "tender texts as HTML (the same rendering as the clipboard)",
        ),
    )
    exporting.add_argument(
        "--toelichting",
        action="store_true",
        help=t(
            "bestekteksten met de bijlage 'Toelichting voor de inkoper' (niet voor de aanbestedingsstukken)",
            "tender texts with the appendix 'Notes for the buyer' (not for the tender documents)",
        ),
    )
    exporting.add_argument(
        "--snapshot",
        type=int,
        metavar="N",
        help=t(
            "vastgestelde versie N in plaats van de huidige stand (voor PDF en tekst)",
            "agreed version N instead of the current state (for PDF and text)",
        ),
    )
    report = commands.add_parser(
        "contract-report",
        help=t("monitoringsrapportage van een contract", "monitoring report of a contract"),
        description=t(
            "Schrijf de monitoringsrapportage van de contractopvolging van een projectweb: contractgegevens, "
            "vastgesteld tegenover gerealiseerd, criteria met status en bewijs, doelen met gemeten waarden "
            "en openstaande acties. Geef --pdf en/of --docx.",
            "Write the monitoring report of a project web's contract follow-up: contract data, agreed "
            "against realised, criteria with status and evidence, goals with measured values and open "
            "actions. Give --pdf and/or --docx.",
        ),
    )
    report.add_argument(
        "session",
        metavar="ID",
        help=t("id van het projectweb (of een uniek begin ervan)", "project web id (or a unique start)"),
    )
    report.add_argument("--pdf", type=Path, metavar="OUT", help=t("PDF-bestand", "PDF file"))
    report.add_argument(
        "--docx", type=Path, metavar="OUT", help=t("Word-bestand (.docx)", "Word file (.docx)")
    )
    commands.add_parser(
        "frameworks",
        help=t("beschikbare kaders", "available frameworks"),
        description=t(
            "Toon de ingebouwde kaders (sjablonen) en de eigen kaders van de organisatie uit de database, "
            "elke versie met het aantal sessies dat hem gebruikt.",
            "Show the built-in frameworks (templates) and the organisation's own frameworks from the "
            "database, every version with the number of sessions that use it.",
        ),
    )
    add_plan_parser(commands, t)
    add_library_parser(commands, t)
    catalogue = commands.add_parser(
        "catalogue",
        help=t("productgroepen en criteriasets", "product groups and criteria sets"),
        description=t(
            "Toon de productgroepen en criteriasets van de catalogus, of met --coverage de dekkingstabel.",
            "Show the catalogue's product groups and criteria sets, or with --coverage the coverage table.",
        ),
    )
    catalogue.add_argument(
        "--coverage",
        action="store_true",
        help=t(
            "dekking per productgroep x thema x niveau x soort, met de gaten",
            "coverage per product group x theme x level x kind, gaps listed",
        ),
    )
    catalogue.add_argument(
        "--format",
        choices=("text", "markdown"),
        default="text",
        help=t("uitvoer als tekst of Markdown", "output as text or Markdown"),
    )
    check = commands.add_parser("check", help=t("sessiebestand controleren", "validate a session file"))
    check.add_argument("files", nargs="+", type=Path, metavar=t("BESTAND", "FILE"))
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
    return parser


def session_files(argv: Sequence[str], commands: Sequence[str]) -> tuple[list[str], list[Path]]:
    """Session files named on the command line to open in the window (`ambitieweb FILE.json`), apart
    from the rest of the arguments; none when a command is given."""
    if any(arg in commands for arg in argv):
        return list(argv), []
    files = [Path(arg) for arg in argv if not arg.startswith("-") and arg.lower().endswith(".json")]
    rest = [arg for arg in argv if not (not arg.startswith("-") and arg.lower().endswith(".json"))]
    return rest, files


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
    matches = repository.ids_starting_with(prefix.lower())
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
    from ambitieweb.reports.export import write_docx, write_pdf, write_text
    from ambitieweb.reports.options import DocumentOptions
    from ambitieweb.reports.placeholders import missing_placeholders
    from ambitieweb.reports.tender_text import (
        bestekteksten_html,
        bestekteksten_markdown,
        bestekteksten_text,
        html_document,
    )
    from ambitieweb.text.numbering import numbered_criteria, numbers_by_id
    from ambitieweb.transfer import own_catalogue

    catalogue = own_catalogue(repository, default_catalogue())
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
    framework = catalogue.framework(shown.framework_id, shown.framework_version)
    generic_id = shown.generic_session_id
    generic = repository.get(generic_id) if generic_id and repository.exists(generic_id) else None
    newer = catalogue.revisions()
    contract = None
    if (args.pdf or args.docx) and args.document == "ambitiekaart":
        from ambitieweb.store.contracts import ContractRepository

        contract = ContractRepository(repository.engine).for_session(session_id)
    if (
        args.markdown
        or args.text
        or args.html
        or ((args.pdf or args.docx) and args.document == "bestekteksten")
    ):
        numbers = numbers_by_id(numbered_criteria(shown, framework))
        for chosen, names in missing_placeholders(shown):
            what = {"nl": "nog niet ingevuld", "en": "not filled in yet"}[language]
            number = numbers.get(chosen.id, "?")
            print(f"ambitieweb: {what}: {number} {chosen.title}: {', '.join(names)}", file=sys.stderr)
    document_options = DocumentOptions(
        snapshot=snapshot,
        generic=generic,
        newer=newer,
        language=language,
        notes=args.toelichting,
        contract=contract,
        library=catalogue.library,
    )
    if args.pdf:
        print(write_pdf(args.document, session, framework, args.pdf, document_options))
    if args.docx:
        print(write_docx(args.document, session, framework, args.docx, document_options))
    options: dict[str, Any] = {
        "snapshot": snapshot,
        "newer": newer,
        "language": language,
        "notes": args.toelichting,
        "library": catalogue.library,
    }
    if args.markdown:
        print(write_text(args.markdown, bestekteksten_markdown(session, framework, **options)))
    if args.text:
        print(write_text(args.text, bestekteksten_text(session, framework, **options)))
    if args.html:
        fragment = bestekteksten_html(session, framework, **options)
        print(write_text(args.html, html_document(fragment, shown.title, language)))


def _catalogue_listing(args: argparse.Namespace, language: str) -> str:
    """The product groups and criteria sets, or (--coverage) the coverage table."""
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.catalogue.coverage import coverage, coverage_markdown, coverage_text

    catalogue = default_catalogue()
    sets = catalogue.criteria_sets  # read and checked now: an error stops here
    if args.coverage:
        reports = coverage(catalogue)
        render = coverage_markdown if args.format == "markdown" else coverage_text
        return render(reports, language)
    en = language == "en"
    lines = ["Product groups:" if en else "Productgroepen:"]
    for group in catalogue.product_groups.values():
        count = len(catalogue.group_criteria(group.id))
        lines.append(f"  {group.id:<18} {group.label(language)} — {count} criteria")
    lines.append("Criteria sets:" if en else "Criteriasets:")
    for criteria_set in sets:
        scope = criteria_set.product_group or ("generic" if en else "algemeen")
        lines.append(
            f"  {criteria_set.id:<24} {criteria_set.version:<6} {criteria_set.date}  "
            f"{len(criteria_set.criteria):>3} criteria  ({scope})"
        )
    return "\n".join(lines) + "\n"


def run_command(args: argparse.Namespace) -> int:
    from ambitieweb.catalogue import default_catalogue

    language: str = args.language or "nl"
    if args.command == "frameworks":  # the presets first, even if the database cannot be opened
        from ambitieweb.cli_frameworks import presets_listing

        print("\n".join(presets_listing(default_catalogue().frameworks.values(), language)))
    if args.command == "catalogue":
        print(_catalogue_listing(args, language), end="")
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

    if args.command == "frameworks":
        from ambitieweb.cli_frameworks import own_listing
        from ambitieweb.store.frameworks import FrameworkRepository

        print("\n".join(own_listing(FrameworkRepository(repository.engine), language)))
    elif args.command == "plan":
        from ambitieweb.cli_plans import plan_command

        plan_command(repository, args, language)
    elif args.command == "library":
        from ambitieweb.cli_library import library_command

        library_command(repository, args, language)
    elif args.command == "list":
        for s in repository.list_sessions(args.search):
            date = s.session_date.isoformat() if s.session_date else "-"
            print(
                f"{s.id[:8]}  {date}  {s.kind.label(language):<20} {s.status.label(language):<11} "
                f"{s.title} — {s.organisation}"
            )
    elif args.command == "import":
        for path in args.files:
            imported = import_file(repository, default_catalogue(), path, args.as_copy)
            print(f"{imported.session.id[:8]}  {imported.session.title}")
            for note in imported.text(language).splitlines():
                print(f"ambitieweb: {note}", file=sys.stderr)
    elif args.command == "contract-report":
        from ambitieweb.cli_contracts import contract_report

        if not (args.pdf or args.docx):
            raise AmbitiewebError("Geef --pdf en/of --docx.", "Give --pdf and/or --docx.")
        outputs = [(path, word) for path, word in ((args.pdf, False), (args.docx, True)) if path is not None]
        for path in contract_report(
            repository, _find_session_id(repository, args.session), outputs, language
        ):
            print(path)
    elif args.command == "export":
        session_id = _find_session_id(repository, args.session)
        if not (args.json or args.pdf or args.docx or args.markdown or args.text or args.html):
            raise AmbitiewebError(
                "Geef ten minste één uitvoer: --json, --pdf, --docx, --markdown, --text of --html.",
                "Give at least one output: --json, --pdf, --docx, --markdown, --text or --html.",
            )
        if args.json:
            print(export_file(repository, session_id, args.json))
        if args.pdf or args.docx or args.markdown or args.text or args.html:
            _export_documents(repository, session_id, args, language)


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    language = language_of(given)
    with argparse_language(language):
        parser = build_parser(language)
        given, files = session_files(given, COMMANDS)
        args = parser.parse_args(given)
        if args.output is not None and not args.selftest:
            parser.error(
                "--output hoort bij --selftest" if language == "nl" else "--output goes with --selftest"
            )
    keep_matplotlib_cache()
    if args.selftest:
        from ambitieweb.gui.selftest import run_selftest

        return run_selftest(args.output, language=args.language or "nl")
    if args.command is None:
        from ambitieweb.gui.app import run_app

        return run_app(database_url=args.database, language=args.language, files=files)
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
