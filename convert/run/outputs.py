"""Where a source's outputs go, and writing them atomically.

A temporary file in the target folder, then a rename; all of a source's outputs are flushed
before the first rename. So an interrupted run never leaves a half-written file under its final
name, and a failed write replaces none of a source's outputs.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from ..errors import WriterError
from ..readers import reader_for
from ..writers import extension


def output_paths(
    source: Path, out_dir: Path, formats: Sequence[str], review: bool = False
) -> dict[str, Path]:
    paths = {name: out_dir / f"{source.stem}.{extension(name)}" for name in formats}
    if reader_for(source).normalized:
        paths["repairs"] = out_dir / f"{source.stem}.repairs.json"
        if review:
            paths["review"] = out_dir / f"{source.stem}.review.html"
    return paths


def output_mode() -> int:
    """The mode `open()` would give a new file under this process's umask: 0o666 without it.

    `mkstemp` creates its file 0600 whatever the umask, so outputs get this mode explicitly, or
    colleagues, a web server or a shared folder could not read them. Read it once, at the start
    of a run in the main process, and hand it to the workers (`Job.file_mode`).
    """
    return 0o666 & ~_umask()


def _umask() -> int:
    # Linux says it without changing it; elsewhere os.umask must set it to read it, which races
    # with any thread creating a file meanwhile, so it is set to the safe side (0o077) for that
    # instant
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def write_all_atomic(files: Mapping[Path, bytes], mode: int | None = None) -> None:
    """Write every file, or replace none: all temporaries are written and flushed first, and only
    then renamed into place, so a full disk halfway leaves the previous outputs as they were.

    Each file gets `mode` (default: `output_mode()`, what a plain `open()` would give), also
    when it replaces an existing file.

    Every OSError (a full disk, a read-only or missing folder, a file where a folder should be)
    becomes a WriterError naming the file: the user's to fix, not a bug. The temporary files are
    removed on any failure, Ctrl-C included; only `kill -9` can leave one behind, and
    `remove_stale_temporaries` clears it on the next run.
    """
    temporaries: dict[Path, str] = {}
    current = next(iter(files), Path())
    mode = output_mode() if mode is None else mode
    try:
        for current, data in files.items():
            current.parent.mkdir(parents=True, exist_ok=True)
            with _stops_deferred():  # a stop lands before the file exists or after it is known
                fd, tmp_name = tempfile.mkstemp(
                    prefix=f".{current.name}.", suffix=".tmp", dir=current.parent
                )
                temporaries[current] = tmp_name
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(handle.fileno(), mode)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for current, tmp_name in temporaries.items():
            os.replace(tmp_name, current)
    except OSError as exc:
        _discard(temporaries.values())
        raise WriterError(
            f"cannot be written ({exc.strerror or exc}); nothing replaced", current
        ) from exc
    except BaseException:
        _discard(temporaries.values())
        raise


@contextlib.contextmanager
def _stops_deferred() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back while a temporary file is created and recorded, so that the
    KeyboardInterrupt they raise cannot fall between the two and leave a file nobody removes.
    (Only the main thread runs signal handlers; elsewhere there is nothing to defer.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _discard(names: Iterable[str]) -> None:
    for name in names:
        with contextlib.suppress(OSError):
            Path(name).unlink(missing_ok=True)


def remove_stale_temporaries(targets: Iterable[Path]) -> None:
    """Remove what a killed run left of `write_all_atomic` for these outputs (`.NAME.*.tmp`).

    Only the temporaries of the outputs about to be written are touched, so a folder's other
    files are never at risk; two runs writing the same outputs at once are not supported anyway.
    Each folder is listed once, however many of its outputs are given: a batch clears all its
    outputs' leftovers in one listing per folder rather than one per output (which made a batch
    into one folder quadratic).
    """
    by_folder: dict[Path, set[str]] = {}
    for target in targets:
        by_folder.setdefault(target.parent, set()).add(target.name)
    for folder, names in by_folder.items():
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                if _is_temporary_of(entry.name, names):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)


class StaleSweeper:
    """`remove_stale_temporaries` for outputs as they come (a batch planned lazily): each folder
    is listed once, when its first output comes, and only the temporaries found there are
    remembered, each removed when its output comes."""

    def __init__(self) -> None:
        self._found: dict[Path, list[str]] = {}

    def __call__(self, targets: Iterable[Path]) -> None:
        for target in targets:
            names = self._found.get(target.parent)
            if names is None:
                names = self._found[target.parent] = _temporaries(target.parent)
            for name in [n for n in names if _is_temporary_of(n, {target.name})]:
                names.remove(name)
                with contextlib.suppress(OSError):
                    os.unlink(target.parent / name)


def _temporaries(folder: Path) -> list[str]:
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        return [e.name for e in entries if e.name.startswith(".") and e.name.endswith(".tmp")]
    return []


def _is_temporary_of(name: str, targets: set[str]) -> bool:
    """Whether `name` matches `.TARGET.*.tmp` for one of `targets` (the glob, for a set at once)."""
    if not (name.startswith(".") and name.endswith(".tmp")):
        return False
    middle = name[1 : -len(".tmp")]
    dot = middle.find(".")
    while dot != -1:
        if middle[:dot] in targets:
            return True
        dot = middle.find(".", dot + 1)
    return False
