"""What a document is made of besides the session: one frozen set of options for every format."""

from __future__ import annotations

from dataclasses import dataclass

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.session import Session, Snapshot


@dataclass(frozen=True)
class DocumentOptions:
    """`snapshot`: the agreed version to print instead of the current state; `generic`: the generic web
    drawn as the reference; `newer`: the catalogue's revisions (criterion id -> revision), to warn about
    outdated texts; `notes`: the bestekteksten with the appendix 'Toelichting voor de inkoper';
    `contract`: the session's contract follow-up, for the ambitiekaart's contract data and checklist."""

    snapshot: Snapshot | None = None
    generic: Session | None = None
    newer: dict[str, int] | None = None
    language: str = "nl"
    notes: bool = False
    contract: Contract | None = None


DEFAULT = DocumentOptions()  # the current state, in Dutch, without appendix or contract
