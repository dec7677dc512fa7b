"""Inputs and outputs on a real S3 endpoint (`moto.server` on loopback, s3fs pointed at it with
`--storage-option endpoint_url=…`): a batch from s3:// to s3:// with the local pool and on a
Dask cluster writes the bytes a local run writes, reports a bad file as a local run does, leaves
nothing but its outputs on the store, converts nothing when run again, and a worker killed in
the middle of an upload leaves no object of it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from ...conftest import REPO
from ...support.s3 import S3, s3_server
from .cluster import Cluster
from .conftest import SLOW_FILES
from .faults import STALL, STALLED
from .test_dask import _converted, _files, _galley, _lines

pytest.importorskip("s3fs")
pytest.importorskip("moto")

FORMATS = ("-t", "xml,html,docx")
BROKEN = b"\x00\x01binary\x00" * 50  # fails the same way everywhere


@pytest.fixture(scope="module")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3]:
    with s3_server(tmp_path_factory.mktemp("s3")) as server:
        yield server


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], str, str]:
    """A local run of the inbox (its outputs, progress lines and stderr), run from `inbox`'s
    parent as the store runs are."""
    folder = tmp_path_factory.mktemp("local")
    _inbox(folder / "inbox")
    process = _galley(folder, "inbox", "-o", "out", *FORMATS, "-j", "2")
    out, err = process.communicate(timeout=240)
    assert process.returncode == 1, err  # the broken file
    return _files(folder / "out"), out, err


def _inbox(folder: Path) -> None:
    shutil.copytree(REPO / "samples", folder / "desk", ignore=shutil.ignore_patterns("*.md"))
    (folder / "broken.txt").write_bytes(BROKEN)


@pytest.fixture
def bucket(s3: S3, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A bucket of the test's own with the inbox in it; the state folder the test's own."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    name = f"galley-{uuid.uuid4().hex[:12]}"
    s3.fs.mkdir(name)
    _inbox(tmp_path / "inbox")
    s3.fs.put(str(tmp_path / "inbox") + "/", f"{name}/inbox/", recursive=True)
    return name


def _same_as_local(
    s3: S3, bucket: str, reference: tuple[dict[str, bytes], str, str], out: str, err: str
) -> None:
    local, local_out, local_err = reference
    objects = s3.objects(bucket)
    assert sorted(k for k in objects if not k.startswith("out/")) == sorted(
        f"inbox/{k}" for k in _files_of_inbox()
    )  # nothing else on the store: no temporary, no state
    written = {k.removeprefix("out/"): v for k, v in objects.items() if k.startswith("out/")}
    manifest = json.loads(written.pop(".galley-manifest.json"))  # its sources are the store's
    assert manifest["files"].keys() == json.loads(local[".galley-manifest.json"])["files"].keys()
    assert written == {k: v for k, v in local.items() if k != ".galley-manifest.json"}
    url = f"s3://{bucket}/inbox/"
    assert _lines(out) == _lines(local_out.replace("inbox/", url))
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert errors == [
        line.replace("inbox/", url) for line in local_err.splitlines() if line.startswith("error")
    ]
    assert errors and url + "broken.txt" in errors[0]


def _files_of_inbox() -> list[str]:
    return [f"desk/{p.name}" for p in (REPO / "samples").glob("*.txt")] + ["broken.txt"]


def _run(folder: Path, s3: S3, bucket: str, *extra: str, **kwargs: object) -> tuple[int, str, str]:
    source, target = f"s3://{bucket}/inbox", f"s3://{bucket}/out"
    process = _galley(folder, source, "-o", target, *FORMATS, *s3.options, *extra, **kwargs)  # type: ignore[arg-type]
    out, err = process.communicate(timeout=240)
    return process.returncode, out, err


def test_the_local_pool_converts_a_store_to_a_store(
    s3: S3, bucket: str, reference: tuple[dict[str, bytes], str, str], tmp_path: Path
) -> None:
    code, out, err = _run(tmp_path, s3, bucket, "-j", "2")
    assert code == 1, err
    _same_as_local(s3, bucket, reference, out, err)
    code, out, err = _run(tmp_path, s3, bucket, "-j", "2")
    assert "0 converted, 3 skipped (unchanged), 1 failed" in err and not out, err


def test_a_cluster_converts_a_store_to_a_store(
    s3: S3,
    bucket: str,
    cluster: Cluster,
    reference: tuple[dict[str, bytes], str, str],
    tmp_path: Path,
) -> None:
    code, out, err = _run(tmp_path, s3, bucket, scheduler=cluster.address)
    assert code == 1, err
    _same_as_local(s3, bucket, reference, out, err)
    assert "workers: " in err
    shutil.rmtree(tmp_path / "state")  # another machine: the store's manifest says what is done
    code, out, err = _run(tmp_path, s3, bucket, scheduler=cluster.address)
    assert "0 converted, 3 skipped (unchanged), 1 failed" in err and not out, err


def test_a_worker_killed_mid_upload_leaves_no_object(
    s3: S3, cluster: Cluster, slow_inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`faults.py` stalls the first file's first PUT halfway through a multipart upload, until
    the worker is killed: that upload never becomes an object, the file is converted again
    elsewhere, and every file once."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    bucket = f"galley-{uuid.uuid4().hex[:12]}"
    s3.fs.mkdir(bucket)
    s3.fs.put(str(slow_inbox) + "/", f"{bucket}/inbox/", recursive=True)
    s3.fs.pipe_file(f"{bucket}/inbox/{STALL}.txt", b"Stalled\n\nA paragraph written twice.\n")
    files = SLOW_FILES + 1
    process = _galley(tmp_path, f"s3://{bucket}/inbox", "-o", f"s3://{bucket}/out",
                      "-t", "xml,html", "--no-review", *s3.options,
                      scheduler=cluster.address, files_per_task=1)  # fmt: skip
    deadline = time.monotonic() + 120
    while not s3.fs.exists(f"{bucket}/{STALLED}"):
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.1)
        s3.fs.invalidate_cache()
    uploads = s3.fs.call_s3("list_multipart_uploads", Bucket=bucket).get("Uploads", [])
    assert [u["Key"] for u in uploads] == [f"out/{STALL}.xml"]  # begun, half sent
    assert not s3.fs.exists(f"{bucket}/out/{STALL}.xml")  # and not an object
    with cluster.client() as client:
        os.kill(int(s3.fs.cat_file(f"{bucket}/{STALLED}")), signal.SIGKILL)
        out, err = process.communicate(timeout=240)
        client.wait_for_workers(2, timeout=60)  # back to two for the next test
    assert process.returncode == 0, err
    converted = _converted(out)
    assert len(converted) == files and len(set(converted)) == files, out
    written = {k: v for k, v in s3.objects(bucket).items() if k.startswith("out/")}
    assert len(written) == 3 * files + 2  # xml html repairs; the manifest and the index
    for key, data in written.items():  # each whole
        if key.endswith(".xml"):
            etree.fromstring(data)
        elif key.endswith(".json"):
            json.loads(data)
        else:
            assert data.rstrip().endswith(b"</html>"), key
    assert written[f"out/{STALL}.xml"].endswith(b"</article>\n")
