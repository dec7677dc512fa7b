"""The one place that sequences the stages: read → normalize → structure → JATS → writers.

Each stage knows only the one before it. Writing is done here, atomically (a temporary file in the
target folder, then a rename; all of a source's outputs are flushed before the first rename), so
an interrupted run never leaves a half-written file under its final name, a failed write replaces
none of a source's outputs, and an output that would overwrite an input is refused.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import cast

from . import __version__, jats
from .changes import Change, Severity
from .config import DEFAULT_EXTENSIONS, Config
from .errors import InputError, UsageError, WriterError
from .model import Document, from_jats
from .normalize import Normalized, normalize
from .read import Decoded, read_file
from .structure import build_document
from .writers import DEFAULT_FORMATS, WriteOptions, extension, get_writer, waits_on_a_process

TEXT_SUFFIXES = DEFAULT_EXTENSIONS
JATS_SUFFIXES = (".xml", ".jats")


@dataclass(frozen=True)
class Prepared:
    """A source taken as far as the validated JATS: everything the writers need."""

    source: Path
    document: Document
    decoded: Decoded | None = None  # None for JATS input, which is not normalized
    normalized: Normalized | None = None

    @property
    def jats(self) -> bytes:
        return self.document.jats


def prepare_text(
    text: str, config: Config, name: str = "untitled", path: Path | None = None
) -> tuple[Normalized, Document]:
    normalized = normalize(text, config)
    structured = build_document(normalized.text, config, fallback_title=name)
    document, _ = jats.to_document(structured, path)
    return normalized, document


def prepare(
    path: Path, config: Config | None = None, severity: Mapping[str, str] | None = None
) -> Prepared:
    """Read, repair and structure one file. `severity` overrides, per change kind, what the
    passes chose, so that the log, the review page and `galley check` all agree."""
    config = config or Config()
    _refuse_oversized(path)
    if path.suffix.lower() in JATS_SUFFIXES:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot be read: {exc.strerror}", path) from None
        tree = jats.parse(data, path)
        jats.validate(tree, path)
        return Prepared(path, from_jats(tree, jats.serialize(tree)))
    decoded = read_file(path)
    normalized, document = prepare_text(decoded.text, config, path.stem, path)
    if severity:
        normalized = with_severities(normalized, severity)
    return Prepared(path, document, decoded, normalized)


# Peak memory is about 40 times the input (the change log and its position maps; see
# docs/hardening.md), so this bounds one worker at about 2.7 GB. A bigger "text" is nearly always
# a log, a dump or a misnamed binary, and an article that size can be split.
MAX_INPUT_BYTES = 64 * 1024 * 1024


def _refuse_oversized(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # the read that follows says why
    if size > MAX_INPUT_BYTES:
        raise InputError(
            f"is {size / 2**20:.0f} MiB, more than Galley converts in one piece "
            f"({MAX_INPUT_BYTES // 2**20} MiB; memory grows with the input); split it into "
            "smaller files",
            path,
        )


def with_severities(normalized: Normalized, severity: Mapping[str, str]) -> Normalized:
    changes = tuple(
        replace(c, severity=cast(Severity, severity[c.kind])) if c.kind in severity else c
        for c in normalized.changes
    )
    return replace(normalized, changes=changes)


def repairs_json(prepared: Prepared) -> bytes:
    """The review log written beside the outputs: encoding decision, every change and flag."""
    changes = prepared.normalized.changes if prepared.normalized else ()
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    data = {
        "galley": __version__,
        "source": prepared.source.name,
        "encoding": prepared.decoded.to_json() if prepared.decoded else None,
        "summary": {
            "changes": sum(1 for c in changes if not c.is_flag),
            "flags": sum(1 for c in changes if c.is_flag),
            "by_kind": dict(sorted(counts.items())),
        },
    }
    return _with_changes(data, changes)


def _with_changes(data: Mapping[str, object], changes: Sequence[Change]) -> bytes:
    """`json.dumps({**data, "changes": [...]}, indent=2)`, byte for byte, one change at a time.

    A 30 MB source can log half a million changes; building every change's dict at once and then
    one string of the whole log took four times the memory of the finished file.
    """
    if not changes:
        return (json.dumps({**data, "changes": []}, ensure_ascii=False, indent=2) + "\n").encode()
    head = json.dumps(data, ensure_ascii=False, indent=2)[:-2]  # without the closing "\n}"
    pieces = [f'{head},\n  "changes": [\n'.encode()]
    last = len(changes) - 1
    for index, change in enumerate(changes):
        item = json.dumps(change.to_json(), ensure_ascii=False, indent=2).replace("\n", "\n    ")
        pieces.append(f"    {item}{',' if index < last else ''}\n".encode())
    pieces.append(b"  ]\n}\n")
    return b"".join(pieces)


def render(
    prepared: Prepared,
    formats: Sequence[str],
    options: WriteOptions,
    also: Mapping[str, Callable[[], bytes]] | None = None,
) -> dict[str, bytes]:
    """Every requested format's bytes, in the order asked, then each of `also`'s (outputs made
    here while other processes render); the same bytes however they overlap."""
    jobs: dict[str, Callable[[], bytes]] = {
        name: partial(_write, name, prepared.document, options) for name in formats
    }
    jobs.update(also or {})
    ahead = [name for name in formats if waits_on_a_process(name)] if len(jobs) > 1 else []
    if not ahead:
        return {name: job() for name, job in jobs.items()}
    with ThreadPoolExecutor(len(ahead), thread_name_prefix="galley-writer") as pool:
        started = {name: pool.submit(jobs[name]) for name in ahead}
        here = {name: job() for name, job in jobs.items() if name not in started}
        return {name: started[name].result() if name in started else here[name] for name in jobs}


def _write(name: str, document: Document, options: WriteOptions) -> bytes:
    """One format's bytes; its writer is looked up (and imported) only when it is its turn."""
    return get_writer(name)(document, options)


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it into place."""
    write_all_atomic({path: data})


def write_all_atomic(files: Mapping[Path, bytes]) -> None:
    """Write every file, or replace none: all temporaries are written and flushed first, and only
    then renamed into place, so a full disk halfway leaves the previous outputs as they were.

    Every OSError (a full disk, a read-only or missing folder, a file where a folder should be)
    becomes a WriterError naming the file: the user's to fix, not a bug. The temporary files are
    removed on any failure, Ctrl-C included; only `kill -9` can leave one behind, and
    `remove_stale_temporaries` clears it on the next run.
    """
    temporaries: dict[Path, str] = {}
    current = next(iter(files), Path())
    try:
        for current, data in files.items():
            current.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(
                prefix=f".{current.name}.", suffix=".tmp", dir=current.parent
            )
            temporaries[current] = tmp_name
            with os.fdopen(fd, "wb") as handle:
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


def _discard(names: Iterable[str]) -> None:
    for name in names:
        with contextlib.suppress(OSError):
            Path(name).unlink(missing_ok=True)


def remove_stale_temporaries(targets: Iterable[Path]) -> None:
    """Remove what a killed run left of `write_atomic` for these outputs (`.NAME.*.tmp`).

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


