"""Stored action plans: each operation one transaction; a plan's lists are replaced whole on save.

Also what a plan needs of the sessions: the facts of many webs at once (`web_facts`, three queries,
no whole sessions) and which plans refer to a web (asked before that web is deleted).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Engine,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from ambitieweb.errors import AmbitiewebError
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.webs import CriterionFact, WebFacts
from ambitieweb.model.session import STORED, SessionKind, SessionScope, SessionStatus, WeightUnit, utc_now
from ambitieweb.store.plan_tables import (
    PLAN_CHILD_TABLES,
    plan_actions,
    plan_categories,
    plan_focus,
    plan_goals,
    plan_rules,
    plan_tenders,
    plan_webs,
    plans,
)
from ambitieweb.store.tables import criteria, sessions, theme_entries


class PlanNotFoundError(AmbitiewebError):
    def __init__(self, plan_id: str) -> None:
        super().__init__(
            f"Actieplan {plan_id} bestaat niet (meer) in deze database.",
            f"Action plan {plan_id} does not exist in this database (any more).",
        )


class StalePlanError(AmbitiewebError):
    def __init__(self, title: str) -> None:
        super().__init__(
            f"Actieplan '{title}' is intussen elders gewijzigd. Uw wijziging is niet over die van een ander "
            "heen opgeslagen; open het plan opnieuw.",
            f"Action plan '{title}' was changed elsewhere in the meantime. Your change was not saved over "
            "someone else's; open the plan again.",
        )


class DuplicatePlanError(AmbitiewebError):
    def __init__(self, title: str) -> None:
        super().__init__(
            f"Actieplan '{title}' staat al in de database.",
            f"Action plan '{title}' is already in the database.",
        )


@dataclass(frozen=True, slots=True)
class PlanSummary:
    id: str
    title: str
    organisation: str
    start_year: int
    end_year: int
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PlanUse:
    """A plan that refers to a web: as one of its webs, or as a tender's project web."""

    plan_id: str
    plan_title: str
    tender_title: str | None  # None: one of the webs the plan draws on

    def text(self, language: str = "nl") -> str:
        if self.tender_title is None:
            return (
                f"actieplan '{self.plan_title}'" if language != "en" else f"action plan '{self.plan_title}'"
            )
        if language == "en":
            return f"action plan '{self.plan_title}', tender '{self.tender_title}'"
        return f"actieplan '{self.plan_title}', aanbesteding '{self.tender_title}'"


PLAN_COLUMNS = (
    "id",
    "title",
    "organisation",
    "start_year",
    "end_year",
    "framework_id",
    "framework_version",
    "focus_limit",
    "revision",
    "created_at",
    "updated_at",
)
_OWN = ("plan_id", "position")


def _columns(table: Table) -> tuple[str, ...]:
    """The columns that hold a record's fields (not the plan, the order or a row number)."""
    own = (*_OWN, "id") if table is plan_categories else _OWN
    return tuple(c.name for c in table.columns if c.name not in own)


def _child_rows(plan: ActionPlan) -> dict[Table, list[dict[str, Any]]]:
    pid = plan.id

    def rows(table: Table, items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{"plan_id": pid, "position": i, **item} for i, item in enumerate(items)]

    return {
        plan_webs: rows(plan_webs, ({"session_id": w} for w in plan.web_ids)),
        plan_categories: rows(plan_categories, (c.model_dump(mode="json") for c in plan.categories)),
        plan_focus: rows(plan_focus, (f.model_dump(mode="json") for f in plan.focus)),
        plan_goals: rows(plan_goals, (g.model_dump(mode="json") for g in plan.goals)),
        plan_tenders: rows(plan_tenders, (t.model_dump(mode="json") for t in plan.tenders)),
        plan_rules: rows(plan_rules, (r.model_dump(mode="json") for r in plan.rules)),
        plan_actions: rows(plan_actions, (a.model_dump(mode="json") for a in plan.actions)),
    }


