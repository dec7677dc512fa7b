"""A colon's line at the column of the lines about it is a wrap: a narrow story's dateline hung
past its column, the lead's colon under it (issue 12, narrow pages).

In a narrow column a line may pass the measure by the closing marks the typesetter hangs past it
(`央视网消息（新闻联播）：`, 12 cells, over a story set at 10 or 11: `）：` or `：` hung). Against the
text's measure such a line reads short, and a colon's line that stops short ends its paragraph
(`decide._well_short`); but a line that fills its column was filled to the measure, so it is a
wrap, as a colon's line at the text's measure is (`full_line_ends` never ends one). The column is
read from the lines about it: the line under and the one after it, and the line over where there
is one, all within a cell of each other and of the line, its hung marks aside; the line under
ends no sentence and opens no numbered item. A paragraph's first line only where it is a
dateline that passes the column by its hung marks: a colon's paragraph of one line may pass the
next story's column by chance (`李克强就推进上合组织合作提出五点建议：`, 19 cells, over a story
set at 18). Inside a paragraph the line need not pass the column: joined to its dateline, the
lead's first line (`日前，中共中央决定：`, 10 cells in a column of 10) is no longer measured as a
paragraph's first line, and read short against the text's measure it was split.

Evidence (the blind model's tuning halves; a tracer of `paragraph_ends_here` labelled from the
generator's lines): seeds 0-4 and 10-14, every shape, the dateline form meets 96 breaks, every
one a wrap, 16 of them ended before; seeds 15-39, narrow, 160, every one a wrap; the colon's
line inside a paragraph, seeds 0-39, 13 breaks, every one a wrap. Narrow pages of seeds
40-299 whose dateline passes the line under it, normalized whole: 26 pages better, none worse.
Where zh-news-xwlb's tuning half sets the dateline as a paragraph of its own (16 roundups), the
subhead under it runs 11-18 characters; one set alone at a column of 11 (`首个全国科普月活动启动`)
meets the test (7 pages of seeds 40-139), though none of those pages came out worse whole; a
numbered one (`一、…`) is refused.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...blocks import ends_paragraph
from ...chars import mostly_wide
from ...headings import LIST_ITEM_RE, is_dateline
from .measure import LINE_SPACES, cells

# the marks a line may hang past its measure after the colon that ends it
_HUNG = "）)」』”’》：:，,、"


def colon_over_column(line: str, next_line: str, after_next: str, before: Sequence[str]) -> bool:
    """`line` ends with a colon at the column the lines about it show (`next_line`,
    `after_next`, the last of `before`), within a cell, its hung marks aside: a wrap. A
    paragraph's first line (`before` empty) only where it is a dateline passing the column by
    the marks it hangs."""
    text = line.strip(LINE_SPACES)
    if text[-1:] not in "：:" or not after_next or ends_paragraph(next_line):
        return False
    if LIST_ITEM_RE.match(next_line) or not (mostly_wide(text) and mostly_wide(next_line)):
        return False  # (a numbered item opens a paragraph under a colon's line)
    under = cells(next_line.strip(LINE_SPACES))
    about = [text.rstrip(_HUNG), after_next.strip(LINE_SPACES)]
    if before:
        about.append(before[-1].strip(LINE_SPACES).rstrip(_HUNG))
    elif cells(text) <= under or not is_dateline(text):
        return False  # (a line within the column: its length decides; a colon's paragraph of
        # one line may pass the next story's column by chance)
    return all(abs(cells(other) - under) <= 1 for other in about)
