"""The Dask executor on a real cluster (a `dask scheduler` and two `dask worker` processes on
loopback): the same outputs as the local pool, a worker killed midway, a file that kills every
worker, and the scheduler going away. `galley convert` runs in a subprocess, from a working
directory of its own with relative paths, as a user would run it."""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from ...conftest import REPO
from .cluster import Cluster
from .conftest import SLOW_FILES
from .faults import STALL, STALLED

pytest.importorskip("distributed")  # the [dask] extra; scripts/install.sh --test installs it



def test_only_the_nannys_own_trim_threshold_is_undone(monkeypatch: pytest.MonkeyPatch) -> None:
    from convert.batch.executors.dask import NANNY_TRIM_THRESHOLD, keep_freed_memory

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    assert not keep_freed_memory()  # no nanny (`--no-nanny`, or not on a worker at all)
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65537")
    assert not keep_freed_memory()  # the user's own choice
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", NANNY_TRIM_THRESHOLD)
    assert keep_freed_memory() is (platform.libc_ver()[0] == "glibc")


def test_only_a_lost_tasks_temporaries_are_swept(tmp_path: Path) -> None:
    from convert.batch.executors.dask import _Lost
    from convert.batch.worker import Job, Task
    from convert.config.settings import Settings

    class Client:
        def subscribe_topic(self, topic: str, handler: Callable[[Any], None]) -> None:
            self.handler = handler

    class Future:
        def __init__(self, key: str) -> None:
            self.key = key

    out = tmp_path / "out"
    out.mkdir()
    left = [".a.xml.x1.tmp", ".a.repairs.json.x2.tmp", ".b.xml.x3.tmp", ".a.xmlx.x4.tmp"]
    for name in [*left, "a.xml", ".c.xml.x5.tmp"]:
        (out / name).write_text("")
    client = Client()
    lost = _Lost(client, Job("convert", Settings(formats=("xml",))))
    task = {n: (i, Task(tmp_path / f"{n}.txt", out, f"{n}.txt")) for i, n in enumerate("abc")}
    client.handler((0.0, {"action": "add-worker", "processing-tasks": ["k-c"]}))
    client.handler((0.0, {"action": "remove-worker", "processing-tasks": ["k-a", "k-b"]}))
    lost.sweep(Future("k-c"), [task["c"]])  # not on a lost worker: its temporary is not ours
    lost.sweep(Future("k-a"), [task["a"]])
    kept = [".a.xmlx.x4.tmp", ".b.xml.x3.tmp", ".c.xml.x5.tmp", "a.xml"]  # others' names
    assert sorted(p.name for p in out.iterdir()) == kept
    lost.sweep(Future("k-b"), [task["b"]])
    assert not (out / ".b.xml.x3.tmp").exists()
    assert not lost.keys



