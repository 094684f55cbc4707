"""`ambitieweb`: opens the desktop program, or runs a headless sub-command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ambitieweb import __version__
from ambitieweb.cli_library import add_library_parser
from ambitieweb.cli_plans import add_plan_parser
from ambitieweb.cli_sessions import SESSION_COMMANDS, add_session_parsers, session_command
from ambitieweb.cli_upgrade import add_upgrade_parser, upgrade_database_command
from ambitieweb.cli_words import argparse_language
from ambitieweb.errors import AmbitiewebError
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
    add_session_parsers(commands, t)
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
    add_upgrade_parser(commands, t)
    return parser


def session_files(argv: Sequence[str], commands: Sequence[str]) -> tuple[list[str], list[Path]]:
    """Session files named on the command line to open in the window (`ambitieweb FILE.json`), apart
    from the rest of the arguments; none when a command is given."""
    if any(arg in commands for arg in argv):
        return list(argv), []
    files = [Path(arg) for arg in argv if not arg.startswith("-") and arg.lower().endswith(".json")]
    rest = [arg for arg in argv if not (not arg.startswith("-") and arg.lower().endswith(".json"))]
    return rest, files


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
    elif args.command in SESSION_COMMANDS:
        session_command(repository, args, language)


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
        from ambitieweb.first_screen import FirstScreenReader

        reader = FirstScreenReader(args.database)  # first: it reads while Qt and the window load
        from ambitieweb.gui.app import run_app

        return run_app(database_url=args.database, language=args.language, files=files, reader=reader)
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
