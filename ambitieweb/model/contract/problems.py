"""Contract validation problems as sentences that name the field, in Dutch (default) or English."""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ambitieweb.model.validation_text import sentence

# Field code name -> (Dutch, English) as the contract's forms call it.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "supplier": ("Leverancier", "Supplier"),
    "number": ("Contractnummer", "Contract number"),
    "start": ("Startdatum", "Start date"),
    "end": ("Einddatum", "End date"),
    "value": ("Waarde", "Value"),
    "manager": ("Contractmanager", "Contract manager"),
    "rhythm_months": ("Ritme (maanden)", "Rhythm (months)"),
    "reviews": ("Voortgangsgesprekken", "Reviews"),
    "date": ("Datum", "Date"),
    "participants": ("Deelnemers", "Participants"),
    "note": ("Toelichting", "Note"),
    "checks": ("Criteria", "Criteria"),
    "status": ("Status", "Status"),
    "promised": ("Toegezegd in de inschrijving", "Promised in the bid"),
    "evidence": ("Bewijs ontvangen", "Evidence received"),
    "measurements": ("Doelen", "Goals"),
    "unit": ("Eenheid", "Unit"),
    "themes": ("Thema's", "Themes"),
    "level": ("Gerealiseerd niveau", "Realised level"),
    "actions": ("Vervolgacties", "Follow-up actions"),
    "what": ("Actie", "Action"),
    "owner": ("Eigenaar", "Owner"),
    "due": ("Uiterlijk", "Due"),
    "done": ("Gedaan", "Done"),
}
# Fields whose value is named by the last label before them (a review's value is a measured value).
_IN_MEASUREMENT = ("Gemeten waarde", "Measured value")


def field_label(name: str, language: str = "nl") -> str:
    pair = FIELD_LABELS.get(name)
    if pair is None:
        return name
    return pair[1] if language == "en" else pair[0]


def describe(error: ErrorDetails, language: str = "nl") -> str:
    """'Waarde: mag niet negatief zijn'; in a review 'Voortgangsgesprek 2, Gemeten waarde: ...'."""
    loc = error["loc"]
    names = [p for p in loc if isinstance(p, str) and p in FIELD_LABELS]
    label = field_label(names[-1], language) if names else ""
    if "measurements" in loc and loc[-1] == "value":
        label = _IN_MEASUREMENT[1] if language == "en" else _IN_MEASUREMENT[0]
    if "reviews" in loc and len(loc) > 2 and isinstance(loc[1], int):  # within a review, not the review
        where = ("Review" if language == "en" else "Voortgangsgesprek") + f" {loc[1] + 1}"
        label = f"{where}, {label}" if label else where
    what = sentence(error, language)  # a ProblemError says itself what is wrong, in both languages
    return f"{label}: {what}" if label else what[:1].upper() + what[1:]


def describe_all(exc: ValidationError, language: str = "nl", limit: int = 10) -> str:
    lines = [describe(e, language) for e in exc.errors()[:limit]]
    more = exc.error_count() - len(lines)
    if more > 0:
        lines.append(f"(+{more} more)" if language == "en" else f"(+{more} meer)")
    return "\n".join(lines)
