"""Store URLs (`convert/run/stores.py`): walked as a folder is, fingerprinted from the listing,
opened with a usage error naming what to install, and never imported for plain paths. fsspec's
in-memory filesystem stands in for a store here; tests/batch/executors/test_stores.py runs a
real S3 endpoint."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from convert.cli import main
from convert.errors import UsageError
from convert.run.inputs import collect_inputs, is_store_url
from convert.run.stores import (
    Store,
    fingerprint,
    open_url,
    state_folder,
    storage_option,
    walk_store,
)

from ..conftest import REPO

fsspec = pytest.importorskip("fsspec")

TREE = {
    "a.txt": b"A\n",
    "b.txt": b"B\n",
    "b/c.txt": b"C\n",
    "b/d/e.md": b"# E\n",
    "b/x.bin": b"\x00",
    "B.TXT": b"upper\n",
    "c/z.txt": b"Z\n",
    "out/old.txt": b"last run's\n",  # the output folder: left out of the walk
    "a.txt.decisions.toml": b"",
}
EXTENSIONS = (".txt", ".md")


@pytest.fixture
def memory() -> Iterator[str]:
    """A folder of its own on fsspec's in-memory filesystem (one per process)."""
    root = f"memory://galley-{uuid.uuid4().hex}"
    yield root
    fsspec.filesystem("memory").rm(root.removeprefix("memory:/"), recursive=True)


def _put(fs: object, root: str, tree: dict[str, bytes]) -> None:
    for name, data in tree.items():
        fs.pipe_file(f"{root}/{name}", data)  # type: ignore[attr-defined]


def test_a_store_is_walked_as_a_folder_is(memory: str, tmp_path: Path) -> None:
    for name, data in TREE.items():
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_bytes(data)
    local = collect_inputs([tmp_path / "in"], EXTENSIONS, skip=tmp_path / "in" / "out")
    store, root = open_url(f"{memory}/in")
    _put(store.fs, root.as_posix(), TREE)
    walked = list(walk_store(store, root, EXTENSIONS, root / "out", ".decisions.toml"))
    shown = [(i.subdir.as_posix(), i.path.name) for i in walked]
    assert shown == [(i.subdir.as_posix(), i.path.name) for i in local]
    assert shown[0] == (".", "B.TXT") and ("b/d", "e.md") in shown and len(shown) == 6
    assert all(i.store == store and i.stamp for i in walked)
    assert walked[1].shown == store.url(root / "a.txt")  # s3://b/in/a.txt for s3://b/in
    assert "decisions" in walked[1].stamp and "decisions" not in walked[2].stamp


def test_one_object_is_taken_whatever_its_name_and_a_missing_one_fails_later(memory: str) -> None:
    store, root = open_url(f"{memory}/x.bin")
    store.fs.pipe_file(root.as_posix(), b"\x00")
    [one] = walk_store(store, root, EXTENSIONS)
    assert one.path == root and one.stamp.startswith("1:created:")
    gone = list(walk_store(store, root.with_name("gone.txt"), EXTENSIONS))
    assert [(i.path.name, i.stamp) for i in gone] == [("gone.txt", "")]


def test_the_fingerprint_is_what_the_store_says_of_the_bytes() -> None:
    s3 = {"size": 3, "ETag": '"9a0364b9e99bb480dd25e1f0284c8555"', "LastModified": "x"}
    assert fingerprint(s3) == '3:ETag:"9a0364b9e99bb480dd25e1f0284c8555"'
    gcs = {"size": 3, "md5Hash": "mgNkuembtIDdJeHwKEyFVQ==", "etag": "CJ", "updated": "t"}
    assert fingerprint(gcs) == "3:md5Hash:mgNkuembtIDdJeHwKEyFVQ=="
    assert fingerprint({"size": 3, "mtime": 1.5}) == "3:mtime:1.5"
    assert fingerprint({"size": 3, "ETag": "a"}) != fingerprint({"size": 3, "ETag": "b"})


def test_a_url_is_opened_or_refused_naming_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(UsageError, match=r"^nosuch://b/x: fsspec knows no nosuch:// filesystem"):
        open_url("nosuch://b/x")
    if "gs" not in fsspec.registry:  # gcsfs not imported yet: hidden, installed or not
        monkeypatch.setitem(sys.modules, "gcsfs", None)
        with pytest.raises(UsageError, match=r"^gs://b/in: .*pip install gcsfs$"):
            open_url("gs://b/in")
    monkeypatch.setitem(sys.modules, "fsspec", None)
    with pytest.raises(UsageError, match=r"^s3://b/in: .*fsspec: pip install 'galley\[s3\]'$"):
        open_url("s3://b/in")
    with pytest.raises(UsageError, match=r"pip install 'galley\[remote\]' 'adlfs'$"):
        open_url("az://b/in")


def test_a_missing_package_is_a_usage_error_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "fsspec", None)
    (tmp_path / "a.txt").write_text("Title\n\nA paragraph.\n", "utf-8")
    assert main(["convert", "a.txt", "-o", "s3://bucket/out", "-t", "xml"]) == 2
    assert main(["convert", "s3://bucket/in", "-o", "out", "-t", "xml"]) == 2
    err = capsys.readouterr().err
    assert err.count("s3:// URLs need the Python package fsspec: pip install 'galley[s3]'") == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_storage_options_and_the_state_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    assert storage_option("endpoint_url=http://127.0.0.1:9000") == (
        "endpoint_url",
        "http://127.0.0.1:9000",
    )
    assert storage_option("anon=true") == ("anon", True)
    assert storage_option('client_kwargs={"region_name": "eu"}')[1] == {"region_name": "eu"}
    with pytest.raises(ValueError, match="KEY=VALUE"):
        storage_option("anon")
    store, root = open_url("memory://bucket/out/", {"x": 1})
    assert store == Store("memory", '{"x": 1}') and root == Path("/bucket/out")
    monkeypatch.setenv("XDG_STATE_HOME", "/state")
    assert state_folder(store, root) == Path("/state/galley/memory/%2Fbucket%2Fout")
    assert is_store_url("s3://b") and not is_store_url("file:///x") and not is_store_url("C://x")


def test_plain_paths_never_import_fsspec(tmp_path: Path) -> None:
    code = (
        "import sys; from convert.cli import main; "
        f"main(['convert', {str(REPO / 'samples')!r}, '-o', {str(tmp_path)!r}, '-t', 'xml']); "
        "print('fsspec' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.stdout.splitlines()[-1] == "False", done.stderr


def test_fsspecs_own_configuration_reaches_the_workers_with_the_options(tmp_path: Path) -> None:
    """`FSSPEC_S3_ENDPOINT_URL` (read by fsspec on the client) goes into the Store the workers
    get, under the command line's own options."""
    pytest.importorskip("s3fs")
    code = (
        "from convert.run.stores import open_url; "
        "print(open_url('s3://bucket/in', {'anon': True})[0].options)"
    )
    env = {"FSSPEC_S3_ENDPOINT_URL": "http://127.0.0.1:9000", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env
    )
    assert done.stdout.strip() == '{"anon": true, "endpoint_url": "http://127.0.0.1:9000"}', done.stderr
