"""The executors' registry: a name gives a module's `execute`, imported when chosen."""

from __future__ import annotations

import pytest

from convert.batch.executors import EXECUTORS, get_executor, local
from convert.errors import UsageError


def test_the_local_executor_is_registered() -> None:
    assert list(EXECUTORS) == ["local"]
    assert get_executor("local") is local.execute


def test_an_unknown_executor_is_a_usage_error_naming_the_known_ones() -> None:
    with pytest.raises(UsageError, match="unknown executor 'ray'; known: local"):
        get_executor("ray")
