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

from ..errors import EXIT_FAILED, ClusterError, GalleyError, UsageError, WriterError
from ..report import FileResult, Report
from ..writers import DEFAULT_FORMATS, resolve_style, start_helpers
from .args import resolve_settings, settings_finder
from .progress import Progress, per_worker, plain_output

if TYPE_CHECKING:
    from ..run.inputs import Input
    from ..run.stores import Store


def run(args: argparse.Namespace) -> int:
    from ..batch import Batch, Job
    from ..run.inputs import is_glob

    finder = settings_finder(args)
    settings = resolve_settings(args, finder)
    options = dict(args.storage_options)
    out_store: Store | None = None
    if isinstance(args.output, str):  # a store's URL
        from ..run.stores import open_url

        out_store, out_dir = open_url(args.output, options)
    else:
        out_dir = args.output
        if out_dir.exists() and not out_dir.is_dir():
            raise UsageError(f"output {out_dir} exists and is not a folder")
    inputs = _collect(args.paths, settings.extensions, out_dir, out_store, options)
    if not inputs:
        raise UsageError(f"no input files found (inputs end in {', '.join(settings.extensions)})")
    for own in {id(s): s for s in [settings, *map(finder.for_path, _paths(inputs))]}.values():
        resolve_style(own.style, "und", own.write_options().styles_dir)  # a bad one: usage
    for path in _paths(inputs):
        finder.warn_run_wide(path, settings)
    started = time.perf_counter()
    job = Job("convert", settings, args.debug, out_store=out_store)
    # files on a store take the run's settings: no galley.toml is looked for beside them
    settings_for = None if any(i.store for i in inputs) else finder.for_path
    manifest = None
    if out_store is not None:
        from ..batch.store_manifest import StoreManifest

        manifest = StoreManifest.for_store(out_store, out_dir)
    batch = Batch(inputs, out_dir, job, args.force, settings_for, manifest)
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
            names = {i.shown: (i.subdir / i.path.name).as_posix() for i in inputs}
            recorded = batch.manifest.entries.values()
            write_index(report, out_dir, recorded, job.file_mode, names, out_store)
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
    store: Store | None = None,
) -> None:
    """The batch's index page (`report.index`), beside its outputs; named otherwise when a
    document's own output is called index.html. On a store: one PUT, whole or absent."""
    from ..report.index import INDEX, entries, index_page
    from ..run.outputs import write_all_atomic

    earlier = {str(e.get("source")): e.get("outputs", []) for e in recorded}
    # a store's outputs are URLs: made relative to the folder's URL, taken as a Path the same way
    folder = Path(store.url(out_dir)) if store else out_dir
    documents = entries(report.results, folder, earlier, names)
    name = INDEX
    if any(o == INDEX for d in documents for o in d.outputs):
        name = "galley-index.html"
        print(f"note: a document's output is {INDEX}; the batch index is {name}", file=sys.stderr)
    if store is None:
        write_all_atomic({out_dir / name: index_page(documents)}, mode)
        return
    try:
        store.fs.pipe_file((out_dir / name).as_posix(), index_page(documents))
    except Exception as exc:  # the store's own errors
        raise WriterError(
            f"{store.url(out_dir / name)}: cannot be written ({type(exc).__name__}: {exc})"
        ) from exc


def _collect(
    paths: Sequence[str],
    extensions: Sequence[str],
    out_dir: Path,
    out_store: Store | None,
    options: Mapping[str, Any],
) -> list[Input]:
    """Every argument's inputs in order: paths, folders and globs as always; a store's URL
    walked through fsspec (`stores.walk_store`), leaving out the output folder when it is on
    the same store."""
    from ..run.inputs import DECISIONS_SUFFIX, collect_inputs, is_store_url

    found: list[Input] = []
    for given in paths:
        if not is_store_url(given):
            found += collect_inputs([given], extensions, skip=None if out_store else out_dir)
            continue
        from ..run.stores import open_url, walk_store

        store, root = open_url(given, options)
        skip = out_dir if store == out_store else None
        try:
            found += walk_store(store, root, extensions, skip, DECISIONS_SUFFIX)
        except GalleyError:
            raise
        except Exception as exc:  # the store's own errors: no credentials, no such bucket, …
            raise GalleyError(f"{given}: cannot be listed ({type(exc).__name__}: {exc})") from exc
    return found


def _paths(inputs: Sequence[Input]) -> list[Path]:
    """The inputs on this machine (a store's have no settings file beside them)."""
    return [i.path for i in inputs if i.store is None]


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
