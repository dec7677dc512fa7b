"""Whether a space on a headline's line leaves a last word no pause leaves: one or two characters.

`ocr_space_forms.parts` counts a part that runs to its line's end as long, as a wrapped
headline's line ends inside its part. But where a blank line (or the text's end) closes the
text's first line, the headline ends there, and its last part is as long as it stands: an OCR
space that leaves a word of one or two at its end (`国内联播 快讯`, `国际联播 快讯`) leaves a part
no pause leaves (the 60 pauses of zh-news-xwlb's tuning headlines part runs of four and more,
`ocr_space_forms`). A byline on a first line (`本报记者 曹平`) ends on a name the dictionary
does not know as one word; so the last part must be one of its words, and not a person's name.
"""

from __future__ import annotations

from collections.abc import Set

from .ocr_space_forms import PART_ENDS, SHORT_PART, part_bounds, part_texts

# jieba's tags of a person's name (`nr`, `nrfg`, `nrt`)
NAME_TAG = "nr"
# how a dateline on a line of its own ends (`_prose_follows`)
DATELINE_ENDS = ("：", ":")
# how much of the text after a headline's line the test reads for the next block
TAIL_READ = 2000


def short_tail(block: str, gap: int, joined: Set[int], line_closed: bool, following: str) -> bool:
    """Whether the part after the gap at `gap` runs to the end of a closed line (`line_closed`)
    that the text's end or a paragraph of prose follows (`following`, the text after the line:
    a sentence's mark before the next blank line), and is one word of the dictionary, of
    `SHORT_PART` characters or fewer, not a name.

    Both are read in the text the pass is given, not in the file as read: a second run reads
    the first run's output as its file, and the normalizer must be idempotent. A headline that
    unwrap set over two blocks (`…的表率 携手` / `迈向…`, the blind and third models' two-line
    titles) has its second line, no prose, under its first."""
    from .stray_context import tagged_words  # (jieba's tables load only when asked)

    if not line_closed or part_bounds(block, gap, PART_ENDS, joined)[1] != len(block):
        return False
    if following.strip() and not _prose_follows(following):
        return False
    after = part_texts(block, gap, PART_ENDS, joined)[1]
    model = tagged_words()
    if not after or len(after) > SHORT_PART or model is None:
        return False
    found = model.word(after)
    return found is not None and not found[0].startswith(NAME_TAG)


def _prose_follows(following: str) -> bool:
    """Whether the next block of `following` (after its blank lines) holds a sentence's end,
    or ends on a colon: a dateline that a narrow page sets on a line of its own
    (`央视网消息（新闻联播）：`) opens the story under it, and none of zh-news-xwlb's 325 headlines
    ends on a colon."""
    start = len(following) - len(following.lstrip())
    end = following.find("\n\n", start)
    block = following[start : len(following) if end < 0 else end]
    return any(mark in block for mark in "。！？") or block.rstrip().endswith(DATELINE_ENDS)
