"""A Dask cluster (`--scheduler tcp://HOST:8786`): the same tasks, run by `dask worker` processes
on any number of machines that see the inputs and the output folder at the same paths.

- A bounded window of tasks in flight (`as_completed(...).add`), topped up from the tasks as they
  come: a task pending on a Dask client costs about 8 KiB (docs/cluster.md), so a batch of
  millions is never submitted at once.
- Warm once per worker: a WorkerPlugin carries the run's Job to each worker and runs
  `worker.warm` there (again on a worker that restarts or joins later), so only the writers the
  run asks for are imported, once per worker process.
- Paths are made absolute on the client (a worker's working directory is not the user's), and the
  results name files as they were given, so reports and errors read exactly as on one machine.
- A worker lost mid-file (killed, out of memory, preempted): the scheduler runs its tasks again
  elsewhere, up to its `allowed-failures` (3 by default); a task lost more often is a file that
  kills workers, reported failed with that reason while the rest goes on. A file run twice is
  written twice with the same bytes, each time through `write_all_atomic`, so no half-written
  file ever has its final name; the temporary a killed worker left is removed by the client
  once the task it was running has ended (`_Lost`), so a finished run leaves none.
- The scheduler lost: a ClusterError; what finished is already in the manifest.
- A worker under a nanny gets `MALLOC_TRIM_THRESHOLD_=65536` from it, which made glibc hand
  memory back and fault it in again on every article (system time, bench/README.md); the
  plugin undoes that in each worker it warms (`keep_freed_memory`).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
import time
import uuid
from collections.abc import Generator, Iterable, Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any

from distributed import Client, Future, as_completed, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from ...errors import ClusterError
from ...report import FileResult
from ..worker import Job, Task, Worker, failed, remove_temporaries, warm

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler before giving up
TASKS_PER_THREAD = 4  # tasks in flight per worker thread: enough to keep every worker fed
MIN_WINDOW = 16  # in flight while the cluster is still small (adaptive clusters start empty)
WINDOW_REFRESH = 5.0  # seconds between asking the scheduler how many threads it has
# files sent in one Dask task; None: MIN_FILES_PER_TASK, and one more for each THREADS_PER_FILE
# threads past that, so that a big cluster sends its scheduler about as many tasks per second
# as 100 threads would (~80/s at 0.3 s an article: a fraction of the ~250 tasks/s Dask's
# scheduler runs on a small machine). Several files a task also on a small cluster: each task
# costs the client, the scheduler and the worker CPU of their own, which 4 files a task cut by
# a third of Dask's extra (bench/README.md); a killed worker then takes up to 4 files down
# (each run again elsewhere) and progress comes 4 files at a time. The first window's tasks
# are single files all the same (`_run`)
FILES_PER_TASK: int | None = None
MIN_FILES_PER_TASK = 4
THREADS_PER_FILE = 25
RETRIES = 2  # reruns of a task that raised (run_task itself never raises for a file)
# what a Dask nanny puts in its worker's environment (distributed.nanny.pre-spawn-environ)
NANNY_TRIM_THRESHOLD = "65536"
# glibc's mallopt parameters (malloc.h) and the values a worker gets instead of the nanny's:
# glibc's own ceiling for the mmap threshold, and a trim threshold above a thread's 64 MiB heap
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
KEPT_TRIM_THRESHOLD = 256 << 20
KEPT_MMAP_THRESHOLD = 32 << 20


def execute(
    tasks: Iterable[Task], job: Job, workers: int
) -> Generator[tuple[int, FileResult], None, None]:
    """Every task's result as it completes, with the task's index. `workers` is the cluster's
    business (its `dask worker` processes), not this machine's."""
    address = job.settings.scheduler
    with contextlib.ExitStack() as stack:
        if not job.debug:  # its tracebacks of a lost scheduler say less than our one line
            stack.enter_context(_quiet("distributed"))
        client = connect(address)
        plugin = f"galley-warm-{uuid.uuid4().hex}"  # this run's Job, apart from any other run's
        try:
            client.register_plugin(_Warm(job), name=plugin)
            lost = _Lost(client, job)  # subscribed before the first task is sent
            yield from _run(client, plugin, enumerate(tasks), address, lost)
        finally:
            _close(client, plugin)


@contextlib.contextmanager
def _quiet(prefix: str) -> Iterator[None]:
    """Only critical messages from the loggers under `prefix` while a run uses them."""
    names = [prefix, *(n for n in logging.root.manager.loggerDict if n.startswith(prefix + "."))]
    loggers = [logging.getLogger(n) for n in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def connect(address: str) -> Any:
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address} ({exc}); start it "
            "(docs/cluster.md) or correct --scheduler"
        ) from None
    if not client.nthreads():
        log.warning("the Dask cluster at %s has no workers yet; files wait for one", address)
    return client


