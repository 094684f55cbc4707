"""The award scheme as text: amounts as people type them, and the whole scheme in one line (the
criteria tab's summary). Its texts are the dialog's: `QCoreApplication.translate` names the context
"AwardModelDialog" (a plain helper would leave `make translations` to file them under no context,
and Qt would not find them)."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication

from ambitieweb.model.award import is_award, is_weighted, mvi_weight_total, scheme_in_use, scheme_total
from ambitieweb.model.session import Session, WeightUnit
from ambitieweb.text.fill import fill
from ambitieweb.text.labels import format_number

_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")


def parse_amount(text: str) -> float | None:
    """A number as people type it here: '12,5', '12.5', '25.000', '€ 25.000,50'; empty is None.
    Raises ValueError for anything else (negative, not a number, not finite)."""
    value = text.replace("€", "").replace("%", "").replace(" ", "").replace("\u00a0", "").strip()
    if not value:
        return None
    if "," in value:
        value = value.replace(".", "").replace(",", ".")
    elif _THOUSANDS.fullmatch(value):
        value = value.replace(".", "")
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise ValueError(text)
    return number


def scheme_summary(session: Session, language: str) -> str:
    """The whole award scheme in one line: price, other quality, MVI, and their total."""
    if not scheme_in_use(session):
        return QCoreApplication.translate("AwardModelDialog", "Nog geen gunningscriteria of prijs")
    model = session.award_model
    sign = (
        "%"
        if session.weight_unit is WeightUnit.PERCENT
        else " " + QCoreApplication.translate("AwardModelDialog", "punten")
    )

    def shown(value: float | None) -> str:
        return "–" if value is None else format_number(value, language) + sign

    text = fill(
        QCoreApplication.translate("AwardModelDialog", "Prijs %1 + kwaliteit %2 + MVI %3 = %4"),
        shown(model.price_weight),
        shown(sum(q.weight or 0.0 for q in model.quality)),
        shown(mvi_weight_total(session)),
        shown(scheme_total(session)),
    )
    discounts = sum(1 for c in session.criteria if is_award(c) and not is_weighted(c))
    if discounts:
        text += fill(QCoreApplication.translate("AwardModelDialog", "; %1× fictieve korting"), str(discounts))
    return text
