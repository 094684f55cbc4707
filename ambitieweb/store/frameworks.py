"""An organisation's own frameworks in the database, one row per version, each save one transaction.

A version that sessions use is never changed: `save` then stores the edit as the next version, so
the sessions keep theirs until the user moves them (`model/framework_versions.py` lists the
differences). The shipped presets are not stored here; they stay read-only templates.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, func, insert, select
from sqlalchemy.exc import DBAPIError

from ambitieweb.errors import AmbitiewebError
from ambitieweb.model.framework import Framework, check_framework, next_version, version_key
from ambitieweb.model.session import utc_now
from ambitieweb.store.errors import write_error
from ambitieweb.store.tables import framework_themes, frameworks, sessions, snapshots


class FrameworkNotFoundError(AmbitiewebError):
    def __init__(self, framework_id: str) -> None:
        super().__init__(
            f"Kader '{framework_id}' staat niet (meer) in de database.",
            f"Framework '{framework_id}' is not (or no longer) in the database.",
        )


def _key(framework_id: str, version: str) -> Any:
    return and_(frameworks.c.id == framework_id, frameworks.c.version == version)


def _theme_rows(framework: Framework) -> list[dict[str, Any]]:
    return [
        {
            "framework_id": framework.id,
            "framework_version": framework.version,
            "position": position,
            "theme_id": theme.id,
            "name": theme.name,
            "description": theme.description,
            "basis": theme.levels.basis,
            "significant": theme.levels.significant,
            "ambitious": theme.levels.ambitious,
            "group_name": theme.group,
            "optional": theme.optional,
        }
        for position, theme in enumerate(framework.themes)
    ]


def latest_of(versions: Iterable[Framework]) -> list[Framework]:
    """The newest version of each framework, by title."""
    newest: dict[str, Framework] = {}
    for framework in sorted(versions, key=lambda f: (f.id, version_key(f.version))):
        newest[framework.id] = framework
    return sorted(newest.values(), key=lambda f: (f.title.casefold(), f.id))


class FrameworkRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def all_versions(self) -> list[Framework]:
        """Every stored version of every own framework, oldest version first per framework."""
        with self.engine.connect() as conn:
            heads = conn.execute(select(frameworks)).mappings().all()
            in_order = select(framework_themes).order_by(framework_themes.c.position)
            themes = conn.execute(in_order).mappings().all()
        by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in themes:
            by_key.setdefault((row["framework_id"], row["framework_version"]), []).append(
                {
                    "id": row["theme_id"],
                    "name": row["name"],
                    "description": row["description"],
                    "levels": {k: row[k] for k in ("basis", "significant", "ambitious")},
                    "group": row["group_name"],
                    "optional": row["optional"],
                }
            )
        found = [
            check_framework(
                {k: head[k] for k in ("id", "version", "title", "date", "description", "source", "based_on")}
                | {"themes": by_key.get((head["id"], head["version"]), [])},
                "database",
            )
            for head in heads
        ]
        return sorted(found, key=lambda f: (f.id, version_key(f.version)))

    def latest(self) -> list[Framework]:
        """The newest version of each own framework, by title."""
        return latest_of(self.all_versions())

    def get(self, framework_id: str, version: str | None = None) -> Framework:
        """One version of an own framework, the newest unless given."""
        versions = [f for f in self.all_versions() if f.id == framework_id]
        if version is not None:
            versions = [f for f in versions if f.version == version]
        if not versions:
            raise FrameworkNotFoundError(framework_id)
        return versions[-1]

    def exists(self, framework_id: str, version: str | None = None) -> bool:
        where = frameworks.c.id == framework_id
        if version is not None:
            where = and_(where, frameworks.c.version == version)
        with self.engine.connect() as conn:
            return conn.execute(select(frameworks.c.id).where(where).limit(1)).first() is not None

    def uses(self, framework_id: str, version: str) -> int:
        """How many sessions (or their agreed versions) use this framework version."""
        with self.engine.connect() as conn:
            return self._uses(conn, framework_id, version)

    @staticmethod
    def _uses(conn: Connection, framework_id: str, version: str) -> int:
        in_sessions = select(func.count()).where(
            sessions.c.framework_id == framework_id, sessions.c.framework_version == version
        )
        count = int(conn.execute(in_sessions).scalar_one())
        if count:
            return count
        # agreed versions keep the framework their session had then, in the frozen JSON
        frozen = select(func.count()).where(
            snapshots.c.payload.contains(f'"framework_id":"{framework_id}"'),
            snapshots.c.payload.contains(f'"framework_version":"{version}"'),
        )
        return int(conn.execute(frozen).scalar_one())

    def save(self, framework: Framework, replacing: str | None = None) -> Framework:
        """Store the framework; an edit of a version that sessions use becomes the next version
        (returned, so the editor goes on with it). `replacing`: the version it was before the user
        changed its number, removed if no session uses it."""
        with self._writing() as conn:
            old = replacing
            replaced = bool(old) and old != framework.version
            if (
                old
                and replaced
                and self._exists(conn, framework.id, old)
                and not self._uses(conn, framework.id, old)
            ):
                self._remove(conn, framework.id, old)
            stored = self._exists(conn, framework.id, framework.version)
            if stored and self._uses(conn, framework.id, framework.version):
                version = framework.version
                while self._exists(conn, framework.id, version):
                    version = next_version(version)
                framework = framework.model_copy(update={"version": version})
                stored = False
            if stored:
                self._remove(conn, framework.id, framework.version)
            self._insert(conn, framework)
        return framework

    def drop_if_unused(self, framework_id: str, version: str) -> bool:
        """Remove one version if no session uses it; whether it was removed."""
        with self._writing() as conn:
            if not self._exists(conn, framework_id, version) or self._uses(conn, framework_id, version):
                return False
            self._remove(conn, framework_id, version)
            return True

    def add(self, framework: Framework) -> None:
        """Store a new framework version as it is (an import); refused if it is there already."""
        with self._writing() as conn:
            self._insert(conn, framework)

    def delete(self, framework_id: str) -> None:
        """Every version of an own framework (the GUI asks first whether sessions use it)."""
        with self._writing() as conn:
            conn.execute(delete(framework_themes).where(framework_themes.c.framework_id == framework_id))
            if conn.execute(delete(frameworks).where(frameworks.c.id == framework_id)).rowcount == 0:
                raise FrameworkNotFoundError(framework_id)

    def put(self, framework: Framework | None, previous: Framework | None) -> Framework | None:
        """Make `framework` the stored state, as an undo step of the editor does (None: remove
        `previous`). Returns what is stored: a version in use stays as it is, the edit is then the
        next version; a version stored as it is already is kept (and `previous`, if it was another
        version of it that no session uses, removed)."""
        if framework is None:
            if previous is not None and self.exists(previous.id):
                self.delete(previous.id)
            return None
        same_id = previous is not None and previous.id == framework.id
        replacing = previous.version if same_id and previous is not None else None
        if (
            self.exists(framework.id, framework.version)
            and self.get(framework.id, framework.version) == framework
        ):
            if replacing and replacing != framework.version:
                self.drop_if_unused(framework.id, replacing)
            return framework
        return self.save(framework, replacing=replacing)

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction; the database's own failures (read-only, disk full) become a message."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except DBAPIError as exc:
            raise write_error(exc) from exc

    @staticmethod
    def _exists(conn: Connection, framework_id: str, version: str) -> bool:
        query = select(frameworks.c.id).where(_key(framework_id, version))
        return conn.execute(query).first() is not None

    @staticmethod
    def _remove(conn: Connection, framework_id: str, version: str) -> None:
        conn.execute(
            delete(framework_themes).where(
                framework_themes.c.framework_id == framework_id,
                framework_themes.c.framework_version == version,
            )
        )
        conn.execute(delete(frameworks).where(_key(framework_id, version)))

    @staticmethod
    def _insert(conn: Connection, framework: Framework) -> None:
        head = framework.model_dump(
            include={"id", "version", "title", "date", "description", "source", "based_on"}
        )
        conn.execute(insert(frameworks), [head | {"updated_at": utc_now()}])
        conn.execute(insert(framework_themes), _theme_rows(framework))
