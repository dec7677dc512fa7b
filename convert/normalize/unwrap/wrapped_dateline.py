"""A dateline wrapped over two lines ends where its credit's bracket closes (issue 12).

`plain.closes_dateline` ends a paragraph after a line that is a wire dateline whole, ending on
its credit's closing bracket (`新华社广州11月1日电（记者梁鹏）`), decided as a dateline's colon
is: short of the measure, the writer ended it, and a subhead may follow. In a narrow column the
dateline itself wraps (`新华社上海3月1日电（记者冯` / `强强）`), and its last line, short, read as a
wrap: the dateline, the subhead under it and the story ran into one block (the layout pass then
joined the subhead's block to the story, the block over it being no heading).

Evidence (tuning half): the blind model's narrow pages, seeds 0-4, two such datelines of the
`xinhua-dateline` kind (`bench/damage_blind.py`), each over a brief's subhead (one in a text
whose indents decide its paragraphs, which this rule is not asked); the paragraph in
zh-news-xwlb that the kind replaces (`央视网消息（新闻联播）：`) stands alone (bench/README.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from .measure import LINE_SPACES
from .plain import closes_dateline

# the lines over the bracket's that a dateline wraps to, at most
DATELINE_LINES = 2
# characters a wire dateline with its credit runs to, at most
LONGEST = 40


def closes_wrapped_dateline(before: Sequence[str], line: str) -> bool:
    """`line` closes a dateline that opened its paragraph on the lines `before` it, the
    paragraph's lines so far (`closes_dateline` of the lines run together)."""
    if line[-1:] not in "）)" or not before or len(before) > DATELINE_LINES:
        return False
    whole = "".join(part.strip(LINE_SPACES) for part in before) + line
    opened = whole.find("（") if "（" in whole else whole.find("(")
    # (the credit's bracket right after the source's `电`/`讯`: not a story's aside closing a
    # line, `本报上海7月2日电　庆祝…音乐会《人民至上》，…）`, the third model's tuning half)
    return (
        len(whole) <= LONGEST
        and opened > 0
        and whole[opened - 1] in "电讯"
        and closes_dateline(whole)
    )
