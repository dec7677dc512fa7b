"""A text in which the furniture pass's gate found nothing, kept through the edits that follow.

The gate's whole-text scans (`holds_no_furniture`, `may_hold_unmarked_head`) ask each line alone,
so a text made from a quiet one by a few edits (the third round after the second's: bench/README.md)
is quiet where no line those edits touched trips them and its opening is as plain. `Context`
moves the changed stretches through each pass's edits (`Context.furniture_quiet`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..partial import Span, whole_lines
from .head_runs import may_hold_unmarked_head
from .shapes import JUMP_LINE_RE, PAGE_NUMBER_RE, holds_no_furniture


def lines_quiet(text: str, changed: Sequence[Span]) -> bool:
    """No line of `text` touched by `changed` (stretches made since a text in which
    `holds_no_furniture` held and `may_hold_unmarked_head` did not) trips either scan, and the
    first line is no page number or jump line: so both answer for `text` as for that text.

    Sound: a line no stretch touches is, character for character, a line of the quiet text
    (`partial.whole_lines`), and a line after the first there (the line feed before it is no
    edit's). Each scan asks a line after a line feed on its own (`holds_no_furniture`: a form
    feed, `any_furniture_line`, a jump line glued to an edge; `may_hold_unmarked_head`: a short
    boxed line), so the touched lines are asked after a line feed put before them; the first
    line of `text`, which the first scan asks by `PAGE_NUMBER_RE` and `JUMP_LINE_RE` (and the
    second not at all), is asked both ways here (the line-feed pattern matches wherever those
    do, `shapes.FURNITURE_ANY_LINE_RE`; asked anyway, so that the argument needs no comparison
    of the patterns)."""
    end = text.find("\n")
    first = (text if end < 0 else text[:end]).strip()
    if PAGE_NUMBER_RE.match(first) or JUMP_LINE_RE.match(first):
        return False
    for start, stop in whole_lines(text, changed):
        lines = "\n" + text[start:stop]
        if not holds_no_furniture(lines) or may_hold_unmarked_head(lines):
            return False
    return True
