"""The portable session file (*.ambitieweb.json): versioned, size-limited, validated with clear errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from ambitieweb import __version__
from ambitieweb.catalogue import Catalogue, UnknownFrameworkError
from ambitieweb.exchange.carried import (
    MAX_FRAMEWORKS,
    GenericReference,
    Note,
    point_at,
    settle_frameworks,
)
from ambitieweb.exchange.carried_contract import contract_problem

# Importers find the checks, their error and the upgrade steps here too (`x as x`: re-exported).
from ambitieweb.exchange.session_checks import SessionFileError as SessionFileError
from ambitieweb.exchange.session_checks import check_session as check_session
from ambitieweb.exchange.session_checks import file_error
from ambitieweb.exchange.session_upgrades import UPGRADES as UPGRADES
from ambitieweb.files import write_atomically
from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Moment, Session, Snapshot, utc_now
from ambitieweb.model.validation_text import listing

FORMAT: Final = "ambitieweb-session"
FORMAT_VERSION: Final = 6
SUFFIX = ".ambitieweb.json"
MAX_FILE_BYTES = 20 * 1024 * 1024  # a session with long texts and many snapshots stays far below


class SessionFile(BaseModel):
    """What one *.ambitieweb.json file holds: a session and its agreed snapshots."""

    model_config = ConfigDict(extra="forbid", title="Ambitieweb session file")

    format: Literal["ambitieweb-session"] = FORMAT
    format_version: Literal[6] = FORMAT_VERSION
    app_version: str = __version__
    exported_at: Moment = Field(default_factory=utc_now)
    session: Session
    snapshots: Annotated[list[Snapshot], Field(max_length=500)] = []
    # Since format 4 (issue 16): the own frameworks the session and its agreed versions use, and
    # the generic web a project web refers to (its agreed levels).
    own_frameworks: Annotated[list[Framework], Field(max_length=MAX_FRAMEWORKS)] = []
    generic_web: GenericReference | None = None
    # Since format 6 (issue 18): the contract follow-up of the session, with every review held.
    contract: Contract | None = None
    # What reading the file changed and the user is told (an own framework that got a new id).
    _notes: list[Note] = PrivateAttr(default_factory=list)

    @property
    def notes(self) -> list[Note]:
        return self._notes


def upgrade(data: dict[str, Any], name: str = "bestand") -> dict[str, Any]:
    """Run the upgrade steps from the file's format_version up to the current one."""
    version = data.get("format_version")
    if data.get("format") != FORMAT:
        raise file_error(
            name,
            "dit is geen Ambitieweb-sessiebestand (veld 'format' ontbreekt of klopt niet).",
            "this is not an Ambitieweb session file (field 'format' is missing or wrong).",
        )
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise file_error(
            name,
            f"onbekende formaatversie {version!r}.",
            f"unknown format version {version!r}.",
        )
    if version > FORMAT_VERSION:
        raise file_error(
            name,
            f"het bestand heeft formaatversie {version}, dit programma kent tot en met versie "
            f"{FORMAT_VERSION}. Werk Ambitieweb bij om het te openen.",
            f"the file has format version {version}; this program knows up to version "
            f"{FORMAT_VERSION}. Update Ambitieweb to open it.",
        )
    while version < FORMAT_VERSION:
        try:
            data = UPGRADES[version](data)
        except (TypeError, ValueError, KeyError, AttributeError, IndexError):
            raise file_error(
                name,
                f"het bestand (formaatversie {version}) kan niet worden bijgewerkt: de inhoud heeft "
                "niet de vorm van die versie.",
                f"the file (format version {version}) cannot be upgraded: its content does not have "
                "the form of that version.",
            ) from None
        version += 1
        data["format_version"] = version
    return data


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if number in (float("inf"), float("-inf")):
        raise ValueError(f"{text} is too large")
    return number


def read_json(
    raw: bytes, name: str, max_bytes: int = MAX_FILE_BYTES, kind: type[SessionFileError] = SessionFileError
) -> dict[str, Any]:
    """The JSON object in a file's bytes; a file too large, not UTF-8, not JSON or not an object is
    refused with a message saying where."""
    if len(raw) > max_bytes:
        raise file_error(
            name,
            f"het bestand is groter dan {max_bytes // (1024 * 1024)} MB en wordt niet geopend.",
            f"the file is larger than {max_bytes // (1024 * 1024)} MB and is not opened.",
            kind,
        )
    try:
        # a byte order mark (Windows editors write one) is not part of the text
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant, parse_float=_finite)
    except UnicodeDecodeError as exc:
        raise file_error(
            name, f"geen UTF-8-tekst (byte {exc.start}).", f"not UTF-8 text (byte {exc.start}).", kind
        ) from None
    except json.JSONDecodeError as exc:
        raise file_error(
            name,
            f"geen geldige JSON op regel {exc.lineno}, kolom {exc.colno}: {exc.msg}.",
            f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}.",
            kind,
        ) from None
    except RecursionError:
        raise file_error(name, "de JSON is te diep genest.", "the JSON is nested too deeply.", kind) from None
    except ValueError as exc:  # NaN, Infinity, a number too large to be one
        raise file_error(
            name,
            f"geen geldig JSON-getal: {str(exc).split()[0]} (NaN en oneindig bestaan niet in JSON).",
            f"not a valid JSON number: {str(exc).split()[0]} (NaN and infinity do not exist in JSON).",
            kind,
        ) from None
    if not isinstance(data, dict):
        raise file_error(
            name, "het bestand bevat geen JSON-object.", "the file does not hold a JSON object.", kind
        )
    return data


