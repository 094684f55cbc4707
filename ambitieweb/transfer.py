"""Moving sessions between the store and session files (used by the CLI and the GUI alike)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import SUFFIX, SessionFile, read_file, write_file
from ambitieweb.exchange.carried import GenericReference, Note, generic_levels, generic_session
from ambitieweb.exchange.carried_contract import contract_copy
from ambitieweb.model.criteria import Criterion
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session, SessionKind, new_id
from ambitieweb.store import Repository
from ambitieweb.store.contracts import ContractRepository
from ambitieweb.store.frameworks import FrameworkRepository


@dataclass
class Imported:
    """A stored import and what it added or changed besides the session, to tell the user."""

    session: Session
    notes: list[Note] = field(default_factory=list)

    def text(self, language: str = "nl") -> str:
        return "\n".join(en if language == "en" else nl for nl, en in self.notes)


def own_catalogue(repository: Repository, catalogue: Catalogue) -> Catalogue:
    """The catalogue with the database's own frameworks, every version, and its library of own criteria."""
    from ambitieweb.store.library import LibraryRepository

    engine = repository.engine
    return catalogue.with_own(
        FrameworkRepository(engine).all_versions(), keep_own=False, library=LibraryRepository(engine).all()
    )


def add_own_frameworks(repository: Repository, carried: Iterable[Framework]) -> list[Note]:
    """Store the own framework versions a file carries that the database lacks; what was added."""
    frameworks = FrameworkRepository(repository.engine)
    notes: list[Note] = []
    for framework in carried:
        if not frameworks.exists(framework.id, framework.version):
            frameworks.add(framework)
            notes.append(
                (
                    f"Kader '{framework.title}' (versie {framework.version}) is toegevoegd.",
                    f"Framework '{framework.title}' (version {framework.version}) was added.",
                )
            )
    return notes


def import_document(repository: Repository, document: SessionFile, as_copy: bool = False) -> Imported:
    """Add an imported session with its snapshots (as a copy: new ids, a draft), the own frameworks
    it carries that the database lacks and the generic web it refers to if that is not here."""
    notes = [*document.notes, *add_own_frameworks(repository, document.own_frameworks)]
    generic = document.generic_web
    if (
        generic is not None
        and generic.id == document.session.generic_session_id
        and not repository.exists(generic.id)
    ):
        web, agreed = generic_session(generic)
        repository.create(web, agreed)
        notes.append(
            (
                f"Generiek ambitieweb '{generic.title}' is toegevoegd (alleen de vastgestelde niveaus).",
                f"Generic web '{generic.title}' was added (its agreed levels only).",
            )
        )
    stored = store_document(repository, document, as_copy)
    if document.contract is not None:
        reviews = len(document.contract.reviews)
        notes.append(
            (
                f"De contractopvolging is meegenomen, met {reviews} voortgangsgesprek(ken).",
                f"The contract follow-up came along, with {reviews} review(s).",
            )
        )
    return Imported(stored, notes)


def store_document(repository: Repository, document: SessionFile, as_copy: bool = False) -> Session:
    """Add an imported session with its snapshots and contract follow-up; as a copy it gets new ids
    and stays a draft."""
    session = document.session.model_copy(update={"revision": 0})
    snapshots = document.snapshots
    contract = document.contract
    if as_copy:
        session = session.duplicate(f"{session.title} (kopie)")
        versions = {s.id: new_id() for s in snapshots}
        snapshots = [
            s.model_copy(
                update={
                    "id": versions[s.id],
                    "session_id": session.id,
                    "session": s.session.model_copy(update={"id": session.id}),
                }
            )
            for s in snapshots
        ]
        contract = None if contract is None else contract_copy(contract, session.id, versions)
    stored = repository.create(session, snapshots)
    if contract is not None:
        try:
            ContractRepository(repository.engine).create(contract.model_copy(update={"revision": 0}))
        except BaseException:
            repository.delete(stored.id)  # all or nothing: no session without the follow-up it came with
            raise
    return stored


