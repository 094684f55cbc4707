"""A throwaway PostgreSQL cluster for the tests and benchmarks: its own data folder, a free port on
127.0.0.1, initdb and pg_ctl from the system's PostgreSQL (Debian: /usr/lib/postgresql/*/bin), stopped
at the end. As root it runs as the `postgres` user (initdb refuses root)."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

USER = "ambitieweb"


def server_binaries() -> Path | None:
    """The newest PostgreSQL's bin folder with initdb and pg_ctl, if there is one."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def can_run_server() -> bool:
    """initdb refuses root: as root there must be a `postgres` user to run it as."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return True
    import pwd

    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return False
    return True


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="ambitieweb-pg-"))
        self.port = 0
        self._as: dict[str, Any] = {}
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            import pwd

            owner = pwd.getpwnam("postgres")  # KeyError: no postgres user to run as
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self._as = {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": []}
        self._numbers = itertools.count(1)

    def _run(self, program: str, *arguments: str) -> None:
        subprocess.run(
            [str(self.binaries / program), *arguments],
            check=True,
            capture_output=True,
            cwd=self.folder,
            **self._as,
        )

    def start(self) -> None:
        data = self.folder / "data"
        self._run("initdb", "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale")
        for _attempt in range(3):  # the free port may be taken between asking and starting
            self.port = free_port()
            settings = (
                f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
            )
            try:
                self._run(
                    "pg_ctl", "-D", str(data), "-l", str(self.folder / "log"), "-w", "-o", settings, "start"
                )
                return
            except subprocess.CalledProcessError:
                continue
        raise RuntimeError((self.folder / "log").read_text(errors="replace")[-2000:])

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"


class Server:
    """Fresh, empty databases on a running server (a throwaway cluster or one given by URL)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self._numbers = itertools.count(1)

    def _admin(self) -> Any:
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(self.base_url)
        return psycopg.connect(
            host=url.host,
            port=url.port,
            user=url.username,
            password=url.password,
            dbname=url.database,
            autocommit=True,
        )

    def new_database(self) -> str:
        from sqlalchemy.engine import make_url

        name = f"test_{os.getpid()}_{next(self._numbers)}"
        with self._admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 STRATEGY FILE_COPY')
        return make_url(self.base_url).set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        with self._admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def throwaway_server() -> Iterator[Server]:
    """Start a cluster, hand out databases on it, stop it; RuntimeError if it cannot start."""
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb, pg_ctl) found")
    cluster = Cluster(binaries)
    try:
        cluster.start()
        yield Server(cluster.url())
    finally:
        cluster.stop()


class Proxy:
    """A TCP relay in front of the server that can hang (hold every byte) or add latency: what a
    client sees of a server that stopped answering, or of one far away."""

    def __init__(self, host: str, port: int, delay_s: float = 0.0) -> None:
        import threading

        self.target = (host, port)
        self.delay_s = delay_s
        self._open = threading.Event()
        self._open.set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._sockets: list[socket.socket] = [self._listener]
        self._running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, url: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(url).set(host="127.0.0.1", port=self.port).render_as_string(hide_password=False)

    def hang(self) -> None:
        self._open.clear()

    def answer(self) -> None:
        self._open.set()

    def close(self) -> None:
        self._running = False
        self._open.set()
        for sock in self._sockets:
            with suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        import threading

        while self._running:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self._sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        import time

        while self._running:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                with suppress(OSError):
                    sink.shutdown(socket.SHUT_WR)
                return
            self._open.wait()
            if self.delay_s:
                time.sleep(self.delay_s)
            try:
                sink.sendall(data)
            except OSError:
                return
