"""Stored contract follow-up (issue 18): each operation one transaction; a contract's reviews and their
records are replaced whole on save, guarded by the contract's revision (as action plans are)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, Engine, Table, and_, bindparam, case, delete, func, insert, select, update

from ambitieweb.errors import AmbitiewebError
from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.overview import ContractFacts, ReviewFacts, ThemeState
from ambitieweb.model.contract.parts import CriterionStatus
from ambitieweb.model.session import STORED, utc_now
from ambitieweb.store.contract_tables import (
    CONTRACT_CHILD_TABLES,
    REVIEW_LISTS,
    contract_reviews,
    contracts,
    review_actions,
    review_checks,
    review_themes,
)
from ambitieweb.store.tables import sessions, snapshots

# Agreed levels per snapshot id, read from its payload once: a snapshot never changes (and ids are
# unique), so this holds across databases. Bounded: cleared when it grows past AGREED_CACHE.
AGREED_CACHE = 20_000
_agreed: dict[str, dict[str, int]] = {}


def agreed_levels(conn: Connection, snapshot_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    """Per snapshot id (those that exist) the agreed level of each theme, in the web's order."""
    wanted = set(snapshot_ids)
    missing = [sid for sid in wanted if sid not in _agreed]
    if len(_agreed) + len(missing) > AGREED_CACHE:
        _agreed.clear()
        missing = list(wanted)
    for start in range(0, len(missing), 500):  # within every database's limit on bound parameters
        query = select(snapshots.c.id, snapshots.c.payload).where(
            snapshots.c.id.in_(missing[start : start + 500])
        )
        for sid, payload in conn.execute(query):
            themes = json.loads(payload).get("themes", [])
            _agreed[sid] = {str(t["theme_id"]): int(t.get("ambition", 0)) for t in themes}
    return {sid: _agreed[sid] for sid in wanted if sid in _agreed}


class ContractNotFoundError(AmbitiewebError):
    def __init__(self, contract_id: str) -> None:
        super().__init__(
            f"Contractopvolging {contract_id} bestaat niet (meer) in deze database.",
            f"Contract follow-up {contract_id} does not exist in this database (any more).",
        )


class StaleContractError(AmbitiewebError):
    def __init__(self, supplier: str) -> None:
        super().__init__(
            f"De contractopvolging ({supplier or 'zonder leverancier'}) is intussen elders gewijzigd. Uw "
            "wijziging is niet over die van een ander heen opgeslagen; open haar opnieuw.",
            f"The contract follow-up ({supplier or 'without a supplier'}) was changed elsewhere in the "
            "meantime. Your change was not saved over someone else's; open it again.",
        )


class DuplicateContractError(AmbitiewebError):
    def __init__(self) -> None:
        super().__init__(
            "Dit projectweb heeft al een contractopvolging.",
            "This project web already has a contract follow-up.",
        )


# Model field -> column where they differ ("end" is a word of SQL).
_RENAMED = {"start": "start_date", "end": "end_date"}
_FIELDS = (
    "id",
    "session_id",
    "supplier",
    "number",
    "start",
    "end",
    "value",
    "manager",
    "rhythm_months",
    "revision",
    "created_at",
    "updated_at",
)
_OWN = {"contract_id", "position", "review_id"}
_UPDATE = update(contracts).where(
    and_(contracts.c.id == bindparam("owner"), contracts.c.revision == bindparam("loaded"))
)
_DELETE = tuple(delete(t).where(t.c.contract_id == bindparam("owner")) for t in CONTRACT_CHILD_TABLES)


def _row(contract: Contract) -> dict[str, Any]:
    data = contract.model_dump(include=set(_FIELDS))
    return {_RENAMED.get(k, k): v for k, v in data.items()}


def _fields(table: Table) -> list[str]:
    return _FIELDS_OF[table]


_FIELDS_OF = {t: [c.name for c in t.columns if c.name not in _OWN] for t in CONTRACT_CHILD_TABLES}


def _child_rows(contract: Contract) -> dict[Table, list[dict[str, Any]]]:
    owner = contract.id
    rows: dict[Table, list[dict[str, Any]]] = {t: [] for t in CONTRACT_CHILD_TABLES}
    for position, review in enumerate(contract.reviews):
        head = review.model_dump(include=set(_fields(contract_reviews)))
        rows[contract_reviews].append({"contract_id": owner, "position": position, **head})
        for table, name in REVIEW_LISTS.items():
            rows[table].extend(
                {"contract_id": owner, "review_id": review.id, "position": i, **item.model_dump()}
                for i, item in enumerate(getattr(review, name))
            )
    return rows


