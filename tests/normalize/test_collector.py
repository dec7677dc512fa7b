"""normalize() and the cyclic garbage collector: paused while the passes run, and afterwards the
change records sit in the oldest generation (no walk of them left for the next allocation), the
collector's switch and a caller's frozen objects as they were."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from convert.normalize import normalize

TEXT = "第一段,第二句.\n\n" * 200 + "ＡＢ１２\u200b中文\r\n"


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


@pytest.mark.usefixtures("collector_enabled")
def test_change_records_are_left_in_the_oldest_generation() -> None:
    result = normalize(TEXT)
    assert len(result.changes) > 100 and gc.isenabled()
    young = {id(o) for o in gc.get_objects(0)} | {id(o) for o in gc.get_objects(1)}
    assert not any(id(c) in young for c in result.changes)
    oldest = {id(o) for o in gc.get_objects(2)}
    assert all(id(c) in oldest for c in result.changes)


@pytest.mark.usefixtures("collector_enabled")
def test_a_callers_frozen_objects_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        result = normalize(TEXT)
        assert gc.get_freeze_count() == frozen and gc.isenabled()
        assert result.text == normalize(TEXT).text
    finally:
        gc.unfreeze()


def test_a_disabled_collector_stays_disabled() -> None:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        normalize(TEXT)
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()


@pytest.mark.usefixtures("collector_enabled")
def test_cyclic_garbage_made_before_is_still_collected_by_a_full_collection() -> None:
    class Node:
        other: object = None

    a, b = Node(), Node()
    a.other, b.other = b, a
    del a, b
    normalize(TEXT)
    assert gc.collect() >= 2