def parse(raw: bytes, catalogue: Catalogue, name: str = "bestand") -> SessionFile:
    """Validate the bytes of a session file against the format and the catalogue."""
    data = read_json(raw, name)
    data = upgrade(data, name)
    try:
        # Strict, from JSON: what the shipped schema refuses is refused ("2" or true as a number).
        document = SessionFile.model_validate_json(json.dumps(data), strict=True)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        raise file_error(
            name,
            f"het bestand klopt niet — {listing(errors, 'nl')}",
            f"the file is invalid — {listing(errors, 'en')}",
        ) from None
    document = _settled(document, catalogue)
    known = catalogue.with_own(document.own_frameworks)
    check_session(document.session, document.snapshots, known, name)
    _check_generic(document, known, name)
    if document.contract is not None:
        problem = contract_problem(document.contract, document.session, document.snapshots)
        if problem is not None:
            raise file_error(name, *problem)
    return document


def _settled(document: SessionFile, catalogue: Catalogue) -> SessionFile:
    """The file's own frameworks as this database will take them: a clash gets a new id."""
    frameworks, moved, notes = settle_frameworks(document.own_frameworks, catalogue)
    generic = document.generic_web
    if generic is not None and (new := moved.get((generic.framework_id, generic.framework_version))):
        generic = generic.model_copy(update={"framework_id": new})
    settled = document.model_copy(
        update={
            "session": point_at(document.session, moved),
            "snapshots": [
                s.model_copy(update={"session": point_at(s.session, moved)}) for s in document.snapshots
            ],
            "own_frameworks": frameworks,
            "generic_web": generic,
        }
    )
    settled._notes = notes
    return settled


def _check_generic(document: SessionFile, catalogue: Catalogue, name: str) -> None:
    """The generic web's levels: its framework known, each theme once and part of it."""
    generic = document.generic_web
    if generic is None:
        return
    try:
        framework = catalogue.framework(generic.framework_id, generic.framework_version)
    except UnknownFrameworkError as exc:
        raise file_error(name, f"generic_web: {exc.nl}", f"generic_web: {exc.en}") from None
    known = {t.id for t in framework.themes}
    seen: set[str] = set()
    for index, level in enumerate(generic.themes):
        if level.theme_id not in known or level.theme_id in seen:
            raise file_error(
                name,
                f"generic_web.themes[{index}]: thema '{level.theme_id}' hoort niet bij kader "
                f"'{framework.id}' of staat er twee keer in.",
                f"generic_web.themes[{index}]: theme '{level.theme_id}' is not part of framework "
                f"'{framework.id}' or occurs twice.",
            )
        seen.add(level.theme_id)


def read_file(path: Path, catalogue: Catalogue) -> SessionFile:
    name = path.name
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise file_error(
            name,
            f"kan niet worden gelezen ({exc.strerror}).",
            f"cannot be read ({exc.strerror}).",
        ) from None
    return parse(raw, catalogue, name)


def _without_orphan_votes(session: Session) -> Session:
    """The session as a file may hold it: no votes of people who are no longer participants."""
    present = session.participant_ids()
    if all(present.issuperset(entry.votes) for entry in session.themes):
        return session
    copy = session.model_copy(deep=True)
    copy.drop_orphan_votes()
    return copy


def dumps(
    session: Session,
    snapshots: list[Snapshot] | None = None,
    frameworks: list[Framework] | None = None,
    generic: GenericReference | None = None,
    contract: Contract | None = None,
) -> str:
    """The file's text; it always reads back (votes of people who left are not written). `frameworks`:
    the own frameworks it uses; `generic`: the levels of the generic web it refers to; `contract`: its
    contract follow-up."""
    document = SessionFile(
        session=_without_orphan_votes(session),
        snapshots=[
            s.model_copy(update={"session": _without_orphan_votes(s.session)}) for s in snapshots or []
        ],
        own_frameworks=frameworks or [],
        generic_web=generic,
        contract=contract,
    )
    return document.model_dump_json(indent=2)


def write_file(
    path: Path,
    session: Session,
    snapshots: list[Snapshot] | None = None,
    frameworks: list[Framework] | None = None,
    generic: GenericReference | None = None,
    contract: Contract | None = None,
) -> None:
    """Write atomically: a crash mid-write never leaves a half file where a good one stood."""
    write_text(path, dumps(session, snapshots, frameworks, generic, contract))


def write_text(path: Path, text: str, kind: type[SessionFileError] = SessionFileError) -> None:
    """Write a file's text atomically, with a message naming the file when it cannot be written."""
    try:
        write_atomically(path, (text + "\n").encode("utf-8"))
    except OSError as exc:
        raise file_error(
            path.name,
            f"kan niet worden geschreven ({exc.strerror}).",
            f"cannot be written ({exc.strerror}).",
            kind,
        ) from None


def json_schema() -> dict[str, Any]:
    schema = SessionFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://ambitieweb.nl/schema/ambitieweb-session-{FORMAT_VERSION}.schema.json"
    return schema
