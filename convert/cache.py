"""The user's cache folder: files derived from installed data or code, each named after what
it was derived from, so a change is a new file and a stale one is never read.

The normalizer keeps its word tables here (`normalize.zh_words`, `stray_context`,
`mojibake.word_model`), the DOCX writer its prepared templates (`writers.docx.template`).
Every file is written atomically and checked when read; where no folder is writable, the
caller builds what it needs in memory, as without a cache.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import secrets
from collections.abc import Iterator
from pathlib import Path


def cache_folder() -> Path | None:
    """$GALLEY_CACHE_DIR, else $XDG_CACHE_HOME/galley, else ~/.cache/galley; an empty
    GALLEY_CACHE_DIR, or no home folder, turns the cache off (None)."""
    named = os.environ.get("GALLEY_CACHE_DIR")
    if named is not None:
        return Path(named) if named else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~"):  # no home folder known: no cache, not a "~" folder here
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "galley"


def store_atomically(path: Path, data: bytes) -> None:
    """Write atomically: a reader sees the whole file or none. The temporary file is created
    with mode 0o644 less the umask, like any file the user makes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def mapped(path: Path) -> Iterator[mmap.mmap]:
    """The file's bytes, mapped read-only: a table parsed from it is not first copied whole into
    a bytes object, whose fresh memory (8 MB for the word model's costs) the kernel must zero and
    fill. OSError if it cannot be read, ValueError if it is empty (both: build it again)."""
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        yield data
