"""A pass run again only on the lines around what changed since it last found nothing to change.

In the second and third rounds most passes find nothing, on a text a few edits away from one they
already found nothing in: at 2 MB of damaged news, round 3 confirms a fixed point after round 2's
156 edits (bench/README.md, "Normalizer speed: later rounds by locality"). A pass that declares a
`Locality` states that the edits it makes in a line depend only on that line and on a few `facts`
of the whole text (whether it is Japanese, say). Then, given a text `clean` in which the pass
finds nothing to change and the edits that made the present text from it, the pass on the
present text finds nothing outside the lines the edits touched, provided the facts are the same:
those lines are lines of `clean`. The driver keeps, for each such pass, the facts of its clean
text and the stretches of the present text that edits made since (`Clean`), and asks the pass
only about the lines around those stretches (`within`). Each declaration argues its soundness in
its own docstring, and tests/normalize/test_partial.py holds the partial run to the whole one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from ..changes import Edit
from ..config import Config
from .context import Context

# (start, end) of a stretch of the text
Span = tuple[int, int]

# Beyond this many stretches changed since a pass found nothing, finding the lines around each
# costs about what a whole run of a cheap pass does: the pass is run whole instead (the driver
# drops the record). Round 3 of the 2 MB bench text follows 152 edits; round 1's passes make
# thousands each. A whole run grows with the text, the lines around each stretch do not: a
# longer text keeps one stretch per STRETCH_CHARACTERS characters (`changed_limit`; a 10 MB
# text's round 2 follows ~1,100 edits, and ran `ocr-space` whole, bench/README.md).
MAX_CHANGED = 1000
STRETCH_CHARACTERS = 340


def changed_limit(length: int) -> int:
    """The most changed stretches kept for a text of `length` characters (`MAX_CHANGED`)."""
    return max(MAX_CHANGED, length // STRETCH_CHARACTERS)


@dataclass(frozen=True)
class Locality:
    """A pass's declaration: its edits in a line depend only on that line and on `facts(text,
    context)` of the whole text; `within(text, config, context, lines)` gives the edits the whole
    run makes inside `lines` (sorted stretches of whole lines, in text coordinates)."""

    within: Callable[[str, Config, Context, Sequence[Span]], list[Edit]]
    facts: Callable[[str, Context], Hashable]


def no_facts(text: str, context: Context) -> None:
    """The facts of a pass whose edits in a line depend on nothing of the whole text."""
    return None


class Clean(NamedTuple):
    """A pass found nothing to change in a text with these `facts`; every character of the
    present text made by an edit since lies in one of `changed` (sorted, not overlapping)."""

    facts: Hashable
    changed: list[Span]


def moved(
    changed: Sequence[Span], edits: Sequence[Edit], limit: int = MAX_CHANGED
) -> list[Span] | None:
    """`changed` (sorted, in the text before `edits`) in the text after them, with each edit's
    output added; None if more than `limit` stretches would be kept (`changed_limit`).

    `edits` are sorted and do not overlap, in the coordinates of the text before them (as
    `apply_pass` applies them). A stretch's end inside an edit moves to the end of the edit's
    output, its start to the output's start: the stretch still holds whatever it held."""
    if len(edits) + len(changed) > limit:
        return None
    ends = [edit.end for edit in edits]
    # growth[i]: how much longer the text is after the first i edits
    growth = [0, *accumulate(len(e.after) - (e.end - e.start) for e in edits)]
    spans = [
        (edit.start + growth[i], edit.start + growth[i] + len(edit.after))
        for i, edit in enumerate(edits)
    ]
    for start, end in changed:
        spans.append(
            (_moved_start(start, edits, ends, growth), _moved_end(end, edits, ends, growth))
        )
    return merged(sorted(spans))


def _moved_start(pos: int, edits: Sequence[Edit], ends: list[int], growth: list[int]) -> int:
    index = bisect_right(ends, pos)  # the edits before it end at or before `pos`
    if index < len(edits) and edits[index].start < pos:  # inside an edit: its output's start
        return edits[index].start + growth[index]
    return pos + growth[index]


def _moved_end(pos: int, edits: Sequence[Edit], ends: list[int], growth: list[int]) -> int:
    index = bisect_right(ends, pos)
    edit = edits[index] if index < len(edits) else None
    if edit is not None and edit.start < pos:  # inside an edit: its output's end
        return edit.start + growth[index] + len(edit.after)
    return pos + growth[index]


def merged(spans: Sequence[Span]) -> list[Span]:
    """Sorted `spans` with those that overlap or meet made one."""
    out: list[Span] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def whole_lines(text: str, changed: Sequence[Span]) -> list[Span]:
    """The stretches of whole lines (each with its line feed) that hold `changed`, merged.

    A line outside them is made of characters no edit made, between two line feeds no edit
    made (or the text's ends): a line feed at a stretch's edge that an edit made would lie in a
    changed span, whose lines reach past it. So it is, character for character, a whole line of
    the text before the edits. A span that ends with a line feed an edit made takes the line
    after it too (that line's start is new); an empty span (a deletion) takes its line; a
    stretch that reaches the text's end holds the empty line after a last line feed."""
    lines: list[Span] = []
    for start, end in changed:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        lines.append((line_start, len(text) if line_end < 0 else line_end + 1))
    return merged(lines)
