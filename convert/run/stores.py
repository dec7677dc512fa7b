"""Inputs and outputs on an object store or any other fsspec filesystem (`s3://`, `gs://`, …).

fsspec is imported here only, and only when a URL is given: a run on plain paths never imports
it. A `file://` URL is not a store: it is read as its local path (`inputs.local_path`) and
written as every local output is (a temporary name, then a rename).

A path on a store is kept as a `Path` of its fsspec path (`bucket/prefix/a.txt`, no protocol)
beside the `Store` it is on, so that planning (output names, the tree mirrored under the output
folder, manifest keys) is the same code for both; nothing opens such a path on the local disk.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from ..errors import UsageError
from .inputs import Input

# the package that gives each protocol to fsspec, for the message when it is missing
PACKAGES = {
    "s3": "s3fs",
    "s3a": "s3fs",
    "gs": "gcsfs",
    "gcs": "gcsfs",
    "az": "adlfs",
    "abfs": "adlfs",
    "abfss": "adlfs",
}
EXTRAS = {"s3fs": "galley[s3]", "gcsfs": "galley[gcs]"}  # pyproject.toml's, with fsspec
# what a listing says of an object that changes when its bytes do, most telling first: S3's
# ETag (the MD5 of a single-part upload), GCS's md5Hash, a filesystem's mtime, then times
CHANGE_KEYS = ("ETag", "md5Hash", "etag", "mtime", "LastModified", "updated", "created")


@dataclass(frozen=True)
class Store:
    """A filesystem fsspec opens: its protocol and storage options (as sorted JSON, so that a
    Store is hashable and pickles small to every worker)."""

    protocol: str
    options: str = "{}"

    def url(self, path: Path | str) -> str:
        return f"{self.protocol}://{Path(path).as_posix()}"

    @property
    def fs(self) -> Any:
        return _filesystem(self)


def _filesystem(store: Store) -> Any:
    """fsspec's filesystem object for the store: fsspec keeps one per options and process, and
    drops its cache in a forked process (a pool's worker), whose copy of the parent's would
    wait on the parent's event loop forever."""
    import fsspec

    return fsspec.filesystem(store.protocol, **json.loads(store.options))


def open_url(given: str, options: Mapping[str, Any] | None = None) -> tuple[Store, Path]:
    """The store a URL is on and its path there; a usage error naming the URL and the package
    to install when fsspec or the protocol's implementation is missing.

    The options are fsspec's configuration for the protocol (its `FSSPEC_S3_*` variables and
    ~/.config/fsspec files, read here on the client) overlaid with `options` (the run's
    `--storage-option`s), so that the workers, which get the Store, use the same ones.
    """
    scheme = urlsplit(given).scheme.lower()
    try:
        import fsspec
        import fsspec.config
    except ImportError:
        package = PACKAGES.get(scheme, "")
        extra = EXTRAS.get(package) or f"galley[remote]' '{package or 'its fsspec package'}"
        raise UsageError(
            f"{given}: {scheme}:// URLs need the Python package fsspec: pip install '{extra}'"
        ) from None
    try:
        cls = fsspec.get_filesystem_class(scheme)
    except ImportError as exc:
        package = PACKAGES.get(scheme) or getattr(exc, "name", None) or "its implementation"
        raise UsageError(
            f"{given}: {scheme}:// URLs need the Python package {package}: pip install {package}"
        ) from None
    except ValueError:
        raise UsageError(f"{given}: fsspec knows no {scheme}:// filesystem") from None
    merged = {**fsspec.config.conf.get(scheme, {}), **(options or {})}
    store = Store(scheme, json.dumps(merged, sort_keys=True, default=str))
    path = str(cls._strip_protocol(given)).rstrip("/")
    if not path:
        raise UsageError(f"{given}: no bucket or folder in the URL")
    return store, Path(path)


def storage_option(text: str) -> tuple[str, Any]:
    """`KEY=VALUE` from the command line; a VALUE that is JSON (true, 5, {"a": 1}) is taken as
    such, anything else as a string."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise ValueError(f"{text!r}: expected KEY=VALUE")
    try:
        parsed: Any = json.loads(value)
    except ValueError:
        parsed = value
    return key.strip(), parsed


def fingerprint(info: Mapping[str, Any]) -> str:
    """What the store says identifies an object's bytes: its size and the first of
    `CHANGE_KEYS` it gives (the manifest compares this, not a digest, so that the client never
    downloads an input)."""
    for key in CHANGE_KEYS:
        if info.get(key) not in (None, ""):
            return f"{info.get('size')}:{key}:{info[key]}"
    return f"{info.get('size')}"


def walk_store(
    store: Store,
    root: Path,
    extensions: Sequence[str],
    skip: Path | None = None,
    sidecar: str = "",
) -> Iterator[Input]:
    """The inputs under a store URL, as `collect_inputs` walks a folder: sorted by path (one
    folder listed at a time, depth first), only the input extensions, the output folder left
    out; a single object is taken whatever its name. A missing one is yielded as it is, and
    fails on its own when converted. An input's stamp includes that of the file beside it named
    with the `sidecar` suffix (its decisions), which shapes its outputs too."""
    fs = store.fs
    try:
        info = fs.info(root.as_posix())
    except FileNotFoundError:
        yield Input(root, store=store)
        return
    if info.get("type") != "directory":
        yield Input(root, store=store, stamp=fingerprint(info))
        return
    wanted = {e.lower() for e in extensions}
    yield from _walk_folder(store, root.as_posix(), Path(), wanted, skip, sidecar)


def _walk_folder(
    store: Store, folder: str, subdir: Path, wanted: set[str], skip: Path | None, sidecar: str
) -> Iterator[Input]:
    fs = store.fs
    # only what the walk needs of each entry, not fsspec's dicts; the listing is dropped from
    # fsspec's cache at once, so the client holds one folder's listing per level it is inside
    listing = fs.ls(folder, detail=True)
    fs.invalidate_cache(folder)
    entries = sorted(
        (
            str(e["name"]).rstrip("/").rsplit("/", 1)[-1],
            e.get("type") == "directory",
            fingerprint(e),
        )
        for e in listing
        if str(e["name"]).rstrip("/") != folder
    )
    del listing
    sidecars = {n: s for n, is_dir, s in entries if sidecar and n.endswith(sidecar)}
    for name, is_dir, stamp in entries:
        path = f"{folder}/{name}"
        if is_dir:
            if skip is None or Path(path) != skip:
                yield from _walk_folder(store, path, subdir / name, wanted, skip, sidecar)
        elif os.path.splitext(name)[1].lower() in wanted:
            beside = sidecars.get(name + sidecar) if sidecar else None
            yield Input(Path(path), subdir, store, f"{stamp} decisions {beside}" if beside else stamp)


def state_folder(store: Store, root: Path) -> Path:
    """Where a run into a store keeps its manifest and journal on this machine: a folder named
    after the output URL under $XDG_STATE_HOME (default ~/.local/state)/galley/."""
    base = os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state")
    return Path(base, "galley", store.protocol, quote(root.as_posix(), safe=""))
