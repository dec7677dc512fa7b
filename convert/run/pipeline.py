"""The one place that sequences the stages: read → normalize → structure → JATS → writers.

`prepare` takes a source as far as the validated JATS; `render` turns that into every requested
format's bytes; `convert_one` does both for one file and writes the results (`outputs`), after
refusing an output that would overwrite its input. Each stage knows only the one before it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import cast

from .. import __version__, jats
from ..changes import OFF, Change, Severity
from ..changes import json as changes_json
from ..config import Config
from ..errors import InputError, UsageError
from ..model import Document
from ..normalize import Normalized, normalize
from ..normalize.runs import repair_runs, with_notices
from ..readers import reader_for
from ..readers.encodings import Decoded
from ..readers.rich import RichSource
from ..structure import build_document
from ..structure.rich import build_rich_document
from ..writers import WriteOptions, get_writer, waits_on_a_process
from .outputs import output_paths, write_all_atomic


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


def prepare_rich(
    source: RichSource, config: Config, path: Path
) -> tuple[Normalized, Document]:
    repaired = repair_runs(source, config)
    structured = build_rich_document(repaired.blocks, repaired.notes, source.title, path.stem)
    document, _ = jats.to_document(replace(structured, media=source.media), path)
    return with_notices(repaired.normalized, source), document


def prepare(
    path: Path, config: Config | None = None, severity: Mapping[str, str] | None = None
) -> Prepared:
    """Read, repair and structure one file. `severity` overrides, per change kind, what the
    passes chose, so that the log, the review page and `galley check` all agree."""
    config = config or Config()
    _refuse_oversized(path)
    content = reader_for(path, config.input_format).read(path)
    if isinstance(content, Document):  # a reader that gives the document itself: not normalized
        return Prepared(path, content)
    if isinstance(content, RichSource):  # Markdown, DOCX, HTML: repaired run by run
        normalized, document = prepare_rich(content, config, path)
        if severity:
            normalized = with_severities(normalized, severity)
        return Prepared(path, document, content.decoded, normalized)
    normalized, document = prepare_text(content.text, config, path.stem, path)
    if severity:
        normalized = with_severities(normalized, severity)
    return Prepared(path, document, content, normalized)


# Peak memory grows linearly with the input (the change log and its position maps; the factor is
# in docs/hardening.md), so this bounds one worker's memory. A bigger "text" is nearly always a
# log, a dump or a misnamed binary, and an article that size can be split.
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
    """The log with each kind's severity as configured. A kind turned `off` stays in the log (the
    log must replay) as `info`; `reported` leaves it out of what is reported and counted."""
    changes = tuple(
        replace(c, severity=cast(Severity, _logged(severity[c.kind]))) if c.kind in severity else c
        for c in normalized.changes
    )
    return replace(normalized, changes=changes)


def _logged(severity: str) -> str:
    return "info" if severity == OFF else severity


def reported(prepared: Prepared, severity: Mapping[str, str]) -> tuple[Change, ...]:
    """The changes `galley check` reports and `--fail-on` counts: all but the kinds turned off."""
    changes = prepared.normalized.changes if prepared.normalized else ()
    if OFF not in severity.values():
        return changes
    return tuple(c for c in changes if severity.get(c.kind) != OFF)


def repairs_json(prepared: Prepared) -> bytes:
    """The review log written beside the outputs: encoding decision, every change and flag."""
    return changes_json.repairs_json(
        __version__,
        prepared.source.name,
        prepared.decoded.to_json() if prepared.decoded else None,
        prepared.normalized.changes if prepared.normalized else (),
    )


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


def convert_one(
    source: Path,
    out_dir: Path,
    formats: Sequence[str],
    config: Config,
    options: WriteOptions,
    *,
    review: bool,
    severity: Mapping[str, str],
    mode: int | None = None,
) -> tuple[list[Path], Prepared]:
    """Convert one file, returning its outputs' paths and what was prepared (for the report).

    Every output is rendered in memory first, then all are written atomically. The caller has
    already removed the outputs' stale temporaries (a batch does it for all its files at once).
    `mode`: the outputs' file mode (default: what the umask gives, `outputs.output_mode`).
    """
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
        also["review"] = partial(render_review, prepared)
    outputs = render(prepared, formats, options, also)
    write_all_atomic({targets[name]: data for name, data in outputs.items()}, mode)
    return list(map(targets.__getitem__, outputs)), prepared


def render_review(prepared: Prepared) -> bytes:
    """The review page of a prepared text input (JATS input has no source text to compare)."""
    from ..report.review import review_page  # only batches that ask for it pay for it

    decoded, normalized = prepared.decoded, prepared.normalized
    if decoded is None or normalized is None:
        raise ValueError("the review page needs a normalized text input, not JATS")
    return review_page(
        prepared.source.name,
        normalized.source,
        normalized.text,
        normalized.changes,
        f"{decoded.encoding} ({decoded.method})",
    )
