"""`ambitieweb library`: the organisation's library of own criteria on the command line — list it,
export it as a `*.criteria.toml` file (the file the library editor writes), import such files.

An import reads and checks every file first and stores what they add in one transaction: a file that
is not valid is named (with the criterion and the field) and nothing is stored. Criteria already in
the library are skipped; one whose id is taken by another text gets a new id (`model.library.merged`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ambitieweb.errors import AmbitiewebError

if TYPE_CHECKING:
    from ambitieweb.model.criteria import Criterion
    from ambitieweb.store import Repository

Say = Callable[[str, str], str]


def add_library_parser(commands: Any, t: Say) -> None:
    """`library list`, `library export OUT`, `library import FILE...` under `commands` (argparse's)."""
    library = commands.add_parser(
        "library",
        help=t(
            "eigen criteria (bibliotheek): tonen, exporteren, importeren",
            "own criteria (library): list, export, import",
        ),
        description=t(
            "De bibliotheek van eigen criteria van de organisatie (standaard-bestekteksten per thema) "
            "tonen, als criteriabestand (*.criteria.toml) exporteren, of criteriabestanden importeren.",
            "List the organisation's library of own criteria (standard tender texts per theme), export it "
            "as a criteria file (*.criteria.toml), or import criteria files.",
        ),
    )
    actions = library.add_subparsers(dest="library_command", metavar=t("ACTIE", "ACTION"), required=True)
    actions.add_parser(
        "list",
        help=t("eigen criteria tonen", "list own criteria"),
        description=t(
            "Toon elk eigen criterium in de volgorde van de bibliotheek: id, thema-id, niveau, soort, "
            "revisie en titel, gescheiden door tabs.",
            "Show every own criterion in the library's order: id, theme id, level, kind, revision and "
            "title, separated by tabs.",
        ),
    )
    export = actions.add_parser(
        "export",
        help=t("de bibliotheek als criteriabestand schrijven", "write the library as a criteria file"),
        description=t(
            "Schrijf alle eigen criteria naar een criteriabestand, om te delen met een andere organisatie "
            "of te bewaren. Zonder .toml aan het eind komt er .criteria.toml achter de naam.",
            "Write every own criterion to a criteria file, to share with another organisation or to keep. "
            "Without .toml at its end the name gets .criteria.toml.",
        ),
    )
    export.add_argument(
        "out",
        type=Path,
        metavar="OUT",
        help=t("criteriabestand (*.criteria.toml)", "criteria file (*.criteria.toml)"),
    )
    importing = actions.add_parser(
        "import",
        help=t("criteriabestanden importeren", "import criteria files"),
        description=t(
            "Voeg de criteria uit de bestanden toe aan de bibliotheek. Wat er al in staat wordt "
            "overgeslagen; een criterium met een id dat al een andere tekst heeft krijgt een nieuw id. "
            "Is een bestand niet in orde, dan wordt niets opgeslagen.",
            "Add the files' criteria to the library. What is there already is skipped; a criterion whose "
            "id another text has gets a new id. If a file is not valid, nothing is stored.",
        ),
    )
    importing.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar=t("BESTAND", "FILE"),
        help=t("criteriabestand (*.criteria.toml)", "criteria file (*.criteria.toml)"),
    )


def listing(criteria: list[Criterion], language: str) -> list[str]:
    """One line per criterion: id, theme, level, kind, revision, title (tab-separated)."""
    return [
        f"{c.id}\t{c.theme}\t{int(c.level)}\t{c.kind.label(language)}\tr{c.revision}\t{c.title}"
        for c in criteria
    ]


def library_command(repository: Repository, args: argparse.Namespace, language: str) -> None:
    from ambitieweb.store.library import LibraryRepository

    def say(nl: str, en: str) -> str:
        return en if language == "en" else nl

    library = LibraryRepository(repository.engine)
    if args.library_command == "list":
        criteria = library.all()
        for line in listing(criteria, language):
            print(line)
        if not criteria:
            print(
                "ambitieweb: "
                + say(
                    "de bibliotheek heeft nog geen eigen criteria; maak ze in het venster met "
                    "Bestand > Eigen criteria (bibliotheek)",
                    "the library has no own criteria yet; make them in the window with "
                    "File > Own criteria (library)",
                ),
                file=sys.stderr,
            )
    elif args.library_command == "export":
        from ambitieweb.catalogue import library_file

        criteria = library.all()
        if not criteria:
            raise AmbitiewebError(
                "De bibliotheek heeft geen eigen criteria; er is niets geschreven.",
                "The library has no own criteria; nothing was written.",
            )
        print(library_file.write(args.out, criteria))
    elif args.library_command == "import":
        from ambitieweb.catalogue import default_catalogue
        from ambitieweb.transfer import import_library

        added, notes = import_library(repository, default_catalogue(), args.files)
        for criterion in added:
            print(f"{criterion.id}\t{criterion.title}")
        for note in notes:
            print(f"ambitieweb: {say(*note)}", file=sys.stderr)
