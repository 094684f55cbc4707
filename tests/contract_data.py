"""A project web with an agreed version and a contract on it, for the contract follow-up tests."""

from __future__ import annotations

import datetime as dt
import json

from ambitieweb.model.contract.contract import Contract
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
