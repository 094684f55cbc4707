"""Giving memory back to the system after a big piece of the program is closed.

A closed workspace (~10 MB: the radar's images, 500 criteria, the models) is freed, but the C
library keeps freed memory for later use and the process's size stays where it was; after fifty
sessions opened one after another that looked like growth without end. On Linux (glibc)
`malloc_trim` hands it back; elsewhere this does nothing.
"""

from __future__ import annotations

import gc
import sys
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: the window's first paint does not wait for it
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


def collect_due() -> int:
    """Collect the oldest generation whose threshold is passed, as Python's collector would have done on
    its own; the number of unreachable objects found.

    The program turns automatic collection off (`gc.disable`) and calls this on the GUI thread: a
    collection runs in whichever thread allocates when a threshold is passed, often the radar's worker
    or an export, and a garbage cycle holding a Qt object (a closed radar widget, a pixmap) then deleted
    that object off the GUI thread, which crashed the program.
    """
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


def give_back() -> None:
    """Collect what is garbage now and return the freed memory to the system (a few ms)."""
    gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
