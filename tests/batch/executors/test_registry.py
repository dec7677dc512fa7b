"""The executors' registry: a name gives a module's `execute`, imported when chosen."""

from __future__ import annotations

from convert.batch.executors import EXECUTORS, get_executor, local


def test_the_local_executor_is_registered() -> None:
    assert list(EXECUTORS) == ["local"]
    assert get_executor("local") is local.execute
