"""Start-up of the desktop build against the same program from source: process start -> first frame.

Both are timed from outside in the same way, so the program needs no hook: Qt logs every flush of a
window to the screen (logging category qt.widgets.painting), and the first flush of the MainWindow is
the first frame a user sees. Offscreen platform; a fresh home folder for every run, as on a first start
(the database is made after the first frame, so it does not count).

- cold: the program's own files (the build folder; for source the venv, the standard library, libpython
  and the package) are dropped from the page cache first with posix_fadvise(DONTNEED). Shared system
  libraries stay cached, and so do pages another process has mapped: the share of the program's files
  still cached after dropping is printed (`fincore`), so a not-so-cold run shows.
- warm: the same command again at once.

Usage (after `make app`): python tests/bench/frozen_startup.py dist/ambitieweb/ambitieweb [runs]
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIRST_FRAME = re.compile(r"Flushing .* of MainWindow\(")
TIMEOUT = 120.0


def first_frame(command: list[str]) -> float:
    """Seconds from starting `command` to the first frame of its main window; then it is stopped."""
    with tempfile.TemporaryDirectory(prefix="ambitieweb-startup-") as home:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            QT_LOGGING_RULES="qt.widgets.painting.debug=true",
            HOME=home,
            XDG_DATA_HOME=f"{home}/data",
            XDG_CONFIG_HOME=f"{home}/config",
            XDG_CACHE_HOME=f"{home}/cache",
        )
        env.pop("AMBITIEWEB_DATABASE_URL", None)
        start = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        assert process.stderr is not None
        seen: list[str] = []
        try:
            for line in process.stderr:
                if FIRST_FRAME.search(line):
                    return time.perf_counter() - start
                seen.append(line)
                if time.perf_counter() - start > TIMEOUT:
                    break
        finally:
            process.kill()
            process.wait()
        raise RuntimeError(f"no first frame from {command}:\n{''.join(seen[-20:])}")


def files_under(*roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found += [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    return found


def drop_from_cache(files: list[Path]) -> None:
    for path in files:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def cached_share(files: list[Path]) -> float | None:
    """The share of the bytes of `files` in the page cache (None without util-linux' fincore)."""
    if not shutil.which("fincore"):
        return None
    resident = size = 0
    for i in range(0, len(files), 500):
        chunk = [str(p) for p in files[i : i + 500]]
        out = subprocess.run(
            ["fincore", "--bytes", "--noheadings", "--raw", "--output", "RES,SIZE", *chunk],
            capture_output=True,
            text=True,
        ).stdout
        for line in out.splitlines():
            res, total = line.split()
            resident, size = resident + int(res), size + int(total)
    return resident / size if size else None


def source_files() -> list[Path]:
    library = Path(sysconfig.get_config_var("LIBDIR") or "") / str(sysconfig.get_config_var("LDLIBRARY"))
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    return files_under(Path(sys.prefix), stdlib, library, Path(sys.executable).resolve(), ROOT / "ambitieweb")


def measure(command: list[str], files: list[Path], runs: int) -> tuple[float, float, float | None]:
    """Median cold and warm seconds, and the mean share of the files still cached when 'cold'."""
    cold, warm, left = [], [], []
    for _ in range(runs):
        drop_from_cache(files)
        share = cached_share(files)
        if share is not None:
            left.append(share)
        cold.append(first_frame(command))
        warm.append(first_frame(command))
    return statistics.median(cold), statistics.median(warm), statistics.mean(left) if left else None


def main() -> None:
    app = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "ambitieweb" / "ambitieweb").resolve()
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    if not app.is_file():
        sys.exit(f"{app} does not exist: run `make app` first")
    results = {
        "frozen": measure([str(app)], files_under(app.parent), runs),
        "source": measure([sys.executable, "-m", "ambitieweb"], source_files(), runs),
    }
    print(f"process start -> first frame of the main window, median of {runs} (offscreen)")
    for name, (cold, warm, left) in results.items():
        still = f" ({left:.0%} of its files still cached when cold)" if left is not None else ""
        print(f"  {name}: cold {cold * 1000:4.0f} ms, warm {warm * 1000:4.0f} ms{still}")
    (frozen_cold, frozen_warm, _), (source_cold, source_warm, _) = results["frozen"], results["source"]
    print(
        f"  frozen / source: cold {frozen_cold / source_cold:.2f}x, warm {frozen_warm / source_warm:.2f}x "
        "(goal: <= 1.0x)"
    )


if __name__ == "__main__":
    main()
