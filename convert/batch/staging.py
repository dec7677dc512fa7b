"""One file of a run on a store (`s3://`, `gs://`, …): its source fetched by the worker into a
scratch folder, converted there as any local file, and each output put where it lands.

Why a scratch copy rather than streams: the readers read paths (a PDF, a DOCX, the decisions
file beside an input), and the pipeline stays the one code for every file. Only the worker
reads the bytes; the client plans from the store's listing.

Why no temporary key on the store: one PUT (or a multipart upload, on its completion) makes an
object visible whole or not at all (S3: "Amazon S3 never adds partial objects"; a GCS upload
likewise appears only when it is finalized), so each output is written once under its final
name. A retried task PUTs the same bytes again. A worker killed before or during its PUTs
leaves no object of that output (an interrupted multipart upload leaves parts the store keeps
out of sight until it is aborted: docs/cluster.md); outputs put before it was killed are whole,
and the manifest does not record the file, so the rerun writes them all again.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..report import FileResult
from ..run.inputs import decisions_path
from ..run.stores import Store
from .worker import Task, Worker, failed

RunTask = Callable[[Task, Worker], FileResult]


def run_staged(task: Task, worker: Worker, run: RunTask) -> FileResult:
    """`run` on a local copy of the task: fetched from its store, outputs put to the run's."""
    started = time.perf_counter()
    out_store = worker.job.out_store
    local_worker = replace(worker, job=replace(worker.job, out_store=None))
    with tempfile.TemporaryDirectory(prefix="galley-stage-", dir=worker.scratch) as scratch:
        source = task.source
        if task.store is not None:
            source = Path(scratch, "in", task.source.name)
            problem = _fetch(task.store, task.source, source)
            if problem:
                return failed(task, problem, started)
        out_dir = Path(scratch, "out") if out_store is not None else task.out_dir
        staged = replace(task, source=source, out_dir=out_dir, store=None)
        result = _as_given(run(staged, local_worker), task, staged, out_store)
        if out_store is None or result.status != "converted":
            return result
        outputs = []
        for name in result.outputs:
            target = task.out_dir / Path(name).name
            try:
                put(out_store, out_dir / target.name, target)
            except Exception as exc:  # the store's own errors: botocore's, gcsfs's, OSError
                return failed(
                    task,
                    f"{out_store.url(target)} cannot be written ({type(exc).__name__}: {exc}); "
                    "the outputs put before it are whole, and the next run writes them again",
                    started,
                )
            outputs.append(out_store.url(target))
        return replace(result, outputs=tuple(outputs))


def put(store: Store, local: Path, target: Path) -> None:
    """One output on the store under its final name: one PUT (s3fs: a multipart upload from
    twice its 50 MiB chunk size), so it is whole or absent."""
    store.fs.put_file(str(local), target.as_posix())


def _fetch(store: Store, remote: Path, local: Path) -> str:
    """The source (and its decisions file, when it has one) copied here; what went wrong, if
    anything, as the message the file fails with."""
    local.parent.mkdir(parents=True)
    fs = store.fs
    try:
        fs.get_file(remote.as_posix(), str(local))
    except FileNotFoundError:
        return f"{store.url(remote)}: no such object (deleted since it was listed?)"
    except Exception as exc:
        return f"{store.url(remote)}: cannot be read ({type(exc).__name__}: {exc})"
    sidecar = decisions_path(remote)
    try:
        fs.get_file(sidecar.as_posix(), str(decisions_path(local)))
    except FileNotFoundError:
        pass  # none: converted without, as a local file without one
    except Exception as exc:
        return f"{store.url(sidecar)}: cannot be read ({type(exc).__name__}: {exc})"
    return ""


def _as_given(result: FileResult, task: Task, staged: Task, out_store: Store | None) -> FileResult:
    """The result naming the file as the client gave it, not its scratch copy."""
    if not result.error:
        return result
    error = result.error
    if task.store is not None:  # `failed` put the name before the scratch copy's: one is kept
        named = f"{task.display}: "
        if error.startswith(f"{named}{staged.source}"):
            error = error.removeprefix(named)
        error = error.replace(str(staged.source), task.display)
    if out_store is not None:
        error = error.replace(str(staged.out_dir), out_store.url(task.out_dir))
    return replace(result, error=error)
