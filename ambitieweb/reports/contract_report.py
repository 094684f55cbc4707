"""The monitoring report of a contract as a PDF or a Word file, drawn from `contract_content`'s blocks by
the actieplan's renderers (same styles, the same radar code as on screen)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.session import Snapshot
from ambitieweb.reports.actieplan import render_actieplan
from ambitieweb.reports.contract_content import contract_content
from ambitieweb.reports.export import write_bytes


def write_contract_report(
    contract: Contract,
    snapshots: Sequence[Snapshot],
    title: str,
    theme_names: Mapping[str, str],
    path: Path,
    language: str = "nl",
    today: dt.date | None = None,
    word: bool | None = None,
) -> Path:
    """A PDF, or a Word file (`word`; by default when `path` ends in .docx). Built in memory, then
    written in one step: a failed export never leaves half a file."""
    document = contract_content(contract, snapshots, title, theme_names, language, today)
    buffer = io.BytesIO()
    author = contract.manager or "Ambitieweb"
    if word or (word is None and path.suffix.lower() == ".docx"):
        from ambitieweb.reports.actieplan_docx import render_actieplan_docx

        render_actieplan_docx(document, buffer, language, author)
    else:
        render_actieplan(document, buffer, language, author)
    write_bytes(path, buffer.getvalue())
    return path