def _assemble(heads: Iterable[Any], children: dict[Table, list[Any]]) -> list[Contract]:
    """Contracts from their rows and the rows of their reviews (any number of contracts at once)."""
    reviews: dict[str, list[dict[str, Any]]] = defaultdict(list)
    lists: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for table, name in REVIEW_LISTS.items():
        for row in children[table]:
            lists[row["contract_id"], row["review_id"], name].append({k: row[k] for k in _fields(table)})
    for row in children[contract_reviews]:
        review = {k: row[k] for k in _fields(contract_reviews)}
        for name in REVIEW_LISTS.values():
            review[name] = lists.get((row["contract_id"], row["id"], name), [])
        reviews[row["contract_id"]].append(review)
    found = []
    for head in heads:
        data = {k: head[_RENAMED.get(k, k)] for k in _FIELDS} | {"reviews": reviews.get(head["id"], [])}
        found.append(Contract.model_validate(data, context={STORED: True}))
    return found


class ContractRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _read(self, conn: Connection, where: Any = None) -> list[Contract]:
        heads = select(contracts).order_by(contracts.c.created_at, contracts.c.id)
        owners = None if where is None else select(contracts.c.id).where(where)
        children: dict[Table, list[Any]] = {}
        for table in CONTRACT_CHILD_TABLES:
            query = select(table).order_by(table.c.contract_id, *_order(table))
            if owners is not None:
                query = query.where(table.c.contract_id.in_(owners))
            children[table] = list(conn.execute(query).mappings())
        if where is not None:
            heads = heads.where(where)
        return _assemble(conn.execute(heads).mappings(), children)

    def for_session(self, session_id: str) -> Contract | None:
        """The contract follow-up of a project web, if it has one."""
        with self.engine.connect() as conn:
            found = self._read(conn, contracts.c.session_id == session_id)
        return found[0] if found else None

    def get(self, contract_id: str) -> Contract:
        with self.engine.connect() as conn:
            found = self._read(conn, contracts.c.id == contract_id)
        if not found:
            raise ContractNotFoundError(contract_id)
        return found[0]

    def all_contracts(self) -> list[Contract]:
        """Every contract with its reviews: one query per table, not per contract."""
        with self.engine.connect() as conn:
            return self._read(conn)

    def for_overview(self) -> list[ContractFacts]:
        """What the overview needs of every contract, counted in the database: four queries, no whole
        contracts (200 of them with four reviews each took 0.5-1.3 s to read whole)."""
        met = func.sum(case((review_checks.c.status == CriterionStatus.MET.value, 1), else_=0))
        judged = func.sum(case((review_checks.c.status != CriterionStatus.NOT_YET.value, 1), else_=0))
        checks = select(review_checks.c.contract_id, review_checks.c.review_id, met, judged).group_by(
            review_checks.c.contract_id, review_checks.c.review_id
        )
        still_open = func.sum(case((review_actions.c.done.is_(False), 1), else_=0))
        actions = select(review_actions.c.contract_id, review_actions.c.review_id, still_open).group_by(
            review_actions.c.contract_id, review_actions.c.review_id
        )
        reviews = select(
            contract_reviews.c.contract_id,
            contract_reviews.c.id,
            contract_reviews.c.date,
            contract_reviews.c.created_at,
            contract_reviews.c.snapshot_id,
        ).order_by(contract_reviews.c.contract_id, contract_reviews.c.position)
        realised = select(
            review_themes.c.contract_id,
            review_themes.c.review_id,
            review_themes.c.theme_id,
            review_themes.c.level,
        )
        heads = select(
            contracts.c.id,
            contracts.c.session_id,
            contracts.c.supplier,
            contracts.c.manager,
            contracts.c.start_date,
            contracts.c.end_date,
            contracts.c.rhythm_months,
        ).order_by(contracts.c.created_at, contracts.c.id)
        with self.engine.connect() as conn:
            counted = {(o, r): (int(m or 0), int(j or 0)) for o, r, m, j in conn.execute(checks)}
            open_ = {(o, r): int(n or 0) for o, r, n in conn.execute(actions)}
            by_contract: dict[str, list[ReviewFacts]] = defaultdict(list)
            checked: dict[tuple[str, int], tuple[str, str]] = {}  # (contract, index) -> (review, snapshot)
            for owner, review_id, date, created_at, snapshot_id in conn.execute(reviews):
                m, j = counted.get((owner, review_id), (0, 0))
                checked[owner, len(by_contract[owner])] = (review_id, snapshot_id)
                by_contract[owner].append(
                    ReviewFacts(date, created_at, m, j, open_.get((owner, review_id), 0))
                )
            self._last_themes(conn, by_contract, checked, realised)
            return [
                ContractFacts(
                    cid, sid, supplier, manager, start, end, rhythm, tuple(by_contract.get(cid, ()))
                )
                for cid, sid, supplier, manager, start, end, rhythm in conn.execute(heads)
            ]

    @staticmethod
    def _last_themes(
        conn: Connection,
        by_contract: dict[str, list[ReviewFacts]],
        checked: dict[tuple[str, int], tuple[str, str]],
        realised: Any,
    ) -> None:
        """Give each contract's last review its themes: agreed (from the version it checked) against
        realised."""
        last = {owner: _latest(facts) for owner, facts in by_contract.items()}
        wanted = {(owner, checked[owner, index][0]): index for owner, index in last.items()}
        agreed = agreed_levels(conn, {checked[owner, index][1] for owner, index in last.items()})
        levels: dict[tuple[str, str], dict[str, int | None]] = defaultdict(dict)
        for owner, review_id, theme_id, level in conn.execute(realised):
            if (owner, review_id) in wanted:
                levels[owner, review_id][theme_id] = level
        for (owner, review_id), index in wanted.items():
            themes = agreed.get(checked[owner, index][1])
            if themes is not None:
                found = levels.get((owner, review_id), {})
                states = tuple(ThemeState(t, level, found.get(t)) for t, level in themes.items())
                by_contract[owner][index] = replace(by_contract[owner][index], themes=states)

    def web_titles(self) -> dict[str, str]:
        """The title of every web that has a contract follow-up (for the overview)."""
        query = select(sessions.c.id, sessions.c.title).join(
            contracts, contracts.c.session_id == sessions.c.id
        )
        with self.engine.connect() as conn:
            return {session_id: title for session_id, title in conn.execute(query)}

    def create(self, contract: Contract) -> Contract:
        with self.engine.begin() as conn:
            taken = select(contracts.c.id).where(
                (contracts.c.session_id == contract.session_id) | (contracts.c.id == contract.id)
            )
            if conn.execute(taken).first():
                raise DuplicateContractError()
            conn.execute(insert(contracts), [_row(contract)])
            _write_children(conn, contract)
        return contract

    def save(self, contract: Contract) -> Contract:
        """Write the whole contract if nobody saved it since it was loaded; bumps its revision."""
        now = max(utc_now(), contract.updated_at)
        row = _row(contract) | {"revision": contract.revision + 1, "updated_at": now}
        del row["id"]
        with self.engine.begin() as conn:
            result = conn.execute(_UPDATE, row | {"owner": contract.id, "loaded": contract.revision})
            if result.rowcount == 0:
                if conn.execute(select(contracts.c.id).where(contracts.c.id == contract.id)).first():
                    raise StaleContractError(contract.supplier)
                raise ContractNotFoundError(contract.id)
            for statement in _DELETE:
                conn.execute(statement, {"owner": contract.id})
            _write_children(conn, contract)
        contract.revision += 1
        contract.updated_at = now
        return contract

    def delete(self, contract_id: str) -> None:
        with self.engine.begin() as conn:
            if conn.execute(delete(contracts).where(contracts.c.id == contract_id)).rowcount == 0:
                raise ContractNotFoundError(contract_id)


def _latest(facts: list[ReviewFacts]) -> int:
    """The place of the last review (by date, then as held), as `ContractFacts.last` picks it."""
    return max(range(len(facts)), key=lambda i: (facts[i].date, facts[i].created_at))


def _order(table: Table) -> list[Any]:
    return [table.c.position] if table is contract_reviews else [table.c.review_id, table.c.position]


def _write_children(conn: Connection, contract: Contract) -> None:
    for table, rows in _child_rows(contract).items():
        if rows:
            conn.execute(insert(table), rows)
