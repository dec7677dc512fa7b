"""Running a batch: tasks through an executor, results in input order; and an incremental
convert run, which skips what the manifest says is current and records what it converts."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from ..config.settings import Settings
from ..errors import ClusterError
from ..report import FileResult
from ..run.inputs import Input
from ..run.outputs import output_paths, remove_stale_temporaries
from .executors import executor_for, get_executor
from .manifest import Manifest, ManifestSaver, options_key
from .plan import plan
from .worker import Job, Task


def worker_count(requested: int, tasks: int) -> int:
    cores = os.cpu_count() or 1
    return max(1, min(requested or cores, tasks))


def run(
    tasks: Sequence[Task],
    job: Job,
    jobs: int,
    on_result: Callable[[FileResult], None] = lambda _: None,
    executor: str | None = None,
) -> list[FileResult]:
    """Run every task, in worker processes when more than one is useful, or on the cluster the
    job's settings name (`executor`: another executor by name); results in input order."""
    workers = worker_count(jobs, len(tasks))
    results: dict[int, FileResult] = {}
    if job.mode == "convert":
        # what killed runs left, for every task at once (one listing a folder)
        remove_stale_temporaries(
            target
            for task in tasks
            for target in output_paths(
                task.source, task.out_dir, job.formats, task.settings_in(job).review
            ).values()
        )
    execute = get_executor(executor or executor_for(job.settings.scheduler))
    # closed here, not when garbage collected, so an interrupt stops the workers at once
    with contextlib.closing(execute(tasks, job, workers)) as completed:
        for index, result in completed:
            results[index] = result
            on_result(result)
    return [results[i] for i in range(len(tasks))]


class Batch:
    """A planned `galley convert` run: refused files, files skipped as unchanged, and the rest to
    convert, which `run` converts and records in the manifest as they finish."""

    def __init__(
        self,
        inputs: Sequence[Input],
        out_dir: Path,
        job: Job,
        force: bool,
        settings_for: Callable[[Path], Settings] | None = None,
    ) -> None:
        """`settings_for`: each input's own settings (default: the job's for every input)."""
        self.job = job
        planned = plan(inputs, out_dir, job, settings_for)
        self.refused = planned.refused
        self.manifest = Manifest.load(out_dir)
        self.manifest.mode = job.file_mode
        self.skipped: list[FileResult] = []
        self.todo: dict[str, tuple[Task, str, str]] = {}  # display -> (task, manifest key, options)
        keys: dict[int, str] = {}  # options key per settings object: one per configuration file
        for task, key in zip(planned.tasks, planned.keys, strict=True):
            settings = task.settings_in(job)
            if id(settings) not in keys:
                keys[id(settings)] = options_key(job, settings)
            options = keys[id(settings)]
            if not force and self.manifest.is_current(key, task.digest, options):
                counts = self.manifest.counts(key)
                self.skipped.append(FileResult(task.display, "skipped", counts=counts))
            else:
                self.todo[task.display] = (task, key, options)

    def run(self, jobs: int, on_result: Callable[[FileResult], None]) -> None:
        """Convert what is to do; each finished file is journaled, the manifest saved when
        interrupted."""
        saver = ManifestSaver(self.manifest)

        def finished(result: FileResult) -> None:
            task, key, options = self.todo[result.path]
            saver.record(key, task, options, result)
            on_result(result)

        try:
            run([task for task, _, _ in self.todo.values()], self.job, jobs, finished)
        except (KeyboardInterrupt, ClusterError):
            saver.save_quietly()  # what finished is remembered, so the next run skips it
            raise
        finally:
            saver.close()

    def save(self) -> None:
        """The final save; a GalleyError here means only the next run's skipping suffers."""
        self.manifest.save()
