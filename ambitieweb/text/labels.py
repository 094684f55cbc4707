"""The words in the documents, Dutch first, and how dates and numbers are written."""

from __future__ import annotations

import datetime as dt

from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.session import WeightUnit

# key: (Dutch, English)
_TEXTS: dict[str, tuple[str, str]] = {
    "ambitiedocument": ("Ambitiedocument", "Ambition document"),
    "bestekteksten": ("Bestekteksten", "Tender texts"),
    "ambitiekaart": ("Ambitiekaart", "Ambition card"),
    "organisation": ("Organisatie", "Organisation"),
    "subject": ("Onderwerp", "Subject"),
    "kind": ("Soort", "Kind"),
    "session_date": ("Datum sessie", "Session date"),
    "facilitator": ("Begeleiding", "Facilitator"),
    "framework": ("Kader", "Framework"),
    "status": ("Status", "Status"),
    "draft": ("concept, nog niet vastgesteld", "draft, not yet agreed"),
    "agreed": ("vastgesteld", "agreed"),
    "agreed_version": ("vastgesteld op {date} (versie {number})", "agreed on {date} (version {number})"),
    "page": ("pagina {page} van ", "page {page} of "),
    "framework_value": ("{title}, versie {version} ({id})", "{title}, version {version} ({id})"),
    "footer_framework": ("kader {id} versie {version}", "framework {id} version {version}"),
    "overview": ("Overzicht", "Overview"),
    "themes": ("Thema's", "Themes"),
    "theme": ("Thema", "Theme"),
    "current": ("Huidige situatie", "Current situation"),
    "current_short": ("Nu", "Now"),
    "ambition": ("Ambitie", "Ambition"),
    "generic": ("Generiek web", "Generic web"),
    "focus": ("focus", "focus"),
    "focus_theme": ("focusthema", "focus theme"),
    "level_meaning": ("Wat dit niveau inhoudt", "What this level means"),
    "rationale": ("Onderbouwing", "Rationale"),
    "no_rationale": ("Er is geen onderbouwing vastgelegd.", "No rationale was recorded."),
    "goals": ("Doelen", "Goals"),
    "indicator": ("Indicator", "Indicator"),
    "baseline_target": ("Nu → doel", "Now → target"),
    "year": ("Jaar", "Year"),
    "measures": ("Maatregelen", "Measures"),
    "measure": ("Maatregel", "Measure"),
    "owner": ("Wie", "Owner"),
    "when": ("Wanneer", "When"),
    "participants": ("Deelnemers", "Participants"),
    "no_participants": ("Er zijn geen deelnemers vastgelegd.", "No participants were recorded."),
    "name": ("Naam", "Name"),
    "role": ("Rol", "Role"),
    "org_function": ("Organisatie en functie", "Organisation and function"),
    "verification": ("Bewijsmiddel", "Verification"),
    "weight": ("Weging", "Weight"),
    "scoring": ("Beoordeling", "Scoring"),
    "total": ("Totaal", "Total"),
    "price": ("Prijs", "Price"),
    "legal_basis": ("Grondslag", "Legal basis"),
    "buyer_notes": ("Bijlage: Toelichting voor de inkoper", "Appendix: Notes for the buyer"),
    "buyer_notes_intro": (
        "Deze bijlage is voor de inkoper en hoort niet in de aanbestedingsstukken. Per criterium: "
        "waar het op let, wanneer het past en hoe het proportioneel blijft.",
        "This appendix is for the buyer and does not belong in the tender documents. Per criterion: "
        "what to watch, when it fits and how it stays proportionate.",
    ),
    "no_guidance": (
        "Eigen criterium: de catalogus heeft er geen toelichting bij.",
        "Own criterion: the catalogue has no notes for it.",
    ),
    "no_library_guidance": (
        "Uit de eigen bibliotheek: het criterium staat er niet (meer) in, dus er is geen toelichting bij.",
        "From the own library: the criterion is not (or no longer) in it, so there are no notes for it.",
    ),
    "price_part": ("prijs", "price"),
    "other_quality": ("overige kwaliteit", "other quality"),
    "not_decided": ("nog te bepalen", "not decided yet"),
    "notional_discount": ("fictieve korting", "notional discount"),
    "notional_discount_max": (
        "fictieve korting, ten hoogste € {amount}",
        "notional discount, at most € {amount}",
    ),
    "award_scheme": ("Gunningsmodel", "Award scheme"),
    "award_scheme_note": (
        "Beste prijs-kwaliteitverhouding: prijs, overige kwaliteitscriteria en MVI-criteria samen. "
        "Een fictieve korting wordt afgetrokken van de inschrijvingsprijs en telt alleen voor de "
        "beoordeling; zij wordt niet uitbetaald.",
        "Best price-quality ratio: price, other quality criteria and MVI criteria together. A notional "
        "discount is subtracted from the bid price for the evaluation only; it is not paid out.",
    ),
    "number": ("Nr.", "No."),
    "warnings": ("Controleer vóór publicatie", "Check before publishing"),
    "no_criteria": (
        "Voor dit ambitieweb zijn nog geen criteria gekozen.",
        "No criteria have been chosen for this web yet.",
    ),
    "numbering": (
        "Nummering: G = geschiktheidseis, E = minimumeis, W = gunningscriterium (wens), "
        "C = contractbepaling. Tekst tussen [haken] moet nog worden ingevuld.",
        "Numbering: G = selection criterion, E = requirement, W = award criterion, "
        "C = contract clause. Text in [brackets] is still to be filled in.",
    ),
    "source": ("Bron: catalogus {set} versie {version}", "Source: catalogue {set} version {version}"),
    "edited": ("tekst aangepast voor deze aanbesteding", "text edited for this tender"),
    "own": ("eigen criterium", "own criterion"),
    "agreed_levels": ("Afgesproken niveaus", "Agreed levels"),
    "key_criteria": ("Belangrijkste criteria", "Key criteria"),
    "criterion": ("Criterium", "Criterion"),
    "no_key_criteria": (
        "Geen gunningscriteria of contractbepalingen gekozen.",
        "No award criteria or contract clauses chosen.",
    ),
    "no_goals": ("Er zijn geen doelen vastgelegd.", "No goals were recorded."),
    "checklist": ("Checklist voor de contractmanager", "Checklist for the contract manager"),
    "checklist_intro": (
        "Alle bindende criteria van dit projectweb: de minimumeisen, de contractbepalingen en wat de "
        "opdrachtnemer op elk gunningscriterium heeft toegezegd. Vink af wat is nagekomen en noteer wat "
        "opvalt; de volledige teksten staan in de bestekteksten onder hetzelfde nummer.",
        "Every binding criterion of this project web: the requirements, the contract clauses and what the "
        "supplier promised on each award criterion. Tick what was kept and note what stands out; the full "
        "texts are in the tender texts under the same number.",
    ),
    "contract": ("Contract", "Contract"),
    "contract_number": ("Contractnummer", "Contract number"),
    "supplier": ("Opdrachtnemer", "Supplier"),
    "contract_start": ("Startdatum", "Start date"),
    "contract_end": ("Einddatum", "End date"),
    "contract_manager": ("Contractmanager", "Contract manager"),
    "not_recorded": ("niet vastgelegd", "not recorded"),
    "no_contract": (
        "Voor dit projectweb zijn geen contractgegevens vastgelegd. Leg ze vast in Sessie › "
        "Contractopvolging en druk de kaart opnieuw af.",
        "No contract data has been recorded for this project web. Record it in Session › Contract "
        "follow-up and print the card again.",
    ),
    "no_contract_short": (
        "Contract: geen contractgegevens vastgelegd",
        "Contract: no contract data recorded",
    ),
    "contract_empty": (
        "Contract: contractopvolging aangemaakt, gegevens nog niet ingevuld",
        "Contract: contract follow-up created, data not filled in yet",
    ),
    "no_binding": (
        "Er zijn geen minimumeisen, gunningscriteria of contractbepalingen gekozen: niets af te vinken.",
        "No requirements, award criteria or contract clauses were chosen: nothing to tick.",
    ),
    "binding_criteria": ("Bindende criteria", "Binding criteria"),
    "check_box": ("Ok", "OK"),
    "kind_basis": ("Soort en grondslag", "Kind and legal basis"),
    "agreement": ("Afspraak", "Agreement"),
    "remark": ("Opmerking", "Remark"),
    "promised": ("Toegezegd in de inschrijving", "Promised in the bid"),
    "promised_missing": (
        "nog niet vastgelegd: overnemen uit de inschrijving",
        "not recorded yet: copy it from the bid",
    ),
    "no_verification": ("geen bewijsmiddel genoemd", "no verification named"),
    "shortened": (
        "… (ingekort: nog {count} tekens, zie de contractopvolging of de bestekteksten)",
        "… (shortened: {count} more characters, see the contract follow-up or the tender texts)",
    ),
    "more": ("… en {count} meer", "… and {count} more"),
    "votes": ("Stemmen ({count})", "Votes ({count})"),
    "median": ("mediaan {level}", "median {level}"),
    "median_between": ("mediaan tussen {low} en {high}", "median between {low} and {high}"),
    "spread_none": ("iedereen koos hetzelfde", "everyone chose the same"),
    "spread_one": ("spreiding 1 niveau", "spread 1 level"),
    "spread_many": ("spreiding {count} niveaus", "spread {count} levels"),
    "votes_by": ("Per deelnemer", "By participant"),
    "anonymous": ("{count} anoniem", "{count} anonymous"),
}

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "en": "January February March April May June July August September October November December",
}

