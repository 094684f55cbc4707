"""Validation problems as sentences a user reads: Dutch (default) or English, naming the field.

pydantic's own messages are English and name fields by their code names; the plan's forms and files
say which field is wrong in the user's language ("Geschatte waarde (€): mag niet negatief zijn").
Our own checks raise `ProblemError`, a ValueError that carries both languages.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ambitieweb.model.validation_text import sentence


class ProblemError(ValueError):
    """A check that failed, in both languages (pydantic keeps it as the error's ``ctx['error']``)."""

    def __init__(self, nl: str, en: str) -> None:
        super().__init__(en)
        self.nl = nl
        self.en = en

    def text(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl


# Field code name -> (Dutch, English) as the forms call it.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Titel", "Title"),
    "organisation": ("Organisatie", "Organisation"),
    "start_year": ("Beginjaar", "Start year"),
    "end_year": ("Eindjaar", "End year"),
    "focus_limit": ("Hoogstens focusthema's", "Focus themes at most"),
    "framework_id": ("Kader", "Framework"),
    "web_ids": ("Ambitiewebs", "Webs"),
    "categories": ("Inkoopcategorieën", "Purchasing categories"),
    "name": ("Naam", "Name"),
    "product_group": ("Productgroep", "Product group"),
    "yearly_spend": ("Inkoopvolume per jaar (€)", "Yearly spend (€)"),
    "contracts": ("Aantal contracten", "Number of contracts"),
    "impact": ("Impact", "Impact"),
    "focus": ("Focusthema's", "Focus themes"),
    "theme_id": ("Thema", "Theme"),
    "reason": ("Reden", "Reason"),
    "ambition": ("Ambitie", "Ambition"),
    "goals": ("Doelen", "Goals"),
    "type": ("Soort doel", "Goal type"),
    "indicator": ("Indicator", "Indicator"),
    "baseline": ("Nulmeting", "Baseline"),
    "target": ("Streefwaarde", "Target"),
    "unit": ("Eenheid", "Unit"),
    "year": ("Jaar", "Year"),
    "owner": ("Eigenaar", "Owner"),
    "realised": ("Gerealiseerd", "Realised"),
    "tenders": ("Kansrijke aanbestedingen", "Promising tenders"),
    "category": ("Categorie", "Category"),
    "estimated_value": ("Geschatte waarde (€)", "Estimated value (€)"),
    "kind": ("Soort", "Kind"),
    "publication_year": ("Publicatiejaar", "Publication year"),
    "publication_quarter": ("Publicatiekwartaal", "Publication quarter"),
    "duration_months": ("Looptijd (maanden)", "Duration (months)"),
    "department": ("Afdeling", "Department"),
    "client": ("Opdrachtgever", "Client"),
    "themes": ("Thema's en niveaus", "Themes and levels"),
    "level": ("Niveau", "Level"),
    "web_id": ("Projectweb", "Project web"),
    "award_share": ("MVI in de gunning (%)", "MVI in the award (%)"),
    "rules": ("Beleidsregels", "Policy rules"),
    "enabled": ("Aan", "On"),
    "min_value": ("Vanaf waarde (€)", "From value (€)"),
    "min_months": ("Vanaf looptijd (maanden)", "From duration (months)"),
    "kinds": ("Soorten opdracht", "Kinds of contract"),
    "target_percent": ("Doel (%)", "Target (%)"),
    "min_level": ("Vanaf niveau", "From level"),
    "actions": ("Jaarplanning", "Year plan"),
    "what": ("Actie", "Action"),
    "quarter": ("Kwartaal", "Quarter"),
    "status": ("Status", "Status"),
    "goal_id": ("Doel", "Goal"),
    "plan": ("Actieplan", "Action plan"),
    "webs": ("Ambitiewebs", "Webs"),
}


def field_label(name: str, language: str = "nl") -> str:
    pair = FIELD_LABELS.get(name)
    if pair is None:
        return name
    return pair[1] if language == "en" else pair[0]


def field_path(loc: Sequence[int | str]) -> str:
    """('tenders', 2, 'estimated_value') -> 'tenders[2].estimated_value'."""
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def describe(error: ErrorDetails, language: str = "nl", with_path: bool = False) -> str:
    """One error as 'Label: what is wrong'; with the path for files ('tenders[2].kind (Soort): ...')."""
    loc = error["loc"]
    # The last part that is a field names it; string parts after it are keys (impact.klimaat).
    at = max((i for i, part in enumerate(loc) if isinstance(part, str) and part in FIELD_LABELS), default=-1)
    name = field_label(str(loc[at]), language) if at >= 0 else ""
    keys = [str(part) for part in loc[at + 1 :] if isinstance(part, str)]
    if name and keys:
        name = f"{name} ({', '.join(keys)})"
    what = sentence(error, language)  # a ProblemError says itself what is wrong, in both languages
    if with_path and loc:
        where = field_path(loc)
        return f"{where} ({name}): {what}" if name else f"{where}: {what}"
    return f"{name}: {what}" if name else what[:1].upper() + what[1:]


def describe_all(exc: ValidationError, language: str = "nl", with_path: bool = False, limit: int = 10) -> str:
    """The first `limit` errors, one per line, and how many more there are."""
    lines = [describe(e, language, with_path) for e in exc.errors()[:limit]]
    more = exc.error_count() - len(lines)
    if more > 0:
        lines.append(f"(+{more} more)" if language == "en" else f"(+{more} meer)")
    return "\n".join(lines)
