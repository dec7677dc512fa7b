"""A block hard-wrapped at a measure inside a text otherwise set one paragraph a line.

A page laid out with a few paragraphs wrapped at the column's measure and the rest left one
paragraph a line (a story pasted into a page whose other stories were wrapped, or the reverse)
holds enough long lines to read as never wrapped (`unwrapped`), and then every break of the
wrapped paragraphs is kept as a paragraph end; the layout pass joins back only the lines cut
after a pause or a number cut from its unit, not a name or a word (`…中央军委主席习` /
`近平2022年…`, `参与建设 60` / `00 多公里`).

A wrapped block shows itself: three lines or more, every line but the last filling the same
measure to the cell (`cells`: a CJK column sets digits, Latin letters and spaces half a cell),
most of them breaking mid-sentence, the last no longer than the measure. A writer's own lines
do not agree so: a text set one paragraph a line breaks at its paragraphs' ends, of whatever
length they have.

Evidence (the corpus, tuning halves): zh-news-xwlb's clean articles (titles and paragraphs a
blank line apart) hold no block of three lines; of the ja-livedoor articles (one paragraph a
line, blank lines seldom) judged never wrapped, the blocks whose lines but the last agree to
the cell are counted in bench/README.md ("Wrapped blocks in texts never wrapped"): none of them
also breaks mostly mid-sentence. In the blind damage model's `blocks` pages (seeds 0-1, tuning
half) such blocks are the wrapped paragraphs the layout pass left cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...blocks import Block, ends_paragraph
from .measure import LINE_SPACES, cells

# a wrapped block's lines: two at the measure, and the last
MIN_LINES = 3
# no column's measure is narrower (in cells): shorter lines agreeing are labels, items, rows
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