def _close(client: Any, plugin: str) -> None:
    with contextlib.suppress(Exception):
        if client.status == "running":
            client.unregister_worker_plugin(plugin)
    with contextlib.suppress(Exception):
        client.unsubscribe_topic(_Lost.TOPIC)
    with contextlib.suppress(Exception):
        client.close(timeout=CONNECT_TIMEOUT)


def _run(
    client: Any, plugin: str, numbered: Iterator[tuple[int, Task]], address: str, lost: _Lost
) -> Generator[tuple[int, FileResult], None, None]:
    cwd = Path.cwd()
    window = _Window(client)
    in_flight: dict[Future, list[tuple[int, Task]]] = {}
    completed = as_completed(loop=client.loop)

    def submit(chunk: list[tuple[int, Task]]) -> None:
        future = client.submit(
            _convert, plugin, cwd, chunk, pure=False, retries=RETRIES, key=_key(chunk)
        )
        in_flight[future] = chunk
        completed.add(future)

    sent = 0  # tasks so far: the first window goes one file a task, so that a small batch
    # still spreads over every worker; grouped files only once every worker has its share

    def top_up() -> None:
        nonlocal sent
        while len(in_flight) < window.size():
            size = FILES_PER_TASK or (window.files_per_task() if sent >= window.size() else 1)
            chunk = list(islice(numbered, size))
            if not chunk:
                return
            submit(chunk)
            sent += 1

    suspects: list[tuple[int, Task]] = []  # in a task lost with workers that kept dying
    try:
        top_up()
        for future in completed:
            chunk = in_flight.pop(future)
            lost.sweep(future, chunk)  # before its files are reported (and journaled) done
            results = _results(future, client, address)
            if results is None:
                suspects.extend(chunk)
            elif results:
                yield from results
            else:
                yield from _outcome(future, chunk, client, address)
            future.release()
            top_up()
        # Dask blames every task queued on a dying worker, so a file that kills workers takes
        # the files beside it down too (and the results of files finished there); each suspect
        # runs again alone, and only one that still kills its worker fails
        for single in suspects:
            submit([single])
            for future in completed:
                chunk = in_flight.pop(future)
                lost.sweep(future, chunk)
                yield from _outcome(future, chunk, client, address)
                future.release()
    except BaseException:  # stopped early: files already running finish (atomically) or not
        with contextlib.suppress(Exception):
            client.cancel(list(in_flight))
        raise


def _results(future: Any, client: Any, address: str) -> list[tuple[int, FileResult]] | None:
    """A finished task's results; None if it is a suspect (lost with workers that died, or its
    result was, before it could be read); [] if it ended otherwise."""
    if future.status == "lost" or (future.status == "error" and _killed(future)):
        return None
    if future.status != "finished":
        return []
    try:
        results: list[tuple[int, FileResult]] = future.result()
    except Exception:  # its result died with its worker between finishing and being read
        if client.status != "running":
            raise ClusterError(
                f"lost the Dask scheduler at {address}; what finished is kept: "
                "run the same command again to convert the rest"
            ) from None
        return None
    return results


def _outcome(
    future: Any, chunk: list[tuple[int, Task]], client: Any, address: str
) -> Iterator[tuple[int, FileResult]]:
    if future.status == "finished":
        yield from future.result()
    else:
        for index, task in chunk:
            yield index, _failure(future, task, client, address)


class _Lost:
    """The tasks that were running on a worker the scheduler removed, and the temporaries their
    killed runs left, removed once each task has ended (finished elsewhere, or failed).

    The scheduler announces a removed worker's tasks (a `remove-worker` event) before it sends
    them elsewhere, on the same stream as the results, so a retried task is known here before
    its result is read. Its outputs' temporaries are then removed in one listing per folder:
    only a rare lost task pays for it, not every task. No other task of the run writes those
    outputs, and the killed worker is dead; a worker only presumed dead (cut off, not killed)
    may still be writing them: its temporary removed, its rename fails and it writes nothing,
    or its rename lands the same bytes the retry wrote; only one it creates after the sweep
    and is killed during is left to the next run's sweep.
    """

    TOPIC = "all"  # the scheduler's events about every worker

    def __init__(self, client: Any, job: Job) -> None:
        self.job = job
        self.keys: set[str] = set()
        client.subscribe_topic(self.TOPIC, self._event)

    def _event(self, event: tuple[float, Any]) -> None:  # on the client's event loop
        msg = event[1]
        if isinstance(msg, dict) and msg.get("action") == "remove-worker":
            self.keys.update(map(str, msg.get("processing-tasks") or ()))

    def sweep(self, future: Any, chunk: list[tuple[int, Task]]) -> None:
        if str(future.key) in self.keys:
            self.keys.discard(str(future.key))
            remove_temporaries((task for _, task in chunk), self.job)