_INSERT = {t: insert(t) for t in PLAN_CHILD_TABLES}
_DELETE = tuple(delete(t).where(t.c.plan_id == bindparam("owner")) for t in PLAN_CHILD_TABLES)
_SELECT = {
    t: select(*(t.c[name] for name in _columns(t)))
    .where(t.c.plan_id == bindparam("owner"))
    .order_by(t.c.position)
    for t in PLAN_CHILD_TABLES
}
_UPDATE = update(plans).where(and_(plans.c.id == bindparam("owner"), plans.c.revision == bindparam("loaded")))
_WEB_LISTS = {
    plan_categories: "categories",
    plan_focus: "focus",
    plan_goals: "goals",
    plan_tenders: "tenders",
    plan_rules: "rules",
    plan_actions: "actions",
}


class PlanRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # --- plans ---------------------------------------------------------------------------------

    def list_plans(self) -> list[PlanSummary]:
        query = select(
            plans.c.id,
            plans.c.title,
            plans.c.organisation,
            plans.c.start_year,
            plans.c.end_year,
            plans.c.updated_at,
        ).order_by(plans.c.updated_at.desc(), plans.c.title, plans.c.id)
        with self.engine.connect() as conn:
            return [PlanSummary(*row) for row in conn.execute(query)]

    def exists(self, plan_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(plans.c.id).where(plans.c.id == plan_id)).first() is not None

    def get(self, plan_id: str) -> ActionPlan:
        owner = {"owner": plan_id}
        with self.engine.connect() as conn:
            row = conn.execute(select(plans).where(plans.c.id == plan_id)).mappings().first()
            if row is None:
                raise PlanNotFoundError(plan_id)
            data: dict[str, Any] = {k: row[k] for k in PLAN_COLUMNS}
            data["web_ids"] = list(conn.execute(_SELECT[plan_webs], owner).scalars())
            for table, name in _WEB_LISTS.items():
                data[name] = [dict(r) for r in conn.execute(_SELECT[table], owner).mappings()]
        return ActionPlan.model_validate(data, context={STORED: True})

    def create(self, plan: ActionPlan) -> ActionPlan:
        with self.engine.begin() as conn:
            if conn.execute(select(plans.c.id).where(plans.c.id == plan.id)).first():
                raise DuplicatePlanError(plan.title)
            conn.execute(insert(plans), [plan.model_dump(include=set(PLAN_COLUMNS))])
            self._write_children(conn, plan)
        return plan

    def save(self, plan: ActionPlan) -> ActionPlan:
        """Write the whole plan if nobody saved it since it was loaded; bumps its revision."""
        now = max(utc_now(), plan.updated_at)
        row = plan.model_dump(include=set(PLAN_COLUMNS) - {"id"}) | {
            "revision": plan.revision + 1,
            "updated_at": now,
        }
        with self.engine.begin() as conn:
            result = conn.execute(_UPDATE, row | {"owner": plan.id, "loaded": plan.revision})
            if result.rowcount == 0:
                if conn.execute(select(plans.c.id).where(plans.c.id == plan.id)).first():
                    raise StalePlanError(plan.title)
                raise PlanNotFoundError(plan.id)
            for statement in _DELETE:
                conn.execute(statement, {"owner": plan.id})
            self._write_children(conn, plan)
        plan.revision += 1
        plan.updated_at = now
        return plan

    def delete(self, plan_id: str) -> None:
        with self.engine.begin() as conn:
            if conn.execute(delete(plans).where(plans.c.id == plan_id)).rowcount == 0:
                raise PlanNotFoundError(plan_id)

    @staticmethod
    def _write_children(conn: Connection, plan: ActionPlan) -> None:
        for table, rows in _child_rows(plan).items():
            if rows:
                conn.execute(_INSERT[table], rows)

    # --- what plans need of the webs -----------------------------------------------------------

    def uses_of(self, session_id: str) -> list[PlanUse]:
        """The plans that refer to a web, and how."""
        as_web = select(plans.c.id, plans.c.title).join(plan_webs).where(plan_webs.c.session_id == session_id)
        as_tender = (
            select(plans.c.id, plans.c.title, plan_tenders.c.title)
            .join(plan_tenders)
            .where(plan_tenders.c.web_id == session_id)
        )
        with self.engine.connect() as conn:
            uses = [PlanUse(pid, title, None) for pid, title in conn.execute(as_web)]
            uses += [PlanUse(pid, title, tender) for pid, title, tender in conn.execute(as_tender)]
        return uses

    def candidate_webs(self, organisation: str = "") -> list[WebFacts]:
        """Generic webs (not project webs) a plan can draw on: of this organisation first, then others."""
        query = select(*_FACT_COLUMNS).where(sessions.c.kind == SessionKind.ORGANISATION.value)
        with self.engine.connect() as conn:
            found = [_facts(row) for row in conn.execute(query).mappings()]
        wanted = organisation.strip().casefold()
        found.sort(
            key=lambda w: (
                w.organisation.strip().casefold() != wanted,
                w.scope != SessionScope.ORGANISATION,
                w.title,
            )
        )
        return found

    def web_facts(self, ids: Iterable[str]) -> dict[str, WebFacts]:
        """The facts of the webs that exist among `ids` (levels per theme, criteria in short)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        chosen: BindParameter[list[str]] = bindparam("ids", expanding=True)
        with self.engine.connect() as conn:
            heads = {
                row["id"]: row
                for row in conn.execute(
                    select(*_FACT_COLUMNS).where(sessions.c.id.in_(chosen)), {"ids": wanted}
                ).mappings()
            }
            current: dict[str, dict[str, Level]] = defaultdict(dict)
            ambition: dict[str, dict[str, Level]] = defaultdict(dict)
            levels = (
                select(
                    theme_entries.c.session_id,
                    theme_entries.c.theme_id,
                    theme_entries.c.current,
                    theme_entries.c.ambition,
                )
                .where(theme_entries.c.session_id.in_(chosen))
                .order_by(theme_entries.c.session_id, theme_entries.c.position)
            )
            for sid, theme_id, now, target in conn.execute(levels, {"ids": wanted}):
                current[sid][theme_id] = Level(now)
                ambition[sid][theme_id] = Level(target)
            facts: dict[str, list[CriterionFact]] = defaultdict(list)
            chosen_criteria = (
                select(
                    criteria.c.session_id,
                    criteria.c.theme_id,
                    criteria.c.kind,
                    criteria.c.level,
                    criteria.c.weight,
                )
                .where(criteria.c.session_id.in_(chosen))
                .order_by(criteria.c.session_id, criteria.c.position)
            )
            for sid, theme_id, kind, level, weight in conn.execute(chosen_criteria, {"ids": wanted}):
                facts[sid].append(CriterionFact(theme_id, CriterionKind(kind), Level(level), weight))
        return {
            sid: _facts(heads[sid], current[sid], ambition[sid], tuple(facts[sid]))
            for sid in wanted
            if sid in heads
        }

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(plans)).scalar_one())

    def search(self, text: str) -> list[PlanSummary]:
        """Plans whose title or organisation holds `text` (case-insensitive)."""
        needle = text.strip().casefold()
        return [
            p
            for p in self.list_plans()
            if needle in p.title.casefold() or needle in p.organisation.casefold()
        ]


_FACT_COLUMNS = (
    sessions.c.id,
    sessions.c.title,
    sessions.c.kind,
    sessions.c.scope,
    sessions.c.subject,
    sessions.c.organisation,
    sessions.c.status,
    sessions.c.framework_id,
    sessions.c.weight_unit,
)


def _facts(
    row: Any,
    current: dict[str, Level] | None = None,
    ambition: dict[str, Level] | None = None,
    chosen: tuple[CriterionFact, ...] = (),
) -> WebFacts:
    return WebFacts(
        id=row["id"],
        title=row["title"],
        kind=SessionKind(row["kind"]),
        scope=SessionScope(row["scope"]),
        subject=row["subject"],
        organisation=row["organisation"],
        status=SessionStatus(row["status"]),
        framework_id=row["framework_id"],
        weight_unit=WeightUnit(row["weight_unit"]),
        current=current or {},
        ambition=ambition or {},
        criteria=chosen,
    )
