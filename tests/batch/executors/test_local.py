"""Stopping the local pool (docs/hardening.md): a batch stopped by Ctrl-C or `kill -9` leaves nothing
half-written and resumes where it stopped. These run `galley convert` in a subprocess on a few
slow files."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from lxml import etree

from convert.batch.manifest import Manifest

from ...conftest import REPO
from ...support.signals import ctrl_c_default
from .conftest import SLOW_FILES


def _galley(inbox: Path, out: Path) -> subprocess.Popen[str]:
    argv = [sys.executable, "-m", "convert", "convert", str(inbox), "-o", str(out)]
    argv += ["-t", "xml,html", "-j", "2", "--no-review"]
    env = {**os.environ, "CI": "true"}  # plain lines, one per finished file
    return subprocess.Popen(
        argv,
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=ctrl_c_default,
    )


def _wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def _processes_writing_to(out: Path) -> list[int]:
    """Galley processes (the main one and its workers share its command line) still alive."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if proc.name.isdigit() and str(out).encode() in cmdline.split(b"\0"):
            found.append(int(proc.name))
    return found


def _outputs_are_whole(out: Path) -> Iterator[str]:
    """Every output under its final name parses completely: none is truncated."""
    for path in sorted(out.glob("*.*")):
        if path.suffix == ".xml":
            etree.fromstring(path.read_bytes())
        elif path.suffix == ".html":
            assert path.read_bytes().rstrip().endswith(b"</html>"), path
        elif path.suffix == ".json":
            json.loads(path.read_bytes())
        yield path.name


@pytest.mark.slow
def test_ctrl_c_stops_the_workers_and_leaves_nothing_half_written(
    slow_inbox: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    process = _galley(slow_inbox, out)
    assert process.stdout is not None
    first = process.stdout.readline()  # the first file is done; the workers are busy with more
    assert first.startswith("converted "), first
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "interrupted: " in err and "run the same command again" in err
    assert "Traceback" not in err
    assert _wait_for(lambda: not _processes_writing_to(out), 10), "workers still running"
    names = list(_outputs_are_whole(out))
    assert not [n for n in os.listdir(out) if n.endswith(".tmp")]
    assert len(names) < 3 * SLOW_FILES  # it did stop early
    manifest = json.loads((out / ".galley-manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"].values():  # it claims only what was written
        assert all((out / p).exists() for p in entry["outputs"])  # relative to the folder


@pytest.mark.slow
def test_kill_9_midway_then_a_rerun_converts_what_is_missing_identically(
    slow_inbox: Path, tmp_path: Path
) -> None:
    killed = tmp_path / "killed"
    process = _galley(slow_inbox, killed)
    assert process.stdout is not None
    for _ in range(3):  # three files done (each journaled before it is reported): kill, no warning
        assert process.stdout.readline().startswith("converted ")
    assert process.poll() is None, "the batch finished before it could be killed"
    process.kill()
    process.communicate()
    assert _wait_for(lambda: not _processes_writing_to(killed), 10), "orphaned workers"
    list(_outputs_are_whole(killed))
    # the manifest and the journal of files finished since (kill -9 gave no time to fold it in)
    recorded = Manifest.load(killed).entries
    assert len(recorded) >= 3, "a file reported converted is not in the manifest"
    for entry in recorded.values():
        assert all((killed / p).exists() for p in entry["outputs"])  # relative to it

    rerun = _galley(slow_inbox, killed)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    skipped = len(recorded)
    assert f"{SLOW_FILES - skipped} converted, {skipped} skipped" in err

    clean = tmp_path / "clean"
    fresh = _galley(slow_inbox, clean)
    assert fresh.wait(timeout=120) == 0
    resumed = {p.name: p.read_bytes() for p in killed.iterdir() if p.name[0] != "."}
    # every file's three outputs and the batch index (index.html), and no temporary
    assert len(resumed) == 3 * SLOW_FILES + 1 and not [n for n in resumed if n.endswith(".tmp")]
    assert resumed == {p.name: p.read_bytes() for p in clean.iterdir() if p.name[0] != "."}


def test_a_worker_killed_mid_write_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pool worker killed outright (out of memory) while it writes: its file and those running
    beside it fail ("worker died"), and once the pool has stopped their temporaries are gone
    (`faults.py` stalls the first write of `0-stall*` until the kill comes)."""
    from convert.batch.runner import run
    from convert.batch.worker import Job, Task
    from convert.config.settings import Settings
    from convert.run import outputs

    from .faults import STALL, STALLED, StallingTempfile

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the stall is patched in before the pool's workers are forked")
    monkeypatch.setattr(outputs, "tempfile", StallingTempfile(outputs.tempfile))
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    names = [STALL, "b", "c"]
    for name in names:
        (inbox / f"{name}.txt").write_text(f"Title {name}\n\nA paragraph of {name}.\n", "utf-8")
    stalled = tmp_path / STALLED

    def kill_when_stalled() -> None:
        if _wait_for(lambda: stalled.exists() and bool(stalled.read_text()), 60):
            assert list(out.glob(f".{STALL}.*.tmp"))  # mid-write
            os.kill(int(stalled.read_text()), signal.SIGKILL)

    killer = threading.Thread(target=kill_when_stalled)
    killer.start()
    tasks = [Task(inbox / f"{n}.txt", out, f"{n}.txt") for n in names]
    results = run(tasks, Job("convert", Settings(formats=("xml",))), 2)
    killer.join()
    assert results[0].status == "failed" and "worker died" in (results[0].error or "")
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    list(_outputs_are_whole(out))  # whatever finished beside it is whole
