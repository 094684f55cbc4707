"""A project web with an agreed version and a contract on it, for the contract follow-up tests."""

from __future__ import annotations

import datetime as dt
import json

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import CriterionStatus, FollowUpAction, ThemeRealisation
from ambitieweb.model.contract.rules import new_review
from ambitieweb.model.session import Session, Snapshot
from ambitieweb.resources import sessions_dir

CLEANING = "zuiderhaven-schoonmaak-2027.ambitieweb.json"
START = dt.date(2027, 1, 31)


def cleaning_web() -> Session:
    """The cleaning contract's project web (6 themes, 16 criteria, 7 goals)."""
    data = json.loads((sessions_dir() / CLEANING).read_text(encoding="utf-8"))
    return Session.model_validate(data["session"])


def agreed(session: Session | None = None, number: int = 1) -> Snapshot:
    web = session or cleaning_web()
    return web.agree(number, dt.datetime(2026, 11, 2, 10, tzinfo=dt.UTC))


def contract_for(snapshot: Snapshot, **fields: object) -> Contract:
    data: dict[str, object] = {
        "session_id": snapshot.session_id,
        "supplier": "Schoon & Zo B.V.",
        "number": "ZH-2027-014",
        "start": START,
        "end": dt.date(2031, 1, 30),
        "value": 1_850_000.0,
        "manager": "P. de Wit",
        "rhythm_months": 6,
    }
    return Contract.model_validate(data | fields)


HOSTILE = "<b>vet</b> & <img src='/etc/passwd'/> {{x}}\ttab ]]> "


def two_reviews(snapshot: Snapshot, evidence: str = HOSTILE) -> Contract:
    """The cleaning contract after two reviews: the first met criterion 1 and realised klimaat at 1
    (agreed 2); the second judged criterion 1 partly met with `evidence`, measured goal 1 again and
    left one action open."""
    themes = snapshot.session.themes
    first = new_review(snapshot, dt.date(2027, 7, 30))
    first.checks[0] = first.checks[0].model_copy(update={"status": CriterionStatus.MET})
    first.checks[1] = first.checks[1].model_copy(update={"status": CriterionStatus.NOT_MET})
    first.themes = [
        ThemeRealisation(theme_id=e.theme_id, level=1 if i == 0 else int(e.ambition))
        for i, e in enumerate(themes)
    ]
    first.measurements[0] = first.measurements[0].model_copy(update={"value": 60.0})
    first.actions = [FollowUpAction(what="Audit <kleding> & co", owner="P. de Wit", due=dt.date(2027, 10, 1))]
    second = new_review(snapshot, dt.date(2028, 1, 20), first)
    second.checks[0] = second.checks[0].model_copy(
        update={"status": CriterionStatus.PARTLY, "evidence": evidence, "note": "Geen <bewijs>"}
    )
    second.themes = [ThemeRealisation(theme_id=e.theme_id, level=2) for e in themes[:4]]
    second.measurements[0] = second.measurements[0].model_copy(update={"value": 72.5})
    second.participants = "Sanne <i>de Wit</i>"
    second.note = "Notitie met <script>alert(1)</script>"
    return contract_for(snapshot, reviews=[first, second], supplier="Schoon & Zo <B.V.>")
