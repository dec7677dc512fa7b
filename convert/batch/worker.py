"""The work done per file, the same in a worker process and in-process (`-j 1`), which is why
their outputs are byte-identical.

A run's shared choices (`Job`) reach each worker once; `warm` pays the per-process costs once,
importing the writers the run needs (WeasyPrint is slow to import) and finding pandoc, so a run
that asks only for DOCX never imports WeasyPrint. `run_task` turns every exception into a failed
FileResult, so one bad file fails alone.

The pipeline itself is imported by `warm` (or the first task), not with this module: a Dask
client plans and reports but converts nothing, and need not pay for it; the local pool imports
it before it forks (`executors/local.py`), so its workers share it as before.
"""

from __future__ import annotations

import importlib
import time
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .. import writers
from ..changes import Change
from ..config.settings import Settings
from ..errors import GalleyError
from ..report import FileResult
from ..run.outputs import output_mode, output_paths, remove_stale_temporaries
from ..writers import DEFAULT_FORMATS, WriteOptions

if TYPE_CHECKING:
    from ..run.stores import Store  # imported only by runs on a store

Mode = Literal["convert", "check"]
PIPELINE = "convert.run.pipeline"  # imported where files are converted, not where they are planned


@dataclass(frozen=True)
class Job:
    """What every file of a run shares: it is pickled to the workers once. `settings` are the
    run's (its formats, and each file's settings where a task has none of its own)."""

    mode: Mode
    settings: Settings = field(default_factory=Settings)
    debug: bool = False
    # the outputs' mode, from the umask of the process that made the Job (the main one), read
    # once: a worker reading it could race with its writer threads
    file_mode: int = field(default_factory=output_mode)
    # check: also return each file's source and repaired text (for --baseline and --diff)
    keep_texts: bool = False
    # the store the outputs go to (None: a filesystem); Task.out_dir is then its path there
    out_store: Store | None = None

    @property
    def formats(self) -> tuple[str, ...]:
        """The formats written (none when checking)."""
        return (self.settings.formats or DEFAULT_FORMATS) if self.mode == "convert" else ()

    @property
    def review(self) -> bool:
        return self.settings.review


@dataclass(frozen=True)
class Task:
    """One file of a run: where its outputs go, the name it is reported under, its input's digest
    (for the manifest), its own settings (from the configuration file nearest to it; None:
    the run's), and the store its source is on (None: a filesystem)."""

    source: Path
    out_dir: Path
    display: str
    digest: str = ""
    settings: Settings | None = None
    store: Store | None = None

    def settings_in(self, job: Job) -> Settings:
        return self.settings or job.settings


@dataclass(frozen=True)
class Worker:
    """A Job made ready for work, held for the whole run by each process that converts;
    `scratch`: where a file on a store is staged (None: the temporary directory)."""

    job: Job
    write: WriteOptions
    scratch: str | None = None


def ready(job: Job) -> Worker:
    return Worker(job, job.settings.write_options())


def warm(job: Job) -> Worker:
    """Pay the per-process costs once: import the pipeline and the writers the run needs, and
    find pandoc."""
    importlib.import_module(PIPELINE)
    for name in job.formats:
        writers.warm(name)
    return ready(job)


def run_task(task: Task, worker: Worker) -> FileResult:
    """One file, start to finish; never raises for anything the file or the engines did."""
    if task.store is not None or worker.job.out_store is not None:
        from .staging import run_staged  # only runs on a store pay for its imports

        return run_staged(task, worker, run_task)
    from ..run.pipeline import convert_one, prepare, reported

    started = time.perf_counter()
    job, settings = worker.job, task.settings_in(worker.job)
    try:
        if job.mode == "check":
            prepared = prepare(task.source, settings.config, settings.severity)
            changes = reported(prepared, settings.severity)
            normalized = prepared.normalized
            texts = (normalized.source, normalized.text) if job.keep_texts and normalized else ()
            return FileResult(
                task.display,
                "checked",
                time.perf_counter() - started,
                findings=in_order(changes),
                texts=texts,
            )
        written, prepared = convert_one(
            task.source,
            task.out_dir,
            job.formats,
            settings.config,
            worker.write if task.settings is None else settings.write_options(),
            review=settings.review,
            severity=settings.severity,
            mode=job.file_mode,
        )
    except GalleyError as exc:
        return failed(task, str(exc), started)
    except Exception as exc:  # an engine's bug must not stop the batch; say how to report it
        detail = traceback.format_exc() if job.debug else f"{type(exc).__name__}: {exc}"
        message = (
            f"{task.display}: internal error ({detail.strip()}); rerun with --debug and report it"
        )
        return failed(task, message, started)
    counts: dict[str, int] = {}
    for change in reported(prepared, settings.severity):
        counts[change.severity] = counts.get(change.severity, 0) + 1
    return FileResult(
        task.display,
        "converted",
        time.perf_counter() - started,
        outputs=tuple(map(str, written)),
        counts=tuple(sorted(counts.items())),
    )


def in_order(changes: Sequence[Change]) -> tuple[Change, ...]:
    """Findings as a reader goes through the file: by line and column. The log is in the order
    the passes ran (a later pass's 5:10 after an earlier one's 7:1); a stable sort keeps that
    order for findings at the same place."""
    return tuple(sorted(changes, key=attrgetter("line", "column")))


def failed(task: Task, message: str, started: float) -> FileResult:
    if not message.startswith(task.display):
        message = f"{task.display}: {message}"
    return FileResult(task.display, "failed", time.perf_counter() - started, error=message)


def remove_temporaries(tasks: Iterable[Task], job: Job) -> None:
    """Remove what a killed worker left of these tasks' outputs (`.NAME.*.tmp`), once nothing
    else is writing them: only their names', in one listing per folder. (A store has none:
    each output is one PUT, `staging.py`.)"""
    if job.mode != "convert" or job.out_store is not None:
        return
    remove_stale_temporaries(
        target
        for task in tasks
        for target in output_paths(
            task.source, task.out_dir, job.formats, task.settings_in(job).review
        ).values()
    )
