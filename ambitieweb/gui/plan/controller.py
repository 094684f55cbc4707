"""The plan controller: owns the open action plan, turns edits into undoable steps, saves each one.

Data flows one way: a page calls a controller method; the controller checks the new plan (a refused
edit changes nothing and says why, naming the field), pushes a `PartStep` that keeps only the parts it
changed, saves, and emits `changed` with the fields that changed; every page redraws from the plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, Signal

from ambitieweb.errors import AmbitiewebError, first_line
from ambitieweb.gui.plan.undo import PartStep, SavedDocument, SideStep
from ambitieweb.gui.widgets.tasks import Job, Progress
from ambitieweb.model.changes import Part, Value, apply, read
from ambitieweb.model.framework import Framework
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.problems import describe_all
from ambitieweb.model.plan.project_web import generic_web, project_web
from ambitieweb.model.plan.realised import FollowedContract
from ambitieweb.model.plan.webs import WebFacts
from ambitieweb.text.fill import fill

if TYPE_CHECKING:
    from ambitieweb.model.session import Session
    from ambitieweb.store.plans import PlanRepository
    from ambitieweb.store.repository import Repository

# List fields whose items an edit can address one by one, and the field that keys them.
KEYS = {"tenders": "id", "goals": "id", "actions": "id", "rules": "id", "focus": "theme_id"}


class PlanController(SavedDocument):
    contracts_read = Signal()  # `followed` holds the contracts of the tenders' webs (read again)

    def __init__(
        self,
        plan: ActionPlan,
        framework: Framework,
        sessions: Repository,
        plans: PlanRepository,
        language: str = "nl",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(language, parent)
        self.plan = plan
        self.framework = framework
        self.sessions = sessions
        self.plans = plans
        self.webs: dict[str, WebFacts] = {}
        self.followed: dict[str, FollowedContract] = {}  # by tender id: its web's contract follow-up
        self.contracts_job: Job | None = None
        self._reading = 0  # which read of the contracts counts (an older one's result is dropped)
        self._linked: dict[str, str] = {}  # tender id -> web id, as last read
        self.reload_webs()

    # --- reading ----------------------------------------------------------------------------------

    def reload_webs(self) -> None:
        """Read the facts of every web the plan refers to again (after a web was edited elsewhere)."""
        self.webs = self.plans.web_facts(self.plan.referenced_webs())
        self.read_contracts()

    def read_contracts(self) -> None:
        """Read the contract follow-up of every tender's project web, with the agreed versions its
        reviews check, in a worker (a contract with many reviews takes a while); `changed({"contracts"})`
        and `contracts_read` when done. Read once per plan opened, and again when the tenders' webs
        change (a contract is edited in its own room, which closes the plan)."""
        linked = {t.id: t.web_id for t in self.plan.tenders if t.web_id and t.web_id in self.webs}
        if linked == self._linked and self._reading:
            return  # an edit of a tender's title or value: the same contracts
        self._linked = linked
        self._reading += 1
        reading, sessions = self._reading, self.sessions
        if not linked:
            self._contracts_read(reading, {})
            return
        job = Job(lambda progress: _read_followed(sessions, linked, progress), self)
        job.finished.connect(lambda found: self._contracts_read(reading, found))
        job.failed.connect(lambda error: self._contracts_failed(reading, error))
        self.contracts_job = job.start()

    def _contracts_read(self, reading: int, found: object) -> None:
        if reading != self._reading or not isinstance(found, dict):
            return
        changed = found != self.followed
        self.followed = found
        if changed:
            self.changed.emit({"contracts"})
        self.contracts_read.emit()

    def _contracts_failed(self, reading: int, error: object) -> None:
        if reading == self._reading:
            failed = self.tr("Contractopvolging niet gelezen: %1")
            self.problem.emit(
                fill(failed, first_line(error) if isinstance(error, BaseException) else str(error))
            )

    def theme_names(self) -> dict[str, str]:
        return self.framework.theme_names()

    def web(self, web_id: str | None) -> WebFacts | None:
        return self.webs.get(web_id) if web_id else None

    # --- edits ------------------------------------------------------------------------------------

    def edit(self, text: str, after: Mapping[Part, Value], merge_key: str | None = None) -> bool:
        """Change the given parts as one undoable, saved step; refused (False, with a message naming
        the field) when the plan would be invalid."""
        try:
            apply(self.plan, after, KEYS)
        except ValidationError as exc:
            self.problem.emit(describe_all(exc, self.language))
            return False
        before = {part: read(self.plan, part, KEYS) for part in after}
        if before == dict(after):
            return True
        self.undo_stack.push(PartStep(text, before, after, self._apply, merge_key))
        return True

    def set_field(self, field: str, value: object, text: str, merge_key: str | None = None) -> bool:
        return self.edit(text, {Part(field): _plain(value)}, merge_key)

    def put(
        self,
        field: str,
        record: BaseModel,
        text: str,
        position: int | None = None,
        merge_key: str | None = None,
    ) -> bool:
        """Add or replace one record of a list field (in its place, or at `position`, or at the end)."""
        key = str(getattr(record, KEYS[field]))
        current = read(self.plan, Part(field, key), KEYS)
        if position is None:
            position = current[0] if current is not None else len(getattr(self.plan, field))
        return self.edit(text, {Part(field, key): (position, record.model_dump())}, merge_key)

    def remove(self, field: str, key: str, text: str) -> bool:
        return self.edit(text, {Part(field, key): None})

    def _apply(self, values: Mapping[Part, Value]) -> None:
        self.plan = apply(self.plan, values, KEYS)
        fields = {part.field for part in values}
        if fields & {"web_ids", "tenders"}:
            self.reload_webs()
        self.changed.emit(fields)
        self.save_now()

    def _write(self) -> None:
        self.plans.save(self.plan)

    # --- project webs -------------------------------------------------------------------------------

    def start_project_web(self, tender_id: str) -> Session | None:
        """Create the tender's project web (its themes and levels as ambitions, the plan's generic web
        as reference) and link it, as one undoable step; undo unlinks it and removes the web again
        while nobody has changed it."""
        tender = self.plan.tender(tender_id)
        session = project_web(self.plan, tender, self.framework, generic_web(self.plan, self.webs))
        sessions = self.sessions

        def link(web_id: str | None) -> None:
            current = self.plan.tender(tender_id)
            self._apply(
                {
                    Part("tenders", tender_id): (
                        self.plan.tenders.index(current),
                        current.model_dump() | {"web_id": web_id},
                    )
                }
            )

        def create() -> None:
            if not sessions.exists(session.id):
                sessions.create(session.model_copy(update={"revision": 0}, deep=True))
            link(session.id)

        def remove() -> None:
            link(None)
            if sessions.exists(session.id) and sessions.get(session.id).revision == 0:
                sessions.delete(session.id)

        try:
            self.undo_stack.push(
                SideStep(fill(self.tr("Projectweb starten voor '%1'"), tender.title), create, remove)
            )
        except AmbitiewebError as exc:
            self.problem.emit(exc.text(self.language))
            return None
        return session


def _read_followed(
    sessions: Repository, linked: Mapping[str, str], progress: Progress
) -> dict[str, FollowedContract]:
    """Per tender id the contract follow-up of its web (those that have one) and the agreed versions
    its reviews check (one read per version, shared between contracts)."""
    from ambitieweb.store.contracts import ContractRepository
    from ambitieweb.store.errors import SessionNotFoundError

    contracts = ContractRepository(sessions.engine)
    agreed: dict[str, Session | None] = {}
    found: dict[str, FollowedContract] = {}
    for number, (tender_id, web_id) in enumerate(linked.items()):
        progress(number / len(linked))
        contract = contracts.for_session(web_id)
        if contract is None:
            continue
        for review in contract.reviews:
            if review.snapshot_id not in agreed:
                try:
                    agreed[review.snapshot_id] = sessions.snapshot(review.snapshot_id).session
                except SessionNotFoundError:  # gone with a deleted version: its reviews measure nothing
                    agreed[review.snapshot_id] = None
        snapshots = {r.snapshot_id: agreed[r.snapshot_id] for r in contract.reviews}
        found[tender_id] = FollowedContract(
            tender_id, web_id, contract, {k: v for k, v in snapshots.items() if v is not None}
        )
    return found


def _plain(value: object) -> Any:
    """A value as the plain data a part holds."""
    if isinstance(value, BaseModel):
        return value.model_dump()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def records(items: Iterable[BaseModel]) -> list[dict[str, Any]]:
    return [item.model_dump() for item in items]


def ordered(values: Sequence[str], keep: Iterable[str]) -> list[str]:
    wanted = set(keep)
    return [v for v in values if v in wanted]
