"""Garbage collected when due, on the caller's thread: `collect_due` does what the automatic collector
would have done at that moment, so the program can run it on the GUI thread only."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from ambitieweb import memory
from ambitieweb.memory import Collection, give_back


class FakeGc:
    """The collector's counts and thresholds, set by the test; records what was collected."""

    def __init__(
        self, counts: tuple[int, int, int], thresholds: tuple[int, int, int] = (700, 10, 10)
    ) -> None:
        self.counts, self.thresholds = counts, thresholds
        self.collected: list[int] = []

    def get_count(self) -> tuple[int, int, int]:
        return self.counts

    def get_threshold(self) -> tuple[int, int, int]:
        return self.thresholds

    def collect(self, generation: int = 2) -> int:
        self.collected.append(generation)
        return 7


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("counts", "collected"),
    [
        ((0, 0, 0), []),
        ((700, 10, 10), []),  # equal is not yet due, as in CPython
        ((701, 0, 0), [0]),
        ((701, 10, 0), [0]),
        ((0, 11, 0), [1]),
        ((701, 11, 0), [1]),  # the middle generation collects the young one with it
        ((0, 0, 11), [2]),
        ((701, 11, 11), [2]),  # one whole collection, not three
    ],
)
def test_the_oldest_generation_past_its_threshold_is_collected(
    monkeypatch: pytest.MonkeyPatch, counts: tuple[int, int, int], collected: list[int]
) -> None:
    fake, clock = FakeGc(counts), Clock()
    monkeypatch.setattr(memory, "gc", fake)
    collection = Collection(full_interval=60, clock=clock)
    clock.now += 60  # a whole minute since the last whole collection: allowed again
    assert collection.collect_due() == (7 if collected else 0)
    assert fake.collected == collected


def test_whole_collections_come_at_most_once_a_minute(monkeypatch: pytest.MonkeyPatch) -> None:
    fake, clock = FakeGc((0, 0, 11)), Clock()
    monkeypatch.setattr(memory, "gc", fake)
    collection = Collection(full_interval=60, clock=clock)
    assert collection.collect_due() == 0  # the program (or the run) just started
    clock.now += 59.9
    fake.counts = (701, 11, 11)
    collection.collect_due()
    assert fake.collected == [1]  # the middle generation meanwhile
    clock.now += 0.1
    collection.collect_due()
    assert fake.collected == [1, 2]
    clock.now += 30
    collection.collect_due()
    assert fake.collected == [1, 2, 1]  # counted from the last whole collection


@pytest.fixture
def automatic_collection_off() -> Iterator[None]:
    saved = gc.get_threshold()
    gc.disable()
    yield
    gc.set_threshold(*saved)


class Node:
    def __init__(self) -> None:
        self.me = self


@pytest.mark.usefixtures("automatic_collection_off")
def test_a_cycle_is_freed_when_due_and_kept_until_then() -> None:
    gc.collect()
    node = Node()
    gone = weakref.ref(node)
    del node
    gc.set_threshold(1_000_000, 10, 10)
    collection = Collection()
    assert collection.collect_due() == 0
    assert gone() is not None
    gc.set_threshold(1, 10, 10)
    assert collection.collect_due() >= 1
    assert gone() is None


@pytest.mark.usefixtures("automatic_collection_off")
def test_give_back_frees_every_cycle() -> None:
    node = Node()
    gone = weakref.ref(node)
    gc.collect(0)
    gc.collect(1)  # an old cycle now
    del node
    gc.set_threshold(1_000_000, 10, 10)
    give_back()
    assert gone() is None
