"""Batches: which files to convert, in which worker, and which can be skipped.

- Planning maps every input to its output folder (mirroring the input tree) and refuses, file by
  file, outputs that would collide with another input's or overwrite an input.
- The manifest (`.galley-manifest.json` in the output folder) remembers, per output, the SHA-256
  of the input's bytes, a key of every option that shapes the outputs, and Galley's version; an
  input whose three match and whose outputs all still exist is skipped.
- Workers are processes started once per run. Their initializer imports the writers the run
  needs (WeasyPrint alone takes about a second) and finds pandoc, so that cost is paid once per
  worker rather than once per file; a run that asks only for DOCX never imports WeasyPrint.
  A worker turns every exception into a failed FileResult, so one bad file fails alone.
- Stopping (docs/hardening.md): workers ignore SIGINT, so a Ctrl-C reaches only the main process,
  which sends each worker SIGTERM; a worker turns that into KeyboardInterrupt, so the file it is
  writing loses its temporary file and nothing else, and it starts no further file. A worker
  whose main process died (`kill -9`) stops the same way instead of waiting forever.

The work done per file is the same function in a worker and in-process (`-j 1`), which is why
their outputs are byte-identical.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import threading
import time
import traceback
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from . import __version__
from .config import Settings, settings_from_mapping
from .errors import GalleyError
from .pipeline import Input, convert_prepared, output_paths, prepare, remove_stale_temporaries
from .report import FileResult
from .writers import WriteOptions, get_writer

MANIFEST = ".galley-manifest.json"
Mode = Literal["convert", "check"]


@dataclass(frozen=True)
class Job:
    """What every file of a run shares. Plain data only: it is pickled to the workers."""

    mode: Mode
    formats: tuple[str, ...]
    settings: dict[str, Any]  # settings_to_mapping(Settings): Config holds unpicklable proxies
    write: WriteOptions = field(default_factory=WriteOptions)
    review: bool = True
    debug: bool = False


@dataclass(frozen=True)
class Task:
    source: Path
    out_dir: Path
    display: str
    digest: str = ""


@dataclass(frozen=True)
class _Ready:
    """A Job with its settings rebuilt, held by each worker for the whole run."""

    job: Job
    settings: Settings


def warm(job: Job) -> _Ready:
    """Pay the per-process costs once: import the writers the run needs and find pandoc."""
    if job.mode == "convert":
        for name in job.formats:
            get_writer(name)
        if "epub" in job.formats:
            from .engines.pandoc import pandoc_path

            pandoc_path()
    return _Ready(job, settings_from_mapping(job.settings))


_WORKER: _Ready | None = None  # set once in each worker process by its initializer
_BUSY = False  # a worker is converting a file: a stop must unwind it, not just end the process
STOP_GRACE = 5.0  # seconds a stopped worker gets to clean up before it is killed
PARENT_POLL = 0.5  # seconds between a worker's checks that its main process is alive


def _init_worker(job: Job) -> None:
    global _WORKER
    _guard_worker()
    _WORKER = warm(job)


def _guard_worker() -> None:
    """Ctrl-C is the main process's to handle; SIGTERM (from it, or from a dead parent's watch)
    interrupts the current file cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_worker)
    parent = os.getppid()
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _stop_worker(signum: int, frame: object) -> None:
    # once: a second SIGTERM (the pool terminates every worker when one exits) must not cut
    # short the cleanup the first one started
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if _BUSY:
        raise KeyboardInterrupt  # unwinds write_all_atomic, which removes its temporary files
    os._exit(1)  # idle: nothing to clean up


