"""Planning a batch: every input mapped to its output folder (mirroring the input tree), and
refused, file by file, when its outputs would collide with another input's or overwrite an input.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config.settings import Settings
from ..report import FileResult
from ..run.inputs import Input, decisions_path
from ..run.outputs import output_paths
from .worker import Job, Task


@dataclass
class Plan:
    tasks: list[Task]
    keys: list[str]  # each task's manifest key: its output folder and stem
    refused: list[FileResult]


def file_digest(path: Path) -> str:
    """The input's digest, with its editor's decisions file when it has one (they shape the
    outputs as much as the text does)."""
    try:
        digest = hashlib.sha256(path.read_bytes())
    except OSError:
        return ""  # the task itself reports why the file cannot be read
    with contextlib.suppress(OSError):  # none: the digest is the input's alone, as always
        digest.update(b"decisions\0" + decisions_path(path).read_bytes())
    return digest.hexdigest()


def plan(
    inputs: Sequence[Input],
    out_dir: Path,
    job: Job,
    settings_for: Callable[[Path], Settings] | None = None,
) -> Plan:
    """Tasks for `inputs`; inputs whose outputs would collide or overwrite an input are refused.
    `settings_for`: each input's own settings (default: the job's for all)."""
    tasks, keys, refused = [], [], []
    for planned in plan_lazily(inputs, out_dir, job, settings_for):
        if isinstance(planned, FileResult):
            refused.append(planned)
        else:
            tasks.append(planned[0])
            keys.append(planned[1])
    return Plan(tasks, keys, refused)


def plan_lazily(
    inputs: Sequence[Input],
    out_dir: Path,
    job: Job,
    settings_for: Callable[[Path], Settings] | None = None,
) -> Iterator[tuple[Task, str] | FileResult]:
    """`plan`, one input at a time, in the inputs' order: each input's task and manifest key, or
    its refusal. Its file is read (hashed) only when the caller asks for it, so a cluster can be
    converting the first files of a big folder while the last ones are still to plan; whether
    an input is refused depends only on the inputs before it, so the answers are the same."""
    # what an output must not overwrite: every input's real path, found only once an output
    # exists already (a rerun, or -o over the inputs), so a first run into a new folder starts
    # without a pass over all inputs; strings rather than Paths, a third of the memory
    resolved_inputs: set[str] | None = None
    claimed: dict[str, int] = {}  # every output so far -> the index of the input writing it
    for number, item in enumerate(inputs):
        target_dir = out_dir / item.subdir
        settings = settings_for(item.path) if settings_for else job.settings
        targets = output_paths(item.path, target_dir, job.formats, settings.review)
        display = item.shown
        names = [str(t) for t in targets.values()]
        clash = next((inputs[claimed[t]].shown for t in names if t in claimed), None)
        if job.out_store is None:
            existing = [t for t in targets.values() if os.path.lexists(t)]
            if existing and resolved_inputs is None:
                resolved_inputs = {os.path.realpath(i.path) for i in inputs if _on_disk(i)}
        else:  # a store: an output key may be an input's key on the same store
            existing = list(targets.values())
            if resolved_inputs is None:
                resolved_inputs = {str(i.path) for i in inputs if i.store == job.out_store}
        overwrite = next(
            (
                job.out_store.url(t) if job.out_store else t
                for t in existing
                if (str(t) if job.out_store else os.path.realpath(t)) in (resolved_inputs or ())
            ),
            None,
        )
        if clash is not None:
            yield FileResult(
                display,
                "failed",
                error=f"{display}: its outputs would overwrite "
                f"those of {clash}; rename one of them or convert them separately",
            )
            continue
        if overwrite is not None:
            yield FileResult(
                display,
                "failed",
                error=f"{display}: output {overwrite} would "
                "overwrite the input; choose another -o folder",
            )
            continue
        claimed.update(dict.fromkeys(names, number))
        key = str((item.subdir / item.path.stem).as_posix())
        own = settings if settings_for else None
        digest = item.stamp if item.store else file_digest(item.path)
        yield Task(item.path, target_dir, display, digest, own, item.store), key


def _on_disk(item: Input) -> bool:
    return item.store is None and item.path.exists()
