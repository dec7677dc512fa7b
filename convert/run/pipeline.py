"""The one place that sequences the stages: read → normalize → structure → JATS → writers.

`prepare` takes a source as far as the validated JATS; `render` turns that into every requested
format's bytes; `convert_one` does both for one file and writes the results (`outputs`), after
refusing an output that would overwrite its input. Each stage knows only the one before it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .. import __version__, jats
from ..changes import OFF, Change, Severity
from ..changes import json as changes_json
from ..config import Config
from ..errors import DecisionsError, InputError, UsageError
from ..model import Document
from ..normalize import PASSES, Normalized, Pass, normalize
from ..readers import reader_for
from ..readers.encodings import Decoded
from ..structure import build_document
from ..writers import WriteOptions, get_writer, waits_on_a_process
from .inputs import decisions_path
from .outputs import output_paths, write_all_atomic

if TYPE_CHECKING:
    from ..decisions import Decided, Decisions
    from ..readers.pdf.model import PdfText
    from ..readers.rich import RichSource


@dataclass(frozen=True)
class Prepared:
    """A source taken as far as the validated JATS: everything the writers need."""

    source: Path
    document: Document
    decoded: Decoded | None = None  # None for JATS input, which is not normalized
    normalized: Normalized | None = None
    decided: Decided | None = None  # what the editor's decisions matched (None: no file)

    @property
    def jats(self) -> bytes:
        return self.document.jats


def prepare_text(
    text: str | Decoded, config: Config, name: str = "untitled", path: Path | None = None
) -> tuple[Normalized, Document]:
    normalized, document, _ = prepare_decided(text, config, name, path)
    return normalized, document


def prepare_decided(
    text: str | Decoded,
    config: Config,
    name: str = "untitled",
    path: Path | None = None,
    decisions: Decisions | None = None,
    decisions_file: Path | None = None,
) -> tuple[Normalized, Document, Decided | None]:
    """`prepare_text` honouring an editor's decisions: the log less the rejected changes before
    the structure, the decided roles after it (`convert.decisions`)."""
    source = text if isinstance(text, str) else text.text
    pdf = _pdf_text(text)
    if pdf is not None:
        passes = (_layout_pass(pdf), *(p for p in PASSES if p.name not in GEOMETRY_DECIDES))
        normalized = _located(normalize(source, config, passes), pdf)
    else:
        normalized = normalize(source, config)
    decided = None
    if decisions:
        from ..decisions import decide_changes, decide_structure

        kept, log, decided = decide_changes(source, normalized.changes, decisions, decisions_file)
        if kept is not None:
            normalized = Normalized(normalized.source, kept, log)
    headline = pdf is not None and pdf.headline
    structured = build_document(normalized.text, config, fallback_title=name, headline=headline)
    if decided is not None:
        structured, decided = decide_structure(structured, decided, name)
    document, _ = jats.to_document(structured, path)
    return normalized, document, decided


def prepare_rich(
    source: RichSource, config: Config, path: Path
) -> tuple[Normalized, Document]:
    # the run-by-run repair and its structure: imported by rich inputs only, not by a text's call
    from ..normalize.runs import repair_runs, with_notices
    from ..structure.rich import build_rich_document

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
    if not isinstance(content, Decoded):  # a RichSource (Markdown, DOCX, HTML): run by run
        if decisions_path(path).exists():  # refused rather than silently not honoured
            raise DecisionsError(
                "decisions are not honoured for Markdown, DOCX or HTML inputs yet; move "
                f"{decisions_path(path).name} aside to convert without them",
                path,
            )
        normalized, document = prepare_rich(content, config, path)
        if severity:
            normalized = with_severities(normalized, severity)
        return Prepared(path, document, content.decoded, normalized)
    decisions, decisions_file = _decisions(path)
    normalized, document, decided = prepare_decided(
        content, config, path.stem, path, decisions, decisions_file
    )
    if severity:
        normalized = with_severities(normalized, severity)
    return Prepared(path, document, content, normalized, decided)


def _decisions(source: Path) -> tuple[Decisions | None, Path | None]:
    """An editor's decisions beside `source`, and their file; the decisions package is imported
    only for a source that has one (most have none)."""
    if not decisions_path(source).exists():
        return None, None
    from ..decisions import load_decisions

    return load_decisions(source)


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


# Passes that guess from the text alone what a PDF's geometry tells the reader: words split off a
# stretched line, furniture, hard wraps, paragraphs cut by a layout. Their input (text whose layout was lost) never exists for a
# PDF; run on the reader's paragraphs they could only undo decisions made from the page.
GEOMETRY_DECIDES = frozenset({"gap-words", "furniture", "unwrap", "layout"})


def _pdf_text(text: str | Decoded) -> PdfText | None:
    """`text` if the PDF reader gave it; its module is imported for a subclass of Decoded only
    (the PDF reader's is the one), not for a text file's call."""
    if isinstance(text, str) or type(text) is Decoded:
        return None
    from ..readers.pdf.model import PdfText

    return text if isinstance(text, PdfText) else None


def _layout_pass(pdf: PdfText) -> Pass:
    """The PDF reader's decisions (furniture removed, paragraphs joined across columns and
    pages) as the first pass, so they are logged and replayed like every repair: its edits are
    of the reader's text, and of no other."""
    return Pass("pdf", lambda text, _config, _context: list(pdf.layout) if text == pdf.text else [])


