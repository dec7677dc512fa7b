"""The Report: what happened to each file in a run, and the exit code.

`galley convert` and `galley check` both end in a Report. It alone decides the exit code
(0 all good; 1 a file failed, or a finding reached the `--fail-on` severity; 2 is decided earlier,
for usage and configuration errors), so the two commands cannot disagree about what "failed" means.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from ..changes import SEVERITIES, Change
from ..errors import EXIT_FAILED, EXIT_OK

Status = Literal["converted", "skipped", "failed", "checked"]


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


def describe(change: Change) -> str:
    """A finding in one line of text, the same in every format."""
    if change.pass_name == "decisions":  # about the editor's decisions file, not the text
        return f"{change.pass_name}/{change.kind}: {change.message}"
    what = (
        f"{change.before!r} kept (flag)"
        if change.is_flag
        else f"{change.before!r} -> {change.after!r}"
    )
    note = f" — {change.message}" if change.message else ""
    return f"{change.pass_name}/{change.kind}: {what}{note}"


@dataclass(frozen=True)
class FileResult:
    """One input's outcome. `findings` are the changes and flags conversion makes (or made)."""

    path: str
    status: Status
    seconds: float = 0.0
    error: str = ""
    findings: tuple[Change, ...] = ()
    outputs: tuple[str, ...] = ()
    # severity -> count, kept for files skipped by an incremental run (their findings are not
    # recomputed, but they still count toward --fail-on)
    counts: tuple[tuple[str, int], ...] = ()
    # (source, repaired text), kept by `check` only when asked (--baseline, --diff)
    texts: tuple[str, str] | tuple[()] = ()
    # the Dask worker that made it ("" on this machine), for the summary's per-worker figures
    worker: str = ""

    def severity_counts(self) -> dict[str, int]:
        if self.findings:
            return dict(Counter(c.severity for c in self.findings))
        return dict(self.counts)


@dataclass
class Report:
    """Collects FileResults as workers finish them, in input order for output."""

    command: str
    fail_on: str | None = "warning"  # None: findings never fail the run (plain `convert`)
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    # the least severity the human and github formats list (None: all); the rest are counted
    show: str | None = None
    # --baseline: its file, how many findings it knew (left out of `results`), its stale entries
    baseline: str = ""
    known: int = 0
    stale: tuple[str, ...] = ()

    def add(self, result: FileResult) -> None:
        self.results.append(result)

    def count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status == status)

    def severity_counts(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for result in self.results:
            total.update(result.severity_counts())
        return {s: total.get(s, 0) for s in SEVERITIES}

    def failing(self, result: FileResult) -> bool:
        """A file fails the run when it could not be processed or has a finding at --fail-on."""
        if result.status == "failed":
            return True
        if self.fail_on is None:
            return False
        threshold = severity_rank(self.fail_on)
        return any(severity_rank(s) >= threshold and n for s, n in result.severity_counts().items())

    def at_threshold(self, change: Change) -> bool:
        return self.fail_on is not None and severity_rank(change.severity) >= severity_rank(
            self.fail_on
        )

    def shown(self, change: Change) -> bool:
        return self.show is None or severity_rank(change.severity) >= severity_rank(self.show)

    def not_shown(self) -> str:
        """One line counting the findings `show` leaves out ("" when none are)."""
        hidden = Counter(
            c.severity for r in self.results for c in r.findings if not self.shown(c)
        )
        if not hidden:
            return ""
        counts = ", ".join(f"{hidden[s]} {s}" for s in reversed(SEVERITIES) if hidden[s])
        least = min(hidden, key=severity_rank)
        return f"… {counts} findings not shown (--show {least} lists them)"

    def baseline_lines(self) -> list[str]:
        """What --baseline did, for the text formats: the known findings, the stale entries."""
        if not self.baseline:
            return []
        noun = "finding" if self.known == 1 else "findings"
        lines = [f"… {self.known} {noun} known to the baseline {self.baseline} not shown"]
        if self.stale:
            lines.append(
                f"baseline {self.baseline}: {len(self.stale)} stale entries (no longer found; "
                f"--update-baseline drops them): {'; '.join(self.stale)}"
            )
        return lines

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if any(self.failing(r) for r in self.results) else EXIT_OK

    def summary(self) -> str:
        done = "checked" if self.command == "check" else "converted"
        counts = self.severity_counts()
        parts = [f"{self.count(done)} {done}"]  # type: ignore[arg-type]
        if self.command != "check":
            parts.append(f"{self.count('skipped')} skipped (unchanged)")
        parts.append(f"{self.count('failed')} failed")
        findings = ", ".join(f"{counts[s]} {s}" for s in reversed(SEVERITIES))
        busy = sum(r.seconds for r in self.results)
        return (
            f"{', '.join(parts)} in {self.seconds:.1f}s ({busy:.1f}s of work); findings: {findings}"
        )
