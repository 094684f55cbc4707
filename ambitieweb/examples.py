"""The examples shipped in `sessions/`: sessions first (generic webs before the project webs that refer
to them), then the action plans that refer to those webs. On a first start and in tests."""

from __future__ import annotations

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import SUFFIX, read_file
from ambitieweb.model.session import Session, SessionKind
from ambitieweb.plan_transfer import import_example_plans
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository
from ambitieweb.transfer import store_document


def import_examples(repository: Repository, catalogue: Catalogue) -> list[Session]:
    """Load the shipped example sessions: generic webs first, so project webs find them."""
    documents = [read_file(p, catalogue) for p in sorted(sessions_dir().glob(f"*{SUFFIX}"))]
    documents.sort(key=lambda d: d.session.kind is not SessionKind.ORGANISATION)
    stored = [store_document(repository, d) for d in documents if not repository.exists(d.session.id)]
    import_example_plans(repository, catalogue)  # after the webs the plans refer to
    return stored
