"""Moving action plans between the store and plan files (used by the GUI, the examples and the tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange.carried import Note
from ambitieweb.exchange.planfile import SUFFIX, PlanFile, read_file, write_file
from ambitieweb.model.framework import Framework
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.session import Session, Snapshot
from ambitieweb.resources import sessions_dir
from ambitieweb.store import Repository
from ambitieweb.store.frameworks import FrameworkRepository
from ambitieweb.store.plans import PlanRepository
from ambitieweb.transfer import add_own_frameworks, own_catalogue


@dataclass(frozen=True)
class PlanImport:
    plan: ActionPlan
    added: int  # webs that were not in the database yet
    kept: int  # webs already there (same id): the database's version is kept
    notes: list[Note] = field(default_factory=list)  # own frameworks added or renamed, to tell the user

    def text(self, language: str = "nl") -> str:
        return "\n".join(en if language == "en" else nl for nl, en in self.notes)


def store_plan(
    repository: Repository, plans: PlanRepository, document: PlanFile, as_copy: bool = False
) -> PlanImport:
    """Add the own frameworks and webs that are new here, then the plan (as a copy: a new plan id, the
    same webs)."""
    notes = [*document.notes, *add_own_frameworks(repository, document.own_frameworks)]
    plan = document.plan.model_copy(update={"revision": 0})
    if as_copy:
        plan = plan.duplicate(f"{plan.title} (kopie)")
    new = [web for web in document.webs if not repository.exists(web.session.id)]
    for web in new:
        repository.create(web.session.model_copy(update={"revision": 0}), web.snapshots)
    plans.create(plan)
    return PlanImport(plan, len(new), len(document.webs) - len(new), notes)


def import_plan_file(
    repository: Repository, plans: PlanRepository, catalogue: Catalogue, path: Path, as_copy: bool = False
) -> PlanImport:
    """Read a plan file against the presets and this database's own frameworks, and store it."""
    return store_plan(repository, plans, read_file(path, own_catalogue(repository, catalogue)), as_copy)


def used_frameworks(
    repository: Repository, plan: ActionPlan, webs: list[tuple[Session, list[Snapshot]]]
) -> list[Framework]:
    """The own framework versions the plan, its webs and their agreed versions use (presets are
    shipped with every program and not carried)."""
    own = FrameworkRepository(repository.engine)
    keys = [(plan.framework_id, plan.framework_version)]
    for session, snapshots in webs:
        keys += [(s.framework_id, s.framework_version) for s in (session, *(v.session for v in snapshots))]
    return [own.get(*key) for key in dict.fromkeys(keys) if own.exists(*key)]


def export_plan_file(
    repository: Repository, plans: PlanRepository, plan_id: str, path: Path
) -> tuple[Path, int]:
    """Write the plan with every web it refers to; references to webs deleted since are left out of the
    file (so it imports whole). Returns the path written and how many references were left out."""
    if not path.name.endswith(SUFFIX) and path.suffix != ".json":
        path = path.with_name(path.name + SUFFIX)
    plan = plans.get(plan_id)
    present = [w for w in plan.referenced_webs() if repository.exists(w)]
    gone = set(plan.referenced_webs()) - set(present)
    dropped = sum(1 for w in plan.web_ids if w in gone) + sum(1 for t in plan.tenders if t.web_id in gone)
    if gone:
        plan = plan.model_copy(
            update={
                "web_ids": [w for w in plan.web_ids if w not in gone],
                "tenders": [
                    t.model_copy(update={"web_id": None}) if t.web_id in gone else t for t in plan.tenders
                ],
            }
        )
    webs = [(repository.get(w), repository.snapshots(w)) for w in present]
    write_file(path, plan, webs, used_frameworks(repository, plan, webs))
    return path, dropped


def import_example_plans(repository: Repository, catalogue: Catalogue) -> list[ActionPlan]:
    """Load the shipped example plans (sessions/*.ambitieplan.json) that are not in the store yet."""
    plans = PlanRepository(repository.engine)
    stored = []
    for path in sorted(sessions_dir().glob(f"*{SUFFIX}")):
        document = read_file(path, catalogue)
        if not plans.exists(document.plan.id):
            stored.append(store_plan(repository, plans, document).plan)
    return stored
