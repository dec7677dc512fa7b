"""Executors run a batch's tasks and yield each result as it completes, in any order.

An executor knows nothing of planning, the manifest, reporting or exit codes: it gets tasks (an
iterable, so a cluster can take them as they are found), the run's Job and a number of workers,
and yields `(task index, FileResult)`, the index counting from 0 in the order the tasks came. Closing its iterator
early (Ctrl-C, or the caller stopping) must stop the files in progress cleanly. Adding one (a
Dask cluster) is one module with an `execute` function and one row in `EXECUTORS`; modules are
imported when chosen, so the local one never pays for another's imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Generator, Iterable
from typing import Protocol

from ...errors import UsageError
from ...report import FileResult
from ..worker import Job, Task

# name -> module with `execute`
EXECUTORS: dict[str, str] = {
    "local": "convert.batch.executors.local",
    "dask": "convert.batch.executors.dask",
}


def executor_for(scheduler: str) -> str:
    """The executor a run's `scheduler` setting asks for: a Dask scheduler's address, or this
    machine's pool ("" or "local")."""
    return "local" if scheduler in ("", "local") else "dask"


class Execute(Protocol):
    def __call__(
        self, tasks: Iterable[Task], job: Job, workers: int
    ) -> Generator[tuple[int, FileResult], None, None]: ...


def get_executor(name: str) -> Execute:
    if name not in EXECUTORS:
        raise UsageError(f"unknown executor {name!r}; known: {', '.join(EXECUTORS)}")
    try:
        module = importlib.import_module(EXECUTORS[name])
    except ModuleNotFoundError as exc:  # an optional engine, not installed
        raise UsageError(
            f"the {name} executor needs the Python package {exc.name!r}: "
            f"pip install 'galley[{name}]'"
        ) from None
    execute: Execute = module.execute
    return execute
