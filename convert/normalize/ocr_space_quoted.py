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

import re
from collections.abc import Set

from ..chars import HAN
from .context import Context
from .ocr_space_forms import QUOTE_PART_ENDS, part_texts
from .ocr_space_phrase import spaced_file
from .spellings import Spellings
from .unwrap.paragraphing import han

# the Han characters read on each side of the gap
SIDE = 2
# a gap of the file as read: white space before a Han character (the one before is read apart:
# a look-behind first would be tried at every character)
GAP_SPACES = " \t\u00a0\u3000"
GAP_RE = re.compile(f"[{GAP_SPACES}]+(?=[{HAN}])")


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
    return _origin_spellings(context).written(window[:SIDE], window[SIDE:])


def names_written_joined(block: str, gap: int, joined: Set[int], context: Context) -> bool:
    """Whether a gap the names guard keeps (`ocr_space_names.names_kept`: runs of two or three Han on
    both sides) has its four Han written side by side elsewhere in a file OCR put spaces in
    (`央视网 消息（新闻联播）：` under a story that writes `央视网消息`). A list's or a byline's
    names are not written so: zh-news-xwlb holds 4 spaces the guard keeps, none written joined
    in its article; on the fifth model's tuning halves (seeds 0-4, 10-14) it takes 7 gaps, all
    OCR's (bench/README.md, "OCR spaces: a short word cut opens the restatement gate")."""
    return quote_written_joined(block, gap, joined, context)


def _origin_spellings(context: Context) -> Spellings:
    """The file as read's `Spellings` (`Context.origin_spellings`), for the pairs of Han beside
    its gaps: a gap OCR left in the file stands between the same two characters in the text."""
    if context.origin_spellings is None:
        assert context.origin is not None
        source = context.origin[0]
        context.origin_spellings = Spellings(source, lambda: _gap_pairs(source))
    return context.origin_spellings


def _gap_pairs(source: str) -> set[str]:
    """The two Han beside each gap of `source` (`GAP_RE`'s matches after its first character:
    a run of `GAP_SPACES` with Han after it), found by `str.find` of each space, which skips
    through a megabyte four times faster than the pattern's class is tried at each character.
    A space with Han before it opens its run; the run is walked to its end."""
    pairs = set()
    length = len(source)
    for space in GAP_SPACES:
        at = source.find(space, 1)
        while at != -1:
            if han(source[at - 1]):
                end = at + 1
                while end < length and source[end] in GAP_SPACES:
                    end += 1
                if end < length and han(source[end]):
                    pairs.add(source[at - 1] + source[end])
            at = source.find(space, at + 1)
    return pairs
