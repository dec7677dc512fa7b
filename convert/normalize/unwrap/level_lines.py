"""Two lines of one width over a short heading's look: wraps at a column's measure (issue 12).

`decide.paragraph_ends_here` ends a paragraph at a line that ends no sentence and stops short
of the measure where the next line looks like a short heading (`_short_heading`): a title's
or a kicker's line over a heading. On narrow and flush pages whose stories are set at measures
of their own, a story set narrower than the measure learnt from the text reads short in every
line, and a wrap whose next line holds no sentence mark (`中央政治局常委、全国政`, `员流动量预计
超２.０８`) looks like a short heading: the story was cut in the middle of a sentence. Two lines
within a cell of each other, neither ending a sentence, are two wraps at one measure; a line
that ends a paragraph over a heading stops at its own length and matches the heading's only by
chance.

Evidence (bench/split_rules.py, the blind model's narrow and flush pages, tuning half, seeds
0-4 and 10-14): the rule's ends were 1 invisible end right against 12 splits inside
paragraphs, and no visible end; each of the 12 splits is at two lines within a cell of each
other, the right end at two lines 8 cells apart.
"""

from __future__ import annotations

from ...chars import KANA_RE, mostly_wide
from .measure import cells


def level_with_next(line: str, next_line: str) -> bool:
    """`line` and `next_line` (stripped) Han text of one width in cells, within a cell."""
    if not (mostly_wide(line) and mostly_wide(next_line)):
        return False
    if KANA_RE.search(line) or KANA_RE.search(next_line):
        return False
    return abs(cells(line) - cells(next_line)) <= 1