def import_file(repository: Repository, catalogue: Catalogue, path: Path, as_copy: bool = False) -> Imported:
    return import_document(repository, read_file(path, own_catalogue(repository, catalogue)), as_copy)


def carried(repository: Repository, session_id: str) -> tuple[list[Framework], GenericReference | None]:
    """What a session's file carries besides it: the own framework versions it and its agreed
    versions use, and the generic web it refers to (its last agreed levels)."""
    session = repository.get(session_id)
    shown = [session, *(s.session for s in repository.snapshots(session_id))]
    generic = None
    if (
        session.kind is SessionKind.PROJECT
        and session.generic_session_id
        and repository.exists(session.generic_session_id)
    ):
        web = repository.get(session.generic_session_id)
        agreed = repository.snapshots(web.id)
        last = max(agreed, key=lambda s: s.number) if agreed else None
        generic = generic_levels(web, last)
        shown.append(last.session if last else web)
    own = FrameworkRepository(repository.engine)
    frameworks: dict[tuple[str, str], Framework] = {}
    for used in shown:
        key = (used.framework_id, used.framework_version)
        if key not in frameworks and own.exists(*key):
            frameworks[key] = own.get(*key)
    return list(frameworks.values()), generic


def export_file(repository: Repository, session_id: str, path: Path) -> Path:
    if not path.name.endswith(SUFFIX) and path.suffix != ".json":
        path = path.with_name(path.name + SUFFIX)
    frameworks, generic = carried(repository, session_id)
    contract = ContractRepository(repository.engine).for_session(session_id)
    write_file(
        path, repository.get(session_id), repository.snapshots(session_id), frameworks, generic, contract
    )
    return path


def import_framework(
    repository: Repository, catalogue: Catalogue, path: Path
) -> tuple[Framework, list[Note]]:
    """Read a framework's TOML file and add it to the database's own frameworks: with a shipped
    preset's id (or a stored framework's id and version) but other content it gets a new id; the
    notes say what happened. Nothing stored changes when the file is refused."""
    from ambitieweb.catalogue import framework_file
    from ambitieweb.exchange.carried import settle_frameworks

    framework = framework_file.read(path)
    settled, _moved, notes = settle_frameworks([framework], own_catalogue(repository, catalogue))
    if not settled:
        return framework, [
            (
                f"{path.name}: dit is het meegeleverde kader '{framework.title}'; er is niets toegevoegd.",
                f"{path.name}: this is the shipped framework '{framework.title}'; nothing was added.",
            )
        ]
    framework = settled[0]
    frameworks = FrameworkRepository(repository.engine)
    if frameworks.exists(framework.id, framework.version):
        notes.append(
            (
                f"Kader '{framework.title}' (versie {framework.version}) staat al in de database.",
                f"Framework '{framework.title}' (version {framework.version}) is in the database already.",
            )
        )
    else:
        frameworks.add(framework)
        notes.append(
            (
                f"Kader '{framework.title}' (versie {framework.version}) is toegevoegd.",
                f"Framework '{framework.title}' (version {framework.version}) was added.",
            )
        )
    return framework, notes


def import_library(
    repository: Repository, catalogue: Catalogue, paths: Iterable[Path]
) -> tuple[list[Criterion], list[Note]]:
    """Add the own criteria of library files (TOML) to the database's library, in one transaction;
    the criteria added (with the ids they got) and what to say. Every file is read and checked
    first, in turn (a later one sees what an earlier one adds): a bad file raises and stores nothing."""
    from ambitieweb.catalogue import library_file
    from ambitieweb.model.library import merged
    from ambitieweb.store.library import LibraryRepository

    library = LibraryRepository(repository.engine)
    stored, reserved = library.all(), catalogue.catalogue_ids()
    added: list[Criterion] = []
    notes: list[Note] = []
    for path in paths:
        new, said = merged([*stored, *added], library_file.read(path), reserved, path.name)
        added += new
        notes += said
    library.add(added)
    return added, notes
