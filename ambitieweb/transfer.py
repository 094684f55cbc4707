"""Moving sessions between the store and session files (used by the CLI and the GUI alike)."""

from __future__ import annotations

from pathlib import Path

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import SUFFIX, SessionFile, read_file, write_file
from ambitieweb.model.session import Session, SessionKind, new_id
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository


def store_document(repository: Repository, document: SessionFile, as_copy: bool = False) -> Session:
    """Add an imported session with its snapshots; as a copy it gets new ids and stays a draft."""
    session = document.session.model_copy(update={"revision": 0})
    snapshots = document.snapshots
    if as_copy:
        session = session.duplicate(f"{session.title} (kopie)")
        snapshots = [
            s.model_copy(
                update={
                    "id": new_id(),
                    "session_id": session.id,
                    "session": s.session.model_copy(update={"id": session.id}),
                }
            )
            for s in snapshots
        ]
    return repository.create(session, snapshots)


def import_file(repository: Repository, catalogue: Catalogue, path: Path, as_copy: bool = False) -> Session:
    return store_document(repository, read_file(path, catalogue), as_copy)


def export_file(repository: Repository, session_id: str, path: Path) -> Path:
    if not path.name.endswith(SUFFIX) and path.suffix != ".json":
        path = path.with_name(path.name + SUFFIX)
    write_file(path, repository.get(session_id), repository.snapshots(session_id))
    return path


def import_examples(repository: Repository, catalogue: Catalogue) -> list[Session]:
    """Load the shipped example sessions: generic webs first, so project webs find them."""
    documents = [read_file(p, catalogue) for p in sorted(sessions_dir().glob(f"*{SUFFIX}"))]
    documents.sort(key=lambda d: d.session.kind is not SessionKind.ORGANISATION)
    stored = [store_document(repository, d) for d in documents if not repository.exists(d.session.id)]
    from ambitieweb.plan_transfer import import_example_plans  # after the webs the plans refer to

    import_example_plans(repository, catalogue)
    return stored
