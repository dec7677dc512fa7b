"""Preloaded by the test cluster's workers (`dask worker --preload`), to make faults happen where
a test needs them:

- a file named `poison*` kills the worker process converting it, as a file that runs a worker
  out of memory would;
- the first write of a file named `0-stall*` stops in the middle: its first temporary output
  is created and half written, the worker's pid is put in a `stalled` file beside the output
  folder, and the worker waits there to be killed. Its rerun (the `stalled` file is there) writes
  as usual.

On a store (`-o s3://…`), the first PUT of a `0-stall*` output is what stops: a multipart
upload of its first half is begun and left unfinished, as a worker killed mid-upload leaves it,
its pid is put in a `stalled` object beside the output folder, and it waits to be killed.

Every other file is converted as usual.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

STALL = "0-stall"  # sorts first, so that the rest of the batch is still to do when it stalls
STALLED = "stalled"  # beside the output folder: the stalled worker's pid
STALL_SECONDS = 120.0  # long enough for any test to kill it; it then writes as usual


def dask_setup(worker: Any) -> None:
    from convert.batch import staging
    from convert.batch import worker as work
    from convert.run import outputs

    convert = work.run_task

    def run_task(task: Any, ready: Any) -> Any:
        if task.source.name.startswith("poison"):
            os.kill(os.getpid(), signal.SIGKILL)
        return convert(task, ready)

    work.run_task = run_task
    outputs.tempfile = StallingTempfile(outputs.tempfile)  # type: ignore[assignment]
    staging.put = stalling_put(staging.put)


def stalling_put(put: Any) -> Any:
    def stalling(store: Any, local: Path, target: Path) -> None:
        if target.name.startswith(f"{STALL}."):
            fs = store.fs
            marker = (target.parent.parent / STALLED).as_posix()
            fs.invalidate_cache()
            if not fs.exists(marker):  # not the rerun
                bucket, key, _ = fs.split_path(target.as_posix())
                upload = fs.call_s3("create_multipart_upload", Bucket=bucket, Key=key)
                data = local.read_bytes()
                fs.call_s3(
                    "upload_part",
                    Bucket=bucket,
                    Key=key,
                    UploadId=upload["UploadId"],
                    PartNumber=1,
                    Body=data[: len(data) // 2],
                )
                fs.pipe_file(marker, str(os.getpid()).encode())
                time.sleep(STALL_SECONDS)
        put(store, local, target)

    return stalling


class StallingTempfile:
    """The `tempfile` module as `write_all_atomic` sees it, with a `mkstemp` that stalls."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def mkstemp(self, *, prefix: str, suffix: str, dir: str) -> tuple[int, str]:
        fd, name = self.real.mkstemp(prefix=prefix, suffix=suffix, dir=dir)
        if prefix.startswith(f".{STALL}.") and "galley-stage-" not in str(dir):  # not for a store
            try:
                marker = os.open(Path(dir).parent / STALLED, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
            except FileExistsError:  # the rerun
                return fd, name
            os.write(fd, b"<?xml version='1.0'?>\n<article>half")
            os.fsync(fd)
            os.write(marker, str(os.getpid()).encode())
            os.close(marker)
            time.sleep(STALL_SECONDS)
        return fd, name