def _watch_parent(parent: int) -> None:
    """A worker orphaned by `kill -9` of its batch would otherwise block on its queue forever."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(STOP_GRACE)
    os._exit(1)


def _run_in_worker(task: Task) -> FileResult:
    global _BUSY
    assert _WORKER is not None, "worker used before its initializer ran"
    _BUSY = True
    try:
        return run_task(task, _WORKER)
    except KeyboardInterrupt:
        os._exit(1)  # stopped: the file's temporary outputs are already removed; start no other
    finally:
        _BUSY = False


def run_task(task: Task, ready: _Ready) -> FileResult:
    """One file, start to finish; never raises for anything the file or the engines did."""
    started = time.perf_counter()
    settings, job = ready.settings, ready.job
    try:
        if job.mode == "check":
            prepared = prepare(task.source, settings.config, settings.severity)
            changes = prepared.normalized.changes if prepared.normalized else ()
            return FileResult(
                task.display, "checked", time.perf_counter() - started, findings=changes
            )
        written, prepared = convert_prepared(
            task.source,
            task.out_dir,
            job.formats,
            settings.config,
            job.write,
            review=job.review,
            severity=settings.severity,
            clear_stale=False,  # `run` cleared every task's at the start
        )
    except GalleyError as exc:
        return _failed(task, str(exc), started)
    except Exception as exc:  # an engine's bug must not stop the batch; say how to report it
        detail = traceback.format_exc() if job.debug else f"{type(exc).__name__}: {exc}"
        message = (
            f"{task.display}: internal error ({detail.strip()}); rerun with --debug and report it"
        )
        return _failed(task, message, started)
    changes = prepared.normalized.changes if prepared.normalized else ()
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.severity] = counts.get(change.severity, 0) + 1
    return FileResult(
        task.display,
        "converted",
        time.perf_counter() - started,
        outputs=tuple(str(p) for p, _ in written),
        counts=tuple(sorted(counts.items())),
    )


def _failed(task: Task, message: str, started: float) -> FileResult:
    if not message.startswith(task.display):
        message = f"{task.display}: {message}"
    return FileResult(task.display, "failed", time.perf_counter() - started, error=message)


def worker_count(requested: int, tasks: int) -> int:
    cores = os.cpu_count() or 1
    return max(1, min(requested or cores, tasks))


def run(
    tasks: Sequence[Task],
    job: Job,
    jobs: int,
    on_result: Callable[[FileResult], None] = lambda _: None,
) -> list[FileResult]:
    """Run every task, in worker processes when more than one is useful; results in input order."""
    workers = worker_count(jobs, len(tasks))
    results: dict[int, FileResult] = {}
    if (
        job.mode == "convert"
    ):  # what killed runs left, for every task at once (one listing a folder)
        remove_stale_temporaries(
            target
            for task in tasks
            for target in output_paths(task.source, task.out_dir, job.formats, job.review).values()
        )
    if workers == 1:
        # one file: importing the writers lazily, as it renders, lets pandoc run meanwhile
        ready = warm(job) if len(tasks) > 1 else _Ready(job, settings_from_mapping(job.settings))
        for index, task in enumerate(tasks):
            results[index] = run_task(task, ready)
            on_result(results[index])
    else:
        # closed here, not when garbage collected, so an interrupt stops the workers at once
        with contextlib.closing(_pooled(tasks, job, workers)) as pooled:
            for index, result in pooled:
                results[index] = result
                on_result(result)
    return [results[i] for i in range(len(tasks))]


def _pooled(
    tasks: Sequence[Task], job: Job, workers: int
) -> Generator[tuple[int, FileResult], None, None]:
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(job,))
    pending: dict[Future[FileResult], int] = {
        pool.submit(_run_in_worker, task): i for i, task in enumerate(tasks)
    }
    try:
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                index = pending.pop(future)
                try:
                    yield index, future.result()
                except Exception as exc:  # the worker itself died (killed, out of memory)
                    yield (
                        index,
                        _failed(tasks[index], f"worker died ({exc})", time.perf_counter()),
                    )
    except BaseException:  # Ctrl-C, or the caller stopped early: stop the files in progress
        _stop_workers(pool)
        raise
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """SIGTERM each worker (it removes its temporary file), then SIGKILL any still running."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(OSError):
            process.terminate()
    deadline = time.monotonic() + STOP_GRACE
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()


