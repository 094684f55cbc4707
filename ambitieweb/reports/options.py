"""What a document is made of besides the session: one frozen set of options for every format."""

from __future__ import annotations

from dataclasses import dataclass

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.criteria import Criterion
from ambitieweb.model.session import Session, Snapshot


@dataclass(frozen=True)
class DocumentOptions:
    """`snapshot`: the agreed version to print instead of the current state; `generic`: the generic web
    drawn as the reference; `newer`: the catalogue's revisions (criterion id -> revision), to warn about
    outdated texts; `notes`: the bestekteksten with the appendix 'Toelichting voor de inkoper';
    `contract`: the session's contract follow-up, for the ambitiekaart's contract data and checklist;
    `library`: the organisation's own criteria (the database's library), whose guidance the appendix
    gives for a criterion chosen from it."""

    snapshot: Snapshot | None = None
    generic: Session | None = None
    newer: dict[str, int] | None = None
    language: str = "nl"
    notes: bool = False
    contract: Contract | None = None
    library: tuple[Criterion, ...] = ()


DEFAULT = DocumentOptions()  # the current state, in Dutch, without appendix or contract
