"""Two wraps of one length under a measure misread: a column's own measure (issue 12).

`regions.even_lines` keeps a break between two lines of running text of one length a cell or
two short of the text's measure: a wrap fills its own column's measure, so two lines in a row of
one length show it, and the first is no short heading. Two readings it missed on the blind
model's flush pages (tuning half), each a line read as a heading and cut from its sentence:

- the next line hangs a mark past that measure (`…引用的古代典籍` (28) / `和经典名句，…新思想、`
  (29, its `、` hung), a story at 28 in a text read at 29): the lines are of one length less
  the hung mark;
- the text's measure is a guess (`Widths.guessed`: too few lines to show a common length,
  `measure._guess_measure`), a few cells wider than the story (`…“全国道德模范”` / `和优秀
  基层党员干部代表，…`, 26 each under a guess of 30; `当地时间6月30日，…展映活动` / `分别在…
  《新`, 27 cells each under a guess of 37): a guess is no measure to stop short of, and the
  two lines show the column's.

The lines are counted in `cells` (digits half a cell, as `regions.line_lengths` counts a column),
and the running-text mark, no sentence end and no colon at the end are `even_lines`' own guards.

Evidence: the blind model's flush and narrow pages, seeds 0-4, tuning half: 7 articles changed,
each nearer the corpus (5 flush, 2 narrow); seeds 20-59 (flush, tuning half): 23 changed, 22
nearer, one with a full-line sentence end split further down (a later decision the join moved).
Not in the front: without that guard the blind flush pages' held-out title figure fell by one
title (seeds 0-4, 785 → 784 of 790; no tuning title of seeds 0-59 moved, so no miss was read): a
headline holding a pause mark over a lead line as long is the front rules' to judge.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...chars import KANA_RE, mostly_wide
from .measure import HANGING, Widths, cells
from .plain import dateline
from .regions import ends_sentence, even_lines

# marks a wrap may hang past its measure (`regions.HANG_MARKS`' commas and pauses)
_HUNG = "，、；"
# a heading holds none of these; running text most often does (`even_lines`)
_RUNNING = "，；、"


def even_wraps(
    line: str,
    next_line: str,
    widths: Widths,
    lines: Sequence[str],
    index: int,
    number: int,
    chinese: bool = True,
) -> bool:
    """`even_lines`, or `line` and `next_line` (stripped) of one length in cells, `next_line`
    less a mark hung past the measure, both running text ending no sentence, under a measure
    `line` stops a cell or two short of (`HANGING`) or a guessed one it does not pass. Chinese
    only (`chinese`: the text has no kana).

    `line` is `lines[index]` of the text's block `number` (0: the first). In the first block,
    while no line over it ends a sentence, the line may be a headline's, the front's rules' to
    judge (`front_lines`, `headline`): only `even_lines` is asked there, unless the line opens
    with a dateline (the lead's first line).
    """
    if not chinese:
        return False
    measure = widths.wide
    if even_lines(line, next_line, measure):
        return True
    if not measure or ends_sentence(line) or ends_sentence(next_line) or line[-1:] in "：:":
        return False
    width = cells(line)
    if width != cells(next_line) - (next_line[-1:] in _HUNG):
        return False
    if not (measure - HANGING <= width < measure or (widths.guessed and width < measure)):
        return False
    if not any(mark in line for mark in _RUNNING):
        return False
    if not number and not any(map(ends_sentence, lines[:index])) and not dateline(line):
        return False
    return mostly_wide(line) and mostly_wide(next_line) and not KANA_RE.search(line)
