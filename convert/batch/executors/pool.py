"""The local executor's process pool (`local`), for runs with more than one worker.

Workers are processes started once per run, each warmed once (`worker.warm`). Stopping
(docs/hardening.md): workers ignore SIGINT, so a Ctrl-C reaches only the main process, which
sends each worker SIGTERM; a worker turns that into KeyboardInterrupt, so the file it is writing
loses its temporary file and nothing else, and it starts no further file. A worker whose main
process died (`kill -9`) stops the same way instead of waiting forever. A worker killed outright
(out of memory) fails the pool's files in progress; the temporaries of those files are removed
once the pool has stopped.

The pool is started with a multiprocessing context that remembers the processes it starts, so
the main process can stop its own workers without reaching into the pool's internals.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Generator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from typing import Any

from ...report import FileResult
from ..worker import Job, Task, Worker, failed, remove_temporaries, run_task, warm

STOP_GRACE = 5.0  # seconds a stopped worker gets to clean up before it is killed
PARENT_POLL = 0.5  # seconds between a worker's checks that its main process is alive


def pooled(
    tasks: Sequence[Task], job: Job, workers: int
) -> Generator[tuple[int, FileResult], None, None]:
    context = _Recording()
    pool = ProcessPoolExecutor(workers, context, initializer=_init_worker, initargs=(job,))
    pending: dict[Future[FileResult], int] = {
        pool.submit(_run_in_worker, task): i for i, task in enumerate(tasks)
    }
    died: list[Task] = []  # their files may have been mid-write in a killed worker
    try:
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                index = pending.pop(future)
                try:
                    yield index, future.result()
                except Exception as exc:  # the worker itself died (killed, out of memory)
                    died.append(tasks[index])
                    yield index, failed(tasks[index], f"worker died ({exc})", time.perf_counter())
    except BaseException:  # Ctrl-C, or the caller stopped early: stop the files in progress
        _stop(context.processes)
        raise
    finally:
        # The files not started are cancelled by the pool's own manager thread
        # (`cancel_futures`), never from here: a future cancelled from this thread while the
        # stopped workers break the pool makes CPython 3.11's manager thread fail on it
        # (`InvalidStateError` in `terminate_broken`, cpython gh-107219, fixed in 3.12) and print
        # a traceback under the Ctrl-C message (seen in tests/batch/executors/test_local.py).
        pool.shutdown(wait=True, cancel_futures=True)
        remove_temporaries(died, job)  # every worker has exited: nothing writes them now


class _Recording(type(multiprocessing.get_context())):  # type: ignore[misc]
    """The default multiprocessing context, remembering every process it starts."""

    def __init__(self) -> None:
        super().__init__()
        self.processes: list[BaseProcess] = []

    def Process(self, *args: Any, **kwargs: Any) -> BaseProcess:
        process: BaseProcess = super().Process(*args, **kwargs)
        self.processes.append(process)
        return process


def _stop(processes: Sequence[BaseProcess]) -> None:
    """SIGTERM each worker (it removes its temporary file), then SIGKILL any still running."""
    for process in processes:
        with contextlib.suppress(OSError):
            process.terminate()
    deadline = time.monotonic() + STOP_GRACE
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()


# --- inside each worker process --------------------------------------------------------------


@dataclass
class _Process:
    """This worker process's state: its warmed Worker, and whether a file is in progress (then a
    stop must unwind it, not just end the process)."""

    worker: Worker
    busy: bool = False


_THIS: _Process | None = None  # set once in each worker process by its initializer


def _init_worker(job: Job) -> None:
    global _THIS
    _guard_worker()
    _THIS = _Process(warm(job))


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
    if _THIS is not None and _THIS.busy:
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
    assert _THIS is not None, "worker used before its initializer ran"
    _THIS.busy = True
    try:
        return run_task(task, _THIS.worker)
    except KeyboardInterrupt:
        os._exit(1)  # stopped: the file's temporary outputs are already removed; start no other
    finally:
        _THIS.busy = False
