"""`ambitieweb contract-report`: the monitoring report of a project web's contract follow-up, as PDF
and/or Word, from the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ambitieweb.errors import AmbitiewebError

if TYPE_CHECKING:
    from ambitieweb.store import Repository


def contract_report(
    repository: Repository,
    session_id: str,
    outputs: list[tuple[Path, bool]],
    language: str,
    today: dt.date | None = None,
) -> list[Path]:
    """Write the report of the web `session_id`'s contract to each (path, as Word) of `outputs`."""
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.reports.contract_report import write_contract_report
    from ambitieweb.store.contracts import ContractRepository
    from ambitieweb.transfer import own_catalogue

    session = repository.get(session_id)
    contract = ContractRepository(repository.engine).for_session(session_id)
    snapshots = repository.snapshots(session_id)
    if contract is None or not snapshots:
        raise AmbitiewebError(
            f"'{session.title}' heeft geen contractopvolging (start die in het venster: Sessie › "
            "Contractopvolging…).",
            f"'{session.title}' has no contract follow-up (start it in the window: Session › "
            "Contract follow-up…).",
        )
    catalogue = own_catalogue(repository, default_catalogue())
    latest = max(snapshots, key=lambda s: s.number).session
    names = catalogue.framework(latest.framework_id, latest.framework_version).theme_names()
    return [
        write_contract_report(contract, snapshots, session.title, names, path, language, today, word)
        for path, word in outputs
    ]
