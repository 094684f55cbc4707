"""The award model of a tender (beste prijs-kwaliteitverhouding): price, the other quality criteria and
the MVI award criteria together, or MVI criteria scored as a fictieve korting; its checks and edits.

Pure: no Qt, no reports. The MVI award criteria are the session's chosen award criteria; price and the
other quality criteria live in ``Session.award_model``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ambitieweb.model.criteria import PLACEHOLDER, CriterionKind
from ambitieweb.model.rules import Finding
from ambitieweb.model.session import (
    AwardModel,
    ChosenCriterion,
    QualityCriterion,
    ScoringMethod,
    Session,
    WeightUnit,
)

WEIGHT_TOLERANCE = 0.01
DISCOUNT_WORDS = "fictieve korting"

# "30 punten", "1.000 punten", "12,5 punten"; "weging van 20%", "weegt 20 procent"
_POINTS = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*punt(?:en)?\b", re.IGNORECASE)
_WEIGHT_NAMED = re.compile(
    r"(?:weging|gewicht|weegt)\D{0,12}?(\d+)(?:,(\d+))?\s*(?:%|procent\b)", re.IGNORECASE
)
_EURO_CAP = re.compile(
    r"(?:ten hoogste|maximaal|hoogstens|maximum van)\s*(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?"
    r"\s*(?:euro\b|€)",
    re.IGNORECASE,
)


def _number(whole: str, fraction: str | None) -> float:
    """A Dutch number: '1.000' is a thousand, '12,5' twelve and a half."""
    return float(whole.replace(".", "") + (f".{fraction}" if fraction else ""))


def _shown(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",").replace(" ", ".")


def is_award(chosen: ChosenCriterion) -> bool:
    return chosen.kind is CriterionKind.AWARD


def is_weighted(chosen: ChosenCriterion) -> bool:
    """An award criterion that counts with a weight (not as a fictieve korting)."""
    return is_award(chosen) and chosen.scoring_method is ScoringMethod.WEIGHT


def mvi_weight_total(session: Session) -> float:
    """The weights of the MVI award criteria that count with a weight."""
    return sum(c.weight or 0.0 for c in session.criteria if is_weighted(c))


def quality_weight_total(session: Session) -> float:
    return sum(q.weight or 0.0 for q in session.award_model.quality)


def scheme_total(session: Session) -> float:
    """Price, other quality and weighted MVI criteria together (a price not yet decided counts 0)."""
    price = session.award_model.price_weight or 0.0
    return price + quality_weight_total(session) + mvi_weight_total(session)


def scheme_in_use(session: Session) -> bool:
    """Whether there is an award scheme to show: MVI award criteria, a price weight or quality criteria."""
    model = session.award_model
    return model.price_weight is not None or bool(model.quality) or any(map(is_award, session.criteria))


def discount_in_text(scoring: str) -> bool:
    return DISCOUNT_WORDS in scoring.casefold()


def suggested_method(scoring: str) -> ScoringMethod:
    """A catalogue scoring text that describes a fictieve korting is scored as one."""
    return ScoringMethod.NOTIONAL_DISCOUNT if discount_in_text(scoring) else ScoringMethod.WEIGHT


@dataclass(frozen=True)
class SchemeLine:
    """One line of the whole award scheme: price, an other quality criterion or an MVI criterion."""

    part: str  # "price", "quality" or "mvi"
    title: str
    weight: float | None
    method: ScoringMethod = ScoringMethod.WEIGHT
    max_discount: float | None = None
    criterion_id: str | None = None  # MVI criteria: the chosen criterion
    theme_id: str | None = None


def scheme_lines(session: Session, order: list[ChosenCriterion] | None = None) -> list[SchemeLine]:
    """The whole award scheme in the order a document shows it: price, other quality, then the MVI
    award criteria (in ``order`` when given, e.g. the documents' numbering)."""
    model = session.award_model
    lines = [SchemeLine("price", "Prijs", model.price_weight)]
    lines += [SchemeLine("quality", q.name, q.weight) for q in model.quality]
    awards = order if order is not None else [c for c in session.criteria if is_award(c)]
    lines += [
        SchemeLine(
            "mvi",
            c.title,
            c.weight if is_weighted(c) else None,
            c.scoring_method,
            c.max_discount,
            c.id,
            c.theme_id,
        )
        for c in awards
    ]
    return lines


# --- checks ------------------------------------------------------------------------------------------


def award_findings(session: Session) -> list[Finding]:
    """What a tender lawyer would point at in the award scheme before it goes out."""
    findings: list[Finding] = []
    awards = [c for c in session.criteria if is_award(c)]
    for chosen in awards:
        findings += _criterion_findings(chosen, session.weight_unit)
    model = session.award_model
    weighted = [c for c in awards if is_weighted(c)]
    if model.price_weight is None and (weighted or model.quality):
        findings.append(
            Finding(
                "award-without-price",
                None,
                "Het gunningsmodel noemt nog geen weging voor de prijs. Bij de beste "
                "prijs-kwaliteitverhouding (art. 2.114 Aanbestedingswet 2012) tellen prijs, overige "
                "kwaliteitscriteria en MVI-criteria samen op; vul 0 in bij een vaste prijs.",
                "The award model has no weight for the price yet. In the best price-quality ratio "
                "(art. 2.114 Dutch Procurement Act 2012) price, other quality criteria and MVI criteria "
                "add up together; enter 0 for a fixed price.",
            )
        )
    for quality in model.quality:
        if quality.weight is None:
            findings.append(
                Finding(
                    "quality-without-weight",
                    None,
                    f"Kwaliteitscriterium '{quality.name}' heeft nog geen weging.",
                    f"Quality criterion '{quality.name}' has no weight yet.",
                )
            )
    # Until the price is decided the total means little: the missing price is the warning then.
    total = scheme_total(session)
    if (
        model.price_weight is not None
        and session.weight_unit is WeightUnit.PERCENT
        and abs(total - 100) > WEIGHT_TOLERANCE
    ):
        parts_nl = (
            f"prijs {_shown(model.price_weight or 0)}%, overige kwaliteit "
            f"{_shown(quality_weight_total(session))}%, MVI {_shown(mvi_weight_total(session))}%"
        )
        parts_en = parts_nl.replace("prijs", "price").replace("overige kwaliteit", "other quality")
        findings.append(
            Finding(
                "weights-not-100",
                None,
                f"De wegingen van het gunningsmodel tellen op tot {_shown(total)}% in plaats van 100% "
                f"({parts_nl}). Criteria met een fictieve korting tellen niet mee.",
                f"The award model's weights add up to {_shown(total)}% instead of 100% ({parts_en}). "
                "Criteria scored as a notional discount do not count.",
            )
        )
    return findings


def _criterion_findings(chosen: ChosenCriterion, unit: WeightUnit) -> list[Finding]:
    title, theme = chosen.title, chosen.theme_id
    scoring = PLACEHOLDER.sub(lambda m: chosen.values.get(m.group(1), "").strip(), chosen.scoring)
    points = [_number(m.group(1), m.group(2)) for m in _POINTS.finditer(scoring)]
    most = max((p for p in points if p > 0), default=None)
    findings: list[Finding] = []
    if chosen.scoring_method is ScoringMethod.NOTIONAL_DISCOUNT:
        if chosen.max_discount is None:
            findings.append(
                Finding(
                    "discount-without-maximum",
                    theme,
                    f"Gunningscriterium '{title}' telt als fictieve korting; vul de maximale korting "
                    "in euro in.",
                    f"Award criterion '{title}' is scored as a notional discount; enter the maximum "
                    "discount in euro.",
                )
            )
        caps = [_number(m.group(1), m.group(2)) for m in _EURO_CAP.finditer(scoring)]
        if (
            chosen.max_discount is not None
            and caps
            and all(abs(c - chosen.max_discount) > WEIGHT_TOLERANCE for c in caps)
        ):
            findings.append(
                Finding(
                    "scoring-contradicts-discount",
                    theme,
                    f"De beoordeling van '{title}' noemt ten hoogste {_shown(caps[0])} euro korting, "
                    f"het gunningsmodel {_shown(chosen.max_discount)} euro. Maak ze gelijk.",
                    f"The scoring of '{title}' names at most {_shown(caps[0])} euro discount, the award "
                    f"model {_shown(chosen.max_discount)} euro. Make them agree.",
                )
            )
        if most is not None and not discount_in_text(scoring):
            findings.append(
                Finding(
                    "scoring-says-points",
                    theme,
                    f"De beoordeling van '{title}' noemt {_shown(most)} punten, maar het criterium telt "
                    "als fictieve korting. Kies een weging of pas de beoordeling aan.",
                    f"The scoring of '{title}' names {_shown(most)} points, but the criterion is scored "
                    "as a notional discount. Choose a weight or change the scoring.",
                )
            )
        return findings
    if chosen.weight is None:
        findings.append(
            Finding(
                "award-without-weight",
                theme,
                f"Gunningscriterium '{title}' heeft nog geen weging.",
                f"Award criterion '{title}' has no weight yet.",
            )
        )
    if discount_in_text(scoring):
        findings.append(
            Finding(
                "scoring-says-discount",
                theme,
                f"De beoordeling van '{title}' beschrijft een fictieve korting, maar het criterium telt "
                "met een weging. Kies fictieve korting of pas de beoordeling aan.",
                f"The scoring of '{title}' describes a notional discount, but the criterion counts with "
                "a weight. Choose notional discount or change the scoring.",
            )
        )
    elif chosen.weight is not None:
        named = [_number(m.group(1), m.group(2)) for m in _WEIGHT_NAMED.finditer(scoring)]
        sign = "%" if unit is WeightUnit.PERCENT else " punten"
        for value, what in ((most, "punten"), (named[0] if named else None, "%")):
            if value is not None and abs(value - chosen.weight) > WEIGHT_TOLERANCE:
                said = f"{_shown(value)}{'%' if what == '%' else ' punten'}"
                findings.append(
                    Finding(
                        "scoring-contradicts-weight",
                        theme,
                        f"De beoordeling van '{title}' noemt {said}, de weging is "
                        f"{_shown(chosen.weight)}{sign}. Zorg dat beoordeling en weging hetzelfde zeggen.",
                        f"The scoring of '{title}' names {said.replace('punten', 'points')}, the weight is "
                        f"{_shown(chosen.weight)}{sign.replace('punten', 'points')}. Make the scoring and "
                        "the weight say the same.",
                    )
                )
                break
    return findings


# --- edits (the GUI's mutations; pure, on the session) -------------------------------------------------


def set_award_model(session: Session, price_weight: float | None, quality: list[QualityCriterion]) -> None:
    session.award_model = AwardModel(price_weight=price_weight, quality=[q.model_copy() for q in quality])


def set_scoring(
    session: Session,
    criterion_id: str,
    method: ScoringMethod,
    weight: float | None,
    max_discount: float | None,
) -> None:
    """How one MVI award criterion counts: with a weight (no maximum discount) or as a fictieve
    korting (no weight)."""
    discount = method is ScoringMethod.NOTIONAL_DISCOUNT
    for chosen in session.criteria:
        if chosen.id == criterion_id and is_award(chosen):
            chosen.scoring_method = method
            chosen.weight = None if discount else weight
            chosen.max_discount = max_discount if discount else None
            return
    raise KeyError(criterion_id)