_KIND_PLURALS: dict[CriterionKind, tuple[str, str]] = {
    CriterionKind.SELECTION: ("Geschiktheidseisen", "Selection criteria"),
    CriterionKind.REQUIREMENT: ("Minimumeisen", "Requirements"),
    CriterionKind.AWARD: ("Gunningscriteria", "Award criteria"),
    CriterionKind.CONTRACT_CLAUSE: ("Contractbepalingen", "Contract clauses"),
}


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def label(key: str, language: str = "nl", **values: object) -> str:
    return _pick(_TEXTS[key], language).format(**values)


def sentence(text: str) -> str:
    """First letter upper case, the rest as written (str.capitalize would lower 'October')."""
    return text[:1].upper() + text[1:]


def kind_plural(kind: CriterionKind, language: str = "nl") -> str:
    return _pick(_KIND_PLURALS[kind], language)


def level_text(level: Level, language: str = "nl") -> str:
    """'2 significant'; 'niet bepaald' without a number."""
    return level.label(language) if level is Level.UNSET else f"{int(level)} {level.label(language)}"


def format_date(value: dt.date | None, language: str = "nl") -> str:
    if value is None:
        return "–"
    month = _MONTHS["en" if language == "en" else "nl"].split()[value.month - 1]
    return f"{value.day} {month} {value.year}"


def format_number(value: float | None, language: str = "nl") -> str:
    """12.5 -> '12,5' in Dutch; whole numbers without decimals."""
    if value is None:
        return "–"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if language == "en":
        return text
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def format_weight(weight: float | None, unit: WeightUnit, language: str = "nl") -> str:
    if weight is None:
        return "–"
    if unit is WeightUnit.PERCENT:
        return f"{format_number(weight, language)}%"
    return f"{format_number(weight, language)} {'points' if language == 'en' else 'punten'}"
