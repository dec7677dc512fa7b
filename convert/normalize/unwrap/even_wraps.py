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

import re
from collections.abc import Sequence

from ...chars import KANA_RE, mostly_wide
from .measure import HANGING, LINE_SPACES, Widths, cells
from .plain import dateline
from .regions import HANG_MARKS, ends_sentence, even_lines

# marks a wrap may hang past its measure (`regions.HANG_MARKS`' commas and pauses)
_HUNG = "，、；"
# wide characters in a row of a line that the two lines under repeat: a subhead the story restates
# (`电网故障导致波多黎各大量用户断电` / `美国联邦领地波多黎各…`), not the story's first line
_RESTATED = 4
# a space between two wide characters: a headline's pause (`spaced_heads`)
_HAN_PAUSE_RE = re.compile(r"[^\x00-\x7f] [^\x00-\x7f]")
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
    if at_wraps_measure(line, next_line, lines, index, number):
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


def at_wraps_measure(
    line: str, next_line: str, lines: Sequence[str], index: int, number: int
) -> bool:
    """`line` (stripped, `lines[index]` of block `number`) as wide as the two lines under it,
    which agree on a measure (within a cell: a kinsoku push) and the first of which goes on:
    a story's first line at its column's measure, read short against a wider measure learnt
    from the text's other stories (`俄罗斯天然气工业公司` / `今天（1月1日）通报称，` / `由于过境运输
    协议终止，`, 10 cells each under a text measure of 11) and, holding no mark, as a heading.
    A subhead or a paragraph's last line stops at its own length, which the column's measure
    matches only by chance; two lines of one length alone were not enough (`even_lines`: a
    headline's last line over a story's first). Not in the front (`even_wraps`), not over a
    dateline (a lead's first line: a headline as wide as it, LibreOffice's one-column pages
    through pdftotext), not a line with a headline's pause (`…持续扩张 经济景气水平继续回升`),
    not under a line as wide that ends no sentence (a headline wrapped at the column, its last
    line as wide as the story's: `《高端访谈》今晚播出对` / `泰国总理赛塔独家专访` / `今晚（3月1
    日），总台央`, weasy-narrow's tuning half, where the join fell on the wrap by chance),
    not a line four characters of which in a row the two lines under repeat: a subhead as
    wide as its column, which its story restates (`电网故障导致波多黎各大量用户断电` (16) /
    `美国联邦领地波多黎各2024年12月` / `31日清晨遭遇…一度有近`, weasy-narrow's tuning half).

    Evidence (tuning halves): the blind model's narrow pages, seeds 0-4: 6 articles nearer the
    corpus, 1 further (a three-line subhead the layout pass then ran into its story); the
    third model's narrow pages, seeds 0-4: 2 nearer; weasy-narrow and office through pdftotext:
    the fires left are wraps (bench/README.md).
    """
    if index + 2 >= len(lines) or ends_sentence(line) or ends_sentence(next_line):
        return False
    if next_line[-1:] in "：:" or line[-1:] in "：:" or dateline(next_line):
        return False  # (a dateline opens its paragraph)
    if " " in line and _HAN_PAUSE_RE.search(line):
        return False  # (a headline's pause between its halves)
    above = lines[index - 1].strip(LINE_SPACES) if index else ""
    if above and not ends_sentence(above) and abs(cells(above) - cells(line)) <= 1:
        return False  # (a wrapped headline's last line, as wide as its first)
    if not number and not any(map(_opens_body, lines[:index])) and not dateline(line):
        return False
    after = lines[index + 2].strip(LINE_SPACES)
    under = cells(next_line) - (next_line[-1:] in HANG_MARKS)
    below = cells(after) - (after[-1:] in HANG_MARKS)
    if abs(under - below) > 1 or cells(line) - (line[-1:] in _HUNG) != max(under, below):
        return False
    story = next_line + after
    runs = (line[at : at + _RESTATED] for at in range(len(line) - _RESTATED + 1))
    return not any(run in story for run in runs if not any(map(str.isascii, run)))


def _opens_body(line: str) -> bool:
    """A line of the text's first block past which the front is over: it ends a sentence, or
    it is a dateline (the lead's opening, `央视网消息（新闻联播）：` on a line of its own)."""
    return ends_sentence(line) or dateline(line)
