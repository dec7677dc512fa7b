"""The executors' registry: a name gives a module's `execute`, imported when chosen."""

from __future__ import annotations

import subprocess
import sys

import pytest

from convert.batch.executors import EXECUTORS, executor_for, get_executor, local
from convert.errors import UsageError


def test_the_local_and_dask_executors_are_registered() -> None:
    assert list(EXECUTORS) == ["local", "dask"]
    assert get_executor("local") is local.execute


def test_an_unknown_executor_is_a_usage_error_naming_the_known_ones() -> None:
    with pytest.raises(UsageError, match="unknown executor 'ray'; known: local, dask"):
        get_executor("ray")


def test_a_scheduler_address_chooses_dask_and_local_or_nothing_this_machine() -> None:
    assert executor_for("") == executor_for("local") == "local"
    assert executor_for("tcp://10.0.0.5:8786") == "dask"


def test_the_local_executor_never_imports_dask() -> None:
    code = (
        "import sys; from convert.batch.executors import get_executor; get_executor('local'); "
        "print(any(m.split('.')[0] in ('dask', 'distributed') for m in sys.modules))"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"


def test_one_file_on_the_local_executor_never_imports_multiprocessing() -> None:
    """The process pool (and multiprocessing) is imported only for more than one worker."""
    code = (
        "import sys; from convert.batch.executors import get_executor; get_executor('local'); "
        "print(sorted(m for m in sys.modules if m.startswith(('multiprocessing', "
        "'concurrent.futures.process', 'convert.batch.executors.pool'))))"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"


def test_dask_without_its_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "convert.batch.executors.dask", raising=False)
    with pytest.raises(UsageError, match=r"needs the Python package 'distributed': pip install 'galley\[dask\]'"):
        get_executor("dask")
