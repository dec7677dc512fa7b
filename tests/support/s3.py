"""A real S3 endpoint on loopback for the tests: `moto.server` started as a subprocess on a free
port, with s3fs pointed at it through Galley's own `--storage-option`s (and the same options
for the test's own s3fs, to put inputs in and read outputs back)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

START_TIMEOUT = 30.0
# moto accepts any credentials; set so that botocore finds some without looking further (the
# instance metadata endpoint, which would wait for a network this machine may not have)
CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}


class S3:
    """The server, its endpoint and an s3fs filesystem on it."""

    def __init__(self, folder: Path) -> None:
        with socket.socket() as probe:  # a free port (the server cannot report one it chose)
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.endpoint = f"http://127.0.0.1:{port}"
        log = (folder / "moto.log").open("wb")
        argv = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
        self.process = subprocess.Popen(
            argv, stdout=log, stderr=log, start_new_session=True, env={**os.environ, **CREDENTIALS}
        )
        self._wait()
        import s3fs

        self.fs: Any = s3fs.S3FileSystem(
            endpoint_url=self.endpoint, key="testing", secret="testing", skip_instance_cache=True
        )

    @property
    def options(self) -> list[str]:
        """The command line's options for this endpoint (with the credentials, so that the
        workers need none in their environment)."""
        given = [f"endpoint_url={self.endpoint}", "key=testing", "secret=testing"]
        return [arg for option in given for arg in ("--storage-option", option)]

    def _wait(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("moto.server stopped at once: see moto.log")
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"{self.endpoint}/moto-api/", timeout=1).close()
                return
            time.sleep(0.1)
        raise RuntimeError(f"moto.server did not answer within {START_TIMEOUT:.0f} s")

    def objects(self, bucket: str) -> dict[str, bytes]:
        """Every object in the bucket (its key under the bucket) and its bytes."""
        self.fs.invalidate_cache()
        return {
            path.removeprefix(f"{bucket}/"): self.fs.cat_file(path)
            for path in self.fs.find(bucket)
        }

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


@contextlib.contextmanager
def s3_server(folder: Path) -> Iterator[S3]:
    server = S3(folder)
    try:
        yield server
    finally:
        server.stop()
