"""Giving memory back to the system after a big piece of the program is closed.

A closed workspace (~10 MB: the radar's images, 500 criteria, the models) is freed, but the C
library keeps freed memory for later use and the process's size stays where it was; after fifty
sessions opened one after another that looked like growth without end. On Linux (glibc)
`malloc_trim` hands it back; elsewhere this does nothing.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
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


class Collection:
    """When to collect garbage, and collecting it on the caller's thread.

    The program turns automatic collection off (`gc.disable`) and calls `collect_due` on the GUI thread
    (gui/widgets/collector.py): a collection runs in whichever thread allocates when a threshold is
    passed, often the radar's worker or an export, and a garbage cycle holding a Qt object (a closed
    radar widget, a pixmap) then deleted that object off the GUI thread, which crashed the program.

    The young generations are collected when their thresholds are passed, as Python does. A whole-heap
    collection (tens of milliseconds) Python also holds back until the old generation has grown by a
    quarter, which it does not tell: here it comes at most every `full_interval` seconds instead.
    """

    def __init__(self, full_interval: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._full_interval = full_interval
        self._clock = clock
        self._last_full = clock()

    def collect_due(self) -> int:
        """Collect the oldest generation that is due; the number of unreachable objects found."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[2] > thresholds[2] and self._clock() - self._last_full >= self._full_interval:
            self._last_full = self._clock()
            return gc.collect(2)
        for generation in (1, 0):
            if counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0


def give_back() -> None:
    """Collect what is garbage now and return the freed memory to the system (a few ms)."""
    gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