def output_paths(
    source: Path, out_dir: Path, formats: Sequence[str], review: bool = False
) -> dict[str, Path]:
    paths = {name: out_dir / f"{source.stem}.{extension(name)}" for name in formats}
    if source.suffix.lower() not in JATS_SUFFIXES:
        paths["repairs"] = out_dir / f"{source.stem}.repairs.json"
        if review:
            paths["review"] = out_dir / f"{source.stem}.review.html"
    return paths


def convert_file(
    source: Path,
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    config: Config | None = None,
    options: WriteOptions | None = None,
    *,
    review: bool = False,
    severity: Mapping[str, str] | None = None,
) -> list[Path]:
    """Convert one file; every output is rendered in memory first, then written atomically."""
    return [
        path
        for path, _ in convert_prepared(
            source, out_dir, formats, config, options, review=review, severity=severity
        )[0]
    ]


def convert_prepared(
    source: Path,
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    config: Config | None = None,
    options: WriteOptions | None = None,
    *,
    review: bool = False,
    severity: Mapping[str, str] | None = None,
    clear_stale: bool = True,
) -> tuple[list[tuple[Path, int]], Prepared]:
    """`convert_file`, also returning what was prepared (for the report) and each output's size.

    `clear_stale=False` when the caller already removed the outputs' stale temporaries (a batch
    does it for all its files at once).
    """
    options = options or WriteOptions()
    targets = output_paths(source, out_dir, formats, review)
    resolved_source = source.resolve()
    for target in targets.values():
        if target.resolve() == resolved_source:
            raise UsageError(
                f"output {target} would overwrite the input; choose another -o folder", source
            )
    prepared = prepare(source, config, severity)
    also: dict[str, Callable[[], bytes]] = {}
    if "repairs" in targets:
        also["repairs"] = partial(repairs_json, prepared)
    if "review" in targets:
        from .review import render_review  # only batches that ask for the page pay for it

        also["review"] = partial(render_review, prepared)
    outputs = render(prepared, formats, options, also)
    if clear_stale:
        remove_stale_temporaries(targets.values())
    write_all_atomic({targets[name]: data for name, data in outputs.items()})
    return [(targets[name], len(data)) for name, data in outputs.items()], prepared


@dataclass(frozen=True)
class Input:
    """One input file and the folder, relative to the output folder, its outputs go to."""

    path: Path
    subdir: Path = Path()


def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def _glob_base(pattern: str) -> Path:
    """The folder a glob's matches are made relative to: its leading part without wildcards."""
    parts = Path(pattern).parts
    first = next((i for i, p in enumerate(parts) if _is_glob(p)), len(parts))
    return Path(*parts[:first]) if first else Path()


def collect_inputs(
    paths: Iterable[Path | str], extensions: Sequence[str] = TEXT_SUFFIXES
) -> list[Input]:
    """Files as given; folders walked and globs expanded for files with the input extensions.

    Each input keeps its folder relative to the folder or glob it was found under, so the output
    tree mirrors the input tree. Order is stable (sorted within each argument).
    """
    wanted = {e.lower() for e in extensions}
    found: list[Input] = []
    for raw in paths:
        text = str(raw)
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in wanted)
            found.extend(Input(p, p.parent.relative_to(path)) for p in files)
        elif not path.exists() and _is_glob(text):
            base = _glob_base(text)
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            for match in matches:
                if match.is_dir():
                    found.extend(
                        Input(i.path, match.relative_to(base) / i.subdir)
                        for i in collect_inputs([match], extensions)
                    )
                elif match.suffix.lower() in wanted:
                    found.append(Input(match, match.parent.relative_to(base)))
        else:
            found.append(Input(path))  # a missing file fails on its own when converted
    return found
