"""The portable action plan file (*.ambitieplan.json): the plan with the webs it refers to and the own
frameworks they use, so it opens whole on another laptop. Versioned (format 2 added the own frameworks),
size-limited, validated with errors that name the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from ambitieweb import __version__
from ambitieweb.catalogue import Catalogue, UnknownFrameworkError
from ambitieweb.exchange.carried import MAX_FRAMEWORKS, Note, point_at, settle_frameworks
from ambitieweb.exchange.sessionfile import SessionFileError, check_session, read_json, write_text
from ambitieweb.exchange.sessionfile import upgrade as upgrade_session
from ambitieweb.model.framework import Framework
from ambitieweb.model.plan.plan import MAX_WEBS, ActionPlan
from ambitieweb.model.plan.problems import describe_all
from ambitieweb.model.session import Session, Snapshot, utc_now

FORMAT: Final = "ambitieweb-plan"
FORMAT_VERSION: Final = 2
SUFFIX = ".ambitieplan.json"
MAX_FILE_BYTES = 50 * 1024 * 1024  # a plan with hundreds of project webs stays below
SESSION_FORMAT_VERSION: Final = 5  # the session file format the webs in it are written in


class PlanFileError(SessionFileError):
    """A plan file that cannot be imported; says what is wrong and where."""


def _error(name: str, nl: str, en: str) -> PlanFileError:
    return PlanFileError(f"{name}: {nl}", f"{name}: {en}")


class PlanWeb(BaseModel):
    """One web the plan refers to, with its agreed versions (as in a session file)."""

    model_config = ConfigDict(extra="forbid")

    session: Session
    snapshots: Annotated[list[Snapshot], Field(max_length=500)] = []


class PlanFile(BaseModel):
    model_config = ConfigDict(extra="forbid", title="Ambitieweb action plan file")

    format: Literal["ambitieweb-plan"] = FORMAT
    format_version: Literal[2] = FORMAT_VERSION
    session_format_version: Literal[5] = SESSION_FORMAT_VERSION
    app_version: str = __version__
    exported_at: dt.datetime = Field(default_factory=utc_now)
    plan: ActionPlan
    webs: Annotated[list[PlanWeb], Field(max_length=MAX_WEBS * 10)] = []
    # Since format 2: the own framework versions the plan and its webs (and their agreed versions) use.
    own_frameworks: Annotated[list[Framework], Field(max_length=MAX_FRAMEWORKS * 4)] = []
    # What reading the file changed and the user is told (an own framework that got a new id).
    _notes: list[Note] = PrivateAttr(default_factory=list)

    @property
    def notes(self) -> list[Note]:
        return self._notes


def _own_frameworks(data: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: a plan file from before carries no own frameworks (its webs used the presets, or it
    opens only where their own frameworks are)."""
    data.setdefault("own_frameworks", [])
    return data


# UPGRADES[n] turns a format n plan file into format n + 1, on the raw JSON before validation.
UPGRADES = {1: _own_frameworks}


def _upgrade(data: dict[str, Any], name: str) -> dict[str, Any]:
    """Check the format and version; the webs inside are upgraded as session files of their version."""
    version = data.get("format_version")
    if data.get("format") != FORMAT:
        raise _error(
            name,
            "dit is geen Ambitieweb-actieplan (veld 'format' ontbreekt of klopt niet).",
            "this is not an Ambitieweb action plan (field 'format' is missing or wrong).",
        )
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _error(name, f"onbekende formaatversie {version!r}.", f"unknown format version {version!r}.")
    if version > FORMAT_VERSION:
        raise _error(
            name,
            f"het bestand heeft formaatversie {version}, dit programma kent tot en met versie "
            f"{FORMAT_VERSION}. Werk Ambitieweb bij om het te openen.",
            f"the file has format version {version}; this program knows up to version {FORMAT_VERSION}. "
            "Update Ambitieweb to open it.",
        )
    while version < FORMAT_VERSION:
        data = UPGRADES[version](data)
        version += 1
        data["format_version"] = version
    webs = data.get("webs")
    session_version = data.get("session_format_version", SESSION_FORMAT_VERSION)
    if isinstance(session_version, int) and session_version < SESSION_FORMAT_VERSION:
        # a file without webs is upgraded too (its version still said): `webs` defaults to none
        for web in webs if isinstance(webs, list) else []:
            if isinstance(web, dict):
                wrapped = {"format": "ambitieweb-session", "format_version": session_version, **web}
                try:
                    upgraded = upgrade_session(wrapped, name)
                except SessionFileError as exc:  # the plan file's own kind, as check_session gives
                    raise PlanFileError(exc.nl, exc.en) from None
                web.clear()
                web.update({k: v for k, v in upgraded.items() if k in ("session", "snapshots")})
        data["session_format_version"] = SESSION_FORMAT_VERSION
    return data


