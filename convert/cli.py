"""Command line: argument parsing and reporting only. `main(argv) -> int` is tested in-process."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .config import Config
from .errors import EXIT_FAILED, EXIT_OK, GalleyError, UsageError
from .pipeline import DEFAULT_FORMATS, collect_inputs, convert_file, prepare
from .writers import WRITERS, WriteOptions

log = logging.getLogger("galley")


def _formats(value: str) -> tuple[str, ...]:
    names = tuple(n.strip().lower() for n in value.split(",") if n.strip())
    unknown = [n for n in names if n not in WRITERS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {','.join(WRITERS)}"
        )
    return names


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="galley",
        description="Repair text damaged by print layout, OCR and copy-paste, and typeset it.",
    )
    parser.add_argument("--version", action="version", version=f"galley {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    commands = parser.add_subparsers(dest="command", required=True)

    convert = commands.add_parser(
        "convert", help="convert files or folders to DOCX, PDF, EPUB, HTML, XML"
    )
    convert.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    convert.add_argument(
        "-o", "--output", type=Path, default=Path("out"), help="output folder (default: out)"
    )
    convert.add_argument(
        "-t",
        "--to",
        type=_formats,
        default=DEFAULT_FORMATS,
        help=f"comma-separated formats (default: all: {','.join(DEFAULT_FORMATS)})",
    )
    convert.add_argument("--style", default="news-zh", help="house style folder under styles/")

    normalize = commands.add_parser(
        "normalize", help="print the JATS for one file on standard output"
    )
    normalize.add_argument("path", type=Path)

    explain = commands.add_parser("explain", help="list every change and flag the normalizer made")
    explain.add_argument("path", type=Path)
    return parser


def _run_convert(args: argparse.Namespace) -> int:
    options = WriteOptions(style=args.style)
    if not options.style_dir.is_dir():
        raise UsageError(f"unknown style {args.style!r}: no folder {options.style_dir}")
    if args.output.exists() and not args.output.is_dir():
        raise UsageError(f"output {args.output} exists and is not a folder")
    inputs = collect_inputs(args.paths)
    if not inputs:
        raise UsageError("no input files found (text files end in .txt)")
    failed = 0
    started = time.perf_counter()
    for source in inputs:
        try:
            file_started = time.perf_counter()
            written = convert_file(source, args.output, args.to, Config(), options)
        except GalleyError as exc:
            failed += 1
            print(f"error: {exc}", file=sys.stderr)
            continue
        except Exception as exc:  # one bad file must not stop the batch
            if args.debug:
                raise
            failed += 1
            print(
                f"error: {source}: internal error ({type(exc).__name__}: {exc}); "
                "rerun with --debug and report it",
                file=sys.stderr,
            )
            continue
        elapsed = time.perf_counter() - file_started
        print(f"converted {source} -> {', '.join(p.name for p in written)} ({elapsed:.1f}s)")
    total = time.perf_counter() - started
    print(f"{len(inputs) - failed} converted, {failed} failed in {total:.1f}s", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _run_normalize(args: argparse.Namespace) -> int:
    sys.stdout.buffer.write(prepare(args.path).jats)
    return EXIT_OK


def _run_explain(args: argparse.Namespace) -> int:
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
    return EXIT_OK


COMMANDS = {"convert": _run_convert, "normalize": _run_normalize, "explain": _run_explain}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except GalleyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def main_entry() -> None:
    sys.exit(main(sys.argv[1:]))
