"""The change log: what each repair pass did, where in the source, before and after.

A pass proposes `Edit`s in the coordinates of the text it was given. `apply_pass` applies them and
turns them into `Change`s, which carry two positions:

* `offset`: where the change applies in the running text at the moment it is replayed. Replaying
  every change in log order on the decoded source reproduces the normalized text exactly
  (`replay`), which is what lets an editor trust, reject or re-apply Galley's work.
* `line`/`column` (and `source_start`/`source_end`): where the changed text stood in the decoded
  source, for people. A change inside text that an earlier pass inserted points at the start of
  that earlier change, the nearest place that exists in the source.

A *flag* is a change whose `before` equals its `after`: a finding that did not alter the text
(a stray Latin word not in the dictionary, a `□` that may be a missing glyph).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields, make_dataclass
from itertools import accumulate, repeat
from operator import itemgetter, rshift, sub
from typing import Literal, NamedTuple

Severity = Literal["info", "warning", "error"]
_LINE_FEED_RE = re.compile("\n")
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")


class Edit(NamedTuple):
    """One replacement a pass proposes: text[start:end] becomes `after`.

    A named tuple rather than a frozen dataclass: the passes propose tens of thousands per
    megabyte, and a tuple is made three times as fast. (The cyclic garbage collector still
    tracks it: CPython stops tracking tuples of atomic values only for exact `tuple`s, not for
    subclasses such as this one; checked on 3.11 with `gc.is_tracked` after `gc.collect()`.)
    """

    start: int
    end: int
    after: str
    kind: str
    message: str = ""
    severity: Severity = "info"


@dataclass(frozen=True, slots=True)  # slots: a log holds tens of thousands per megabyte
class Change:
    pass_name: str
    kind: str
    offset: int
    before: str
    after: str
    line: int
    column: int
    source_start: int
    source_end: int
    severity: Severity = "info"
    message: str = ""
    step: int = 0  # which application of a pass made it: replay applies one step at a time

    @property
    def is_flag(self) -> bool:
        return self.before == self.after

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        return {"pass": data.pop("pass_name"), **data}


# The same fields as `Change`, not frozen. A frozen dataclass sets each field through
# `object.__setattr__` (0.8 µs for twelve fields); this one is made in 0.15 µs and then becomes a
# `Change` (same slots, so the class can be swapped), which is frozen from then on. The log of a
# megabyte holds ~27,000 changes.
_ChangeBuilder = make_dataclass(
    "_ChangeBuilder",
    [(f.name, f.type, f) for f in fields(Change)],
    slots=True,
    eq=False,
    repr=False,
)


class ReplayError(ValueError):
    """The log does not fit the text it is replayed on (wrong source, or a corrupted log)."""


class Buckets(NamedTuple):
    """Where to bisect a sorted table of positions, found without bisecting it whole.

    The log maps each change's two ends back through every earlier pass and looks up its source
    line: a few hundred thousand bisections of tables of tens of thousands of positions per
    megabyte, each some sixteen comparisons of int objects scattered in memory (150 ns; more as
    the tables grow). Cut into buckets of 2**shift positions, where `bounds[b]` counts the table's
    positions before bucket b, the positions at or before x lie before `bounds[b + 1]` and after
    `bounds[b]` (b = x >> shift): a bisection of those two or three entries gives the same
    index (70 ns). The bounds are a list: an `array` saves memory but costs a third of the
    gain, making an int object at each look-up.
    """

    shift: int
    bounds: list[int]


def buckets(starts: Sequence[int], length: int) -> Buckets:
    """Buckets of `starts` (sorted) covering positions 0 to `length`, about two positions each
    (one each is no faster, and its bounds add a tenth to the normalizer's peak memory).

    Built by C loops: how many positions fall in each bucket, summed.
    """
    shift = (length // max(1, len(starts))).bit_length()
    per_bucket = Counter(map(rshift, starts, repeat(shift)))
    count = (length >> shift) + 1  # the bucket of `length` is the last
    bounds = list(accumulate(map(per_bucket.get, range(count), repeat(0)), initial=0))
    return Buckets(shift, bounds)


@dataclass(frozen=True)
class _PassMap:
    """Where each edit of one pass landed, to map output positions back to input positions."""

    out_starts: tuple[int, ...]
    out_ends: tuple[int, ...]
    in_starts: tuple[int, ...]
    in_ends: tuple[int, ...]
    shifts: tuple[int, ...]  # in_ends[i] - out_ends[i]: the offset of the text after edit i
    # the output's length: positions mapped back through this pass lie between 0 and it (unless
    # given, the last edit's end: enough for `back`, not for `to_source_spans`)
    length: int = -1
    # `out_starts` in buckets (`to_source_spans`); made from the above unless given
    buckets: Buckets = field(default=Buckets(0, []), compare=False)

    def __post_init__(self) -> None:
        if not self.buckets.bounds:
            length = self.length if self.length >= 0 else max(self.out_ends, default=0)
            object.__setattr__(self, "buckets", buckets(self.out_starts, length))

    def back(self, pos: int, *, end: bool = False) -> int:
        i = bisect_right(self.out_starts, pos) - 1
        if end and i >= 0 and self.out_starts[i] == pos and self.out_ends[i] > pos:
            i -= 1  # an end position right at an insertion belongs before it
        if i < 0:
            return pos
        if pos < self.out_ends[i]:
            return self.in_ends[i] if end else self.in_starts[i]
        return pos - self.out_ends[i] + self.in_ends[i]


class SourceMap:
    """Maps positions in the current text back to the decoded source, pass by pass."""

    def __init__(self, source: str) -> None:
        self._passes: list[_PassMap] = []
        self._line_starts = [0]
        self._line_starts.extend(m.end() for m in _LINE_FEED_RE.finditer(source))
        self._line_buckets = buckets(self._line_starts, len(source))

    def push(self, edits: Sequence[Edit], length: int) -> None:
        """Record one pass's altering edits, to map positions back through it; `length` is the
        length of the text they made (every position mapped back through them is at most that).

        An edit of one character into one character (a comma widened, a full-width letter
        narrowed: most of the punctuation and width passes' work) is left out: mapped through it,
        every position comes back unchanged (its start is its input start, its end its input end,
        and it shifts nothing after it), so leaving it out makes the tables shorter, and a pass
        made only of such edits adds no table to walk.
        """
        out_starts, out_ends, in_starts, in_ends = [], [], [], []
        delta = 0
        for edit in edits:
            start, end, after = edit.start, edit.end, edit.after
            if end - start == 1 and len(after) == 1:
                continue  # maps every position to itself: see the docstring
            out_start = start + delta
            delta += len(after) - (end - start)
            out_starts.append(out_start)
            out_ends.append(out_start + len(after))
            in_starts.append(start)
            in_ends.append(end)
        if not out_starts:
            return  # a pass that only flagged, or made only 1-for-1 edits: nothing to map
        shifts = tuple(map(sub, in_ends, out_ends))
        self._passes.append(
            _PassMap(
                tuple(out_starts),
                tuple(out_ends),
                tuple(in_starts),
                tuple(in_ends),
                shifts,
                length,
            )
        )

    def to_source(self, pos: int, *, end: bool = False) -> int:
        for pass_map in reversed(self._passes):
            pos = pass_map.back(pos, end=end)
        return pos

    def to_source_all(self, positions: Sequence[int], *, end: bool = False) -> list[int]:
        """`to_source` of every position, in one walk back through the passes."""
        if end:
            return self.to_source_spans([0] * len(positions), positions)[1]
        return self.to_source_spans(positions, positions)[0]

    def to_source_spans(
        self, starts: Sequence[int], ends: Sequence[int]
    ) -> tuple[list[int], list[int]]:
        """`to_source(start)` and `to_source(end, end=True)` of each span (start <= end), in one
        walk back through the passes.

        A pass logs thousands of changes, and each change maps its two ends through every
        earlier pass. Mapping back keeps start <= end, and most spans are short, so the end
        usually falls in the same stretch of a pass as the start: one bisection per span and
        pass finds both, without a method call each, and it bisects a bucket (`Buckets`).
        """
        mapped_starts, mapped_ends = list(starts), list(ends)
        for pass_map in reversed(self._passes):
            out_starts, out_ends = pass_map.out_starts, pass_map.out_ends
            in_starts, in_ends, shifts = pass_map.in_starts, pass_map.in_ends, pass_map.shifts
            shift, bounds = pass_map.buckets
            last = len(out_starts) - 1
            for k, start in enumerate(mapped_starts):
                end = mapped_ends[k]
                b = start >> shift
                # the last edit starting at or before the start
                i = bisect_right(out_starts, start, bounds[b], bounds[b + 1]) - 1
                if i >= 0:
                    mapped_starts[k] = start + shifts[i] if start >= out_ends[i] else in_starts[i]
                # the end's edit: the start's, unless a later one begins at or before the end
                if i < last and out_starts[i + 1] <= end:
                    b = end >> shift
                    lo = bounds[b]
                    j = (
                        bisect_right(out_starts, end, lo if lo > i + 2 else i + 2, bounds[b + 1])
                        - 1
                    )
                else:
                    j = i
                if j < 0 or end >= out_ends[j]:
                    if j >= 0:
                        mapped_ends[k] = end + shifts[j]
                elif out_starts[j] != end:
                    mapped_ends[k] = in_ends[j]  # inside what edit j wrote
                else:  # right at the start of what edit j wrote: the end belongs before it
                    mapped_ends[k] = end + shifts[j - 1] if j > 0 else end
        return mapped_starts, mapped_ends

    @property
    def line_starts(self) -> list[int]:
        """Where each line of the source starts (line n starts at index n - 1)."""
        return self._line_starts

    @property
    def line_buckets(self) -> Buckets:
        """`line_starts` in buckets, for the line of a source position (`Buckets`)."""
        return self._line_buckets

    def line_column(self, source_pos: int) -> tuple[int, int]:
        line = bisect_right(self._line_starts, source_pos)
        return line, source_pos - self._line_starts[line - 1] + 1


def without_overlaps(edits: Iterable[Edit]) -> list[Edit]:
    """The edits (sorted by the caller) without those that overlap an edit kept before them.

    Passes that look for several patterns at once use this so the first match at a place wins.
    """
    kept: list[Edit] = []
    for edit in edits:
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept


def check_edits(text: str, edits: Sequence[Edit], pass_name: str) -> None:
    """Passes must propose sorted, non-overlapping edits inside the text; anything else is a bug."""
    last_end = 0
    for edit in edits:
        if not (last_end <= edit.start <= edit.end <= len(text)):
            raise ValueError(f"pass {pass_name!r} proposed an edit out of order or range: {edit}")
        last_end = edit.end


def apply_pass(
    text: str,
    edits: Sequence[Edit],
    pass_name: str,
    source_map: SourceMap,
    step: int = 0,
    altered: list[Edit] | None = None,
) -> tuple[str, list[Change]]:
    """Apply one pass's edits; return the new text and the edits as logged changes.

    Edits out of order or range are a bug of the pass (ValueError, as `check_edits`), found in
    the same walk that makes the changes: the source map is only changed at the end. The edits
    that altered the text (not flags) are added to `altered`, when given: the driver tells the
    document's context how the new text was made (`Context.derived`).
    """
    source_starts, source_ends = source_map.to_source_spans(
        list(map(itemgetter(0), edits)), list(map(itemgetter(1), edits))
    )
    line_starts = source_map.line_starts
    line_shift, line_bounds = source_map.line_buckets
    changes: list[Change] = []
    append = changes.append
    builder, change_class = _ChangeBuilder, Change
    pieces: list[str] = []
    altering: list[Edit] = []
    cursor = 0
    delta = 0
    last_end = 0
    length = len(text)
    for edit, source_start, source_end in zip(edits, source_starts, source_ends, strict=True):
        start, end, after, kind, message, severity = edit  # (faster than six look-ups)
        if not (last_end <= start <= end <= length):
            raise ValueError(f"pass {pass_name!r} proposed an edit out of order or range: {edit}")
        last_end = end
        before = text[start:end]
        b = source_start >> line_shift
        line = bisect_right(line_starts, source_start, line_bounds[b], line_bounds[b + 1])
        change = builder(  # `Change(...)`, made the fast way (see `_ChangeBuilder`)
            pass_name,
            kind,
            start + delta,
            before,
            after,
            line,
            source_start - line_starts[line - 1] + 1,
            source_start,
            source_end if source_end > source_start else source_start,
            severity,
            message,
            step,
        )
        change.__class__ = change_class
        append(change)
        if after != before:
            pieces.append(text[cursor:start])
            pieces.append(after)
            cursor = end
            delta += len(after) - len(before)
            altering.append(edit)
    pieces.append(text[cursor:])
    new_text = "".join(pieces)
    source_map.push(altering, len(new_text))
    if altered is not None:
        altered.extend(altering)
    return new_text, changes


def replay(source: str, changes: Iterable[Change]) -> str:
    """Apply logged changes in order to the decoded source.

    Consecutive changes of one pass are applied in a single sweep, so replaying a log of many
    thousands of changes stays linear in the size of the text.
    """
    text = source
    pieces: list[str] = []
    cursor = 0  # position in `text` up to which pieces hold the new text
    built = 0  # length of the new text held in pieces
    current_step: tuple[int, str] | None = None
    for change in changes:
        if (change.step, change.pass_name) != current_step:
            if current_step is not None:
                pieces.append(text[cursor:])
                text = "".join(pieces)
            pieces, cursor, built, current_step = [], 0, 0, (change.step, change.pass_name)
        # offset is in the new text; the same point in the old text is offset - (built - cursor)
        old_pos = change.offset - (built - cursor)
        if old_pos < cursor or text[old_pos : old_pos + len(change.before)] != change.before:
            raise ReplayError(
                f"change at line {change.line}, column {change.column} ({change.kind}) "
                f"does not match the text: expected {change.before!r}"
            )
        pieces.append(text[cursor:old_pos])
        pieces.append(change.after)
        built += (old_pos - cursor) + len(change.after)
        cursor = old_pos + len(change.before)
    if current_step is not None:
        pieces.append(text[cursor:])
        text = "".join(pieces)
    return text
