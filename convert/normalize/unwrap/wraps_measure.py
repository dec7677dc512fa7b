"""A story's first line at its wraps' measure is a wrap (issue 12, narrow pages).

A narrow page sets its stories in columns of their own widths; the text's measure, learnt from
the other stories, may be a cell wider than a story's column, and its first line, at that
column's measure, holding no mark, then reads short: a heading. Two wraps under it agreeing on
its width show the column's measure (`even_wraps` asks only two lines: a headline's last line
over a story's first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .measure import LINE_SPACES, cells
from .plain import dateline
from .regions import HANG_MARKS, ends_sentence

# marks a wrap may hang past its measure (`regions.HANG_MARKS`' commas and pauses)
_HUNG = "，、；"
# opening marks, which never end a line: one due there goes down to the next
_OPENING = "“‘（《「『〈【"
# wide characters in a row of a line that the two lines under repeat: a subhead the story restates
# (`电网故障导致波多黎各大量用户断电` / `美国联邦领地波多黎各…`), not the story's first line
_RESTATED = 4
# marks of running text inside a line (a headline holds none of them)
_RUNNING = "，、；。！？"
# a space between two wide characters: a headline's pause (`spaced_heads`)
_HAN_PAUSE_RE = re.compile(r"[^\x00-\x7f] [^\x00-\x7f]")


def at_wraps_measure(
    line: str, next_line: str, lines: Sequence[str], index: int, number: int, asked: bool
) -> bool:
    """`line` (stripped, `lines[index]` of block `number`) as wide as the two lines under it,
    which agree on a measure (within a cell: a kinsoku push) and the first of which goes on:
    a story's first line at its column's measure, read short against a wider measure learnt
    from the text's other stories (`俄罗斯天然气工业公司` / `今天（1月1日）通报称，` / `由于过境运输
    协议终止，`, 10 cells each under a text measure of 11) and, holding no mark, as a heading.
    A subhead or a paragraph's last line stops at its own length, which the column's measure
    matches only by chance. Chinese only. Not in the front, not over a dateline (a lead's first
    line: a headline as wide as it, LibreOffice's one-column pages through pdftotext), not a
    line with a headline's pause (`…持续扩张 经济景气水平继续回升`), not under a line as wide
    that ends no sentence (a headline wrapped at the column: `《高端访谈》今晚播出对` / `泰国总理
    赛塔独家专访` / `今晚（3月1日），总台央`, weasy-narrow's tuning half), not a line four
    characters of which in a row the two lines under repeat (a subhead as wide as its column,
    which its story restates: `电网故障导致波多黎各大量用户断电` / `美国联邦领地波多黎各…`,
    weasy-narrow's tuning half), unless it repeats four of the line over it, which ends no
    sentence: that line is the subhead, and the line its story's first, restating it
    (`苏丹快速支援部队称控制西部重要城市` / `苏丹快速支援部队10月31日宣布控制…中达尔富尔州首府` /
    `扎林盖市。…南达尔富尔州`; bench/split_rules.py, blind flush and narrow, seeds 10-14, tuning:
    5 splits inside paragraphs, none of the rule's ends).

    Evidence (tuning halves): the blind model's narrow pages, seeds 0-4: 6 articles nearer the
    corpus, 1 further; the third model's narrow pages, seeds 0-4: 2 nearer (bench/README.md).
    """
    if not asked or index + 2 >= len(lines):
        return False
    if ends_sentence(line) or ends_sentence(next_line):
        return False
    if next_line[-1:] in "：:" or line[-1:] in "：:" or dateline(next_line):
        return False  # (a dateline opens its paragraph)
    if " " in line and _HAN_PAUSE_RE.search(line):
        return False  # (a headline's pause between its halves)
    above = lines[index - 1].strip(LINE_SPACES) if index else ""
    if above and not ends_sentence(above) and abs(cells(above) - cells(line)) <= 1:
        return False  # (a wrapped headline's last line, as wide as its first)
    if above and not ends_sentence(above) and any(mark in above for mark in _RUNNING):
        return False  # (running text over it going on: no story opens under it)
    if not number and not any(map(_opens_body, lines[:index])) and not dateline(line):
        return False
    after = lines[index + 2].strip(LINE_SPACES)
    under = cells(next_line) - (next_line[-1:] in HANG_MARKS)
    below = cells(after) - (after[-1:] in HANG_MARKS)
    if abs(under - below) > 1 or not _set_to(line, next_line, max(under, below)):
        return False
    if above and not ends_sentence(above) and _repeats(line, above):
        return True  # (the story's first line restating the subhead over it)
    return not _repeats(line, next_line + after)


def _set_to(line: str, next_line: str, measure: int) -> bool:
    """`line` was set to `measure` cells: a comma or a pause hung past it aside, and less the
    cell of an opening mark that the line could not end with, which went down to open the
    next line (`在北京市朝阳区实验小学以` / `“扬奥运精神”为主题的开学`, 12 cells over 13: the
    line-start rules keep an opening mark off a line's end). Evidence (bench/split_rules.py,
    the blind model's narrow pages, tuning halves, seeds 0-4 and 10-14): 3 splits inside
    paragraphs at a story's first line a cell short of its wraps, each over an opening mark.
    """
    width = cells(line) - (line[-1:] in _HUNG)
    return width == measure or (width + 1 == measure and next_line[:1] in _OPENING)


def _repeats(line: str, other: str) -> bool:
    """`other` holds `_RESTATED` wide characters in a row of `line`."""
    runs = (line[at : at + _RESTATED] for at in range(len(line) - _RESTATED + 1))
    return any(run in other for run in runs if not any(map(str.isascii, run)))


def _opens_body(line: str) -> bool:
    """A line of the text's first block past which the front is over: it ends a sentence, or
    it is a dateline (the lead's opening, `央视网消息（新闻联播）：` on a line of its own)."""
    return ends_sentence(line) or dateline(line)
