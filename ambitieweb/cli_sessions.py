"""`ambitieweb list | import | export | contract-report`: sessions on the command line — list them,
import session files, export one (session file, PDF, Word file, tender texts), and write a project web's
contract monitoring report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ambitieweb.errors import AmbitiewebError
from ambitieweb.reports import DOCUMENTS

if TYPE_CHECKING:  # heavy imports wait until a command needs them
    from ambitieweb.store import Repository

Say = Callable[[str, str], str]
SESSION_COMMANDS = ("list", "import", "export", "contract-report")


def add_session_parsers(commands: Any, t: Say) -> None:
    """`list`, `import`, `export` and `contract-report` under `commands` (argparse's)."""
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


def session_command(repository: Repository, args: argparse.Namespace, language: str) -> None:
    """Run one of `SESSION_COMMANDS` on the database."""
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
            imported = import_file(repository, default_catalogue(), path, args.as_copy)
            print(f"{imported.session.id[:8]}  {imported.session.title}")
            for note in imported.text(language).splitlines():
                print(f"ambitieweb: {note}", file=sys.stderr)
    elif args.command == "contract-report":
        from ambitieweb.cli_contracts import contract_report

        if not (args.pdf or args.docx):
            raise AmbitiewebError("Geef --pdf en/of --docx.", "Give --pdf and/or --docx.")
        outputs = [(path, word) for path, word in ((args.pdf, False), (args.docx, True)) if path is not None]
        for path in contract_report(repository, find_session_id(repository, args.session), outputs, language):
            print(path)
    elif args.command == "export":
        session_id = find_session_id(repository, args.session)
        if not (args.json or args.pdf or args.docx or args.markdown or args.text or args.html):
            raise AmbitiewebError(
                "Geef ten minste één uitvoer: --json, --pdf, --docx, --markdown, --text of --html.",
                "Give at least one output: --json, --pdf, --docx, --markdown, --text or --html.",
            )
        if args.json:
            print(export_file(repository, session_id, args.json))
        if args.pdf or args.docx or args.markdown or args.text or args.html:
            export_documents(repository, session_id, args, language)


def find_session_id(repository: Repository, prefix: str) -> str:
    matches = repository.ids_starting_with(prefix.lower())
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise AmbitiewebError(f"Geen sessie met id '{prefix}'.", f"No session with id '{prefix}'.")
    raise AmbitiewebError(
        f"Meerdere sessies beginnen met '{prefix}'; geef meer tekens.",
        f"Several sessions start with '{prefix}'; give more characters.",
    )


def export_documents(
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
