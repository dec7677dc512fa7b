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
from collections.abc import Set

from ..chars import HAN
from .unwrap.paragraphing import han
from .words import SEGMENT_CONTEXT, word_boundaries  # (the word list loads when first asked)

HAN_CHAR_RE = re.compile(f"[{HAN}]")

# what ends a part a pause leaves: a space, a clause mark, a dash, a headline's kicker bracket
PART_ENDS = frozenset(" \u3000，。、：；！？—【】,:;")
# and inside a quote or title, its own marks (not a nested quote's `‘’`, `〈〉`)
QUOTE_PART_ENDS = PART_ENDS | frozenset("《》“”「」")
# the longest part no pause leaves: one or two characters; a slogan's pauses part phrases of
# three (`新时代 新征程 新伟业`), a headline's of four and more (`凝心聚力抓落实 团结奋进谱新篇`)
SHORT_PART = 2
# a segmenter's word this long cut at its centre may be two words a pause parts in prose
# (`药品安全 监管为民`) but not in a headline's line (`新闻 联播`, `第三 季度`)
CENTRE_WORD = 4


def parts(
    block: str, gap: int, ends: frozenset[str] = PART_ENDS, joined: Set[int] = frozenset()
) -> tuple[int, int]:
    """The lengths of the parts on each side of the gap at `gap`, up to the next space or
    mark (`ends`), across the gaps of the line already taken out (`joined`). A part that runs
    to the line's end counts as long: a wrapped headline's line ends inside its part."""
    left, right, _, end = _parts(block, gap, ends, joined)
    return left, len(block) if end == len(block) else right


def part_texts(
    block: str, gap: int, ends: frozenset[str] = PART_ENDS, joined: Set[int] = frozenset()
) -> tuple[str, str]:
    """The parts `parts` measures, as text: the gaps already taken out (`joined`) left out."""
    _, _, start, end = _parts(block, gap, ends, joined)
    if not joined:  # (most lines: none taken out yet)
        return block[start:gap], block[gap + 1 : end]
    before = "".join(c for at, c in enumerate(block[start:gap], start) if at not in joined)
    after = "".join(c for at, c in enumerate(block[gap + 1 : end], gap + 1) if at not in joined)
    return before, after


def part_bounds(
    block: str, gap: int, ends: frozenset[str] = PART_ENDS, joined: Set[int] = frozenset()
) -> tuple[int, int]:
    """Where the part before the gap at `gap` starts and where the one after ends (`parts`)."""
    return _parts(block, gap, ends, joined)[2:]


def _parts(
    block: str, gap: int, ends: frozenset[str], joined: Set[int]
) -> tuple[int, int, int, int]:
    """`parts` as they stand, and where the part before the gap starts and the one after ends."""
    start = gap
    while start and (block[start - 1] not in ends or start - 1 in joined):
        start -= 1
    end = gap + 1
    while end < len(block) and (block[end] not in ends or end in joined):
        end += 1
    left = gap - start - sum(start <= at < gap for at in joined)
    return left, end - gap - 1 - sum(gap < at < end for at in joined), start, end


def ocr_form(
    block: str,
    gap: int,
    line: tuple[bool, bool, bool],
    quoted: bool,
    joined: Set[int],
    names: bool,
) -> bool:
    """Whether a space the prose test kept leaves a part no pause leaves (`SHORT_PART` or
    less), where pauses are known to part phrases: on the text's first line (a headline:
    `李克强主持召开国务院党组 会议 学习…`); in a short line that ends a sentence
    (`王毅、何立峰 等参加。`: a caption quoting a title, `图为…：迈上新征程 现场画面。`, parts
    phrases of four and more); inside quotes in a sentence, the quote's marks ending a part
    too (`既“放 得活”`, `“以旧 换新”`; a nested quote's do not: `“沪上‘拼’单 美好生活”`). Not in
    other lines without a sentence's end: a byline's title and names are parts of two and
    three (`本报记者 曹平`), on the other models' pages hundreds of times; nor on the first line
    between runs as long as names (`names`: `记者 黄霞`). `line`: whether the gap's line is the
    text's first, ends a sentence, is of prose length."""
    first_line, ends, long = line
    if ends and quoted:
        marks = QUOTE_PART_ENDS
    elif (first_line and not names) or (ends and not long):
        marks = PART_ENDS
    else:
        return False
    left, right = parts(block, gap, marks, joined)
    if min(left, right) > SHORT_PART:
        return False
    # a short part between two spaces: one is OCR's, the other a pause; the part goes with
    # its shorter neighbour, a pause parting a headline evenly (`党组 会议 学习…` → `党组会议
    # 学习…`, `特色活动 假日 生活丰富多彩` → `特色活动 假日生活丰富多彩`)
    # (a space of the line's indent or its end is no neighbour: `    人类 命运共同体…`)
    _, whole_right, start, end = _parts(block, gap, marks, joined)
    if right <= SHORT_PART and block[end : end + 1] == " " and block[end + 1 : end + 2].strip():
        return left <= _parts(block, end, marks, joined)[1]
    if left <= SHORT_PART and start > 1 and block[start - 1] == " " and block[start - 2].strip():
        return whole_right < _parts(block, start - 1, marks, joined)[0]
    return True


def word_across(left: str, right: str) -> tuple[int, int] | None:
    """The word the likeliest segmentation of the Han characters on each side of a gap (four
    at most) spells across it, as (its length, how many of its characters stand before the
    gap); None where the gap is a word boundary or a side holds no Han. (Han told by `han`'s
    comparisons, not the regex engine: the pass asks this of a gap up to four times.)"""
    before, after = left[-SEGMENT_CONTEXT:], right[:SEGMENT_CONTEXT]
    start = len(before)
    while start and han(before[start - 1]):
        start -= 1
    end = 0
    while end < len(after) and han(after[end]):
        end += 1
    cut = len(before) - start
    if not cut or not end:
        return None
    bounds = word_boundaries(before[start:] + after[:end]) | {0}
    if cut in bounds:
        return None
    first = max(b for b in bounds if b < cut)
    return min(b for b in bounds if b > cut) - first, cut - first
