"""A real Dask cluster on loopback for the tests: `dask scheduler` and `dask worker` processes on
random ports, found through a scheduler file, each in its own process group so that stopping it
stops what it started (a nanny's worker too) and nothing else."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from distributed import Client

FAULTS = Path(__file__).with_name("faults.py")  # preloaded by each worker: see its docstring
START_TIMEOUT = 60.0


class Cluster:
    def __init__(self, folder: Path, workers: int = 2) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.scheduler_file = folder / "scheduler.json"
        # kept short, so that the tests of lost workers and a lost scheduler take seconds
        env = {
            **os.environ,
            "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1",
            "PYTHONPATH": str(FAULTS.parent),
        }
        scheduler = [sys.executable, "-m", "distributed.cli.dask_scheduler", "--port", "0"]
        scheduler += ["--host", "127.0.0.1", "--dashboard-address", ":0"]
        scheduler += ["--scheduler-file", str(self.scheduler_file)]
        self.scheduler = self._start(scheduler, env)
        self.address = self._address()
        worker = [sys.executable, "-m", "distributed.cli.dask_worker", self.address]
        worker += ["--nthreads", "1", "--host", "127.0.0.1", "--dashboard-address", ":0"]
        worker += ["--preload", str(FAULTS), "--local-directory", str(folder / "space")]
        self.workers = [self._start(worker, env) for _ in range(workers)]
        with self.client() as client:
            client.wait_for_workers(workers, timeout=START_TIMEOUT)

    def _start(self, argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{len(list(self.folder.glob('*.log')))}.log").open("wb")
        # the workers' working directory is not the client's: paths must not depend on it
        work = self.folder / "cwd"
        work.mkdir(exist_ok=True)
        return subprocess.Popen(
            argv, cwd=work, env=env, stdout=log, stderr=log, start_new_session=True
        )

    def _address(self) -> str:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError, ValueError, KeyError):
                address: str = json.loads(self.scheduler_file.read_text())["address"]
                return address
            if self.scheduler.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the test scheduler did not start; see {self.folder}/0.log")

    @contextlib.contextmanager
    def client(self) -> Iterator[Client]:
        client = Client(self.address, timeout=START_TIMEOUT, set_as_default=False)
        try:
            yield client
        finally:
            client.close()

    def stop_scheduler(self) -> None:
        _stop(self.scheduler, signal.SIGKILL)

    def stop(self) -> None:
        for process in [*self.workers, self.scheduler]:
            _stop(process, signal.SIGTERM)


def _stop(process: subprocess.Popen[bytes], sig: int) -> None:
    """Its whole process group (a nanny and the worker it started), killed if still there."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # a worker its nanny left behind
