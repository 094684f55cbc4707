"""The ambitiekaart's checklist for the contract manager in Word: the contract's data, then every
binding criterion with a box to tick (☐), what was agreed and an empty column for a remark."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session
from ambitieweb.reports.checklist import BOX, agreed_text, checklist, contract_facts
from ambitieweb.text.labels import label

SHARES = (0.06, 0.07, 0.35, 0.32, 0.20)  # box, number, criterion, agreement, remark


class Writer(Protocol):
    """What the checklist writes with: `docx_export.WordWriter`, which calls it."""

    def page_break(self) -> None: ...

    def heading(self, text: str, level: int) -> None: ...

    def paragraph(
        self, text: str, *, italic: bool = False, small: bool = False, bold: bool = False
    ) -> None: ...

    def table(
        self, header: Sequence[str] | None, rows: Sequence[Sequence[str]], fractions: Sequence[float]
    ) -> None: ...


def contract_checklist(
    w: Writer, session: Session, framework: Framework, contract: Contract | None, language: str
) -> None:
    w.page_break()
    w.heading(label("checklist", language), 1)
    w.heading(label("contract", language), 2)
    facts = contract_facts(contract, language)
    if facts is None:
        w.paragraph(label("no_contract", language), bold=True)
    else:
        w.table(None, facts, (0.28, 0.72))
    w.heading(label("binding_criteria", language), 2)
    w.paragraph(label("checklist_intro", language), italic=True, small=True)
    items = checklist(session, framework, contract, language)
    if not items:
        w.paragraph(label("no_binding", language))
        return
    header = [
        label("check_box", language),
        label("number", language),
        label("criterion", language),
        label("agreement", language),
        label("remark", language),
    ]
    rows = []
    for item in items:
        agreed = f"{item.agreed_label}: {agreed_text(item, language)}"
        if item.counts:
            agreed += f"\n{label('weight', language)}: {item.counts}"
        criterion = f"{item.title}\n{item.kind_text} · {item.basis}"
        rows.append((BOX, item.number, criterion, agreed, "\n\n"))  # the remark: room to write
    w.table(header, rows, SHARES)