class _Window:
    """How many tasks to keep in flight: a few per worker thread the cluster has now."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.asked = float("-inf")
        self.threads = 0

    def size(self) -> int:
        now = time.monotonic()
        if now - self.asked >= WINDOW_REFRESH:
            self.asked = now
            with contextlib.suppress(Exception):
                self.threads = sum(self.client.nthreads().values())
        return max(MIN_WINDOW, TASKS_PER_THREAD * self.threads)

    def files_per_task(self) -> int:
        return max(MIN_FILES_PER_TASK, -(-max(self.threads, 1) // THREADS_PER_FILE))  # ceiling


def _key(chunk: list[tuple[int, Task]]) -> str:
    """A readable task name on the dashboard, unique within the cluster."""
    return f"galley-{chunk[0][1].source.name}-{uuid.uuid4().hex[:12]}"


def _killed(future: Any) -> bool:
    return type(future.exception()).__name__ == "KilledWorker"


def _failure(future: Any, task: Task, client: Any, address: str) -> FileResult:
    """A task that did not finish: a file that kills workers fails alone; a lost scheduler stops
    the run."""
    if future.status == "error":
        exc = future.exception()
        if type(exc).__name__ == "KilledWorker":
            reason = "it stopped every Dask worker that converted it (killed, or out of memory)"
        else:
            reason = f"the Dask worker failed ({type(exc).__name__}: {exc})"
        return failed(task, reason, time.perf_counter())
    if client.status != "running" or future.status == "cancelled":
        raise ClusterError(
            f"lost the Dask scheduler at {address} ({future.status}); what finished is kept: "
            "run the same command again to convert the rest"
        )
    return failed(task, f"the Dask task ended as {future.status}", time.perf_counter())


# --- on each Dask worker -----------------------------------------------------------------------


class _Warm(WorkerPlugin):
    """The run's Job on a worker, warmed once there (imports, fonts, styles, pandoc)."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.ready: Worker | None = None

    def setup(self, worker: Any) -> None:
        keep_freed_memory()
        # files on a store are staged in the worker's own folder, which Dask clears of a
        # killed worker's leftovers when the next worker starts on that machine
        self.ready = replace(warm(self.job), scratch=worker.local_directory)


def keep_freed_memory() -> bool:
    """Undo the nanny's `MALLOC_TRIM_THRESHOLD_=65536` in this process; whether it was undone.

    Setting it at all stops glibc from raising its thresholds as a process frees big blocks, so
    every article's large buffers were mapped and unmapped, and the heap's top given back and
    faulted in again, in system time (bench/README.md). Only Dask's own value
    is replaced (a value the user chose is theirs), only on glibc; the worker then keeps up to
    an article's peak of freed memory for the next one, as a local pool's processes do.
    """
    if os.environ.get("MALLOC_TRIM_THRESHOLD_") != NANNY_TRIM_THRESHOLD:
        return False
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # glibc; musl has none
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    done = mallopt(M_MMAP_THRESHOLD, KEPT_MMAP_THRESHOLD) == 1
    return mallopt(M_TRIM_THRESHOLD, KEPT_TRIM_THRESHOLD) == 1 and done


def _convert(
    plugin: str, cwd: Path, chunk: list[tuple[int, Task]]
) -> list[tuple[int, FileResult]]:
    """Runs on a worker: each file of the chunk, reported under the names the client gave."""
    from ..worker import run_task

    here = get_worker()
    warmed = here.plugins[plugin]
    assert isinstance(warmed, _Warm)
    ready = warmed.ready
    if ready is None:  # the plugin's setup failed on this worker: a retry may land elsewhere
        raise RuntimeError(f"worker {here.address} was not warmed for this run")
    results = []
    on_store = ready.job.out_store is not None
    for index, task in chunk:
        absolute = replace(
            task,  # a store's paths are the store's, not relative to any working directory
            source=task.source if task.store else cwd / task.source,
            out_dir=task.out_dir if on_store else cwd / task.out_dir,
        )
        result = run_task(absolute, ready)
        if absolute != task:
            result = _as_given(result, task, absolute)
        results.append((index, replace(result, worker=here.address)))
    return results


def _as_given(result: FileResult, given: Task, absolute: Task) -> FileResult:
    """The result with the paths as the client gave them."""
    error = result.error
    if error:  # as `worker.failed` would have put it, with the paths as given
        named = f"{given.display}: "
        if error.startswith(f"{named}{absolute.source}"):
            error = error.removeprefix(named)
        error = error.replace(str(absolute.source), str(given.source))
        error = error.replace(f"{absolute.out_dir}/", f"{given.out_dir}/".removeprefix("./"))
        error = error if error.startswith(given.display) else f"{named}{error}"
    outputs = result.outputs
    if absolute.out_dir != given.out_dir:
        outputs = tuple(str(given.out_dir / Path(p).name) for p in outputs)
    return replace(result, error=error, outputs=outputs)
