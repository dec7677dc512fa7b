"""`galley check`: report every change conversion would make, in a chosen format; write nothing.

`-` reads standard input (reported as `-`), so an editor's tool can check a buffer before saving.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from ..errors import UsageError
from ..report import FORMATTERS, FileResult, Report, baseline
from .args import resolve_settings, settings_finder
from .explain import unified_diff

STDIN = "-"
DIFF_FORMATS = ("human", "github")  # a diff before them leaves them readable; not json & co.


def run(args: argparse.Namespace) -> int:
    from ..batch import Job, Task, run
    from ..run.inputs import collect_inputs

    if args.update_baseline and args.baseline is None:
        raise UsageError("--update-baseline needs --baseline FILE (the file to write)")
    if args.diff and args.format not in DIFF_FORMATS:
        raise UsageError(
            f"--diff prints diffs before the report, which --format {args.format} cannot take; "
            f"use --format {' or '.join(DIFF_FORMATS)}"
        )
    finder = settings_finder(args)
    settings = resolve_settings(args, finder)  # the run's: jobs, extensions, fail-on
    with tempfile.TemporaryDirectory(prefix="galley-stdin-") as scratch:
        # standard input is read here, in the main process (workers' stdin is /dev/null), into a
        # file the readers take like any other
        stdin = Path(scratch) / "stdin.txt"
        tasks: list[Task] = []
        for raw in args.paths:
            if raw == STDIN:
                if not stdin.exists():
                    stdin.write_bytes(sys.stdin.buffer.read())
                    tasks.append(Task(stdin, Path(), STDIN, settings=finder.for_path(Path.cwd())))
                continue
            inputs = collect_inputs([raw], settings.extensions)
            for item in inputs:
                finder.warn_run_wide(item.path, settings)
                own = finder.for_path(item.path)  # its desk's [normalize] and [severity]
                tasks.append(Task(item.path, Path(), str(item.path), settings=own))
        if not tasks:
            raise UsageError(
                f"no input files found (inputs end in {', '.join(settings.extensions)})"
            )
        started = time.perf_counter()
        job = Job("check", settings, args.debug, keep_texts=args.diff or args.baseline is not None)
        show = args.show or settings.fail_on  # by default, list what can fail the job
        report = Report("check", fail_on=settings.fail_on, show=show)
        for result in run(tasks, job, settings.jobs):
            report.add(_named(result, stdin))
    report.seconds = time.perf_counter() - started
    if args.baseline is not None:
        _apply_baseline(report, args.baseline, args.update_baseline)
    if args.diff:
        for result in report.results:
            if result.texts:
                sys.stdout.writelines(unified_diff(*result.texts, result.path))
    sys.stdout.write(FORMATTERS[args.format](report))
    return report.exit_code


def _apply_baseline(report: Report, file: Path, update: bool) -> None:
    """Record today's findings (when asked), then leave out the ones the baseline knows."""
    if update:
        baseline.write(file, report)
    matched = baseline.match(file, report.results)
    report.results = matched.results
    report.baseline, report.known, report.stale = str(file), matched.known, tuple(matched.stale)


def _named(result: FileResult, stdin: Path) -> FileResult:
    """Standard input's errors name it `-`, not the temporary file it was read into."""
    if result.path != STDIN or not result.error:
        return result
    return replace(result, error=result.error.replace(f"{stdin}: ", ""))
