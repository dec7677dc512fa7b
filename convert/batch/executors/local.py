"""This machine's cores: files in-process (one worker) or in a warm process pool (`pool`).

The pool's module, and multiprocessing with it, is imported only when a run has more than one
worker: a one-file `galley convert` does without it (bench/README.md, "Cold call, third step").
"""

from __future__ import annotations

import contextlib
from collections.abc import Generator, Iterable, Sequence

from ...report import FileResult
from ...run import pipeline  # noqa: F401  imported before the pool forks: its workers share it
from ..worker import Job, Task, ready, run_task, warm


def execute(
    tasks: Iterable[Task], job: Job, workers: int
) -> Generator[tuple[int, FileResult], None, None]:
    """Every task's result as it completes, with the task's index."""
    # one machine's batch fits: planned in full first, so that no more workers start than files
    tasks = tasks if isinstance(tasks, Sequence) else list(tasks)
    workers = max(1, min(workers, len(tasks)))
    if workers == 1:
        # one file: importing the writers lazily, as it renders, lets pandoc run meanwhile
        worker = warm(job) if len(tasks) > 1 else ready(job)
        for index, task in enumerate(tasks):
            yield index, run_task(task, worker)
    else:
        from .pool import pooled

        # closed here, not when garbage collected, so an interrupt stops the workers at once
        with contextlib.closing(pooled(tasks, job, workers)) as results:
            yield from results