def _located(normalized: Normalized, pdf: PdfText) -> Normalized:
    """Each change with the page, column and line of the PDF where it stands."""
    changes = []
    for change in normalized.changes:
        place = pdf.places.at(change.source_start)
        changes.append(change._replace(where=place.describe()) if place else change)
    return replace(normalized, changes=tuple(changes))


def with_severities(normalized: Normalized, severity: Mapping[str, str]) -> Normalized:
    """The log with each kind's severity as configured. A kind turned `off` stays in the log (the
    log must replay) as `info`; `reported` leaves it out of what is reported and counted."""
    changes = tuple(
        c._replace(severity=cast(Severity, _logged(severity[c.kind]))) if c.kind in severity else c
        for c in normalized.changes
    )
    return replace(normalized, changes=changes)


def _logged(severity: str) -> str:
    return "info" if severity == OFF else severity


def reported(prepared: Prepared, severity: Mapping[str, str]) -> tuple[Change, ...]:
    """The changes `galley check` reports and `--fail-on` counts: all but the kinds turned off
    and the changes an editor accepted, and a warning for each stale decision."""
    changes = prepared.normalized.changes if prepared.normalized else ()
    if prepared.decided is not None:
        from ..decisions.report import findings

        changes = findings(prepared.decided, changes)
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
    started = {name: _Started(jobs[name]) for name in ahead}
    try:
        here = {name: job() for name, job in jobs.items() if name not in started}
    finally:  # no writer is left running when this returns or raises
        for thread in started.values():
            thread.join()
    return {name: started[name].result() if name in started else here[name] for name in jobs}


class _Started(threading.Thread):
    """A writer run in a thread of its own, started at once; `result` waits for its bytes or
    raises its error. (A thread each rather than concurrent.futures' pool, which a cold call
    would import for one or two jobs.)"""

    def __init__(self, job: Callable[[], bytes]) -> None:
        super().__init__(name="galley-writer")
        self._job = job
        self._value = b""
        self._error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self._value = self._job()
        except BaseException as exc:  # raised again in the caller's thread, as a future does
            self._error = exc

    def result(self) -> bytes:
        self.join()
        if self._error is not None:
            raise self._error
        return self._value


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
    if prepared.decided is not None:
        from ..decisions.report import warn_stale

        warn_stale(prepared.decided, source)
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
    # only batches that ask for it pay for these imports
    from ..report.review import page_bytes, review_tree
    from ..report.review_form import add_decisions_summary

    decoded, normalized = prepared.decoded, prepared.normalized
    if decoded is None or normalized is None:
        raise ValueError("the review page needs a normalized text input, not JATS")
    pages = None
    pdf = _pdf_text(decoded)
    if pdf is not None:
        from ..report.review_pdf import pages_section

        pages = pages_section(prepared.source, pdf, normalized.changes)
    page = review_tree(
        prepared.source.name,
        normalized.source,
        normalized.text,
        normalized.changes,
        f"{decoded.encoding} ({decoded.method})",
        pages,
    )
    if prepared.decided is not None:  # what the editor's decisions took out, and stale ones
        add_decisions_summary(page, prepared.decided)
    return page_bytes(page)
