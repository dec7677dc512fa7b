"""`galley check --baseline FILE`: today's findings recorded, so a job fails only on new ones.

After the baselines of mypy and ruff's `--add-noqa`, for an archive that cannot be cleaned in one
go. A finding is known by what it is and the text around it, never by its line: the file's
path relative to the baseline's folder, the pass and kind, the text before and after, and a
short context (up to `CONTEXT` characters either side, within its line). An edit elsewhere in
the file leaves it known; an edit next to it makes it new, which is what a reviewer wants.

The file is JSON sorted by key, one entry per distinct finding with a `count`, so a change to
it reads well in a diff. Each entry matches at most `count` findings; an entry that matches
nothing any more is *stale* (the text was fixed: `--update-baseline` drops it).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from ..changes import Change
from ..errors import UsageError
from .report import FileResult, Report

CONTEXT = 16
FORMAT = "galley-baseline/1"

Key = tuple[str, str, str, str, str, str]  # path, pass, kind, before, after, context
FIELDS = ("path", "pass", "kind", "before", "after", "context")


@dataclass(frozen=True)
class Matched:
    """What the baseline made of a run: the results with only the new findings, how many
    findings it knew, and its entries that matched nothing (one line each)."""

    results: list[FileResult]
    known: int
    stale: list[str]


def context(source: str, change: Change) -> str:
    """The source text around a finding, within its line."""
    start, end = change.source_start, change.source_end
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    line_end = len(source) if line_end < 0 else line_end
    return source[max(line_start, start - CONTEXT) : min(line_end, end + CONTEXT)]


def _path(display: str, root: Path) -> str:
    if display == "-":
        return display
    return Path(os.path.relpath(Path(display).resolve(), root)).as_posix()


def _keys(result: FileResult, root: Path) -> Iterable[tuple[Key, Change]]:
    path = _path(result.path, root)
    source = result.texts[0] if result.texts else ""
    for change in result.findings:
        yield (
            (
                path,
                change.pass_name,
                change.kind,
                change.before,
                change.after,
                context(source, change),
            ),
            change,
        )


def write(file: Path, report: Report) -> None:
    """Record the findings that can fail the run (at or above --fail-on). Entries of files this
    run did not check are kept, so a baseline can be updated one folder at a time."""
    root = file.resolve().parent
    checked = {_path(r.path, root) for r in report.results}
    counts: Counter[Key] = Counter(
        key
        for result in report.results
        for key, change in _keys(result, root)
        if report.at_threshold(change)
    )
    if file.exists():
        counts.update({k: n for k, n in load(file).items() if k[0] not in checked})
    entries = [
        {**dict(zip(FIELDS, key, strict=True)), "count": n} for key, n in sorted(counts.items())
    ]
    data = {"format": FORMAT, "findings": entries}
    file.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")


def load(file: Path) -> Counter[Key]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"format is not {FORMAT}")
        return Counter({tuple(e[f] for f in FIELDS): int(e["count"]) for e in data["findings"]})
    except FileNotFoundError:
        raise UsageError("no such baseline; write it with --update-baseline", file) from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UsageError(
            f"not a Galley baseline ({exc}); write it again with --update-baseline", file
        ) from None


def match(file: Path, results: Iterable[FileResult]) -> Matched:
    """Each result without the findings the baseline knows (each entry takes at most its
    count), and the entries left over."""
    left = load(file)
    root = file.resolve().parent
    kept: list[FileResult] = []
    known = 0
    checked: set[str] = set()
    for result in results:
        checked.add(_path(result.path, root))
        new: list[Change] = []
        for key, change in _keys(result, root):
            if left[key] > 0:
                left[key] -= 1
                known += 1
            else:
                new.append(change)
        kept.append(replace(result, findings=tuple(new)))
    stale = [
        f"{path} {pass_name}/{kind} {before!r} -> {after!r}" + (f" ×{n}" if n > 1 else "")
        for (path, pass_name, kind, before, after, _), n in sorted(left.items())
        if n > 0 and path in checked  # a file not checked this time is not stale
    ]
    return Matched(kept, known, stale)
