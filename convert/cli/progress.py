"""Progress of a batch: a rich bar on a terminal, one plain line per file elsewhere."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..report import FileResult


def plain_output() -> bool:
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

    def advance(self) -> None:
        """A file that needs no line (skipped as unchanged), on the bar only."""
        if self._bar is not None:
            self._bar.advance(self._task)

    def _print(self, line: str, stream: Any) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=stream, flush=True)


def per_worker(results: Sequence[FileResult], seconds: float) -> str:
    """Files per second of each cluster worker over the run: a slow or idle machine shows. Past
    a handful of workers, the slowest, the median and the fastest."""
    done = Counter(r.worker for r in results if r.worker)
    rates = sorted((n / max(seconds, 1e-9), worker) for worker, n in done.items())
    if len(rates) <= 6:
        listed = ", ".join(f"{w} {done[w]} files ({r:.2f}/s)" for r, w in sorted(rates, key=_by_name))
        return f"workers: {listed}"
    low, mid, high = rates[0], rates[len(rates) // 2], rates[-1]
    return (
        f"workers: {len(rates)}; files/s slowest {low[0]:.2f} ({low[1]}), median {mid[0]:.2f}, "
        f"fastest {high[0]:.2f} ({high[1]})"
    )


def _by_name(rate: tuple[float, str]) -> str:
    return rate[1]
