"""What the ambitiekaart's checklist for the contract manager says, for the PDF and the Word file alike:
the contract's data (from the contract follow-up, the one place it is kept) and every binding criterion
of the session — minimumeisen, contractbepalingen and what was promised on each award criterion."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session
from ambitieweb.model.tender import fill
from ambitieweb.reports.content import award_value, legal_citation
from ambitieweb.text.labels import format_date, format_number, label
from ambitieweb.text.numbering import numbered_criteria

# What binds the supplier during the contract; selection criteria are checked at the award, not after.
BINDING_KINDS: Final = (CriterionKind.REQUIREMENT, CriterionKind.AWARD, CriterionKind.CONTRACT_CLAUSE)
CELL_LIMIT: Final = 1500  # characters of a text printed in one checklist cell; the rest is named
BOX: Final = "\u2610"  # ☐ (DejaVu Sans has it; the PDF embeds it)


@dataclass(frozen=True)
class ChecklistItem:
    """One row to tick: number and title, kind and its legal basis, and what was agreed on it."""

    number: str  # "E2"
    title: str
    kind: CriterionKind
    kind_text: str  # "Minimumeis"
    basis: str  # "artikel 2.75 tot en met 2.77 Aanbestedingswet 2012"
    agreed_label: str  # "Toegezegd in de inschrijving" or "Bewijsmiddel"
    agreed: str  # the promise or the evidence asked; "" when nothing is recorded
    counts: str  # award criteria: their weight or fictieve korting; else ""


def shortened(text: str, language: str = "nl", limit: int = CELL_LIMIT) -> str:
    """At most `limit` characters, and then say how much more there is (the text itself stays stored)."""
    text = text.strip()
    if len(text) <= limit:
        return text
    more = format_number(len(text) - limit, language)
    return text[:limit].rstrip() + " " + label("shortened", language, count=more)


def contract_facts(contract: Contract | None, language: str = "nl") -> list[tuple[str, str]] | None:
    """Label/value lines of the contract; a field not filled in says so. None: there is no contract."""
    if contract is None:
        return None
    missing = label("not_recorded", language)
    facts = [
        (label("contract_number", language), contract.number),
        (label("supplier", language), contract.supplier),
        (label("contract_start", language), format_date(contract.start, language) if contract.start else ""),
        (label("contract_end", language), format_date(contract.end, language) if contract.end else ""),
        (label("contract_manager", language), contract.manager),
    ]
    return [(name, value or missing) for name, value in facts]


def contract_line(contract: Contract | None, language: str = "nl") -> str:
    """The contract in one line, for the card's head: only what is filled in, or that there is none."""
    facts = contract_facts(contract, language)
    if facts is None:
        return label("no_contract_short", language)
    assert contract is not None
    parts = [f"{label('contract', language)} {contract.number}" if contract.number else ""]
    parts.append(f"{label('supplier', language)} {contract.supplier}" if contract.supplier else "")
    if contract.start or contract.end:
        parts.append(f"{format_date(contract.start, language)} – {format_date(contract.end, language)}")
    parts.append(f"{label('contract_manager', language)} {contract.manager}" if contract.manager else "")
    filled = [part for part in parts if part]
    return " · ".join(filled) if filled else label("contract_empty", language)


def promised_texts(contract: Contract | None) -> dict[str, str]:
    """Chosen criterion id -> what the supplier promised in the bid, from the newest review that says."""
    promised: dict[str, str] = {}
    if contract is None:
        return promised
    for review in contract.by_date():
        for check in review.checks:
            if check.promised.strip():
                promised[check.criterion_id] = check.promised.strip()
    return promised


def checklist(
    session: Session, framework: Framework, contract: Contract | None, language: str = "nl"
) -> list[ChecklistItem]:
    """Every binding criterion of `session` in the documents' numbering (E, W, C)."""
    promised = promised_texts(contract)
    items = []
    for group in numbered_criteria(session, framework):
        if group.kind not in BINDING_KINDS:
            continue
        for item in group.items:
            chosen = item.criterion
            if chosen.kind is CriterionKind.AWARD:
                agreed_label = label("promised", language)
                agreed = promised.get(chosen.id, "")
                counts = award_value(chosen, session, language)
            else:
                agreed_label = label("verification", language)
                agreed = fill(chosen.verification, chosen.values) if chosen.verification.strip() else ""
                counts = ""
            items.append(
                ChecklistItem(
                    number=item.number,
                    title=chosen.title,
                    kind=chosen.kind,
                    kind_text=chosen.kind.label(language),
                    basis=legal_citation(chosen),
                    agreed_label=agreed_label,
                    agreed=shortened(agreed, language),
                    counts=counts,
                )
            )
    return items


def agreed_text(item: ChecklistItem, language: str = "nl") -> str:
    """What the row says was agreed, or for an award criterion whose promise is not recorded: that it
    is still to be copied from the bid."""
    if item.agreed:
        return item.agreed
    if item.kind is CriterionKind.AWARD:
        return label("promised_missing", language)
    return label("no_verification", language)
