"""A block hard-wrapped at a measure inside a text otherwise set one paragraph a line.

A page laid out with a few paragraphs wrapped at the column's measure and the rest left one
paragraph a line (a story pasted into a page whose other stories were wrapped, or the reverse)
holds enough long lines to read as never wrapped (`unwrapped`), and then every break of the
wrapped paragraphs is kept as a paragraph end; the layout pass joins back only the lines cut
after a pause or a number cut from its unit, not a name or a word (`…中央军委主席习` /
`近平2022年…`, `…在中国共产党第二十次全国代表大会上` / `的报告…`).

A wrapped block shows itself: three lines or more, every line but the last filling the same
measure to the cell (`cells`: a CJK column sets digits, Latin letters and spaces half a cell),
most of them breaking mid-sentence (a wrap may end a sentence where the measure falls: `…从 8000
桶到 50 万桶不等。` at 32 cells between two others), the last no longer than the measure. A writer's own lines
do not agree so: a text set one paragraph a line breaks at its paragraphs' ends, of whatever
length they have.

Evidence, how often a clean block's lines agree to the cell by chance (the corpus, tuning
halves, bench/README.md "A block wrapped at a measure inside a text set one paragraph a line"):
zh-news-xwlb's 167 articles (131 read as never wrapped) hold no block of three lines, their
titles and paragraphs a blank line apart; of ja-livedoor's 67 articles (66 never wrapped), the
80 blocks of three lines or more hold none whose lines but the last agree to the cell; of
ja-livedoor-more's 273 (260), the 517 such blocks hold one, two `■製品名：…モデル` items of 29
cells over a price (it-life-hack-6486438), which `may_wrap` turns down by their mark. So no rule
for Chinese alone: the Japanese evidence shows no chance agreement either. Of the blind damage
model's `blocks` pages (seeds 0-1), 16 of the 125 in the tuning half read as never wrapped hold
such a block (11 of 117 held out): a paragraph wrapped at the page's measure among paragraphs one
a line, whose breaks the layout pass left cut (`…主席习` / `近平2022年…`, `…1900` / `多人。`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...blocks import Block, ends_paragraph
from .measure import LINE_SPACES, cells

# a wrapped block's lines: two at the measure, and the last
MIN_LINES = 3
# a guard, not a figure the corpus asked for: short lines that agree are labels, items, table
# rows (`一、坚持党的领导` / `二、坚持人民至上`), and no column's measure is narrower
MIN_MEASURE = 12


def is_wrapped_block(lines: Sequence[str], may_wrap: Callable[[str], bool] = bool) -> bool:
    """Every line but the last fills one measure to the cell (`MIN_MEASURE` or wider), may wrap
    at all (`may_wrap`: `unwrapped._may_wrap` says no to items and headings by their mark,
    `■製品名：…　ブラックモデル`, and to labelled rows), most of them break mid-sentence, and the
    last is no longer.

    >>> is_wrapped_block(["据伊朗官方媒体 4 月 30 日报道，应叙利亚总统巴沙尔邀请，伊朗总统莱",
    ...                   "希定于 5 月 3 日前往叙利亚开启为期两天的访问，这是 2010 年 9 月以",
    ...                   "来伊朗总统首次访问叙利亚。"])
    True
    >>> is_wrapped_block(["文章指出，全面建成社会主义现代化强国。", "前途光明，任重道远，必须牢牢把握。", "完"])
    False
    """
    if len(lines) < MIN_LINES:
        return False
    inner = lines[:-1]
    measure = cells(inner[0])
    if measure < MIN_MEASURE or any(cells(line) != measure for line in inner):
        return False
    if cells(lines[-1]) > measure or not all(map(may_wrap, inner)):
        return False
    mid_sentence = sum(not ends_paragraph(line) for line in inner)
    return mid_sentence * 2 > len(inner)


def holds_wrapped_block(blocks: Sequence[Block], may_wrap: Callable[[str], bool] = bool) -> bool:
    """Whether one of the text's blocks was hard-wrapped at a measure (`is_wrapped_block`)."""
    for block in blocks:
        if block.text.count("\n") + 1 < MIN_LINES:
            continue  # cheap: most blocks of such a text are one line
        lines = [text for line in block.text.split("\n") if (text := line.strip(LINE_SPACES))]
        if is_wrapped_block(lines, may_wrap):
            return True
    return False
