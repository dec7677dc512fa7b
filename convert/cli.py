"""Command line: argument parsing and reporting only. `main(argv) -> int` is tested in-process.

Settings come from `galley.toml` or `[tool.galley]` in `pyproject.toml`, found by walking up
from the first input (or `--config FILE`); flags override them. The Report decides exit codes.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .config import (
    Settings,
    find_config_file,
    load_settings,
    settings_to_mapping,
    to_toml,
    with_overrides,
)
from .errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, GalleyError, UsageError
from .report import FORMATTERS, FileResult, Report
from .writers import WRITERS, WriteOptions, resolve_style

# The pipeline (lxml, wordfreq, ftfy: ~0.25 s) is imported by the commands that run it, not here,
# so that a one-file `galley convert` can fork its PDF helper before paying for that import
# (`convert.writers.pdf_process`). This is `pipeline.DEFAULT_FORMATS`, which is defined the same.
DEFAULT_FORMATS: tuple[str, ...] = tuple(WRITERS)

if TYPE_CHECKING:
    from .batch import Manifest

log = logging.getLogger("galley")


def _formats(value: str) -> tuple[str, ...]:
    names = tuple(n.strip().lower() for n in value.split(",") if n.strip())
    unknown = [n for n in names if n not in WRITERS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {','.join(WRITERS)}"
        )
    return names


def _extensions(value: str) -> tuple[str, ...]:
    return tuple(
        e if e.startswith(".") else f".{e}" for e in (x.strip() for x in value.split(",")) if e
    )


def _settings_flags() -> argparse.ArgumentParser:
    """Flags that override the configuration file; every default is None (= not given)."""
    flags = argparse.ArgumentParser(add_help=False)
    flags.add_argument(
        "--config",
        type=Path,
        help="settings file (default: nearest galley.toml "
        "or pyproject.toml with [tool.galley], walking up from the input)",
    )
    flags.add_argument(
        "-t",
        "--to",
        type=_formats,
        dest="formats",
        help=f"comma-separated formats (default: all: {','.join(DEFAULT_FORMATS)})",
    )
    flags.add_argument(
        "--style", help="house style under styles/, a .css file, or auto (default: by language)"
    )
    flags.add_argument(
        "--pdf-variant",
        choices=["pdf/ua-1", "pdf/a-2b"],
        help="write a tagged PDF/UA-1 or an archival PDF/A-2b (default: plain PDF)",
    )
    flags.add_argument(
        "--embed-fonts",
        action="store_const",
        const=True,
        help="embed subset fonts in the EPUB, for readers without Chinese fonts",
    )
    flags.add_argument("-j", "--jobs", type=int, help="worker processes (default: all cores)")
    flags.add_argument(
        "--ext",
        type=_extensions,
        dest="extensions",
        metavar="EXTS",
        help="extensions taken as inputs in folders and globs (default: .txt,.text)",
    )
    return flags


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="galley",
        description="Repair text damaged by print layout, OCR and copy-paste, and typeset it.",
    )
    parser.add_argument("--version", action="version", version=f"galley {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    commands = parser.add_subparsers(dest="command", required=True)
    flags = _settings_flags()
    severities = ("info", "warning", "error")

    convert = commands.add_parser(
        "convert", parents=[flags], help="convert files, folders and globs to DOCX, PDF, EPUB, …"
    )
    convert.add_argument("paths", nargs="+", metavar="PATH")
    convert.add_argument(
        "-o", "--output", type=Path, default=Path("out"), help="output folder (default: out)"
    )
    convert.add_argument("--force", action="store_true", help="rebuild unchanged inputs too")
    convert.add_argument(
        "--no-review",
        action="store_false",
        dest="review",
        default=None,
        help="do not write NAME.review.html",
    )
    convert.add_argument(
        "--fail-on",
        choices=severities,
        help="also exit 1 when a change reaches this severity (default: never)",
    )

    check = commands.add_parser(
        "check", parents=[flags], help="report every change conversion would make; write nothing"
    )
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=tuple(FORMATTERS), default="human")
    check.add_argument(
        "--fail-on",
        choices=severities,
        help="exit 1 when a finding reaches this severity (default: warning)",
    )

    normalize = commands.add_parser(
        "normalize", help="print the JATS for one file on standard output"
    )
    normalize.add_argument("path", type=Path)

    explain = commands.add_parser("explain", help="list every change and flag the normalizer made")
    explain.add_argument("path", type=Path)
    explain.add_argument(
        "--diff",
        action="store_true",
        help="also show a unified diff of the source and the repaired text",
    )

    config = commands.add_parser(
        "config", parents=[flags], help="print the effective configuration"
    )
    config.add_argument("paths", nargs="*", metavar="PATH", default=["."])
    config.add_argument("--format", choices=("toml", "json"), default="toml")
    config.add_argument("--fail-on", choices=severities)
    return parser


# --- settings ---------------------------------------------------------------------------------


def _start_of(path: str) -> Path:
    """Where discovery starts for an input: the fixed part of a glob, else the path itself."""
    parts = Path(path).parts
    first_glob = next((i for i, p in enumerate(parts) if any(c in p for c in "*?[")), len(parts))
    return Path(*parts[:first_glob]) if first_glob else Path()


def resolve_settings(args: argparse.Namespace) -> Settings:
    if args.config is not None:
        if not args.config.is_file():
            raise UsageError("no such configuration file", args.config)
        settings = load_settings(args.config)
    else:
        found = find_config_file(_start_of(args.paths[0]) if args.paths else Path())
        settings = load_settings(found) if found else Settings()
    overrides = {
        name: getattr(args, name, None)
        for name in (
            "formats",
            "style",
            "jobs",
            "extensions",
            "fail_on",
            "review",
            "pdf_variant",
            "embed_fonts",
        )
    }
    settings = with_overrides(settings, overrides, settings.source)
    unknown = [f for f in settings.formats if f not in WRITERS]
    if unknown:
        raise UsageError(
            f"unknown format(s) {', '.join(unknown)} in the configuration; "
            f"choose from {','.join(WRITERS)}",
            settings.source,
        )
    return settings


# --- progress ---------------------------------------------------------------------------------


def _plain_output() -> bool:
    """Plain lines (no carriage returns) off a terminal and in CI, where logs keep every byte."""
    ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    return ci or not sys.stderr.isatty()


class Progress:
    """Reports each finished file: a rich bar on a terminal, one plain line per file elsewhere."""

    def __init__(self, total: int, plain: bool) -> None:
        self.plain = plain
        self._bar: Any = None
        self._task: Any = None
        self._total = total

    def __enter__(self) -> Progress:
        if not self.plain:
            from rich.progress import BarColumn, MofNCompleteColumn, TimeRemainingColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("converting", total=self._total)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)

    def __call__(self, result: FileResult) -> None:
        if result.status == "failed":
            self._print(f"error: {result.error}", sys.stderr)
        elif self.plain:
            names = ", ".join(Path(p).name for p in result.outputs)
            self._print(
                f"{result.status} {result.path} -> {names} ({result.seconds:.1f}s)", sys.stdout
            )
        if self._bar is not None:
            self._bar.advance(self._task)

    def _print(self, line: str, stream: Any) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=stream, flush=True)


# --- commands ---------------------------------------------------------------------------------


def _run_convert(args: argparse.Namespace) -> int:
    from . import batch

    settings = resolve_settings(args)
    formats = settings.formats or DEFAULT_FORMATS
    options = _write_options(settings)
    resolve_style(settings.style, "und", options.styles_dir)  # a bad name or path: usage error
    if args.output.exists() and not args.output.is_dir():
        raise UsageError(f"output {args.output} exists and is not a folder")
    from .pipeline import collect_inputs

    inputs = collect_inputs(args.paths, settings.extensions)
    if not inputs:
        raise UsageError(f"no input files found (inputs end in {', '.join(settings.extensions)})")
    started = time.perf_counter()
    job = batch.Job(
        "convert", formats, settings_to_mapping(settings), options, settings.review, args.debug
    )
    plan = batch.plan(inputs, args.output, job)
    options_key = batch.options_key(job)
    manifest = batch.Manifest.load(args.output)
    todo, todo_keys, report = [], [], Report("convert", fail_on=args.fail_on)
    for result in plan.refused:
        print(f"error: {result.error}", file=sys.stderr)
        report.add(result)
    for task, key in zip(plan.tasks, plan.keys, strict=True):
        if not args.force and manifest.is_current(key, task.digest, options_key):
            report.add(FileResult(task.display, "skipped", counts=manifest.counts(key)))
        else:
            todo.append(task)
            todo_keys.append(key)
    keyed = {task.display: (task, key) for task, key in zip(todo, todo_keys, strict=True)}
    saver = _ManifestSaver(manifest)

    def finished(result: FileResult) -> None:
        progress(result)
        task, key = keyed[result.path]
        manifest.record(key, task, options_key, result)
        report.add(result)
        saver.maybe_save()

    try:
        with Progress(len(todo), _plain_output()) as progress:
            batch.run(todo, job, settings.jobs, finished)
    except KeyboardInterrupt:
        done = sum(1 for r in report.results if r.status == "converted")
        print(
            f"interrupted: {done} converted, {len(todo) - done} not; no output is half-written; "
            "run the same command again to convert the rest",
            file=sys.stderr,
        )
        saver.save_quietly()  # what finished is remembered, so the next run skips it
        raise
    report.seconds = time.perf_counter() - started
    print(report.summary(), file=sys.stderr)
    try:
        manifest.save()
    except GalleyError as exc:  # the outputs are written; only the next run's skipping suffers
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return report.exit_code


def _write_options(settings: Settings) -> WriteOptions:
    return WriteOptions(
        style=settings.style,
        pdf_variant=settings.pdf_variant or None,
        embed_fonts=settings.embed_fonts,
    )


class _ManifestSaver:
    """Saves the manifest during a batch, at most every SAVE_EVERY seconds, so that a batch killed
    midway (`kill -9`, power loss) is not converted again from the start. It records only files
    whose outputs were all written, so it never claims one that is missing."""

    SAVE_EVERY = 1.0

    def __init__(self, manifest: Manifest) -> None:
        self.manifest = manifest
        self.last = time.monotonic()

    def maybe_save(self) -> None:
        if time.monotonic() - self.last >= self.SAVE_EVERY:
            self.save_quietly()

    def save_quietly(self) -> None:
        """A failure here is reported once, by the final save."""
        self.last = time.monotonic()
        with contextlib.suppress(GalleyError):
            self.manifest.save()


def _run_check(args: argparse.Namespace) -> int:
    from . import batch

    settings = resolve_settings(args)
    from .pipeline import collect_inputs

    inputs = collect_inputs(args.paths, settings.extensions)
    if not inputs:
        raise UsageError(f"no input files found (inputs end in {', '.join(settings.extensions)})")
    started = time.perf_counter()
    job = batch.Job("check", (), settings_to_mapping(settings), debug=args.debug)
    tasks = [batch.Task(i.path, Path(), str(i.path)) for i in inputs]
    report = Report("check", fail_on=settings.fail_on)
    for result in batch.run(tasks, job, settings.jobs):
        report.add(result)
    report.seconds = time.perf_counter() - started
    sys.stdout.write(FORMATTERS[args.format](report))
    return report.exit_code


def _run_normalize(args: argparse.Namespace) -> int:
    from .pipeline import prepare

    sys.stdout.buffer.write(prepare(args.path).jats)
    return EXIT_OK


def _run_explain(args: argparse.Namespace) -> int:
    from .pipeline import prepare

    prepared = prepare(args.path)
    if prepared.decoded is not None:
        d = prepared.decoded
        print(f"{args.path}: read as {d.encoding} ({d.method}, confidence {d.confidence:.2f})")
    changes = prepared.normalized.changes if prepared.normalized else ()
    for change in changes:
        what = "flag" if change.is_flag else f"{change.before!r} -> {change.after!r}"
        note = f" — {change.message}" if change.message else ""
        print(
            f"{args.path}:{change.line}:{change.column}: {change.severity}: "
            f"{change.pass_name}/{change.kind}: {what}{note}"
        )
    print(f"{sum(not c.is_flag for c in changes)} changes, {sum(c.is_flag for c in changes)} flags")
    if args.diff and prepared.normalized is not None:
        sys.stdout.writelines(
            unified_diff(prepared.normalized.source, prepared.normalized.text, str(args.path))
        )
    return EXIT_OK


def unified_diff(source: str, result: str, name: str) -> list[str]:
    """Source against repaired text, line by line, as `diff -u` would show it."""
    lines = difflib.unified_diff(
        source.splitlines(keepends=True),
        result.splitlines(keepends=True),
        fromfile=f"a/{name}",
        tofile=f"b/{name} (normalized)",
    )
    return [
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    ]


def _run_config(args: argparse.Namespace) -> int:
    settings = resolve_settings(args)
    data = settings_to_mapping(settings)
    if args.format == "json":
        data = {"source": str(settings.source) if settings.source else None, **data}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        origin = settings.source or "built-in defaults"
        sys.stdout.write(f"# effective configuration (from {origin}, then flags)\n")
        sys.stdout.write(to_toml(data))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "convert": _run_convert,
    "check": _run_check,
    "normalize": _run_normalize,
    "explain": _run_explain,
    "config": _run_config,
}


def main(argv: Sequence[str] | None = None, *, pdf_helper: bool = False) -> int:
    """`pdf_helper`: fork the PDF helper process for a one-file convert (the console script)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0)
    if pdf_helper:
        _start_pdf_helper(args)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except GalleyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:  # Ctrl-C: the batch has already said what it finished
        print("error: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def main_entry() -> None:
    sys.exit(main(sys.argv[1:], pdf_helper=True))


def _start_pdf_helper(args: argparse.Namespace) -> None:
    """Fork the PDF helper now, for a one-file convert that writes a PDF (flags and config).

    Only worth it for one file: a batch's workers import WeasyPrint once each anyway. The helper
    gets the run's write options, so that it can parse their style sheets while it waits.
    """
    if args.command != "convert" or len(args.paths) != 1 or not os.path.isfile(args.paths[0]):
        return
    try:
        settings = resolve_settings(args)
        options = _write_options(settings)
    except GalleyError:
        return  # the command itself reports the error
    if "pdf" not in (settings.formats or DEFAULT_FORMATS):
        return
    from .writers import pdf_process

    pdf_process.start(warm=options)
