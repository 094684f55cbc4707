"""What the documents say about a session, shared by the PDFs and the text exports."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ambitieweb.model.award import SchemeLine, scheme_lines, scheme_total
from ambitieweb.model.criteria import Criterion, CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.library import LIBRARY_SET
from ambitieweb.model.session import ChosenCriterion, ScoringMethod, Session, SessionStatus, Snapshot
from ambitieweb.model.tender import fill
from ambitieweb.text.labels import format_date, format_number, format_weight, label
from ambitieweb.text.numbering import KindGroup, NumberedCriterion


def content_of(session: Session, snapshot: Snapshot | None) -> Session:
    """What a document shows: the agreed version when a snapshot is given, else the current state."""
    return snapshot.session if snapshot is not None else session


def status_text(session: Session, snapshot: Snapshot | None, language: str = "nl") -> str:
    if snapshot is not None:
        date = format_date(snapshot.agreed_at.date(), language)
        return label("agreed_version", language, date=date, number=snapshot.number)
    return label("agreed" if session.status is SessionStatus.AGREED else "draft", language)


def author_of(session: Session) -> str:
    """PDF author: the facilitator, else the organisation."""
    return session.facilitator or session.organisation or "Ambitieweb"


def framework_text(session: Session, framework: Framework, language: str = "nl") -> str:
    """The framework as the session recorded it: title, version, id."""
    version = session.framework_version
    return label("framework_value", language, title=framework.title, version=version, id=session.framework_id)


def footer_text(session: Session, language: str = "nl") -> str:
    framework = label(
        "footer_framework", language, id=session.framework_id, version=session.framework_version
    )
    return f"{session.title} · {framework}"


def document_facts(
    session: Session, framework: Framework, snapshot: Snapshot | None, language: str = "nl"
) -> list[tuple[str, str]]:
    """Label/value lines for a document's opening; empty values are left out."""
    facts = [
        (label("organisation", language), session.organisation),
        (label("subject", language), session.subject),
        (label("kind", language), session.kind.label(language)),
        (label("session_date", language), format_date(session.session_date, language)),
        (label("facilitator", language), session.facilitator),
        (label("framework", language), framework_text(session, framework, language)),
        (label("status", language), status_text(session, snapshot, language)),
    ]
    return [(name, value) for name, value in facts if value and value != "–"]


def legal_citation(chosen: ChosenCriterion) -> str:
    """The article(s) a criterion rests on, from the catalogue's legal basis (tender texts stay Dutch)."""
    from ambitieweb.catalogue.legal import default_legal_basis

    return default_legal_basis().citation(chosen.kind, chosen.text, chosen.verification, chosen.scoring)


def kind_basis(kind: CriterionKind) -> str:
    """What the law asks of every criterion of this kind, once at the head of its section."""
    from ambitieweb.catalogue.legal import default_legal_basis

    return default_legal_basis().of_kind(kind).text


def buyer_notes(
    groups: list[KindGroup], language: str = "nl", library: Iterable[Criterion] = ()
) -> list[tuple[str, str, str]]:
    """Number, title and guidance (proportionality advice) of every criterion, for the appendix
    'Toelichting voor de inkoper': the catalogue's, or for a criterion chosen from the organisation's
    `library` the library's; own criteria, and library criteria no longer in it, say they have none."""
    from ambitieweb.catalogue import default_catalogue

    catalogue = default_catalogue()
    own = {criterion.id: criterion for criterion in library}
    notes = []
    for group in groups:
        for item in group.items:
            chosen = item.criterion
            if chosen.catalogue_id is None:
                guidance = label("no_guidance", language)
            elif chosen.catalogue_set == LIBRARY_SET:
                found = own.get(chosen.catalogue_id)
                guidance = found.guidance if found else label("no_library_guidance", language)
            else:
                listed = catalogue.criterion(chosen.catalogue_id)
                guidance = listed[1].guidance if listed else label("no_guidance", language)
            notes.append((item.number, chosen.title, guidance))
    return notes


def criterion_fields(
    item: NumberedCriterion, session: Session, language: str = "nl"
) -> list[tuple[str, str]]:
    """Verification, weight and scoring of one criterion, placeholders filled, as plain text."""
    chosen = item.criterion
    fields: list[tuple[str, str]] = []
    if chosen.verification.strip():
        fields.append((label("verification", language), fill(chosen.verification, chosen.values)))
    if chosen.kind is CriterionKind.AWARD:
        fields.append((label("weight", language), award_value(chosen, session, language)))
        if chosen.scoring.strip():
            fields.append((label("scoring", language), fill(chosen.scoring, chosen.values)))
    fields.append((label("legal_basis", language), legal_citation(chosen)))
    return fields


def award_total_text(session: Session, language: str = "nl") -> str:
    """Price, other quality and the weighted MVI criteria together."""
    return format_weight(scheme_total(session), session.weight_unit, language)


def discount_text(max_discount: float | None, language: str = "nl") -> str:
    """'fictieve korting, ten hoogste € 25.000' (or without a maximum when none is set)."""
    if max_discount is None:
        return label("notional_discount", language)
    amount = format_number(max_discount, language)
    return label("notional_discount_max", language, amount=amount)


def award_value(chosen: ChosenCriterion, session: Session, language: str = "nl") -> str:
    """How an MVI award criterion counts: its weight or its fictieve korting."""
    if chosen.scoring_method is ScoringMethod.NOTIONAL_DISCOUNT:
        return discount_text(chosen.max_discount, language)
    return format_weight(chosen.weight, session.weight_unit, language)


@dataclass(frozen=True)
class SchemeRow:
    """One row of the award scheme table: number (MVI criteria only), title, theme, how it counts."""

    number: str
    title: str
    theme: str
    value: str


def award_scheme(session: Session, group: KindGroup, language: str = "nl") -> list[SchemeRow]:
    """The whole award scheme: price, the other quality criteria, then the MVI award criteria as
    numbered in the document."""
    numbered = {item.criterion.id: item for item in group.items}
    rows = []
    for line in scheme_lines(session, [item.criterion for item in group.items]):
        item = numbered.get(line.criterion_id or "")
        title = label("price", language) if line.part == "price" else line.title
        rows.append(
            SchemeRow(
                item.number if item else "",
                title,
                item.theme_name
                if item
                else label("other_quality" if line.part == "quality" else "price_part", language),
                _line_value(line, session, language),
            )
        )
    return rows


def _line_value(line: SchemeLine, session: Session, language: str) -> str:
    if line.method is ScoringMethod.NOTIONAL_DISCOUNT:
        return discount_text(line.max_discount, language)
    if line.part == "price" and line.weight is None:
        return label("not_decided", language)
    return format_weight(line.weight, session.weight_unit, language)


def source_text(item: NumberedCriterion, language: str = "nl") -> str:
    """Where a criterion's text came from, for the small print under it."""
    chosen = item.criterion
    if chosen.catalogue_set is None:
        return label("own", language)
    text = label("source", language, set=chosen.catalogue_set, version=chosen.catalogue_version or "?")
    return f"{text}; {label('edited', language)}" if chosen.edited else text
