"""Positions through the change log, both ways: back from the running text to the decoded source
(`SourceMap`, while the passes run, to log where each change stood in the source), and forward
from where a change was made to where it lies in the final text (`result_spans`, for the review
page, which shows each change in both texts).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, islice, repeat
from operator import add, le, rshift, sub
from typing import NamedTuple

from .model import Change, Edit, by_step

_LINE_FEED_RE = re.compile("\n")
PAST = sys.maxsize  # after every position


class Buckets(NamedTuple):
    """Where to bisect a sorted table of positions, found without bisecting it whole.

    The log looks up the source line of each change: a great many bisections of a long table,
    each a chain of comparisons of int objects scattered in memory (slower as the table grows).
    Cut into buckets of 2**shift positions, where `bounds[b]` counts the table's positions
    before bucket b, the positions at or before x lie before `bounds[b + 1]` and after
    `bounds[b]` (b = x >> shift): a bisection of those two or three entries gives the same
    index, faster. The bounds are a list: an `array` saves
    memory but costs much of the gain, making an int object at each look-up.
    """

    shift: int
    bounds: list[int]


def buckets(starts: Sequence[int], length: int) -> Buckets:
    """Buckets of `starts` (sorted) covering positions 0 to `length`, about two positions each
    (one each is no faster, and its bounds add to the normalizer's peak memory).

    How many positions fall in each bucket, counted into a list and summed: 1.7 ms for the
    25,791 line starts of the 2 MB bench text, against 3.6 by a `Counter` read back bucket by
    bucket (bench/README.md, "Normalizer speed: searches and the source map").
    """
    shift = (length // max(1, len(starts))).bit_length()
    per_bucket = [0] * ((length >> shift) + 1)  # the bucket of `length` is the last
    for bucket in map(rshift, starts, repeat(shift)):
        per_bucket[bucket] += 1
    return Buckets(shift, list(accumulate(per_bucket, initial=0)))


@dataclass(frozen=True)
class _PassMap:
    """Where each edit of one pass landed: maps output positions back to input positions, and
    input positions forward to output positions.

    Where each edit's input started and ended is not stored: `in_start = out_start + the shift
    before the edit` and `in_end = out_end + shift`. Mapping back reads them only for a position
    inside an edit's output, and computes them there; mapping forward (`result_spans`) bisects
    them, and makes them once per map (`in_starts`, `in_ends`). Not stored, the source map's
    tables hold a third fewer ints, no other record sharing them (the peak, bench/README.md)."""

    out_starts: tuple[int, ...]
    out_ends: tuple[int, ...]
    shifts: tuple[int, ...]  # in_end - out_end of each edit: the offset of the text after it

    @classmethod
    def of_step(cls, changes: Sequence[Change]) -> _PassMap:
        """The map of one step of the log (`by_step`), every change in it: carried forward, a
        position inside a flag goes to its start or end like one inside any other change."""
        out_starts = [c.offset for c in changes]
        out_ends = [c.offset + len(c.after) for c in changes]
        shifts: list[int] = []
        growth = 0  # of the text, from the changes up to this one
        for c in changes:
            growth += len(c.after) - len(c.before)
            shifts.append(-growth)
        return cls(tuple(out_starts), tuple(out_ends), tuple(shifts))

    @cached_property
    def in_starts(self) -> tuple[int, ...]:
        """Where each edit's input started (forward mapping)."""
        return tuple(map(add, self.out_starts, (0, *self.shifts[:-1])))

    @cached_property
    def in_ends(self) -> tuple[int, ...]:
        """Where each edit's input ended (forward mapping)."""
        return tuple(map(add, self.out_ends, self.shifts))

    def back(self, pos: int, *, end: bool = False) -> int:
        out_starts, out_ends, shifts = self.out_starts, self.out_ends, self.shifts
        i = bisect_right(out_starts, pos) - 1
        if end and i >= 0 and out_starts[i] == pos and out_ends[i] > pos:
            i -= 1  # an end position right at an insertion belongs before it
        if i < 0:
            return pos
        if pos < out_ends[i]:  # inside what edit i wrote: its input's end, or start
            if end:
                return out_ends[i] + shifts[i]
            return out_starts[i] + shifts[i - 1] if i else out_starts[i]
        return pos + shifts[i]

    def forward(self, pos: int, *, end: bool) -> int:
        """Where position `pos` of the text before this pass is in the text after it."""
        in_starts, in_ends = self.in_starts, self.in_ends
        if end:
            k = bisect_left(in_ends, pos)
            while k < len(in_ends) and in_ends[k] == pos and in_starts[k] < pos:
                k += 1
        else:
            k = bisect_right(in_ends, pos)
        if k < len(in_starts) and in_starts[k] < pos < in_ends[k]:
            return self.out_ends[k] if end else self.out_starts[k]
        return pos - self.shifts[k - 1] if k else pos  # the growth of the text before `pos`

    def forward_sorted(self, positions: Sequence[int], *, end: bool) -> list[int]:
        """`forward` of each of `positions` (sorted), in one walk along the table: the edit a
        position falls before (k, as `forward` finds it) never moves back, so each bisection
        starts from the last one's, and a position that falls before the same edit as the one
        before it, or the next, needs none."""
        in_starts, in_ends, shifts = self.in_starts, self.in_ends, self.shifts
        written = self.out_ends if end else self.out_starts
        count = len(in_ends)
        if len(positions) >= FORWARD_RUNS_PER_EDIT * count:
            return self._forward_runs(positions, end=end)
        out: list[int] = []
        append = out.append
        k = 0
        for pos in positions:
            if k == count or in_ends[k] <= pos:  # (else k stays: not past edit k, past those before)
                if end:
                    k = bisect_left(in_ends, pos, k)
                    while k < count and in_ends[k] == pos and in_starts[k] < pos:
                        k += 1
                else:
                    k = bisect_right(in_ends, pos, k)
            if k < count and in_starts[k] < pos < in_ends[k]:
                append(written[k])
            else:
                append(pos - shifts[k - 1] if k else pos)
        return out

    def _forward_runs(self, positions: Sequence[int], *, end: bool) -> list[int]:
        """`forward_sorted` against a table of far fewer edits than positions, an edit at a
        time: the positions that fall before edit i (those past edit i - 1 and not past edit i,
        found by bisection) move by one shift in a C loop, except those inside edit i, which go
        to its start or end. Past an edit: at or after its end (`end`: after the end of an
        insertion, at or after the end of any other edit), as `forward` counts them."""
        in_starts, in_ends, shifts = self.in_starts, self.in_ends, self.shifts
        written = self.out_ends if end else self.out_starts
        out = list(positions)
        low, shift = 0, 0  # the first position not past the edits before i; their shift
        for i, (start, stop) in enumerate(zip(in_starts, in_ends, strict=True)):
            past = (bisect_right if end and start == stop else bisect_left)(positions, stop, low)
            inside = min(bisect_right(positions, start, low), past)
            if shift and inside > low:
                out[low:inside] = map(sub, positions[low:inside], repeat(shift))
            if past > inside:
                out[inside:past] = repeat(written[i], past - inside)
            low, shift = past, shifts[i]
        if shift and low < len(out):
            out[low:] = map(sub, positions[low:], repeat(shift))
        return out


class SourceMap:
    """Maps positions in the current text back to the decoded source, pass by pass."""

    def __init__(self, source: str) -> None:
        self._passes: list[_PassMap] = []
        self._line_starts = [0]
        self._line_starts.extend(map(re.Match.end, _LINE_FEED_RE.finditer(source)))
        self._line_buckets = buckets(self._line_starts, len(source))
        self._line_starts.append(PAST)  # (after the buckets: a line always has a next start)

    def push(self, edits: Sequence[Edit]) -> None:
        """Record one pass's altering edits, to map positions back through it.

        An edit of one character into one character (a comma widened, a full-width letter
        narrowed: most of the punctuation and width passes' work) is left out: mapped through it,
        every position comes back unchanged (its start is its input start, its end its input end,
        and it shifts nothing after it), so leaving it out makes the tables shorter, and a pass
        made only of such edits adds no table to walk. (`apply_pass` makes these tables as it
        applies the edits, and hands them to `push_tables`.)
        """
        out_starts, out_ends, shifts = [], [], []
        delta = 0
        for edit in edits:
            start, end, after = edit.start, edit.end, edit.after
            if end - start == 1 and len(after) == 1:
                continue  # maps every position to itself: see the docstring
            out_start = start + delta
            delta += len(after) - (end - start)
            out_starts.append(out_start)
            out_ends.append(out_start + len(after) if after else out_start)
            shifts.append(-delta)
        self.push_tables(out_starts, out_ends, shifts)

    def push_tables(self, out_starts: list[int], out_ends: list[int], shifts: list[int]) -> None:
        """`push` of the edits whose tables these are: where each edit's output starts and ends
        in the new text, and the offset of the text after it (1-for-1 edits left out). Where
        an edit deletes, its output's end is its start, one int object (unwrap's joins, one a
        line of a flush page), and `apply_pass` gives the logged changes' offsets as the starts
        (the same objects): the log and the map share them (the peak, bench/README.md)."""
        if not out_starts:
            return  # a pass that only flagged, or made only 1-for-1 edits: nothing to map
        self._passes.append(_PassMap(tuple(out_starts), tuple(out_ends), tuple(shifts)))

    def to_source(self, pos: int, *, end: bool = False) -> int:
        """The plain definition, one position through one pass at a time (`to_source_spans`
        must give the same)."""
        for pass_map in reversed(self._passes):
            pos = pass_map.back(pos, end=end)
        return pos

    def to_source_spans(
        self, starts: Sequence[int], ends: Sequence[int]
    ) -> tuple[list[int], list[int]]:
        """`to_source(start)` and `to_source(end, end=True)` of each span (start <= end), in one
        walk back through the passes for spans in order of their starts (`_walk_back`).

        A span's mapped end is never before its mapped start: through each pass, a position's
        end is never before its start (they meet at an insertion's edge), and both keep the
        order of positions.

        A pass logs thousands of changes, and each change maps its two ends through every
        earlier pass. A pass's edits are sorted, and mapping back keeps their order, so each
        pass's table is walked once along them. Spans out of order (no caller has them) take
        the plain definition.
        """
        if not all(map(le, starts, islice(starts, 1, None))):
            return [self.to_source(s) for s in starts], [self.to_source(e, end=True) for e in ends]
        mapped_starts, mapped_ends = list(starts), list(ends)
        # (spans that do not overlap, as a pass's edits: their ends are in order too)
        ends_in_order = all(map(le, ends, islice(ends, 1, None)))
        self.map_back_in_place(mapped_starts, mapped_ends, ends_in_order)
        return mapped_starts, mapped_ends

    def map_back_in_place(
        self, mapped_starts: list[int], mapped_ends: list[int], ends_in_order: bool
    ) -> None:
        """`to_source_spans` of spans in order of their starts, each list mapped in place: for
        a caller that knows their order (`apply_pass`, which checks a pass's edits)."""
        for pass_map in reversed(self._passes):
            if ends_in_order and _shifts_sooner(len(mapped_starts), pass_map.shifts):
                _shift_back(pass_map, mapped_starts, mapped_ends)
            else:
                _walk_back(pass_map, mapped_starts, mapped_ends)

    @property
    def line_starts(self) -> list[int]:
        """Where each line of the source starts (line n starts at index n - 1), then PAST: the
        line after the last starts past every position."""
        return self._line_starts

    @property
    def line_buckets(self) -> Buckets:
        """`line_starts` in buckets, for the line of a source position (`Buckets`)."""
        return self._line_buckets


def _walk_back(pass_map: _PassMap, mapped_starts: list[int], mapped_ends: list[int]) -> None:
    """`to_source_spans`' step back through one pass, for spans in order of their starts (as a
    pass's edits are, and stay through every map): the edit before each start is found by
    walking along the table from the one before the previous start, or, where the next span
    starts past more than one edit (a table longer than the spans), by bisecting the rest of it.

    Most spans lie, both ends, between the same two edits of the table: the values of edit i
    (the last starting at or before the start) and where edit i + 1 starts are held in locals,
    read again only when the walk moves on, so such a span is three comparisons and two sums
    (a span starts no later than it ends: past what edit i wrote, so is its end).
    """
    out_starts, out_ends, shifts = pass_map.out_starts, pass_map.out_ends, pass_map.shifts
    last = len(out_starts) - 1
    if last < 0:
        return
    i = -1  # the last edit starting at or before the start; before the first: nothing moves
    here, written_end, shift = -1, -1, 0  # edit i's start, the end of what it wrote, its shift
    following = out_starts[0]  # where edit i + 1 starts (past the text's end after the last)
    for k, start in enumerate(mapped_starts):
        if start >= following:
            i += 1
            following = out_starts[i + 1] if i < last else PAST
            if start >= following:  # past more than the next edit
                i = bisect_right(out_starts, start, i + 1) - 1
                following = out_starts[i + 1] if i < last else PAST
            here, written_end, shift = out_starts[i], out_ends[i], shifts[i]
        end = mapped_ends[k]
        if start >= written_end:  # (and so is the end: start <= end)
            mapped_starts[k] = start + shift
            if end < following:  # the end's edit is the start's
                mapped_ends[k] = end + shift
                continue
        else:  # inside what edit i wrote: its input's start (`_PassMap`)
            mapped_starts[k] = here + shifts[i - 1] if i else here
            if end < following:
                if end >= written_end:
                    mapped_ends[k] = end + shift
                elif here != end:
                    mapped_ends[k] = written_end + shift  # inside what edit i wrote: its input's end
                else:  # right at the start of what edit i wrote: the end belongs before it
                    mapped_ends[k] = end + shifts[i - 1] if i > 0 else end
                continue
        j = i + 1  # the last edit starting at or before the end
        while j < last and out_starts[j + 1] <= end:
            j += 1
        if end >= out_ends[j]:
            mapped_ends[k] = end + shifts[j]
        elif out_starts[j] != end:
            mapped_ends[k] = out_ends[j] + shifts[j]
        else:
            mapped_ends[k] = end + shifts[j - 1] if j > 0 else end


# `_PassMap.forward_sorted` moves positions a run at a time from this many positions an edit
# (three bisections an edit against a step a position; the 2 MB log of bench/README.md)
FORWARD_RUNS_PER_EDIT = 8

# What `_shift_back` costs, in spans `_walk_back` steps over for the same time: an edit of the
# table (a bisection), and more where the text after it has moved (two C loops that move the
# spans): measured on the 2 MB text of bench/normalize_speed.py (bench/README.md)
SPANS_PER_EDIT = 4
SPANS_PER_MOVE = 16


def _shifts_sooner(spans: int, shifts: Sequence[int]) -> bool:
    """Whether `_shift_back` maps `spans` spans through the table of these shifts sooner than
    `_walk_back` does."""
    if spans < SPANS_PER_EDIT * len(shifts):
        return False
    moves = len(shifts) - shifts.count(0)  # (none where every edit kept its length)
    return spans >= SPANS_PER_EDIT * len(shifts) + SPANS_PER_MOVE * moves


def _shift_back(pass_map: _PassMap, mapped_starts: list[int], mapped_ends: list[int]) -> None:
    """`_walk_back` for spans in order of their starts and of their ends (as a pass's edits
    are), against a table of far fewer edits (a long pass behind one that made few). The spans
    that lie between two edits, after what the first one wrote and ending before the next one
    starts, all move by that edit's shift: they are found by a bisection and moved at once, in
    a C loop (not at all where the shift is nought, as after an edit that kept its length). The
    few spans that meet an edit take the plain definition (`_PassMap.back`)."""
    out_starts, out_ends, shifts = pass_map.out_starts, pass_map.out_ends, pass_map.shifts
    back = pass_map.back
    count = len(mapped_starts)
    k = bisect_left(mapped_ends, out_starts[0])  # the spans ending before the first edit stay
    for i, following in enumerate((*out_starts[1:], PAST)):
        written_end = out_ends[i]
        while k < count and mapped_starts[k] < written_end:  # it meets edit i: plain
            mapped_starts[k], mapped_ends[k] = back(mapped_starts[k]), back(mapped_ends[k], end=True)
            k += 1
        last = bisect_left(mapped_ends, following, k)  # these end before the next edit starts
        shift = shifts[i]
        if shift and last > k:
            mapped_starts[k:last] = map(add, mapped_starts[k:last], repeat(shift))
            mapped_ends[k:last] = map(add, mapped_ends[k:last], repeat(shift))
        k = last
        while k < count and mapped_starts[k] < following:  # it reaches into the next edit
            mapped_starts[k], mapped_ends[k] = back(mapped_starts[k]), back(mapped_ends[k], end=True)
            k += 1


def result_spans(changes: Sequence[Change]) -> list[tuple[int, int]]:
    """Each change's span in the final text, carried forward through every later step.

    The log stores where a change applied at the moment it ran (and where it stood in the
    source), not where it lies in the result: this is the arithmetic `replay` does, run on
    positions.
    """
    steps = [_PassMap.of_step(group) for group in by_step(changes)]
    spans: list[tuple[int, int]] = []
    for number, step in enumerate(steps):
        starts: Sequence[int] = step.out_starts
        ends: Sequence[int] = step.out_ends
        if not (_ascending(starts) and _ascending(ends)):  # (no pass logs a step so)
            for start, end in zip(starts, ends, strict=True):
                for later in steps[number + 1 :]:
                    start = later.forward(start, end=False)
                    end = max(start, later.forward(end, end=True))
                spans.append((start, end))
            continue
        # the spans of one step in order, both ends, and `forward` keeps their order
        for later in steps[number + 1 :]:
            starts = later.forward_sorted(starts, end=False)
            ends = list(map(max, starts, later.forward_sorted(ends, end=True)))
        spans.extend(zip(starts, ends, strict=True))
    return spans


def _ascending(positions: Sequence[int]) -> bool:
    return all(map(le, positions, islice(positions, 1, None)))
