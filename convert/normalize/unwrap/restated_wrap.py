"""The break inside a restated subhead of two lines is a wrap (issue 12, narrow pages).

`restated.subhead_at_break` ends a paragraph over a news item's subhead that a narrow column
wrapped over two lines and under it, and refuses the break between its two lines; but a break
it refuses goes on to `decide.paragraph_ends_here`, whose rules may end it all the same: where
the text learnt that its paragraphs lost their indents, a subhead's first line at the measure
over its last line, a few cells short, reads as a line over a paragraph's first, an indent
short (`dropped.over_dropped_indent`: `《高端访谈》今晚播出对泰` / `国总理赛塔独家专访` / `今晚（3月
1日），总台央视…`, a column of 12). The subhead was then cut after its first line, its last line
read as the story's first and run into it (`dropped.runs_on`), and a later pass joined the
three: subhead and story one paragraph.

Where the two lines are a subhead its story restates (`restated.restated_subhead`, size 2),
the break between them is a wrap: that test holds on the typeset PDFs' tuning halves at 62
pairs of lines, every one a paragraph of the truth. Neither line may be a dateline or end on a
colon: `restated_subhead` reads no colon as a mark of running text, and office's tuning half
joined a headline to the dateline under it (`…第五次会议在京闭幕` / `央视网消息（新闻联播）：`,
its story restating the headline). Evidence: the blind model's tuning halves, seeds 0-4 and
10-14, all four shapes: 30 breaks, 2 articles nearer the truth, none further; no tuning text of
the extracted PDFs changed (office, weasy, weasy-narrow). bench/README.md, "Wrapped subheads".
"""

from __future__ import annotations

from .measure import LINE_SPACES
from .plain import dateline
from .restated import BlockSubheads


def inside_subhead(subhead: BlockSubheads, index: int, opened: int) -> bool:
    """The break after line `index` is the one between the two lines of a restated subhead
    (`restated_subhead`, size 2) that opens a paragraph there (`opened`, the lines of the
    paragraph above the line, is 0)."""
    return (
        opened == 0
        and not any(
            line.rstrip(LINE_SPACES).endswith(("：", ":")) or dateline(line.lstrip(LINE_SPACES))
            for line in subhead.lines[index : index + 2]
        )
        and subhead(index, 2)
    )