def parse(raw: bytes, catalogue: Catalogue, name: str = "bestand") -> PlanFile:
    """Validate the bytes of a plan file against the format, the catalogue and itself."""
    data = _upgrade(read_json(raw, name, MAX_FILE_BYTES, PlanFileError), name)
    try:
        document = PlanFile.model_validate(data)
    except ValidationError as exc:
        raise PlanFileError(
            f"{name}: het bestand klopt niet —\n{describe_all(exc, 'nl', with_path=True)}",
            f"{name}: the file is invalid —\n{describe_all(exc, 'en', with_path=True)}",
        ) from None
    document = _settled(document, catalogue)
    catalogue = catalogue.with_own(document.own_frameworks)
    _check_themes(document.plan, catalogue, name)
    present: set[str] = set()
    for index, web in enumerate(document.webs):
        if web.session.id in present:
            raise _error(
                name,
                f"webs[{index}]: ambitieweb {web.session.id} staat er twee keer in.",
                f"webs[{index}]: web {web.session.id} occurs twice.",
            )
        present.add(web.session.id)
        check_session(web.session, web.snapshots, catalogue, name, f"webs[{index}]", PlanFileError)
    _check_references(document.plan, present, name)
    return document


def _settled(document: PlanFile, catalogue: Catalogue) -> PlanFile:
    """The file's own frameworks as this database will take them: one whose id is taken by other
    content gets a new id, and the plan and webs that use it follow."""
    frameworks, moved, notes = settle_frameworks(document.own_frameworks, catalogue)
    plan = document.plan
    if new := moved.get((plan.framework_id, plan.framework_version)):
        plan = plan.model_copy(update={"framework_id": new})
    webs = [
        PlanWeb(
            session=point_at(web.session, moved),
            snapshots=[s.model_copy(update={"session": point_at(s.session, moved)}) for s in web.snapshots],
        )
        for web in document.webs
    ]
    settled = document.model_copy(update={"plan": plan, "webs": webs, "own_frameworks": frameworks})
    settled._notes = notes
    return settled


def _check_references(plan: ActionPlan, present: set[str], name: str) -> None:
    for index, web_id in enumerate(plan.web_ids):
        if web_id not in present:
            raise _error(
                name,
                f"plan.web_ids[{index}] (Ambitiewebs): ambitieweb {web_id} zit niet in het bestand.",
                f"plan.web_ids[{index}] (Webs): web {web_id} is not in the file.",
            )
    for index, tender in enumerate(plan.tenders):
        if tender.web_id is not None and tender.web_id not in present:
            raise _error(
                name,
                f"plan.tenders[{index}].web_id (Projectweb): het projectweb van '{tender.title}' "
                f"({tender.web_id}) zit niet in het bestand.",
                f"plan.tenders[{index}].web_id (Project web): the project web of '{tender.title}' "
                f"({tender.web_id}) is not in the file.",
            )


def _check_themes(plan: ActionPlan, catalogue: Catalogue, name: str) -> None:
    """The plan's framework is known and every theme it names belongs to it."""
    try:
        framework = catalogue.framework(plan.framework_id, plan.framework_version)
    except UnknownFrameworkError as exc:
        raise _error(name, f"plan.framework_id: {exc.nl}", f"plan.framework_id: {exc.en}") from None
    known = set(framework.theme_names())
    used: list[tuple[str, str]] = []
    for i, category in enumerate(plan.categories):
        used += [(f"plan.categories[{i}].impact.{t}", t) for t in category.impact]
    used += [(f"plan.focus[{i}].theme_id", f.theme_id) for i, f in enumerate(plan.focus)]
    used += [(f"plan.goals[{i}].theme_id", g.theme_id) for i, g in enumerate(plan.goals)]
    for i, tender in enumerate(plan.tenders):
        used += [(f"plan.tenders[{i}].themes[{j}].theme_id", t.theme_id) for j, t in enumerate(tender.themes)]
    used += [(f"plan.rules[{i}].theme_id", r.theme_id) for i, r in enumerate(plan.rules) if r.theme_id]
    used += [(f"plan.actions[{i}].theme_id", a.theme_id) for i, a in enumerate(plan.actions) if a.theme_id]
    for where, theme_id in used:
        if theme_id not in known:
            raise _error(
                name,
                f"{where} (Thema): thema '{theme_id}' hoort niet bij kader '{framework.id}'.",
                f"{where} (Theme): theme '{theme_id}' is not part of framework '{framework.id}'.",
            )


def read_file(path: Path, catalogue: Catalogue) -> PlanFile:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _error(
            path.name, f"kan niet worden gelezen ({exc.strerror}).", f"cannot be read ({exc.strerror})."
        ) from None
    return parse(raw, catalogue, path.name)


def dumps(
    plan: ActionPlan, webs: list[tuple[Session, list[Snapshot]]], frameworks: list[Framework] | None = None
) -> str:
    """The file's text: the plan, the webs it refers to (each with its agreed versions) and the own
    frameworks they use."""
    document = PlanFile(
        plan=plan,
        webs=[PlanWeb(session=_present(s), snapshots=[_frozen(v) for v in snaps]) for s, snaps in webs],
        own_frameworks=frameworks or [],
    )
    return document.model_dump_json(indent=2)


def _present(session: Session) -> Session:
    """The web as a file may hold it: no votes of people who are no longer participants."""
    copy = session.model_copy(deep=True)
    copy.drop_orphan_votes()
    return copy


def _frozen(snapshot: Snapshot) -> Snapshot:
    return snapshot.model_copy(update={"session": _present(snapshot.session)})


def write_file(
    path: Path,
    plan: ActionPlan,
    webs: list[tuple[Session, list[Snapshot]]],
    frameworks: list[Framework] | None = None,
) -> None:
    write_text(path, dumps(plan, webs, frameworks), PlanFileError)


def json_schema() -> dict[str, Any]:
    schema = PlanFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://ambitieweb.nl/schema/ambitieweb-plan-{FORMAT_VERSION}.schema.json"
    return schema