# --- planning and the manifest ---------------------------------------------------------------


def file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""  # the task itself reports why the file cannot be read


def options_key(job: Job) -> str:
    """A digest of everything besides the input that shapes the outputs, style files included."""
    style = job.write.style_dir
    style_files = (
        {
            str(p.relative_to(style)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(style.rglob("*"))
            if p.is_file()
        }
        if style.is_dir()
        else {}
    )
    sheet = Path(job.write.style or "")
    if sheet.suffix.lower() == ".css" and sheet.is_file():  # a sheet given by path, not a folder
        style_files[str(sheet.resolve())] = hashlib.sha256(sheet.read_bytes()).hexdigest()
    write = {k: str(v) for k, v in asdict(job.write).items()}
    data = {
        "formats": job.formats,
        # how many workers and what fails the run do not change a single output byte
        "settings": {k: v for k, v in job.settings.items() if k not in ("jobs", "fail-on")},
        "write": write,
        "style_files": style_files,
        "review": job.review,
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


@dataclass
class Manifest:
    path: Path
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, out_dir: Path) -> Manifest:
        path = out_dir / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = data["files"] if isinstance(data.get("files"), dict) else {}
        except (OSError, ValueError, AttributeError):
            entries = {}  # no manifest, or a damaged one: rebuild everything
        return cls(path, entries)

    def is_current(self, key: str, digest: str, options: str) -> bool:
        entry = self.entries.get(key)
        return bool(
            digest
            and entry
            and entry.get("input_sha256") == digest
            and entry.get("options") == options
            and entry.get("galley") == __version__
            and all(Path(p).exists() for p in entry.get("outputs", []))
        )

    def record(self, key: str, task: Task, options: str, result: FileResult) -> None:
        if result.status != "converted":
            self.entries.pop(key, None)  # a failed file is retried on the next run
            return
        self.entries[key] = {
            "source": str(task.source),
            "input_sha256": task.digest,
            "options": options,
            "galley": __version__,
            "outputs": list(result.outputs),
            "counts": dict(result.counts),
        }

    def counts(self, key: str) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(self.entries.get(key, {}).get("counts", {}).items()))

    def save(self) -> None:
        from .pipeline import write_atomic

        data = {"galley": __version__, "files": dict(sorted(self.entries.items()))}
        write_atomic(self.path, (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode())


@dataclass
class Plan:
    tasks: list[Task]
    keys: list[str]
    refused: list[FileResult]


def plan(inputs: Sequence[Input], out_dir: Path, job: Job) -> Plan:
    """Tasks for `inputs`; inputs whose outputs would collide or overwrite an input are refused."""
    resolved_inputs = {i.path.resolve() for i in inputs if i.path.exists()}
    claimed: dict[Path, str] = {}
    tasks, keys, refused = [], [], []
    for item in inputs:
        target_dir = out_dir / item.subdir
        targets = output_paths(item.path, target_dir, job.formats, job.review)
        display = str(item.path)
        clash = next((claimed[t] for t in targets.values() if t in claimed), None)
        overwrite = next((t for t in targets.values() if t.resolve() in resolved_inputs), None)
        if clash is not None:
            refused.append(
                FileResult(
                    display,
                    "failed",
                    error=f"{display}: its outputs would overwrite "
                    f"those of {clash}; rename one of them or convert them separately",
                )
            )
            continue
        if overwrite is not None:
            refused.append(
                FileResult(
                    display,
                    "failed",
                    error=f"{display}: output {overwrite} would "
                    "overwrite the input; choose another -o folder",
                )
            )
            continue
        claimed.update(dict.fromkeys(targets.values(), display))
        key = str((item.subdir / item.path.stem).as_posix())
        tasks.append(Task(item.path, target_dir, display, file_digest(item.path)))
        keys.append(key)
    return Plan(tasks, keys, refused)
