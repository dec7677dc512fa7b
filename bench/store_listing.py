"""What the client holds while it lists a store URL (`convert/run/stores.py`): the peak of the
streamed walk (one folder's listing at a time) and the memory per input the run keeps, on
fsspec's in-memory filesystem (the walk's own figures; an s3fs listing's dicts are larger).

    .venv/bin/python bench/store_listing.py --keys 100000 --folders 10
"""

from __future__ import annotations

import argparse
import tracemalloc
from pathlib import Path

import fsspec
from fsspec.implementations.memory import MemoryFile

from convert.run.stores import open_url, walk_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=100_000)
    parser.add_argument("--folders", type=int, default=10)
    args = parser.parse_args()
    fs = fsspec.filesystem("memory")
    root = "/galley-bench-listing/in"
    for i in range(args.keys):  # straight into the store: pipe_file is slow for 100,000 keys
        path = f"{root}/d{i % args.folders:03d}/article-{i:08d}.txt"
        fs.store[path] = MemoryFile(fs, path, b"x")
    fs.pseudo_dirs.extend([str(Path(root).parent), root])
    fs.pseudo_dirs.extend(f"{root}/d{j:03d}" for j in range(args.folders))
    store, path = open_url(f"memory://{root}")
    tracemalloc.start()
    count = sum(1 for _ in walk_store(store, path, (".txt",)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    held = list(walk_store(store, path, (".txt",)))
    kept = tracemalloc.get_traced_memory()[0]
    print(f"{count:,} keys in {args.folders} folders: walk peak {peak / 1e6:.1f} MB "
          f"({peak / (count / args.folders):.0f} B a key of the largest folder); "
          f"inputs kept {kept / 1e6:.1f} MB = {kept / len(held):.0f} B an input")  # fmt: skip


if __name__ == "__main__":
    main()
