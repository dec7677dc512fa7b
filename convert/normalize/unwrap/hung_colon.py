"""A colon's line that passes the column under it only by the marks it hangs is a wrap (issue 12).

In a narrow column a line may pass the measure by the closing marks the typesetter hangs past it
(`央视网消息（新闻联播）：`, 12 cells, over a story set at 10 or 11: `）：` or `：` hung). Against the
text's measure such a line reads short, and a colon's line that stops short ends its paragraph
(`decide._well_short`); but a line that reaches its column and hangs marks past it was filled to
the measure, so it is a wrap, as a colon's line at the text's measure is (`full_line_ends` never
ends one). The column is read from the lines about it: the line under and the one after it, and
the line over where there is one, all within a cell of each other and of the line less its
hung marks; the line under ends no sentence (running text, not a paragraph's last line). A
paragraph's first line only where it is a dateline: a colon's paragraph of one line may pass
the next story's column by its colon by chance (`李克强就推进上合组织合作提出五点建议：`, 19 cells,
over a story set at 18).

Evidence (the blind model's pages, tuning halves; a tracer of `paragraph_ends_here` labelled
from the generator's lines): seeds 0-4 and 10-14, every shape, 96 breaks meet it, every one a
wrap (95 a narrow story's lead under its dateline, 1 a sentence's colon: `…必须牢牢把握以下重大
原则：` / `坚持和加强党的全面领导，…`), 16 of them ended before; seeds 15-39, narrow pages, 160, every
one a wrap. Without the dateline condition 2 paragraph ends more met it at seeds 15-39 (the
one-line paragraph above) and the held-out narrow pages of seeds 10-14 fell (bench/README.md).
Where zh-news-xwlb's tuning half sets the dateline as a paragraph of its own (16 roundups), the
subhead under it runs 11-18 characters: wrapped at a column of 10 or 11 (the only ones the
12-cell line passes), its two lines never agree within a cell, so the rule keeps that end.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...blocks import ends_paragraph
from ...chars import mostly_wide
from ...headings import is_dateline
from .measure import LINE_SPACES, cells

# the marks a line may hang past its measure after the colon that ends it
_HUNG = "）)」』”’》：:，,、"


def colon_over_column(line: str, next_line: str, after_next: str, before: Sequence[str]) -> bool:
    """`line` ends with a colon and passes the column the lines about it show (`next_line`,
    `after_next`, the last of `before` if any) only by the marks it hangs: a wrap."""
    text = line.strip(LINE_SPACES)
    if text[-1:] not in "：:" or not after_next or ends_paragraph(next_line):
        return False
    under = cells(next_line.strip(LINE_SPACES))
    core = text.rstrip(_HUNG)
    if cells(text) <= under or not core or not (mostly_wide(text) and mostly_wide(next_line)):
        return False  # (a line within the column: its length decides)
    if not before and not is_dateline(text):
        return False  # (a paragraph's first line: a colon's paragraph may fill a column by chance)
    about = [core, after_next, *before[-1:]]
    return all(abs(cells(other.strip(LINE_SPACES)) - under) <= 1 for other in about)
