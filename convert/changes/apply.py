"""Applying one pass's edits to the text, and logging them as changes with their source positions.

A pass proposes `Edit`s in the coordinates of the text it was given. `apply_pass` applies them and
turns them into `Change`s, which carry two positions:

* `offset`: where the change applies in the running text at the moment it is replayed. Replaying
  every change in log order on the decoded source reproduces the normalized text exactly
  (`replay`), which is what lets an editor trust, reject or re-apply Galley's work.
* `line`/`column` (and `source_start`/`source_end`): where the changed text stood in the decoded
  source, for people. A change inside text that an earlier pass inserted points at the start of
  that earlier change, the nearest place that exists in the source.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import islice
from operator import itemgetter, le

from .model import Change, Edit
from .positions import SourceMap

# The new text is joined from its pieces (the stretches between the edits, and what each puts)
# every this many characters of the text, then from those joins: a pass with tens of thousands of
# edits (unwrap's line feeds) made as many small strings, each with its header, all alive until
# the one join, the normalizer's peak (bench/README.md); a join of a few pieces of this size
# costs no more than a copy of the characters.
JOIN_CHARACTERS = 1 << 16


def apply_pass(
    text: str,
    edits: Sequence[Edit],
    pass_name: str,
    source_map: SourceMap,
    step: int = 0,
    altered: list[Edit] | None = None,
) -> tuple[str, list[Change]]:
    """Apply one pass's edits; return the new text and the edits as logged changes.

    Passes must propose sorted, non-overlapping edits inside the text; anything else is a bug of
    the pass (ValueError), found before any change is made: the source map is only changed at
    the end. The edits that altered the text (not flags) are added to `altered`, when
    given: the driver tells the document's context how the new text was made (`Context.derived`).
    """
    # the edits' spans, checked in order and inside the text by a few C walks (the loop below
    # need not test each edit), then mapped back to the source in place
    source_starts = list(map(itemgetter(0), edits))
    source_ends = list(map(itemgetter(1), edits))
    length = len(text)
    if edits and not (
        source_starts[0] >= 0
        and source_ends[-1] <= length
        and all(map(le, source_starts, source_ends))
        and all(map(le, source_ends, islice(source_starts, 1, None)))
    ):
        raise ValueError(
            f"pass {pass_name!r} proposed an edit out of order or range: {_disordered(edits, length)}"
        )
    source_map.map_back_in_place(source_starts, source_ends, True)
    line_starts = source_map.line_starts  # (then PAST)
    line_shift, line_bounds = source_map.line_buckets
    # the source line of the previous change: the position before its start (its columns count
    # from 1) and where the next line starts. A pass's changes come in order, and most lie on
    # the line of the one before or on the next
    line, line_before, next_start = 0, -1, 0
    changes: list[Change] = []
    new, change_class = tuple.__new__, Change
    pieces: list[str] = []
    # the new text so far, joined every JOIN_CHARACTERS (`_joined`)
    joined: list[str] = []
    join_at = JOIN_CHARACTERS
    # the source map's tables of this pass (`SourceMap.push`), made on the way
    out_starts: list[int] = []
    out_ends: list[int] = []
    shifts: list[int] = []
    cursor = 0
    shift = 0  # the input's end less the output's, after the edits so far
    flagged = False  # (an edit that leaves its text as it was)
    for edit, source_start, source_end in zip(edits, source_starts, source_ends, strict=True):
        start, end, after, kind, message, severity = edit  # (faster than six look-ups)
        before = text[start:end]
        # (the source starts are in order, as the edits': mapping back keeps the order of
        # positions, so a start is never before the line of the one before)
        if source_start >= next_start:
            line += 1
            line_before = next_start - 1
            next_start = line_starts[line]
            if source_start >= next_start:  # further on than the next line
                b = source_start >> line_shift
                line = bisect_right(line_starts, source_start, line_bounds[b], line_bounds[b + 1])
                line_before = line_starts[line - 1] - 1
                next_start = line_starts[line]
        offset = start - shift
        changes.append(  # (the method call: 3.11 specializes it to a list append)
            new(  # `Change(...)` in one C call: every field given, `where` empty
                change_class,
                (
                    pass_name,
                    kind,
                    offset,
                    before,
                    after,
                    line,
                    source_start - line_before,
                    source_start,
                    source_end,  # (never before the start: `SourceMap.to_source_spans`)
                    severity,
                    message,
                    step,
                    "",
                ),
            )
        )
        if after != before:
            if start >= join_at:
                joined.append("".join(pieces))
                pieces.clear()
                join_at = start + JOIN_CHARACTERS
            pieces.append(text[cursor:start])
            pieces.append(after)
            cursor = end
            written = len(after)
            if written != 1 or end - start != 1:  # (1-for-1: no shift, no table, `SourceMap.push`)
                shift += end - start - written
                out_starts.append(offset)  # (one int for the log and the map)
                out_ends.append(offset + written if written else offset)
                shifts.append(shift)
        else:
            flagged = True
    pieces.append(text[cursor:])
    joined.append("".join(pieces))
    del pieces
    new_text = "".join(joined)
    del joined  # (before the source map's tables are built: the peak, bench/README.md)
    source_map.push_tables(out_starts, out_ends, shifts)
    if altered is not None:  # every edit, but where some only flag
        altered.extend(
            [e for e, c in zip(edits, changes, strict=True) if not c.is_flag] if flagged else edits
        )
    return new_text, changes


def _disordered(edits: Sequence[Edit], length: int) -> Edit:
    """The first of `edits` that starts before the one before it ends, ends before it starts,
    or lies outside a text of `length` characters."""
    last_end = 0
    for edit in edits:
        if not last_end <= edit.start <= edit.end <= length:
            return edit
        last_end = edit.end
    raise AssertionError("the edits are in order")
