"""The work the crash harness kills: a first start, an upgrade, or a stream of edits.

`python -m tests.reliability.crash_worker` is a zygote: it loads the program once, then for each line
"MODE URL LOG" on stdin forks a worker and answers with its pid, so a run starts in a millisecond
instead of the second an import takes. A worker writes LOG.done when its work ended by itself. In
"edits" mode every save that returned is written to LOG as "session theme counter kind" and flushed:
a confirmed edit, which must survive any kill. (POSIX only: it forks.)
"""

from __future__ import annotations

import os
import random
import signal
import sys
from pathlib import Path
from typing import Any

import alembic.command
import alembic.script  # noqa: F401

import ambitieweb.model.legacy_ids  # noqa: F401  (migration 0002)
from ambitieweb.catalogue import default_catalogue
from ambitieweb.examples import import_examples
from ambitieweb.model.levels import Level
from ambitieweb.store import Repository, open_database

AGREE_EVERY = 20  # every so many edits is a vaststellen (a snapshot) instead of a save


def seed_examples(engine: Any) -> None:
    import_examples(Repository(engine), default_catalogue())


def edit_forever(url: str, log: Path) -> None:
    database = open_database(url)
    repository = Repository(database.engine)
    sessions = {s.id: repository.get(s.id) for s in repository.list_sessions()}
    ids = sorted(sessions)
    counter = 0
    with log.open("a", encoding="utf-8") as out:
        while True:
            counter += 1
            session = sessions[random.choice(ids)]
            index = random.randrange(len(session.themes))
            session.themes[index].rationale = f"edit {counter}"
            session.themes[index].ambition = Level(counter % 4)
            if counter % AGREE_EVERY == 0:
                repository.agree(session)
                kind = "agreed"
            else:
                session.mark_edited()
                repository.save(session)
                kind = "saved"
            out.write(f"{session.id} {index} {counter} {kind}\n")
            out.flush()


def work(mode: str, url: str, log: Path) -> None:
    if mode == "edits":
        edit_forever(url, log)
    database = open_database(url, seed=seed_examples if mode == "first-start" else None)
    database.close()
    log.with_name(log.name + ".done").touch()


def zygote() -> int:
    default_catalogue()  # read once, shared by every fork
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped by the system
    for line in sys.stdin:
        mode, url, log = line.split()
        pid = os.fork()
        if pid == 0:
            random.seed()
            try:
                work(mode, url, Path(log))
            except BaseException as exc:
                Path(log + ".err").write_text(repr(exc), encoding="utf-8")
                os._exit(1)
            os._exit(0)
        print(pid, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(zygote())
