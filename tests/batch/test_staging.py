"""A batch from a store to a store (`convert/batch/staging.py`, `store_manifest.py`), in-process
on fsspec's in-memory filesystem: the same bytes as a local run, the same errors, a rerun that
converts only what is missing, from this machine's state folder or from the store's manifest.
A real S3 endpoint, the process pool and a Dask cluster: tests/batch/executors/test_stores.py."""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from convert.batch import staging
from convert.cli import main

from ..conftest import REPO

fsspec = pytest.importorskip("fsspec")

FORMATS = ["-t", "xml,html,docx", "-j", "1"]  # in-process: the memory store is per process
BROKEN = b"\x00\x01binary\x00" * 50


@pytest.fixture
def memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, str]]:
    """A folder of its own on fsspec's in-memory filesystem, holding the samples and a broken
    file under in/, and a state folder of the test's own."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    fs = fsspec.filesystem("memory")
    root = f"/galley-{uuid.uuid4().hex}"
    for sample in sorted((REPO / "samples").glob("*.txt")):
        fs.put_file(str(sample), f"{root}/in/desk/{sample.name}")
    fs.pipe_file(f"{root}/in/broken.txt", BROKEN)
    yield fs, root
    fs.rm(root, recursive=True)


def _objects(fs: Any, folder: str) -> dict[str, bytes]:
    fs.invalidate_cache()
    return {p.removeprefix(folder + "/"): fs.cat_file(p) for p in fs.find(folder)}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("error: ")]


def test_a_store_batch_writes_what_a_local_one_writes_and_resumes(
    memory: tuple[Any, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fs, root = memory
    shutil.copytree(REPO / "samples", tmp_path / "in" / "desk", ignore=shutil.ignore_patterns("*.md"))
    (tmp_path / "in" / "broken.txt").write_bytes(BROKEN)
    assert main(["convert", str(tmp_path / "in"), "-o", str(tmp_path / "local"), *FORMATS[:2]]) == 1
    local_err = capsys.readouterr().err
    url = f"memory://{root}"
    assert main(["convert", f"{url}/in", "-o", f"{url}/out", *FORMATS]) == 1
    out, err = capsys.readouterr()

    local, remote = _files(tmp_path / "local"), _objects(fs, f"{root}/out")
    manifest = json.loads(remote.pop(".galley-manifest.json"))  # its sources are the store's
    assert json.loads(local.pop(".galley-manifest.json"))["files"].keys() == manifest["files"].keys()
    assert remote == local and len(remote) == 3 * 5 + 1  # xml html docx repairs review; index
    assert all(e["source"].startswith(f"{root}/in/desk/") for e in manifest["files"].values())
    assert _errors(err) == [e.replace(str(tmp_path), f"memory://{root}") for e in _errors(local_err)]
    assert f"converted memory://{root}/in/desk/federalist-01.txt -> federalist-01.xml" in out
    state = tmp_path / "state" / "galley" / "memory"
    assert [p.name for p in state.iterdir()] == [f"{root}/out".replace("/", "%2F")]

    assert main(["convert", f"{url}/in", "-o", f"{url}/out", *FORMATS]) == 1
    assert "0 converted, 3 skipped (unchanged), 1 failed" in capsys.readouterr().err
    fs.rm(f"{root}/out/desk/nahan-preface.docx")  # an output gone: its file is converted again
    shutil.rmtree(state)  # and this machine forgot the run: the store's manifest says the rest
    assert main(["convert", f"{url}/in", "-o", f"{url}/out", *FORMATS]) == 1
    out, err = capsys.readouterr()
    assert "1 converted, 2 skipped (unchanged), 1 failed" in err
    assert out.startswith(f"converted memory://{root}/in/desk/nahan-preface.txt"), out
    assert _objects(fs, f"{root}/out")["desk/nahan-preface.docx"] == local["desk/nahan-preface.docx"]


def test_an_output_the_store_refuses_fails_its_file_alone(
    memory: tuple[Any, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fs, root = memory
    fs.rm(f"{root}/in/broken.txt")
    put = staging.put

    def refusing(store: Any, local: Path, target: Path) -> None:
        if target.name == "federalist-01.html":
            raise PermissionError("Access Denied")
        put(store, local, target)

    monkeypatch.setattr(staging, "put", refusing)
    url = f"memory://{root}"
    assert main(["convert", f"{url}/in", "-o", f"{url}/out", *FORMATS]) == 1
    err = capsys.readouterr().err
    assert _errors(err) == [
        f"error: {url}/in/desk/federalist-01.txt: {url}/out/desk/federalist-01.html cannot be "
        "written (PermissionError: Access Denied); the outputs put before it are whole, and the "
        "next run writes them again"
    ]
    monkeypatch.setattr(staging, "put", put)
    assert main(["convert", f"{url}/in", "-o", f"{url}/out", *FORMATS]) == 0
    assert "1 converted, 2 skipped (unchanged), 0 failed" in capsys.readouterr().err
    assert "desk/federalist-01.html" in _objects(fs, f"{root}/out")


def test_either_end_on_a_store_and_the_output_inside_the_inputs(
    memory: tuple[Any, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fs, root = memory
    url = f"memory://{root}"
    shutil.copytree(REPO / "samples", tmp_path / "in" / "desk", ignore=shutil.ignore_patterns("*.md"))
    assert main(["convert", str(tmp_path / "in"), "-o", str(tmp_path / "local"), *FORMATS]) == 0
    local = _files(tmp_path / "local")
    local.pop(".galley-manifest.json")

    assert main(["convert", f"{url}/in/desk", "-o", str(tmp_path / "fetched"), *FORMATS]) == 0
    fetched = _files(tmp_path / "fetched")
    documents = {k: v for k, v in fetched.items() if k not in (".galley-manifest.json", "index.html")}
    assert {f"desk/{k}": v for k, v in documents.items()} == {
        k: v for k, v in local.items() if k.startswith("desk/")
    }
    assert main(["convert", str(tmp_path / "in"), "-o", f"{url}/put", *FORMATS]) == 0
    put = _objects(fs, f"{root}/put")
    put.pop(".galley-manifest.json")
    assert put == local

    for _ in range(2):  # the output folder inside the inputs' is not read as inputs
        assert main(["convert", f"{url}/in", "-o", f"{url}/in/out", *FORMATS]) == 1
    assert "0 converted, 3 skipped (unchanged), 1 failed" in capsys.readouterr().err


def test_an_output_that_would_overwrite_its_input_on_the_store_is_refused(
    memory: tuple[Any, str], capsys: pytest.CaptureFixture[str]
) -> None:
    fs, root = memory
    jats = (REPO / "tests" / "expected" / "federalist-01.xml").read_bytes()
    fs.pipe_file(f"{root}/in/a.xml", jats)
    url = f"memory://{root}"
    assert main(["convert", f"{url}/in/a.xml", "-o", f"{url}/in", *FORMATS]) == 1
    assert _errors(capsys.readouterr().err) == [
        f"error: {url}/in/a.xml: output {url}/in/a.xml would overwrite the input; choose another "
        "-o folder"
    ]
    assert fs.cat_file(f"{root}/in/a.xml") == jats and not fs.exists(f"{root}/in/a.html")
