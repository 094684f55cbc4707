"""`ambitieweb plan`: MVOI action plans on the command line — list them, export one as a plan file
(`*.ambitieplan.json`, with the webs it draws on and the own frameworks they use), import plan files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ambitieweb.errors import AmbitiewebError

if TYPE_CHECKING:
    from ambitieweb.store import Repository
    from ambitieweb.store.plans import PlanRepository

Say = Callable[[str, str], str]


def add_plan_parser(commands: Any, t: Say) -> None:
    """`plan list`, `plan export ID OUT`, `plan import FILE...` under `commands` (argparse's)."""
    plan = commands.add_parser(
        "plan",
        help=t("MVOI-actieplannen: tonen, exporteren, importeren", "MVOI action plans: list, export, import"),
        description=t(
            "Actieplannen uit de database tonen, als planbestand (*.ambitieplan.json) exporteren met de "
            "webs waar ze op bouwen, of planbestanden importeren.",
            "List the action plans in the database, export one as a plan file (*.ambitieplan.json) with the "
            "webs it draws on, or import plan files.",
        ),
    )
    actions = plan.add_subparsers(dest="plan_command", metavar=t("ACTIE", "ACTION"), required=True)
    actions.add_parser(
        "list",
        help=t("actieplannen tonen", "list action plans"),
        description=t(
            "Toon elk actieplan: id (begin), looptijd, titel en organisatie; het laatst gewijzigde eerst.",
            "Show every action plan: id (start), period, title and organisation; the latest changed first.",
        ),
    )
    export = actions.add_parser(
        "export",
        help=t("een actieplan als planbestand schrijven", "write an action plan as a plan file"),
        description=t(
            "Schrijf het actieplan met de webs waar het op bouwt en de eigen kaders die ze gebruiken.",
            "Write the action plan with the webs it draws on and the own frameworks they use.",
        ),
    )
    export.add_argument(
        "plan", metavar="PLAN_ID", help=t("plan-id (of een uniek begin ervan)", "plan id (or a unique start)")
    )
    export.add_argument(
        "out",
        type=Path,
        metavar="OUT",
        help=t("planbestand (*.ambitieplan.json)", "plan file (*.ambitieplan.json)"),
    )
    importing = actions.add_parser(
        "import",
        help=t("planbestanden importeren", "import plan files"),
        description=t(
            "Voeg de actieplannen toe, met de webs en eigen kaders die nog niet in de database staan.",
            "Add the action plans, with the webs and own frameworks the database does not have yet.",
        ),
    )
    importing.add_argument("files", nargs="+", type=Path, metavar=t("BESTAND", "FILE"))
    importing.add_argument(
        "--as-copy",
        action="store_true",
        help=t("als kopie met een nieuw id (dezelfde webs)", "as a copy with a new id (the same webs)"),
    )


def find_plan_id(plans: PlanRepository, prefix: str) -> str:
    matches = [p.id for p in plans.list_plans() if p.id.startswith(prefix.lower())]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise AmbitiewebError(f"Geen actieplan met id '{prefix}'.", f"No action plan with id '{prefix}'.")
    raise AmbitiewebError(
        f"Meerdere actieplannen beginnen met '{prefix}'; geef meer tekens.",
        f"Several action plans start with '{prefix}'; give more characters.",
    )


def plan_command(repository: Repository, args: argparse.Namespace, language: str) -> None:
    from ambitieweb.store.plans import PlanRepository

    def say(nl: str, en: str) -> str:
        return en if language == "en" else nl

    plans = PlanRepository(repository.engine)
    if args.plan_command == "list":
        for plan in plans.list_plans():
            print(f"{plan.id[:8]}  {plan.start_year}-{plan.end_year}  {plan.title} — {plan.organisation}")
    elif args.plan_command == "export":
        from ambitieweb.plan_transfer import export_plan_file

        path, dropped = export_plan_file(repository, plans, find_plan_id(plans, args.plan), args.out)
        print(path)
        if dropped:
            print(
                "ambitieweb: "
                + say(
                    f"{dropped} verwijzingen naar verwijderde webs zijn weggelaten.",
                    f"{dropped} references to deleted webs were left out.",
                ),
                file=sys.stderr,
            )
    elif args.plan_command == "import":
        from ambitieweb.catalogue import default_catalogue
        from ambitieweb.plan_transfer import import_plan_file

        for path in args.files:
            imported = import_plan_file(repository, plans, default_catalogue(), path, args.as_copy)
            print(f"{imported.plan.id[:8]}  {imported.plan.title}")
            notes = [
                *imported.text(language).splitlines(),
                say(
                    f"{imported.added} nieuwe webs, {imported.kept} al aanwezig.",
                    f"{imported.added} new webs, {imported.kept} already there.",
                ),
            ]
            for note in notes:
                print(f"ambitieweb: {note}", file=sys.stderr)
