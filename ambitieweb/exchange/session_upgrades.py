"""The session file's upgrade steps: UPGRADES[n] turns a format n document into format n + 1. They run
on the raw JSON before validation (`sessionfile.upgrade`), so each step only needs to know its own two
versions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ambitieweb.exchange.carried import own_frameworks_and_generic_web
from ambitieweb.exchange.carried_contract import contract_follow_up
from ambitieweb.model.legacy_ids import fill_session_ids

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]


def _participant_ids(data: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: participants get ids (votes refer to them); stable, the same person keeps one id."""
    fill_session_ids(data.get("session"), data.get("snapshots", []))
    return data


def _product_group_and_scope(data: dict[str, Any]) -> dict[str, Any]:
    """2 -> 3: a session names its product group (older files had none: "anders") and what it speaks
    for (webs made before that speak for the whole organisation)."""
    snapshots = data.get("snapshots")
    sessions = [data.get("session")]
    if isinstance(snapshots, list):
        sessions += [s.get("session") for s in snapshots if isinstance(s, dict)]
    for session in sessions:
        if isinstance(session, dict):  # anything else is left for validation to report
            session.setdefault("product_group", None)
            session.setdefault("scope", "organisation")
    return data


def _award_model(data: dict[str, Any]) -> dict[str, Any]:
    """3 -> 4: the award model (price and other quality criteria, nothing decided in older files) and,
    per criterion, how it counts (with a weight, as every award criterion counted before)."""
    for session in _sessions_in(data):
        session.setdefault("award_model", {"price_weight": None, "quality": []})
        criteria = session.get("criteria")
        for criterion in criteria if isinstance(criteria, list) else []:
            if isinstance(criterion, dict):
                criterion.setdefault("scoring_method", "weight")
                criterion.setdefault("max_discount", None)
    return data


def _sessions_in(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The session and the agreed versions' sessions that are objects (the rest is left for
    validation to report)."""
    snapshots = data.get("snapshots")
    sessions = [data.get("session")]
    if isinstance(snapshots, list):
        sessions += [s.get("session") for s in snapshots if isinstance(s, dict)]
    return [s for s in sessions if isinstance(s, dict)]


UPGRADES: dict[int, Upgrade] = {
    1: _participant_ids,
    2: _product_group_and_scope,
    3: _award_model,
    4: own_frameworks_and_generic_web,  # what a session needs travels with it
    5: contract_follow_up,  # and its contract follow-up (issue 18)
}
