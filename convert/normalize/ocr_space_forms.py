"""Where an OCR space between Han stands outside running prose, and how it differs from a pause.

`ocr_space.remove_prose_gaps` takes a space out of a sentence's line of prose length. A space
elsewhere may be a writer's pause (a headline's `新思想引领新征程 新时代新气象`, a quoted title's
`“巾帼心向党 奋进新征程”`), but a pause has a form: it parts phrases, and a phrase is seldom one
to three characters (`ocr_form`); and a pause does not cut a word the segmenter reads across it
(`word_across`).

Evidence (counts on tuning halves: a /tmp script judging every gap the pass sees against the
truth, over bench/damage_fifth.py seeds 0-4, bench/damage_blind.py, damage_third.py,
damage_print.py and damage_indep.py seeds 0-1, clean zh-news-xwlb and the typeset PDFs): the 53
pauses in zh-news-xwlb's tuning headlines and its 16 in subheads leave no part under four
characters; no real gap on any of these sets is taken out by the forms below, which take out 100
of the fifth model's 431 OCR spaces the pass left.
"""

from __future__ import annotations

import re

from ..chars import HAN

HAN_CHAR_RE = re.compile(f"[{HAN}]")

# what ends a part a pause leaves: a space, a clause mark, a dash, a headline's kicker bracket
PART_ENDS = frozenset(" \u3000，。、：；！？—【】,:;")
# the longest part no pause leaves: one or two characters; a slogan's pauses part phrases of
# three (`新时代 新征程 新伟业`), a headline's of four and more (`凝心聚力抓落实 团结奋进谱新篇`)
SHORT_PART = 2
# a segmenter's word this long cut at its centre may be two words a pause parts in prose
# (`药品安全 监管为民`) but not in a headline's line (`新闻 联播`, `第三 季度`)
CENTRE_WORD = 4


def parts(block: str, gap: int) -> tuple[int, int]:
    """The lengths of the parts on each side of the gap at `gap`, up to the next space or
    mark (`PART_ENDS`). A part that runs to the line's end counts as long: a wrapped
    headline's line ends inside its part."""
    start = gap
    while start and block[start - 1] not in PART_ENDS:
        start -= 1
    end = gap + 1
    while end < len(block) and block[end] not in PART_ENDS:
        end += 1
    return gap - start, len(block) if end == len(block) else end - gap - 1


def ocr_form(block: str, gap: int, first_line: bool, ends: bool, long: bool, quoted: bool) -> bool:
    """Whether a space the prose test kept leaves a part no pause leaves (`SHORT_PART` or
    less), where pauses are known to part phrases: on the text's first line (a headline:
    `李克强主持召开国务院党组 会议 学习…`); in a short line that ends a sentence, outside
    quotes (`王毅、何立峰 等参加。`: a caption quoting a title, `图为…：迈上新征程 现场画面。`,
    parts phrases of four and more); inside quotes in a sentence's line (`既“放 得活”`). Not
    in other lines without a sentence's end: a byline's title and names are parts of two and
    three (`本报记者 胡东明`), on the other models' pages 1,700 times."""
    short_sentence = ends and not long and not quoted
    if not (first_line or short_sentence or (ends and long and quoted)):
        return False
    return min(parts(block, gap)) <= SHORT_PART


def word_across(left: str, right: str) -> tuple[int, int] | None:
    """The word the likeliest segmentation of the Han characters on each side of a gap (four
    at most) spells across it, as (its length, how many of its characters stand before the
    gap); None where the gap is a word boundary or a side holds no Han."""
    from .words import SEGMENT_CONTEXT, _word_boundaries  # (the word list loads only if asked)

    before, after = left[-SEGMENT_CONTEXT:], right[:SEGMENT_CONTEXT]
    start = len(before)
    while start and HAN_CHAR_RE.match(before[start - 1]):
        start -= 1
    end = 0
    while end < len(after) and HAN_CHAR_RE.match(after[end]):
        end += 1
    cut = len(before) - start
    if not cut or not end:
        return None
    bounds = _word_boundaries(before[start:] + after[:end]) | {0}
    if cut in bounds:
        return None
    first = max(b for b in bounds if b < cut)
    return min(b for b in bounds if b > cut) - first, cut - first
