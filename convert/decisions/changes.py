"""Decisions on changes: which change each decision names, and the log replayed without the
rejected ones.

Rejecting a change means the output keeps the source text there. The log is replayed on the
source as `changes.replay` does, step by step, but twice at once: the text as the passes made it
(the *old* text) and the text without the rejected changes (the *new* one), with the stretches
where the two are equal. A later change that lies inside such a stretch applies to the new text
too, at the corresponding place; one that touches text a rejected change made (a wrap joined
after a removed hyphen was put back, say) *depends* on it and is dropped as well, and reported.
The new log replays exactly to the new text, so every later stage (positions, the review page,
the repairs file) keeps working on it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..changes import Change
from ..changes.model import by_step
from ..changes.replay import ReplayError
from .model import ChangeDecision, change_key

# A run of the old text equal to a run of the new: (old start, old end, new start).
Run = tuple[int, int, int]


@dataclass(frozen=True)
class Matched:
    """Per change of the log: the index of the decision that names it (None: none)."""

    decision_of: tuple[int | None, ...]
    stale: tuple[int, ...]  # the decisions that named no change


def match_changes(
    changes: Sequence[Change], source: str, decisions: Sequence[ChangeDecision]
) -> Matched:
    """Each change gets the first decision of its kind, before and after whose context it has:
    the decision's left text ends the source before the change and its right text starts the
    source after it. (Equal contexts, the usual case; a context cut short by the start or end of
    the document still matches once text is added there.) Identical changes in identical
    contexts all get it, since nothing tells them apart; decisions left over are stale."""
    by_text: dict[tuple[str, str, str], list[int]] = {}
    for index, decision in enumerate(decisions):
        by_text.setdefault((decision.kind, decision.before, decision.after), []).append(index)
    decision_of: list[int | None] = []
    for change in changes:
        candidates = by_text.get((change.kind, change.before, change.after))
        found = None
        if candidates:
            _, _, _, left, right = change_key(change, source)
            found = next(
                (
                    i
                    for i in candidates
                    if left.endswith(decisions[i].left) and right.startswith(decisions[i].right)
                ),
                None,
            )
        decision_of.append(found)
    used = set(decision_of)
    return Matched(tuple(decision_of), tuple(i for i in range(len(decisions)) if i not in used))


@dataclass(frozen=True)
class Replayed:
    text: str
    changes: tuple[Change, ...]  # the new log
    kept: tuple[int, ...]  # for each change of the new log, its index in the old one
    dropped: tuple[int, ...]  # old indices dropped because they depend on a rejected change


def replay_without(source: str, changes: Sequence[Change], rejected: set[int]) -> Replayed:
    """The log replayed on `source` without the `rejected` changes (indices into `changes`)."""
    old, new = source, source
    runs: list[Run] = [(0, len(source), 0)]
    log: list[Change] = []
    kept: list[int] = []
    dropped: list[int] = []
    index = 0
    for step in by_step(changes):
        indices = range(index, index + len(step))
        index += len(step)
        old, new, runs = _step(old, new, runs, step, indices, rejected, log, kept, dropped)
    return Replayed(new, tuple(log), tuple(kept), tuple(dropped))


def _step(
    old: str,
    new: str,
    runs: list[Run],
    step: list[Change],
    indices: range,
    rejected: set[int],
    log: list[Change],
    kept: list[int],
    dropped: list[int],
) -> tuple[str, str, list[Run]]:
    """One application of a pass, to both texts; returns them and their equal runs after it."""
    starts = [r[0] for r in runs]
    old_pieces: list[str] = []
    new_pieces: list[str] = []
    next_runs: list[Run] = []
    old_cursor = new_cursor = 0  # how far each text is copied
    old_built = new_built = 0  # length of each new text so far
    run_index = 0
    for change, index in zip(step, indices, strict=True):
        start = change.offset - (old_built - old_cursor)
        end = start + len(change.before)
        if start < old_cursor or old[start:end] != change.before:
            raise ReplayError(f"the log does not replay at {change.line}:{change.column}")
        # the stretch before the change is unchanged in both: its equal runs carry over
        run_index = _carry(
            runs,
            run_index,
            old_cursor,
            start,
            old_built - old_cursor,
            new_built - new_cursor,
            next_runs,
        )
        old_pieces.append(old[old_cursor:start])
        old_built += start - old_cursor
        old_cursor = end
        mapped = None if index in rejected else _map(runs, starts, start, end)
        if mapped is None:
            if index not in rejected:
                dropped.append(index)
            old_pieces.append(change.after)
            old_built += len(change.after)
            continue
        new_pieces.append(new[new_cursor:mapped])
        new_built += mapped - new_cursor
        new_cursor = mapped + len(change.before)
        log.append(change._replace(offset=new_built))
        kept.append(index)
        next_runs.append((old_built, old_built + len(change.after), new_built))
        old_pieces.append(change.after)
        new_pieces.append(change.after)
        old_built += len(change.after)
        new_built += len(change.after)
    _carry(
        runs,
        run_index,
        old_cursor,
        len(old),
        old_built - old_cursor,
        new_built - new_cursor,
        next_runs,
    )
    old_pieces.append(old[old_cursor:])
    new_pieces.append(new[new_cursor:])
    return "".join(old_pieces), "".join(new_pieces), _merged(next_runs)


def _map(runs: list[Run], starts: list[int], start: int, end: int) -> int | None:
    """Where old[start:end] is in the new text, if it lies inside one equal run."""
    i = bisect_right(starts, start) - 1
    if i < 0:
        return None
    run_start, run_end, new_start = runs[i]
    return new_start + (start - run_start) if end <= run_end else None


def _carry(
    runs: list[Run],
    i: int,
    lo: int,
    hi: int,
    old_shift: int,
    new_shift: int,
    out: list[Run],
) -> int:
    """The parts of `runs` inside old[lo:hi], shifted into the texts being built; returns the
    first run that may reach past `hi` (the next call starts there)."""
    while i < len(runs) and runs[i][1] <= lo:
        i += 1
    j = i
    while j < len(runs) and runs[j][0] < hi:
        run_start, run_end, new_start = runs[j]
        a, b = max(run_start, lo), min(run_end, hi)
        if a < b:
            out.append((a + old_shift, b + old_shift, new_start + (a - run_start) + new_shift))
        if run_end > hi:
            break
        j += 1
    return j


def _merged(runs: list[Run]) -> list[Run]:
    """Adjacent runs joined (a change applied in both texts continues the run around it)."""
    merged: list[Run] = []
    for run in runs:
        if merged:
            a, b, n = merged[-1]
            if b == run[0] and n + (b - a) == run[2]:
                merged[-1] = (a, run[1], n)
                continue
        merged.append(run)
    return merged
