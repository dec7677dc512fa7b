"""Whether a space inside a quote or bracket of a sentence is OCR's: the file writes the words
across it, joined, elsewhere.

`ocr_space` keeps a space between Han inside a quoted title, a quotation or a bracket of a
sentence's line unless it cuts a word or a phrase: a title may part two phrases so
(`《团结奋斗 共创未来》`). But a story quotes a title its headline or another paragraph names too
(`文章《新时代新征程中国共产党的使命任务》`), or a body's name (`中央党校（国家行政学院）`); where
the file writes the two Han characters before the gap and the two after side by side anywhere
else, the words run on there, and the space is OCR's. Only in a file whose running prose holds
OCR's spaces (`ocr_space_phrase.spaced_file`), as `restated` asks of a headline's gaps.
zh-news-xwlb (all 325 articles) holds 27 spaces between Han inside quotes or brackets; none
has its four characters written joined anywhere in its article.
"""

from __future__ import annotations

from collections.abc import Set

from .context import Context
from .ocr_space_forms import QUOTE_PART_ENDS, part_texts
from .ocr_space_phrase import spaced_file
from .unwrap.paragraphing import han

# the Han characters read on each side of the gap
SIDE = 2


def quote_written_joined(block: str, gap: int, joined: Set[int], context: Context) -> bool:
    """Whether the two Han characters before the gap at `gap` and the two after (inside the
    quote's part, `QUOTE_PART_ENDS`) stand side by side anywhere in the file as read
    (`Context.origin`), in a file OCR put spaces in."""
    if context.origin is None or not spaced_file(context):
        return False
    before, after = part_texts(block, gap, QUOTE_PART_ENDS, joined)
    window = before[-SIDE:] + after[:SIDE]
    if len(window) != 2 * SIDE or not all(map(han, window)):
        return False
    # (not across a line break: a wrap may take a pause's space, `《全面深化改革` / `中国式…》`)
    return window in context.origin[0]


def names_written_joined(block: str, gap: int, joined: Set[int], context: Context) -> bool:
    """Whether a gap the names guard keeps (`ocr_space._names`: runs of two or three Han on
    both sides) has its four Han written side by side elsewhere in a file OCR put spaces in
    (`央视网 消息（新闻联播）：` under a story that writes `央视网消息`). A list's or a byline's
    names are not written so: zh-news-xwlb holds 4 spaces the guard keeps, none written joined
    in its article; on the fifth model's tuning halves (seeds 0-4, 10-14) it takes 7 gaps, all
    OCR's (bench/README.md, "OCR spaces: a short word cut opens the restatement gate")."""
    return quote_written_joined(block, gap, joined, context)
