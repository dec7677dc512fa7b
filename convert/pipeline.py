"""The one place that sequences the stages: read → normalize → structure → JATS → writers.

Each stage knows only the one before it. Writing is done here, atomically (a temporary file in the
target folder, then a rename), so an interrupted run never leaves a half-written file under its
final name, and an output that would overwrite an input is refused.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import __version__, jats
from .config import Config
from .document import Document, from_jats
from .errors import InputError, UsageError
from .normalize import Normalized, normalize
from .read import Decoded, read_file
from .structure import build_document
from .writers import WRITERS, WriteOptions, extension, get_writer

TEXT_SUFFIXES = (".txt", ".text")
JATS_SUFFIXES = (".xml", ".jats")
DEFAULT_FORMATS: tuple[str, ...] = tuple(WRITERS)


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


def prepare(path: Path, config: Config | None = None) -> Prepared:
    config = config or Config()
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
    return Prepared(path, document, decoded, normalized)


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
        "changes": [c.to_json() for c in changes],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render(prepared: Prepared, formats: Sequence[str], options: WriteOptions) -> dict[str, bytes]:
    return {name: get_writer(name)(prepared.document, options) for name in formats}


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def output_paths(source: Path, out_dir: Path, formats: Sequence[str]) -> dict[str, Path]:
    paths = {name: out_dir / f"{source.stem}.{extension(name)}" for name in formats}
    if source.suffix.lower() not in JATS_SUFFIXES:
        paths["repairs"] = out_dir / f"{source.stem}.repairs.json"
    return paths


def convert_file(
    source: Path,
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    config: Config | None = None,
    options: WriteOptions | None = None,
) -> list[Path]:
    """Convert one file; every output is rendered in memory first, then written atomically."""
    options = options or WriteOptions()
    targets = output_paths(source, out_dir, formats)
    resolved_source = source.resolve()
    for target in targets.values():
        if target.resolve() == resolved_source:
            raise UsageError(
                f"output {target} would overwrite the input; choose another -o folder", source
            )
    prepared = prepare(source, config)
    outputs = render(prepared, formats, options)
    if "repairs" in targets:
        outputs["repairs"] = repairs_json(prepared)
    written = []
    for name, data in outputs.items():
        write_atomic(targets[name], data)
        written.append(targets[name])
    return written


def collect_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders walked for text files (and JATS), sorted for a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                )
            )
        else:
            found.append(path)  # a missing file fails on its own when converted, not the batch
    return found