def _galley(
    cwd: Path, *args: str, scheduler: str | None = None, files_per_task: int | None = None
) -> subprocess.Popen[str]:
    argv = [sys.executable, "-m", "convert", "convert", *args]
    if files_per_task:  # other than the executor's choice (not a setting)
        code = (
            f"import convert.batch.executors.dask as d; d.FILES_PER_TASK = {files_per_task}; "
            "import sys; from convert.cli import main; sys.exit(main(sys.argv[1:]))"
        )
        argv = [sys.executable, "-c", code, "convert", *args]
    if scheduler:
        argv += ["--scheduler", scheduler]
    env = {**os.environ, "CI": "true", "PYTHONPATH": str(REPO)}
    env.pop("DASK_SCHEDULER_ADDRESS", None)
    # a lost scheduler is given up after 3 s rather than Dask's 10
    env["DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT"] = "3s"
    return subprocess.Popen(
        argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _whole(out: Path, unreported: Collection[str] | None = None) -> list[str]:
    """Every output under its final name parses completely, and no temporary is left. With
    `unreported` (the stems of the files a stopped run did not report), a temporary of theirs
    may be: a worker that outlived its scheduler and was stopped while writing leaves it to the
    next run's sweep (`dask._Lost`); never one of a file reported converted."""
    names = []
    for path in sorted(out.rglob("*")):
        if path.name.endswith(".tmp"):
            assert unreported is not None, path
            assert path.name.removeprefix(".").split(".")[0] in unreported, path
            continue
        if path.suffix == ".xml":
            etree.fromstring(path.read_bytes())
        elif path.suffix == ".html":
            assert path.read_bytes().rstrip().endswith(b"</html>"), path
        elif path.suffix == ".json":
            json.loads(path.read_bytes())
        names.append(path.name)
    return names


def _lines(stdout: str) -> list[str]:
    """The progress lines without their timings."""
    return sorted(re.sub(r" \([0-9.]+s\)$", "", line) for line in stdout.splitlines())


def _converted(stdout: str) -> list[str]:
    return [line.split()[1] for line in stdout.splitlines() if line.startswith("converted ")]


def test_a_cluster_writes_what_the_local_pool_writes(cluster: Cluster, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(REPO / "samples", inbox / "desk", ignore=shutil.ignore_patterns("*.md"))
    (inbox / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 50)  # fails the same way on both
    local = _galley(tmp_path, "inbox", "-o", "local", "-j", "2")
    out, err = local.communicate(timeout=240)
    assert local.returncode == 1, err  # the broken file
    remote = _galley(tmp_path, "inbox", "-o", "dask", scheduler=cluster.address)
    out_dask, err_dask = remote.communicate(timeout=240)
    assert remote.returncode == 1, err_dask

    assert _files(tmp_path / "dask") == _files(tmp_path / "local")  # the manifest too
    assert len(_files(tmp_path / "local")) == 3 * 7 + 2  # and the manifest and the index
    assert _lines(out_dask) == _lines(out)  # the same lines, in any order
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert errors and errors == [line for line in err_dask.splitlines() if line.startswith("error")]
    assert "inbox/broken.txt" in errors[0]
    workers = [line for line in err_dask.splitlines() if line.startswith("workers: ")]
    assert len(workers) == 1 and workers[0].count("tcp://127.0.0.1:") == 2, err_dask
    assert "workers: " not in err  # the local pool's summary is as it was

    again = _galley(tmp_path, "inbox", "-o", "local", scheduler=cluster.address)
    _, err_again = again.communicate(timeout=240)  # the manifest is the same for both
    assert "0 converted, 3 skipped (unchanged), 1 failed" in err_again


def test_check_on_a_cluster_reports_what_it_reports_locally(cluster: Cluster) -> None:
    def report(*extra: str) -> tuple[int, dict[str, object]]:
        argv = [sys.executable, "-m", "convert", "check", "samples", "--format", "json", *extra]
        done = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, timeout=240)
        data = json.loads(done.stdout, object_hook=_without_seconds)
        return done.returncode, data

    local = report("-j", "2")
    assert local == report("--scheduler", cluster.address)
    assert local[0] == 1  # the seed's stray word is a warning


def _without_seconds(item: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in item.items() if k != "seconds"}


def test_a_worker_killed_midway_loses_no_file(
    cluster: Cluster, slow_inbox: Path, tmp_path: Path
) -> None:
    """The kill lands in the middle of a write (`faults.py` stalls the first file's first write
    until it comes): the killed worker's temporary is removed once its file is converted again
    elsewhere, every file is converted once, and nothing is left half-written."""
    inbox = tmp_path / "inbox"
    shutil.copytree(slow_inbox, inbox)
    (inbox / f"{STALL}.txt").write_text("Stalled\n\nA paragraph written twice.\n", "utf-8")
    files = SLOW_FILES + 1
    # one file a task, so that the batch is still running when the stalled worker is killed
    process = _galley(tmp_path, "inbox", "-o", "out", "-t", "xml,html", "--no-review",
                      scheduler=cluster.address, files_per_task=1)  # fmt: skip
    stalled = tmp_path / STALLED
    deadline = time.monotonic() + 120
    while not stalled.exists() or not stalled.read_text():
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.05)
    assert [p.name for p in (tmp_path / "out").glob(f".{STALL}.*.tmp")]  # mid-write
    with cluster.client() as client:
        os.kill(int(stalled.read_text()), signal.SIGKILL)  # its nanny starts another worker
        out, err = process.communicate(timeout=240)
        client.wait_for_workers(2, timeout=60)  # back to two for the next test
    assert process.returncode == 0, err
    converted = _converted(out)
    assert len(converted) == files and len(set(converted)) == files, out
    assert len(_whole(tmp_path / "out")) == 3 * files + 2  # and the manifest and the index
    manifest = json.loads((tmp_path / "out" / ".galley-manifest.json").read_text("utf-8"))
    assert len(manifest["files"]) == files


@pytest.mark.parametrize("files_per_task", [1, 3, None], ids=["one-a-task", "three-a-task", "default"])
def test_a_file_that_kills_workers_fails_alone(
    cluster: Cluster, tmp_path: Path, files_per_task: int | None
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    names = ("a", "b", "poison", "z")
    for name in names:
        (inbox / f"{name}.txt").write_text(f"Title {name}\n\nA paragraph of {name}.\n", "utf-8")
    process = _galley(tmp_path, "inbox", "-o", "out", "-t", "xml", scheduler=cluster.address,
                      files_per_task=files_per_task)  # fmt: skip
    out, err = process.communicate(timeout=240)
    assert process.returncode == 1, err
    assert sorted(_converted(out)) == ["inbox/a.txt", "inbox/b.txt", "inbox/z.txt"], err
    assert (
        "error: inbox/poison.txt: it stopped every Dask worker that converted it (killed, or "
        "out of memory)" in err
    ), err
    assert "3 converted, 0 skipped (unchanged), 1 failed" in err
    with cluster.client() as client:
        client.wait_for_workers(2, timeout=60)


def test_the_scheduler_going_away_stops_the_run_and_a_rerun_resumes(
    slow_inbox: Path, tmp_path: Path
) -> None:
    doomed = Cluster(tmp_path / "doomed")
    try:
        process = _galley(tmp_path, str(slow_inbox), "-o", "out", "-t", "xml,html",
                          "--no-review", scheduler=doomed.address, files_per_task=1)  # fmt: skip
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("converted "), first
        doomed.stop_scheduler()
        started = time.monotonic()
        rest, err = process.communicate(timeout=240)
    finally:
        doomed.stop()
    assert time.monotonic() - started < 30
    assert process.returncode == 1
    assert f"error: lost the Dask scheduler at {doomed.address}" in err
    assert "run the same command again to convert the rest" in err
    assert "Traceback" not in err and "ERROR" not in err
    reported = len(_converted(first + rest))
    stems = {Path(name).stem for name in _converted(first + rest)}
    _whole(tmp_path / "out", {f"f{i}" for i in range(SLOW_FILES)} - stems)

    rerun = _galley(tmp_path, str(slow_inbox), "-o", "out", "-t", "xml,html", "--no-review",
                    "-j", "2")  # fmt: skip
    _, err = rerun.communicate(timeout=240)
    assert rerun.returncode == 0, err
    assert f"{SLOW_FILES - reported} converted, {reported} skipped" in err
    assert len(_whole(tmp_path / "out")) == 3 * SLOW_FILES + 2  # and the manifest and the index
