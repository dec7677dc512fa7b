"""`galley convert`: files, folders and globs to every requested format, incrementally.

The pipeline (lxml, wordfreq, ftfy) is imported when the command runs, not with the CLI, so that
a one-file `galley convert` can fork its PDF helper before paying for that import
(`convert.writers.pdf_process`).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EXIT_FAILED, ClusterError, GalleyError, UsageError
from ..report import FileResult, Report
from ..writers import DEFAULT_FORMATS, resolve_style, start_helpers
from .args import resolve_settings, settings_finder
from .progress import Progress, per_worker, plain_output

if TYPE_CHECKING:
    from ..run.inputs import Input


def run(args: argparse.Namespace) -> int:
    from ..batch import Batch, Job
    from ..run.inputs import collect_inputs, is_glob

    finder = settings_finder(args)
    settings = resolve_settings(args, finder)
    if args.output.exists() and not args.output.is_dir():
        raise UsageError(f"output {args.output} exists and is not a folder")
    inputs = collect_inputs(args.paths, settings.extensions, skip=args.output)
    if not inputs:
        raise UsageError(f"no input files found (inputs end in {', '.join(settings.extensions)})")
    for own in {id(s): s for s in [settings, *map(finder.for_path, _paths(inputs))]}.values():
        resolve_style(own.style, "und", own.write_options().styles_dir)  # a bad one: usage
    for item in inputs:
        finder.warn_run_wide(item.path, settings)
    started = time.perf_counter()
    job = Job("convert", settings, args.debug)
    batch = Batch(inputs, args.output, job, args.force, finder.for_path)
    report = Report("convert", fail_on=args.fail_on)
    try:
        # every input counts on the bar: which are skipped is known only as they are planned
        with Progress(len(inputs), plain_output()) as progress:

            def finished(result: FileResult) -> None:
                if result.status == "skipped":
                    progress.advance()
                else:
                    progress(result)
                report.add(result)

            batch.run(settings.jobs, finished)
    except (KeyboardInterrupt, ClusterError) as exc:
        done = report.count("converted")
        if not done and isinstance(exc, ClusterError):
            raise  # nothing finished (the scheduler was never reached): its message says it all
        print(
            f"{'interrupted' if isinstance(exc, KeyboardInterrupt) else 'stopped'}: {done} "
            f"converted, {batch.left(done)} not; no output is half-written; run the same "
            "command again to convert the rest",
            file=sys.stderr,
        )
        raise
    report.seconds = time.perf_counter() - started
    print(report.summary(), file=sys.stderr)
    if any(r.worker for r in report.results):
        print(per_worker(report.results, report.seconds), file=sys.stderr)
    try:
        batch.save()
    except GalleyError as exc:  # the outputs are written; only the next run's skipping suffers
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if len(inputs) > 1 or any(Path(p).is_dir() or is_glob(p) for p in args.paths):
        try:
            names = {str(i.path): (i.subdir / i.path.name).as_posix() for i in inputs}
            write_index(report, args.output, batch.manifest.entries.values(), job.file_mode, names)
        except GalleyError as exc:  # as for the manifest: the outputs themselves are written
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_FAILED
    return report.exit_code


def write_index(
    report: Report,
    out_dir: Path,
    recorded: Iterable[Mapping[str, Any]],
    mode: int,
    names: Mapping[str, str],
) -> None:
    """The batch's index page (`report.index`), beside its outputs; named otherwise when a
    document's own output is called index.html."""
    from ..report.index import INDEX, entries, index_page
    from ..run.outputs import write_all_atomic

    earlier = {str(e.get("source")): e.get("outputs", []) for e in recorded}
    documents = entries(report.results, out_dir, earlier, names)
    name = INDEX
    if any(o == INDEX for d in documents for o in d.outputs):
        name = "galley-index.html"
        print(f"note: a document's output is {INDEX}; the batch index is {name}", file=sys.stderr)
    write_all_atomic({out_dir / name: index_page(documents)}, mode)


def _paths(inputs: Sequence[Input]) -> list[Path]:
    return [i.path for i in inputs]


def start_pdf_helper(args: argparse.Namespace) -> None:
    """Fork the PDF helper now, for a one-file convert that writes a PDF (flags and config).

    Only worth it for one file: a batch's workers import WeasyPrint once each anyway. The helper
    gets the run's write options, so that it can parse their style sheets while it waits.
    """
    if args.command != "convert" or len(args.paths) != 1 or not os.path.isfile(args.paths[0]):
        return
    try:
        settings = resolve_settings(args)
        options = settings.write_options()
    except GalleyError:
        return  # the command itself reports the error
    start_helpers(settings.formats or DEFAULT_FORMATS, options, likely_language(args.paths[0]))


# inputs read as text, whose first bytes tell their language; others (.docx, .pdf) are not guessed
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm"})


def likely_language(path: str) -> str | None:
    """The language of a text input's first 4 KB read as UTF-8 (`structure.language`), for the
    PDF helper to prepare that one style; None where the input is not text or cannot be read.

    A wrong guess (a GBK file, an English preface to a Chinese article) costs only the warming:
    the page's own style is parsed when it is rendered, as without a helper.
    """
    if os.path.splitext(path)[1].lower() not in TEXT_SUFFIXES:
        return None
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096).decode("utf-8", "ignore")
    except OSError:
        return None
    from ..structure.language import detect_language

    return detect_language(head)
