"""`galley explain`: every change and flag the normalizer made to one file, optionally a diff."""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence

from ..changes import Change
from ..decisions import Decided
from ..decisions.structure import outline
from ..errors import EXIT_OK
from ..model import Document
from .args import settings_finder


def run(args: argparse.Namespace) -> int:
    from ..run.pipeline import prepare

    settings = settings_finder(args).for_path(args.path)  # the file's nearest galley.toml
    prepared = prepare(args.path, settings.config, settings.severity)
    if prepared.decoded is not None:
        d = prepared.decoded
        print(f"{args.path}: read as {d.encoding} ({d.method}, confidence {d.confidence:.2f})")
    changes = prepared.normalized.changes if prepared.normalized else ()
    decided = prepared.decided
    listed = decided_log(decided, changes) if decided else [(c, "") for c in changes]
    for change, verdict in listed:
        what = "flag" if change.is_flag else f"{change.before!r} -> {change.after!r}"
        note = f" — {change.message}" if change.message else ""
        at = f" {change.where}" if change.where else f"{change.line}:{change.column}"
        print(
            f"{args.path}:{at}: {change.severity}: "
            f"{change.pass_name}/{change.kind}: {what}{note}{verdict}"
        )
    print(f"{sum(not c.is_flag for c in changes)} changes, {sum(c.is_flag for c in changes)} flags")
    for line in structure_lines(prepared.document, str(args.path)):
        print(line)
    if decided:
        print(*decisions_lines(decided), sep="\n")
    if args.diff and prepared.normalized is not None:
        sys.stdout.writelines(
            unified_diff(prepared.normalized.source, prepared.normalized.text, str(args.path))
        )
    return EXIT_OK


def structure_lines(document: Document, path: str) -> list[str]:
    """The lines the structure made a list, a table or a note (`decisions.structure.outline`):
    a decision with role `paragraph` and the block's text gives them back."""
    made = [b for b in outline(document) if b.role in ("list", "table", "note")]
    lines = []
    for block in made:
        first, *rest = block.text.split("\n")
        more = f" (+{len(rest)} lines)" if rest else ""
        lines.append(f"{path}: structure: {block.role}: {first[:40]!r}{more}")
    return lines


def decided_log(decided: Decided, changes: Sequence[Change]) -> list[tuple[Change, str]]:
    """Every change the passes made, each with what the editor's decisions did to it: the kept
    ones as logged (their severities configured), the rejected and dropped ones as made."""
    new_of = {original: changes[n] for n, original in enumerate(decided.kept)}
    listed = []
    for index, change in enumerate(decided.original):
        verdict, number = decided.verdict(index), decided.decision_of[index]
        if verdict == "dropped":
            tag = " [dropped: it depended on a rejected change]"
        elif verdict:
            tag = f" [{verdict}ed by decision {(number or 0) + 1}]"
        else:
            tag = ""
        listed.append((new_of.get(index, change), tag))
    return listed


def decisions_lines(decided: Decided) -> list[str]:
    """The decisions file, what its structure decisions did, and what matched nothing."""
    d = decided.decisions
    lines = [
        f"decisions: {decided.path}: {len(d.changes)} on changes, {len(d.structure)} on "
        f"the structure, {len(decided.stale())} stale"
    ]
    stale = set(decided.stale_structure)
    lines += [
        f"decision {n}: {s.describe()}" for n, s in enumerate(d.structure, 1) if n - 1 not in stale
    ]
    lines += [f"stale: {line} matches nothing any more" for line in decided.stale()]
    return lines


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
