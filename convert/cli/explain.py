"""`galley explain`: every change and flag the normalizer made to one file, optionally a diff."""

from __future__ import annotations

import argparse
import difflib
import sys

from ..errors import EXIT_OK
from .args import settings_finder


def run(args: argparse.Namespace) -> int:
    from ..run.pipeline import prepare

    settings = settings_finder(args).for_path(args.path)  # the file's nearest galley.toml
    prepared = prepare(args.path, settings.config, settings.severity)
    if prepared.decoded is not None:
        d = prepared.decoded
        print(f"{args.path}: read as {d.encoding} ({d.method}, confidence {d.confidence:.2f})")
    changes = prepared.normalized.changes if prepared.normalized else ()
    for change in changes:
        what = "flag" if change.is_flag else f"{change.before!r} -> {change.after!r}"
        note = f" — {change.message}" if change.message else ""
        at = f" {change.where}" if change.where else f"{change.line}:{change.column}"
        print(
            f"{args.path}:{at}: {change.severity}: "
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
