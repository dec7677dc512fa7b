"""Running a batch: tasks through an executor, results in input order; and an incremental
convert run, planned as it goes, which skips what the manifest says is current and records what
it converts."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from pathlib import Path

from ..config.settings import Settings
from ..errors import ClusterError
from ..report import FileResult
from ..run.inputs import Input
from ..run.outputs import StaleSweeper, output_paths
from .executors import executor_for, get_executor
from .manifest import Manifest, ManifestSaver, options_key
from .plan import plan_lazily
from .worker import Job, Task


def worker_count(requested: int, tasks: int) -> int:
    cores = os.cpu_count() or 1
    return max(1, min(requested or cores, tasks))


def run(
    tasks: Iterable[Task],
    job: Job,
    jobs: int,
    on_result: Callable[[FileResult], None] = lambda _: None,
    executor: str | None = None,
) -> list[FileResult]:
    """Run every task, in worker processes when more than one is useful, or on the cluster the
    job's settings name (`executor`: another executor by name); results in input order.

    `tasks` may be a lazy iterable (a batch planned as it goes): it reaches the executor as it
    is, and the stale temporaries of each task's outputs are removed as the executor takes it."""
    workers = worker_count(jobs, len(tasks) if isinstance(tasks, Sized) else sys.maxsize)
    results: dict[int, FileResult] = {}
    if job.mode == "convert":
        tasks = _swept(tasks, job)
    execute = get_executor(executor or executor_for(job.settings.scheduler))
    # closed here, not when garbage collected, so an interrupt stops the workers at once
    with contextlib.closing(execute(tasks, job, workers)) as completed:
        for index, result in completed:
            results[index] = result
            on_result(result)
    return [results[i] for i in range(len(results))]


def _swept(tasks: Iterable[Task], job: Job) -> Iterator[Task]:
    """The tasks, each once what a killed run left of its outputs is removed (one listing a
    folder, however many tasks write there)."""
    if job.out_store is not None:  # a store has no temporaries: each output is one PUT
        yield from tasks
        return
    sweep = StaleSweeper()
    for task in tasks:
        sweep(output_paths(task.source, task.out_dir, job.formats, task.settings_in(job).review).values())
        yield task


class Batch:
    """A `galley convert` run, planned as it goes: each input is refused, skipped as unchanged
    or converted, and recorded in the manifest as it finishes. The input files are read (hashed
    for the manifest) only as the executor asks for tasks, so a cluster starts converting while
    the rest of a big folder is still to plan."""

    def __init__(
        self,
        inputs: Sequence[Input],
        out_dir: Path,
        job: Job,
        force: bool,
        settings_for: Callable[[Path], Settings] | None = None,
        manifest: Manifest | None = None,
    ) -> None:
        """`settings_for`: each input's own settings (default: the job's for every input);
        `manifest`: where the run is recorded (default: the output folder's)."""
        self.job = job
        self.inputs, self.out_dir, self.force, self.settings_for = inputs, out_dir, force, settings_for
        self.manifest = manifest or Manifest.load(out_dir)
        self.manifest.mode = job.file_mode
        self.refused = 0
        self.skipped = 0
        # display -> (task, manifest key, options), for the files sent and not finished yet
        self.todo: dict[str, tuple[Task, str, str]] = {}

    def left(self, converted: int) -> int:
        """Inputs neither refused, skipped nor converted (so far)."""
        return len(self.inputs) - self.refused - self.skipped - converted

    def run(self, jobs: int, on_result: Callable[[FileResult], None]) -> None:
        """Every input's result, refusals and skips included, to `on_result` as it is known; each
        converted file is journaled, the manifest saved when interrupted."""
        saver = ManifestSaver(self.manifest)

        def finished(result: FileResult) -> None:
            task, key, options = self.todo.pop(result.path)
            saver.record(key, task, options, result)
            on_result(result)

        try:
            run(self._planned(on_result), self.job, jobs, finished)
        except (KeyboardInterrupt, ClusterError):
            saver.save_quietly()  # what finished is remembered, so the next run skips it
            raise
        finally:
            saver.close()

    def _planned(self, on_result: Callable[[FileResult], None]) -> Iterator[Task]:
        keys: dict[int, str] = {}  # options key per settings object: one per configuration file
        for planned in plan_lazily(self.inputs, self.out_dir, self.job, self.settings_for):
            if isinstance(planned, FileResult):
                self.refused += 1
                on_result(planned)
                continue
            task, key = planned
            settings = task.settings_in(self.job)
            if id(settings) not in keys:
                keys[id(settings)] = options_key(self.job, settings)
            options = keys[id(settings)]
            if not self.force and self.manifest.is_current(key, task.digest, options):
                self.skipped += 1
                on_result(FileResult(task.display, "skipped", counts=self.manifest.counts(key)))
            else:
                self.todo[task.display] = (task, key, options)
                yield task

    def save(self) -> None:
        """The final save; a GalleyError here means only the next run's skipping suffers."""
        self.manifest.save()
