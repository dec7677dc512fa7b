"""Preloaded by the test cluster's workers (`dask worker --preload`): a file named `poison*`
kills the worker process converting it, as a file that runs a worker out of memory would.
Every other file is converted as usual."""

from __future__ import annotations

import os
import signal
from typing import Any


def dask_setup(worker: Any) -> None:
    from convert.batch import worker as work

    convert = work.run_task

    def run_task(task: Any, ready: Any) -> Any:
        if task.source.name.startswith("poison"):
            os.kill(os.getpid(), signal.SIGKILL)
        return convert(task, ready)

    work.run_task = run_task
