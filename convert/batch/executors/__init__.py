"""Executors run a batch's tasks and yield each result as it completes, in any order.

An executor knows nothing of planning, the manifest, reporting or exit codes: it gets tasks, the
run's Job and a number of workers, and yields `(task index, FileResult)`. Closing its iterator
early (Ctrl-C, or the caller stopping) must stop the files in progress cleanly. Adding one (a
Dask cluster) is one module with an `execute` function and one row in `EXECUTORS`; modules are
imported when chosen, so the local one never pays for another's imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Generator, Sequence
from typing import Protocol

from ...errors import UsageError
from ...report import FileResult
from ..worker import Job, Task

# name -> module with `execute`
EXECUTORS: dict[str, str] = {
    "local": "convert.batch.executors.local",
}


class Execute(Protocol):
    def __call__(
        self, tasks: Sequence[Task], job: Job, workers: int
    ) -> Generator[tuple[int, FileResult], None, None]: ...


def get_executor(name: str) -> Execute:
    if name not in EXECUTORS:
        raise UsageError(f"unknown executor {name!r}; known: {', '.join(EXECUTORS)}")
    execute: Execute = importlib.import_module(EXECUTORS[name]).execute
    return execute
