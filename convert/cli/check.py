"""`galley check`: report every change conversion would make, in a chosen format; write nothing."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..errors import UsageError
from ..report import FORMATTERS, Report
from .args import resolve_settings


def run(args: argparse.Namespace) -> int:
    from ..batch import Job, Task, run
    from ..run.inputs import collect_inputs

    settings = resolve_settings(args)
    inputs = collect_inputs(args.paths, settings.extensions)
    if not inputs:
        raise UsageError(f"no input files found (inputs end in {', '.join(settings.extensions)})")
    started = time.perf_counter()
    job = Job("check", settings, args.debug)
    tasks = [Task(i.path, Path(), str(i.path)) for i in inputs]
    report = Report("check", fail_on=settings.fail_on)
    for result in run(tasks, job, settings.jobs):
        report.add(result)
    report.seconds = time.perf_counter() - started
    sys.stdout.write(FORMATTERS[args.format](report))
    return report.exit_code
