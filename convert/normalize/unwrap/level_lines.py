"""Two lines of one width over a short heading's look: wraps at a column's measure (issue 12).

`decide.paragraph_ends_here` ends a paragraph at a line that ends no sentence and stops short
of the measure where the next line looks like a short heading (`_short_heading`): a title's
or a kicker's line over a heading. On narrow and flush pages whose stories are set at measures
of their own, a story set narrower than the measure learnt from the text reads short in every
line, and a wrap whose next line holds no sentence mark (`中央政治局常委、全国政`, `员流动量预计
超２.０８`) looks like a short heading: the story was cut in the middle of a sentence. Two lines
within a cell of each other, neither ending a sentence, are two wraps at one measure; a line
that ends a paragraph over a heading stops at its own length and matches the heading's only by
chance. The line must be running text besides (a mark inside it, or a dateline): a subhead's
last line may stop within a cell of the column by chance.

Evidence (bench/split_rules.py, the blind model's narrow and flush pages, tuning half, seeds
0-4 and 10-14): the rule's ends were 1 invisible end right against 12 splits inside
paragraphs, and no visible end; each of the 12 splits is at two lines within a cell of each
other (8 of them running text by `_INSIDE` or a dateline), the right end at two lines 8 cells
apart. A first form without the running-text condition cost weasy-narrow's tuning half a
subhead, livedoor_wrapped.py's a credit and weasy's one interleaved headline (named at
`_INSIDE`).
"""

from __future__ import annotations

from ...chars import KANA_RE, mostly_wide
from .measure import cells
from .plain import dateline

# marks of running text inside a line: a subhead's or a title's last line holds none of them
# (`物”发布仪式今晚播出` / `由中华全国总工会和中央`, 10 and 11 cells: weasy-narrow's tuning half);
# not `、`, which a Japanese line without kana holds (`最大電力使用量、電力８社管内で今夏最高（読売
# 新聞）` / `■関連記事`: livedoor_wrapped.py's tuning half), nor `；` (WeasyPrint's columns through
# pdftotext, one story's line over another's headline: `风破坏受损；在神奈川县相模原` / `美国新泽西州
# 一高中发生枪击`, weasy's tuning half, the interleaving `wraps_measure` refuses too)
_INSIDE = "，。！？,"


def level_with_next(line: str, next_line: str) -> bool:
    """`line` and `next_line` (stripped) Han text of one width in cells, within a cell, `line`
    running text: a clause or a sentence ends inside it (`_INSIDE`), or it opens with a
    dateline."""
    if not (mostly_wide(line) and mostly_wide(next_line)):
        return False
    if KANA_RE.search(line) or KANA_RE.search(next_line):
        return False
    if abs(cells(line) - cells(next_line)) > 1:
        return False
    return any(mark in line[:-1] for mark in _INSIDE) or dateline(line)
