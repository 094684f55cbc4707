"""What the documents say about a session, shared by the PDFs and the text exports."""

from __future__ import annotations

from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session, SessionStatus, Snapshot
from ambitieweb.model.tender import fill, weight_total
from ambitieweb.text.labels import format_date, format_weight, label
from ambitieweb.text.numbering import NumberedCriterion


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


def criterion_fields(
    item: NumberedCriterion, session: Session, language: str = "nl"
) -> list[tuple[str, str]]:
    """Verification, weight and scoring of one criterion, placeholders filled, as plain text."""
    chosen = item.criterion
    fields: list[tuple[str, str]] = []
    if chosen.verification.strip():
        fields.append((label("verification", language), fill(chosen.verification, chosen.values)))
    if chosen.kind is CriterionKind.AWARD:
        fields.append(
            (label("weight", language), format_weight(chosen.weight, session.weight_unit, language))
        )
        if chosen.scoring.strip():
            fields.append((label("scoring", language), fill(chosen.scoring, chosen.values)))
    return fields


def award_total_text(session: Session, language: str = "nl") -> str:
    return format_weight(weight_total(session), session.weight_unit, language)


def source_text(item: NumberedCriterion, language: str = "nl") -> str:
    """Where a criterion's text came from, for the small print under it."""
    chosen = item.criterion
    if chosen.catalogue_set is None:
        return label("own", language)
    text = label("source", language, set=chosen.catalogue_set, version=chosen.catalogue_version or "?")
    return f"{text}; {label('edited', language)}" if chosen.edited else text
